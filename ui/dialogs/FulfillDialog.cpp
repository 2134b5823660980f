#include "ui/dialogs/FulfillDialog.h"

#include "ui/StatusIcons.h"
#include "ui/dialogs/DialogKeys.h"
#include "ui/tracking/TrackingEditor.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

FulfillDialog::FulfillDialog(const FulfillmentPlanner::Plan &plan,
                             const QHash<QString, QString> &customers,
                             const FulfillmentSettings &settings,
                             QWidget *parent)
    : QDialog(parent)
    , m_plan(plan)
{
    setObjectName(u"fulfillDialog"_s);
    const int orders = plan.orderCount();
    int items = 0;
    for (const FulfillmentRequest &request : plan.requests)
        items += request.itemCount();
    if (orders == 1)
        //: %1 is an order, such as #1001
        setWindowTitle(tr("Fulfill %1").arg(plan.requests.first().orderName));
    else
        setWindowTitle(tr("Fulfill %n Order(s)", nullptr, orders));

    auto *layout = new QVBoxLayout(this);
    auto *summary = new QLabel(this);
    summary->setObjectName(u"fulfillSummary"_s);
    summary->setWordWrap(true);
    if (plan.requests.isEmpty()) {
        summary->setText(tr("None of these orders can be fulfilled now."));
    } else {
        //: %1 orders, %2 shipments, %3 items, each already counted ("3 orders")
        summary->setText(tr("%1 in %2 with %3 will be marked as fulfilled in Shopify.")
                             .arg(tr("%n order(s)", nullptr, orders),
                                  tr("%n shipment(s)", nullptr, int(plan.requests.size())),
                                  tr("%n item(s)", nullptr, items)));
    }
    layout->addWidget(summary);

    if (!plan.requests.isEmpty()) {
        m_editor = new TrackingEditor(settings.shopCountry, this);
        QList<TrackingEditor::Shipment> shipments;
        for (const FulfillmentRequest &request : plan.requests) {
            QStringList parts{request.orderName};
            if (const QString customer = customers.value(request.orderId); !customer.isEmpty())
                parts.append(customer);
            if (!request.location.name.isEmpty())
                parts.append(request.location.name);
            parts.append(tr("%n item(s)", nullptr, request.itemCount()));
            shipments.append({parts.join(u" · "_s), request.tracking});
        }
        m_editor->setShipments(shipments);
        auto *trackingTitle = heading(tr("Tracking Numbers"), this);
        auto *hint
            = new QLabel(tr("Optional. Scan or type each shipment's number: Enter goes to the next "
                            "shipment, + adds another parcel to the same shipment. The carrier is "
                            "detected from the number; choose another if Smidig got it wrong."),
                         this);
        hint->setWordWrap(true);
        layout->addWidget(trackingTitle);
        layout->addWidget(hint);
        layout->addWidget(m_editor, 1);
        connect(m_editor, &TrackingEditor::changed, this, &FulfillDialog::updateState);

        m_notify = new QCheckBox(tr("&Notify customer"), this);
        m_notify->setObjectName(u"notifyCustomer"_s);
        m_notify->setToolTip(
            tr("Shopify emails the customer a shipping confirmation with the tracking links."));
        m_notify->setChecked(settings.notifyByDefault == NotifyCustomer::Yes);
        layout->addWidget(m_notify);
    }

    if (!plan.refusals.isEmpty())
        buildRefusals(this);

    m_warnings = new QLabel(this);
    m_warnings->setObjectName(u"fulfillWarnings"_s);
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::RichText);
    layout->addWidget(m_warnings);

    // Plain buttons keep the box from making OK the default: Enter is the scanner's.
    auto *buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_ok->setObjectName(u"fulfillButton"_s);
    m_ok->setAutoDefault(false);
    m_ok->setToolTip(tr("Ctrl+Return"));
    m_cancel = buttons->addButton(plan.requests.isEmpty() ? tr("Close") : tr("Cancel"),
                                  QDialogButtonBox::RejectRole);
    m_cancel->setAutoDefault(false);
    layout->addWidget(buttons);
    connect(m_ok, &QPushButton::clicked, this, &FulfillDialog::tryAccept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    DialogKeys::addAcceptShortcut(this, [this] { tryAccept(); });

    // Tab: the numbers, the notification choice, the buttons, then the list of what stays.
    QList<QWidget *> chain = m_editor ? m_editor->focusChain() : QList<QWidget *>();
    if (m_notify)
        chain.append(m_notify);
    chain.append({m_ok, m_cancel});
    if (m_refusals)
        chain.append(m_refusals);
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));

    updateState();
    resize(std::max(760, sizeHint().width()), sizeHint().height());
}

