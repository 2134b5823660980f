#include "OrderDetailsPane.h"

#include "DisplayFormat.h"

#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setContentsMargins(0, 10, 0, 2);
    return label;
}

QLabel *richLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setOpenExternalLinks(true);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString iconHtml(const QString &name)
{
    return u"<img src=\":/icons/%1.svg\" width=\"14\" height=\"14\"/>&nbsp;"_s.arg(name);
}

QString fulfillmentOrderIconName(FulfillmentOrderStatus status)
{
    switch (status) {
    case FulfillmentOrderStatus::Open: return u"status-unfulfilled"_s;
    case FulfillmentOrderStatus::InProgress: return u"status-in-progress"_s;
    case FulfillmentOrderStatus::OnHold: return u"status-on-hold"_s;
    case FulfillmentOrderStatus::Scheduled: return u"status-scheduled"_s;
    case FulfillmentOrderStatus::Incomplete: return u"status-partially-fulfilled"_s;
    case FulfillmentOrderStatus::Closed: return u"status-fulfilled"_s;
    case FulfillmentOrderStatus::Cancelled: return u"status-declined"_s;
    case FulfillmentOrderStatus::Unknown: break;
    }
    return u"status-unknown"_s;
}

} // namespace

OrderDetailsPane::OrderDetailsPane(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_title(new QLabel(this))
    , m_summary(richLabel(this, u"detailsSummary"_s))
    , m_lineItems(new QTreeWidget(this))
    , m_fulfillmentOrders(richLabel(this, u"detailsFulfillmentOrders"_s))
    , m_fulfillments(richLabel(this, u"detailsFulfillments"_s))
{
    setObjectName(u"orderDetails"_s);
    m_placeholder->setObjectName(u"detailsPlaceholder"_s);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setText(tr("Select an order to see its items, fulfillment orders and tracking."));
    m_placeholder->setEnabled(false);

    m_title->setObjectName(u"detailsTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_lineItems->setObjectName(u"detailsLineItems"_s);
    m_lineItems->setRootIsDecorated(false);
    m_lineItems->setHeaderLabels({tr("Item"), tr("Ordered"), tr("Fulfilled"), tr("Remaining")});
    m_lineItems->setWordWrap(true);
    m_lineItems->setUniformRowHeights(false);
    m_lineItems->header()->setStretchLastSection(false);
    m_lineItems->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < 4; ++column)
        m_lineItems->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_lineItems->setSelectionMode(QAbstractItemView::NoSelection);
    m_lineItems->setFocusPolicy(Qt::NoFocus);
    m_lineItems->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_lineItems->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(sectionTitle(tr("Items"), content));
    layout->addWidget(m_lineItems);
    layout->addWidget(sectionTitle(tr("Fulfillment orders"), content));
    layout->addWidget(m_fulfillmentOrders);
    layout->addWidget(sectionTitle(tr("Shipments"), content));
    layout->addWidget(m_fulfillments);
    layout->addStretch(1);

    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(scroll);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);
}

void OrderDetailsPane::showProblem(const QString &message)
{
    m_orderId.clear();
    m_placeholder->setText(message);
    m_stack->setCurrentWidget(m_placeholder);
}

void OrderDetailsPane::showOrder(const std::optional<Order> &order)
{
    if (!order) {
        m_orderId.clear();
        m_placeholder->setText(tr("Select an order to see its items, fulfillment orders and tracking."));
        m_stack->setCurrentWidget(m_placeholder);
        return;
    }
    m_orderId = order->id;
    fillHeader(*order);
    fillLineItems(*order);
    fillFulfillmentOrders(*order);
    fillFulfillments(*order);
    m_stack->setCurrentIndex(1);
}

void OrderDetailsPane::fillHeader(const Order &order)
{
    m_title->setText(order.name);
    QStringList lines;
    QString who = escaped(order.customerName.isEmpty() ? tr("No customer") : order.customerName);
    if (!order.email.isEmpty())
        who += u" &lt;"_s + escaped(order.email) + u"&gt;"_s;
    lines.append(who);
    lines.append(tr("Placed %1").arg(escaped(DisplayFormat::dateTime(order.createdAt))));
    QString status = tr("Fulfillment: %1").arg(escaped(displayName(order.fulfillmentStatus)));
    if (order.fulfillmentStatus == OrderFulfillmentStatus::Unknown)
        status += u" ("_s + escaped(order.fulfillmentStatusName) + u')';
    lines.append(status);
    if (!order.financialStatusName.isEmpty())
        lines.append(tr("Payment: %1").arg(escaped(displayName(order.financialStatus))));
    lines.append(tr("Total: %1").arg(escaped(DisplayFormat::money(order.total))));
    if (order.cancelledAt.isValid())
        lines.append(u"<b>"_s + tr("Cancelled %1").arg(escaped(DisplayFormat::dateTime(order.cancelledAt))) + u"</b>"_s);
    m_summary->setText(lines.join(u"<br/>"_s));
}

