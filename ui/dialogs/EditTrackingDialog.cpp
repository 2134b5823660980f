#include "ui/dialogs/EditTrackingDialog.h"

#include "core/tracking/TrackingCompanies.h"
#include "ui/dialogs/DialogKeys.h"
#include "ui/tracking/TrackingEditor.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// Shopify keeps one company per fulfillment and a number (and link) per parcel.
TrackingInput currentTracking(const Fulfillment &fulfillment)
{
    TrackingInput tracking;
    for (const TrackingInfo &info : fulfillment.tracking) {
        if (tracking.company.isEmpty())
            tracking.company = info.company;
    }
    // Shopify makes the links for its own companies; only others carry links of their own.
    const bool ownLinks = !tracking.company.isEmpty()
                          && !TrackingCompanies::contains(tracking.company);
    for (const TrackingInfo &info : fulfillment.tracking) {
        if (!info.number.isEmpty())
            tracking.parcels.append({info.number, ownLinks ? info.url : QString()});
    }
    return tracking;
}

} // namespace

EditTrackingDialog::EditTrackingDialog(const QString &orderName,
                                       const Fulfillment &fulfillment,
                                       const FulfillmentSettings &settings,
                                       QWidget *parent)
    : QDialog(parent)
    , m_editor(new TrackingEditor(settings.shopCountry, this))
    , m_notify(new QCheckBox(tr("&Notify customer"), this))
    , m_warnings(new QLabel(this))
{
    setObjectName(u"editTrackingDialog"_s);
    //: %1 is a shipment, such as #1001-F1
    setWindowTitle(tr("Edit Tracking of %1").arg(fulfillment.name));

    auto *intro = new QLabel(
        tr("Shopify replaces the shipment's tracking with what is here. Enter goes to the "
           "next number, + adds another parcel."),
        this);
    intro->setWordWrap(true);
    QStringList parts{fulfillment.name.isEmpty() ? orderName : fulfillment.name};
    if (!fulfillment.location.name.isEmpty())
        parts.append(tr("from %1").arg(fulfillment.location.name));
    m_editor->setShipments({{parts.join(u" · "_s), currentTracking(fulfillment)}});
    connect(m_editor, &TrackingEditor::changed, this, &EditTrackingDialog::updateState);

    m_notify->setObjectName(u"notifyCustomer"_s);
    m_notify->setToolTip(tr("Shopify emails the customer that the tracking changed."));
    m_notify->setChecked(settings.notifyByDefault == NotifyCustomer::Yes);
    m_warnings->setObjectName(u"trackingWarnings"_s);
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::RichText);

    auto *buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_ok->setObjectName(u"updateTrackingButton"_s);
    m_ok->setAutoDefault(false);
    m_ok->setToolTip(tr("Ctrl+Return"));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setAutoDefault(false);
    connect(m_ok, &QPushButton::clicked, this, &EditTrackingDialog::tryAccept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    DialogKeys::addAcceptShortcut(this, [this] { tryAccept(); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_notify);
    layout->addWidget(m_warnings);
    layout->addWidget(buttons);

    QList<QWidget *> chain = m_editor->focusChain();
    chain.append({m_notify, m_ok, cancel});
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));

    updateState();
    resize(std::max(680, sizeHint().width()), sizeHint().height());
}

TrackingInput EditTrackingDialog::tracking() const
{
    return m_editor->tracking().value(0);
}

NotifyCustomer EditTrackingDialog::notifyCustomer() const
{
    return m_notify->isChecked() ? NotifyCustomer::Yes : NotifyCustomer::No;
}

void EditTrackingDialog::updateState()
{
    const QString problems = m_editor->problemHtml();
    m_warnings->setText(problems);
    m_warnings->setVisible(!problems.isEmpty());
    if (tracking().parcels.isEmpty())
        m_ok->setText(tr("Remove Tracking"));
    else if (m_editor->warningCount() > 0)
        m_ok->setText(tr("Update Tracking Anyway"));
    else
        m_ok->setText(tr("Update Tracking"));
    m_ok->setEnabled(m_editor->invalidCount() == 0);
}

void EditTrackingDialog::tryAccept()
{
    updateState();
    if (m_ok->isEnabled())
        accept();
}

void EditTrackingDialog::keyPressEvent(QKeyEvent *event)
{
    if (DialogKeys::swallowPlainEnter(this, event))
        return;
    QDialog::keyPressEvent(event);
}

void EditTrackingDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    m_editor->focusFirstNumber();
}