void FulfillDialog::buildRefusals(QWidget *parent)
{
    QSet<QString> orders;
    for (const FulfillmentPlanner::Refusal &refusal : m_plan.refusals)
        orders.insert(refusal.orderId);
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    layout->addWidget(
        heading(tr("Not Fulfilled (%n order(s))", nullptr, int(orders.size())), parent));
    m_refusals = new QTreeWidget(parent);
    m_refusals->setObjectName(u"refusalList"_s);
    m_refusals->setAccessibleName(tr("Orders that are not fulfilled"));
    m_refusals->setRootIsDecorated(false);
    m_refusals->setHeaderLabels({tr("Order"), tr("Why Not")});
    m_refusals->setSelectionMode(QAbstractItemView::NoSelection);
    m_refusals->header()->setStretchLastSection(true);
    for (const FulfillmentPlanner::Refusal &refusal : m_plan.refusals) {
        auto *item = new QTreeWidgetItem(m_refusals, {refusal.orderName, refusal.message()});
        item->setIcon(1, refusal.partly ? StatusIcons::information() : StatusIcons::warning());
        item->setToolTip(1, refusal.message());
    }
    m_refusals->resizeColumnToContents(0);
    const int rows = std::min<int>(int(m_plan.refusals.size()), 6);
    m_refusals->setMaximumHeight(m_refusals->header()->sizeHint().height()
                                 + rows * (m_refusals->sizeHintForRow(0) + 1)
                                 + 2 * m_refusals->frameWidth() + 4);
    layout->addWidget(m_refusals, m_plan.requests.isEmpty() ? 1 : 0);
}

QList<FulfillmentRequest> FulfillDialog::requests() const
{
    QList<FulfillmentRequest> requests = m_plan.requests;
    const QList<TrackingInput> tracking = m_editor ? m_editor->tracking() : QList<TrackingInput>();
    for (qsizetype i = 0; i < requests.size(); ++i) {
        requests[i].tracking = i < tracking.size() ? tracking.at(i) : TrackingInput();
        requests[i].notify = notifyCustomer();
    }
    return requests;
}

NotifyCustomer FulfillDialog::notifyCustomer() const
{
    return m_notify && m_notify->isChecked() ? NotifyCustomer::Yes : NotifyCustomer::No;
}

void FulfillDialog::updateState()
{
    const int orders = m_plan.orderCount();
    const int invalid = m_editor ? m_editor->invalidCount() : 0;
    const int warnings = m_editor ? m_editor->warningCount() : 0;
    const QString problems = m_editor ? m_editor->problemHtml() : QString();
    m_warnings->setText(problems);
    m_warnings->setVisible(!problems.isEmpty());

    if (m_plan.requests.isEmpty())
        m_ok->setText(tr("Nothing to Fulfill"));
    else if (warnings > 0)
        m_ok->setText(tr("Fulfill %n Order(s) Anyway", nullptr, orders));
    else
        m_ok->setText(tr("Fulfill %n Order(s)", nullptr, orders));
    m_ok->setEnabled(!m_plan.requests.isEmpty() && invalid == 0);
}

void FulfillDialog::tryAccept()
{
    updateState();
    if (m_ok->isEnabled())
        accept();
}

void FulfillDialog::keyPressEvent(QKeyEvent *event)
{
    if (DialogKeys::swallowPlainEnter(this, event))
        return;
    QDialog::keyPressEvent(event);
}

void FulfillDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (m_editor)
        m_editor->focusFirstNumber();
    else
        m_cancel->setFocus();
}