void OrderDetailsPane::fillLineItems(const Order &order)
{
    m_lineItems->clear();
    const QLocale locale;
    for (const LineItem &item : order.lineItems) {
        QString title = item.title;
        if (!item.variantTitle.isEmpty())
            title += u" – "_s + item.variantTitle;
        // The SKU under the title: what a packer compares with the shelf label.
        const QString sku = item.sku.isEmpty() ? tr("No SKU") : tr("SKU %1").arg(item.sku);
        auto *row = new QTreeWidgetItem(m_lineItems);
        row->setText(0, title + u'\n' + sku);
        row->setToolTip(0, title + u'\n' + sku);
        row->setText(1, locale.toString(item.currentQuantity));
        row->setText(2, locale.toString(item.fulfilledQuantity()));
        row->setText(3, locale.toString(item.unfulfilledQuantity));
        for (int column = 1; column < 4; ++column)
            row->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        if (item.unfulfilledQuantity > 0) {
            QFont bold = row->font(3);
            bold.setBold(true);
            row->setFont(3, bold);
        }
    }
    // Show every row without an inner scroll bar: the pane itself scrolls.
    int height = m_lineItems->header()->sizeHint().height() + 2 * m_lineItems->frameWidth() + 2;
    for (int i = 0; i < m_lineItems->topLevelItemCount(); ++i)
        height += m_lineItems->sizeHintForRow(i);
    m_lineItems->setFixedHeight(height);
}

void OrderDetailsPane::fillFulfillmentOrders(const Order &order)
{
    if (order.fulfillmentOrders.isEmpty()) {
        m_fulfillmentOrders->setText(tr("None"));
        return;
    }
    QStringList blocks;
    for (const FulfillmentOrder &fo : order.fulfillmentOrders) {
        QString statusText = displayName(fo.status);
        if (fo.status == FulfillmentOrderStatus::Unknown)
            statusText += u" ("_s + fo.statusName + u')';
        QString block = iconHtml(fulfillmentOrderIconName(fo.status)) + u"<b>"_s
            + escaped(statusText) + u"</b> · "_s
            + escaped(fo.location.name.isEmpty() ? tr("No location") : fo.location.name);
        const int remaining = fo.remainingQuantity();
        if (remaining > 0)
            block += u"<br/>"_s + tr("%n item(s) left to ship", nullptr, remaining);
        if (!fo.fulfillmentService.isEmpty())
            block += u"<br/>"_s + tr("Handled by %1").arg(escaped(fo.fulfillmentService));
        if (fo.status == FulfillmentOrderStatus::Scheduled && fo.fulfillAt.isValid())
            block += u"<br/>"_s + tr("Opens %1").arg(escaped(DisplayFormat::dateTime(fo.fulfillAt)));
        for (const FulfillmentHold &hold : fo.holds) {
            QString reason = displayName(hold.reason);
            if (hold.reason == FulfillmentHoldReason::Unknown)
                reason += u" ("_s + hold.reasonName + u')';
            block += u"<br/>"_s + tr("On hold: %1").arg(escaped(reason));
            if (!hold.notes.isEmpty())
                block += u" – <i>"_s + escaped(hold.notes) + u"</i>"_s;
        }
        blocks.append(block);
    }
    m_fulfillmentOrders->setText(blocks.join(u"<br/><br/>"_s));
}

void OrderDetailsPane::fillFulfillments(const Order &order)
{
    if (order.fulfillments.isEmpty()) {
        m_fulfillments->setText(tr("Nothing shipped yet"));
        return;
    }
    QStringList blocks;
    for (const Fulfillment &f : order.fulfillments) {
        QString statusText = displayName(f.status);
        if (f.status == FulfillmentStatus::Unknown)
            statusText += u" ("_s + f.statusName + u')';
        QString block = u"<b>"_s + escaped(f.name) + u"</b> · "_s + escaped(statusText) + u" · "_s
            + escaped(DisplayFormat::dateTime(f.createdAt));
        if (!f.location.name.isEmpty())
            block += u"<br/>"_s + tr("From %1").arg(escaped(f.location.name));
        if (f.tracking.isEmpty())
            block += u"<br/>"_s + tr("No tracking number");
        for (const TrackingInfo &t : f.tracking) {
            QString number = escaped(t.number);
            const QUrl url(t.url);
            if (url.isValid() && (url.scheme() == u"https"_s || url.scheme() == u"http"_s))
                number = u"<a href=\"%1\">%2</a>"_s.arg(escaped(url.toString()), number);
            block += u"<br/>"_s + (t.company.isEmpty() ? tr("Tracking") : escaped(t.company)) + u": "_s + number;
        }
        blocks.append(block);
    }
    m_fulfillments->setText(blocks.join(u"<br/><br/>"_s));
}
