#include "ui/widgets/OrderDetailsPane.h"

#include "ui/ClaimText.h"
#include "ui/DisplayFormat.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
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
    case FulfillmentOrderStatus::Open:
        return u"status-unfulfilled"_s;
    case FulfillmentOrderStatus::InProgress:
        return u"status-in-progress"_s;
    case FulfillmentOrderStatus::OnHold:
        return u"status-on-hold"_s;
    case FulfillmentOrderStatus::Scheduled:
        return u"status-scheduled"_s;
    case FulfillmentOrderStatus::Incomplete:
        return u"status-partially-fulfilled"_s;
    case FulfillmentOrderStatus::Closed:
        return u"status-fulfilled"_s;
    case FulfillmentOrderStatus::Cancelled:
        return u"status-declined"_s;
    case FulfillmentOrderStatus::Unknown:
        break;
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
    , m_stock(richLabel(this, u"detailsStock"_s))
    , m_packing(richLabel(this, u"detailsPacking"_s))
    , m_claim(richLabel(this, u"detailsClaim"_s))
    , m_lineItems(new QTreeWidget(this))
    , m_fulfillQuantities(new QPushButton(tr("Fulfill Selected &Quantities..."), this))
    , m_fulfillmentOrders(richLabel(this, u"detailsFulfillmentOrders"_s))
    , m_shipments(new QWidget(this))
    , m_shipmentsLayout(new QVBoxLayout(m_shipments))
{
    setObjectName(u"orderDetails"_s);
    m_placeholder->setObjectName(u"detailsPlaceholder"_s);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setText(
        tr("Select an order to see its items, fulfillment orders and tracking."));
    m_placeholder->setEnabled(false);

    m_title->setObjectName(u"detailsTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_lineItems->setObjectName(u"detailsLineItems"_s);
    m_lineItems->setRootIsDecorated(false);
    m_lineItems->setHeaderLabels(
        {tr("Item"), tr("Ordered"), tr("Fulfilled"), tr("Remaining"), tr("Ship Now")});
    m_lineItems->setWordWrap(true);
    m_lineItems->setUniformRowHeights(false);
    m_lineItems->header()->setStretchLastSection(false);
    m_lineItems->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < 5; ++column)
        m_lineItems->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_lineItems->setSelectionMode(QAbstractItemView::NoSelection);
    m_lineItems->setFocusPolicy(Qt::NoFocus);
    m_lineItems->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_lineItems->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);

    m_fulfillQuantities->setObjectName(u"fulfillQuantitiesButton"_s);
    m_fulfillQuantities->setToolTip(tr("Fulfill just the quantities under \"Ship Now\" (Alt+Q)"));
    connect(m_fulfillQuantities, &QPushButton::clicked, this, [this] {
        emit fulfillQuantitiesRequested(m_orderId, chosenQuantities());
    });
    auto *fulfillRow = new QHBoxLayout;
    fulfillRow->addStretch(1);
    fulfillRow->addWidget(m_fulfillQuantities);

    m_shipments->setObjectName(u"detailsShipments"_s);
    m_shipmentsLayout->setContentsMargins(0, 0, 0, 0);
    m_shipmentsLayout->setSpacing(10);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_stock);
    layout->addWidget(m_packing);
    layout->addWidget(m_claim);
    layout->addWidget(sectionTitle(tr("Items"), content));
    layout->addWidget(m_lineItems);
    layout->addLayout(fulfillRow);
    layout->addWidget(sectionTitle(tr("Fulfillment orders"), content));
    layout->addWidget(m_fulfillmentOrders);
    layout->addWidget(sectionTitle(tr("Shipments"), content));
    layout->addWidget(m_shipments);
    layout->addStretch(1);

    // Tab goes from the table straight to what can be acted on: the quantities, the buttons
    // and the tracking links. Labels without links stay out of the way.
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fulfillmentOrders->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setFocusPolicy(Qt::NoFocus);
    m_stock->setFocusPolicy(Qt::NoFocus);
    m_stock->hide();
    m_packing->setFocusPolicy(Qt::NoFocus);
    m_packing->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_packing->hide();
    m_claim->setFocusPolicy(Qt::NoFocus);
    m_claim->hide();
    m_fulfillmentOrders->setFocusPolicy(Qt::NoFocus);

    auto *scroll = new QScrollArea;
    scroll->setFocusPolicy(Qt::NoFocus);
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
    m_order.reset();
    m_placeholder->setText(message);
    m_stack->setCurrentWidget(m_placeholder);
}

void OrderDetailsPane::showClaim(const std::optional<Lease> &elsewhere)
{
    const QString text = elsewhere
                             ? u"<b>%1</b>"_s.arg(ClaimText::packing(*elsewhere).toHtmlEscaped())
                             : QString();
    m_claim->setText(text);
    m_claim->setVisible(!text.isEmpty());
}

void OrderDetailsPane::showStock(const OrderReadiness &readiness)
{
    QString text;
    switch (readiness.readiness) {
    case ShipReadiness::None:
        break;
    case ShipReadiness::CanShip:
        text = tr("<b>Stock:</b> everything it still needs is on the shelf.");
        break;
    case ShipReadiness::Partly:
        //: %1 is a list of SKUs
        text = tr("<b>Stock:</b> ships partly; short of %1.")
                   .arg(readiness.shortSkus.join(u", "_s).toHtmlEscaped());
        break;
    case ShipReadiness::Blocked:
        //: %1 is a list of SKUs
        text = tr("<b>Stock:</b> blocked; short of %1.")
                   .arg(readiness.shortSkus.join(u", "_s).toHtmlEscaped());
        break;
    }
    m_stock->setText(text);
    m_stock->setVisible(!text.isEmpty());
}

QString OrderDetailsPane::packedLineText(const PackedLine &packed) const
{
    QString title = packed.lineItemId;
    if (m_order) {
        for (const LineItem &item : m_order->lineItems) {
            if (item.id == packed.lineItemId)
                title = item.title;
        }
    }
    QStringList how;
    if (packed.scanned > 0)
        how.append(tr("%n scanned", nullptr, packed.scanned));
    if (packed.typed > 0)
        how.append(tr("%n typed", nullptr, packed.typed));
    if (packed.confirmed > 0)
        how.append(tr("%n confirmed by hand", nullptr, packed.confirmed));
    //: %1 is an item's title, %2 how its units were counted ("2 scanned, 10 typed")
    return tr("%1: %2").arg(title, how.join(u", "_s));
}

void OrderDetailsPane::showPacking(const QList<PackingRecord> &records)
{
    QStringList lines;
    for (const PackingRecord &record : records) {
        const QString station = escaped(record.who.station);
        const QString packer = escaped(record.who.packer);
        const QString when = escaped(DisplayFormat::dateTime(record.at));
        const bool pickup = record.action == OutboxEntry::Action::PreparePickup;
        QString line;
        if (pickup && record.who.packer.isEmpty())
            //: %1 is a station's name, %2 a date and time
            line = tr("Made ready for pickup at %1, %2").arg(station, when);
        else if (pickup)
            //: %1 is a station's name, %2 the packer's name, %3 a date and time
            line = tr("Made ready for pickup at %1 by %2, %3").arg(station, packer, when);
        else if (record.who.packer.isEmpty())
            //: %1 is a station's name, %2 a date and time
            line = tr("Fulfilled at %1, %2").arg(station, when);
        else
            //: %1 is a station's name, %2 the packer's name, %3 a date and time
            line = tr("Fulfilled at %1 by %2, %3").arg(station, packer, when);
        if (record.outcome == PackingRecord::Outcome::Pending)
            //: After a fulfillment in the packing history that is still on its way to Shopify
            line = tr("%1 (sending)").arg(line);
        else if (record.outcome == PackingRecord::Outcome::Failed)
            //: After a fulfillment in the packing history that Shopify refused
            line = tr("%1 (failed)").arg(line);
        // One fulfilment may be several entries (one per location): said once.
        if (!lines.contains(line))
            lines.append(line);
        // Packed in pack mode: how each line was counted, under the fulfilment.
        for (const PackedLine &packed : record.lines)
            lines.append(u"&nbsp;&nbsp;&nbsp;"_s + escaped(packedLineText(packed)));
    }
    m_packing->setText(lines.join(u"<br/>"_s));
    m_packing->setVisible(!lines.isEmpty());
}

void OrderDetailsPane::showOrder(const std::optional<Order> &order)
{
    if (!order) {
        m_orderId.clear();
        m_order.reset();
        m_placeholder->setText(
            tr("Select an order to see its items, fulfillment orders and tracking."));
        m_stack->setCurrentWidget(m_placeholder);
        return;
    }
    // The store says "changed" for any order (and for outbox marks): an order that is the
    // same keeps the quantities typed and the focus.
    if (m_order && *m_order == *order && m_stack->currentIndex() == 1)
        return;
    m_orderId = order->id;
    m_order = order;
    fillHeader(*order);
    fillLineItems(*order);
    fillFulfillmentOrders(*order);
    fillFulfillments(*order);
    chainFocus();
    m_stack->setCurrentIndex(1);
}

QHash<QString, int> OrderDetailsPane::chosenQuantities() const
{
    QHash<QString, int> quantities;
    for (qsizetype i = 0; i < m_quantities.size(); ++i) {
        if (m_quantities.at(i)->value() > 0)
            quantities.insert(m_quantityLineItems.at(i), m_quantities.at(i)->value());
    }
    return quantities;
}

void OrderDetailsPane::updateFulfillButton()
{
    m_fulfillQuantities->setVisible(!m_quantities.isEmpty());
    m_fulfillQuantities->setEnabled(!chosenQuantities().isEmpty());
}

void OrderDetailsPane::chainFocus()
{
    // Items are rebuilt for each order: without this, new spin boxes would come last in the
    // window's Tab order. The item list (which takes no focus itself) holds their place.
    QList<QWidget *> chain{m_lineItems};
    chain.append(QList<QWidget *>(m_quantities.cbegin(), m_quantities.cend()));
    chain.append(m_fulfillQuantities);
    chain.append(QList<QWidget *>(m_shipmentButtons.cbegin(), m_shipmentButtons.cend()));
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
}

void OrderDetailsPane::fillHeader(const Order &order)
{
    m_title->setText(order.test ? tr("%1 (test order)").arg(order.name) : order.name);
    QStringList lines;
    // A guest checkout has no customer; a digital order no shipping address: each is said,
    // and the ship-to name shows when it is not the customer's. Details Shopify left out are
    // hidden, not missing, and said so.
    QString who = order.customerName.isEmpty()
                      ? (order.customerHidden ? u"<i>"_s + tr("Customer hidden") + u"</i>"_s
                                              : escaped(tr("No customer")))
                      : escaped(order.customerName);
    if (!order.email.isEmpty())
        who += u" &lt;"_s + escaped(order.email) + u"&gt;"_s;
    lines.append(who);
    if (order.customerHidden)
        lines.append(tr("Shopify leaves out the customer's name, email and address: the app "
                        "has no access to protected customer data."));
    else if (order.shippingName.isEmpty()) {
        if (!order.detailsPending) // a listed order's address is not read yet
            lines.append(tr("No shipping address"));
    } else if (order.shippingName != order.customerName) {
        lines.append(tr("Ship to %1").arg(escaped(order.shippingName)));
    }
    if (!order.shippingMethod.isEmpty())
        lines.append(tr("Shipping method: %1").arg(escaped(order.shippingMethod)));
    if (!order.note.trimmed().isEmpty())
        lines.append(u"<b>"_s + tr("Note:") + u"</b> "_s
                     + escaped(order.note.trimmed()).replace(u'\n', u"<br>"_s));
    if (order.test)
        lines.append(tr("Test order: nothing was paid, and nothing needs to ship."));
    if (order.unreadableSince.isValid())
        lines.append(
            u"<b>"_s + tr("No longer readable:") + u"</b> "_s
            + tr("since %1 Shopify no longer shows this open order to Smidig, because it is "
                 "older than 60 days and the app lacks the read_all_orders scope. Smidig keeps "
                 "it as it was last read. Give the app read_all_orders to keep reading such "
                 "orders, or handle it in Shopify's admin.")
                  .arg(escaped(DisplayFormat::dateTime(order.unreadableSince))));
    if (order.detailsPending)
        lines.append(u"<b>"_s + tr("Still reading:") + u"</b> "_s
                     + tr("Smidig has listed this order and is still reading its items, "
                          "locations and shipments from Shopify. They show here, and the order "
                          "can be fulfilled, once they are in."));
    if (order.isAwaitingRouting()
        && order.createdAt.msecsTo(QDateTime::currentDateTimeUtc()) > kRoutingPatienceMs)
        lines.append(u"<b>"_s + tr("No fulfillment orders:") + u"</b> "_s
                     + tr("Shopify shows Smidig none for this order, although something is "
                          "left to ship: a marketplace or another app may handle it. Fulfil it "
                          "in Shopify's admin."));
    else if (order.isAwaitingRouting())
        lines.append(u"<b>"_s + tr("Being routed:") + u"</b> "_s
                     + tr("Shopify has not yet assigned this new order to a location. It can "
                          "be fulfilled once it has, usually within a minute."));
    lines.append(tr("Placed %1").arg(escaped(DisplayFormat::dateTime(order.createdAt))));
    QString status = tr("Fulfillment: %1").arg(escaped(displayName(order.fulfillmentStatus)));
    if (order.fulfillmentStatus == OrderFulfillmentStatus::Unknown)
        status += u" ("_s + escaped(order.fulfillmentStatusName) + u')';
    lines.append(status);
    if (!order.financialStatusName.isEmpty())
        lines.append(tr("Payment: %1").arg(escaped(displayName(order.financialStatus))));
    lines.append(tr("Total: %1").arg(escaped(DisplayFormat::money(order.total))));
    if (order.cancelledAt.isValid())
        lines.append(u"<b>"_s
                     + tr("Cancelled %1").arg(escaped(DisplayFormat::dateTime(order.cancelledAt)))
                     + u"</b>"_s);
    m_summary->setText(lines.join(u"<br/>"_s));
}

void OrderDetailsPane::fillLineItems(const Order &order)
{
    m_lineItems->clear(); // deletes the spin boxes too
    m_quantities.clear();
    m_quantityLineItems.clear();
    const QLocale locale;
    for (const LineItem &item : order.lineItems) {
        QString title = item.title;
        if (!item.variantTitle.isEmpty())
            title += u" – "_s + item.variantTitle;
        // The SKU under the title: what a packer compares with the shelf label.
        const QString sku = item.sku.isEmpty() ? tr("No SKU") : tr("SKU %1").arg(item.sku);
        auto *row = new QTreeWidgetItem(m_lineItems);
        row->setText(0, title + u'\n' + sku);
        // Two lines and some air: the rows hold spin boxes, and packers read them at a glance.
        row->setSizeHint(0, QSize(0, 2 * m_lineItems->fontMetrics().lineSpacing() + 10));
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
        if (item.unfulfilledQuantity > 0 && !order.cancelledAt.isValid()) {
            auto *quantity = new QSpinBox;
            quantity->setObjectName(u"shipNowQuantity"_s);
            //: %1 is a line item's title
            quantity->setAccessibleName(tr("Ship now: %1").arg(title));
            quantity->setRange(0, item.unfulfilledQuantity);
            quantity->setValue(item.unfulfilledQuantity);
            quantity->setAlignment(Qt::AlignRight);
            connect(quantity, &QSpinBox::valueChanged, this, &OrderDetailsPane::updateFulfillButton);
            m_lineItems->setItemWidget(row, 4, quantity);
            m_quantities.append(quantity);
            m_quantityLineItems.append(item.id);
        }
    }
    // Nothing left to ship: no column of empty boxes taking the titles' room.
    m_lineItems->setColumnHidden(4, m_quantities.isEmpty());
    updateFulfillButton();
    // Show every row without an inner scroll bar: the pane itself scrolls.
    int height = m_lineItems->header()->sizeHint().height() + 2 * m_lineItems->frameWidth() + 2;
    for (int i = 0; i < m_lineItems->topLevelItemCount(); ++i) {
        const QWidget *quantity = m_lineItems->itemWidget(m_lineItems->topLevelItem(i), 4);
        height += std::max(m_lineItems->sizeHintForRow(i),
                           quantity ? quantity->sizeHint().height() + 2 : 0);
    }
    m_lineItems->setFixedHeight(height);
}

void OrderDetailsPane::fillFulfillmentOrders(const Order &order)
{
    if (order.fulfillmentOrders.isEmpty()) {
        const bool routing = order.isAwaitingRouting()
                             && order.createdAt.msecsTo(QDateTime::currentDateTimeUtc())
                                    <= kRoutingPatienceMs;
        m_fulfillmentOrders->setText(order.detailsPending ? tr("Still being read from Shopify")
                                     : routing ? tr("None yet: Shopify is still routing the order")
                                               : tr("None"));
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
        // How it reaches the customer, when it is not a parcel sent by a carrier.
        if (fo.deliveryMethod != DeliveryMethod::Shipping
            && fo.deliveryMethod != DeliveryMethod::Unknown)
            block += u" · "_s + escaped(displayName(fo.deliveryMethod));
        const int remaining = fo.remainingQuantity();
        if (remaining > 0 && fo.isPickup())
            block += u"<br/>"_s
                     + (fo.status == FulfillmentOrderStatus::InProgress
                            ? tr("%n item(s) ready for pickup, waiting for the customer",
                                 nullptr,
                                 remaining)
                            : tr("%n item(s) to make ready for pickup", nullptr, remaining));
        else if (remaining > 0)
            block += u"<br/>"_s + tr("%n item(s) left to ship", nullptr, remaining);
        if (!fo.fulfillmentService.isEmpty())
            block += u"<br/>"_s + tr("Handled by %1").arg(escaped(fo.fulfillmentService));
        if (fo.status == FulfillmentOrderStatus::Scheduled && fo.fulfillAt.isValid())
            block += u"<br/>"_s
                     + tr("Opens %1").arg(escaped(DisplayFormat::dateTime(fo.fulfillAt)));
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
    qDeleteAll(m_shipments->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly));
    m_shipmentButtons.clear();
    if (order.fulfillments.isEmpty()) {
        auto *none = richLabel(m_shipments, u"detailsFulfillment"_s);
        none->setText(order.detailsPending ? tr("Still being read from Shopify")
                                           : tr("Nothing shipped yet"));
        m_shipmentsLayout->addWidget(none);
        return;
    }
    if (!order.fulfillmentsComplete) {
        auto *cut = richLabel(m_shipments, u"detailsShipmentsIncomplete"_s);
        cut->setText(tr("Shopify did not give every shipment or parcel of this order, so they "
                        "are shown here but cannot be changed or cancelled from Smidig. Use "
                        "Shopify's admin for them."));
        m_shipmentsLayout->addWidget(cut);
    }
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
            // Shopify may send a link without a number, or neither.
            QString number = t.number.isEmpty() ? tr("(no number)") : escaped(t.number);
            const QUrl url(t.url);
            if (url.isValid() && (url.scheme() == u"https"_s || url.scheme() == u"http"_s))
                number = u"<a href=\"%1\">%2</a>"_s.arg(escaped(url.toString()), number);
            block += u"<br/>"_s + (t.company.isEmpty() ? tr("Tracking") : escaped(t.company))
                     + u": "_s + number;
        }
        auto *shipment = new QWidget(m_shipments);
        auto *label = richLabel(shipment, u"detailsFulfillment"_s);
        label->setText(block);
        auto *layout = new QVBoxLayout(shipment);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(4);
        layout->addWidget(label);

        // A cancelled shipment, or one Shopify could not make, has nothing left to change.
        const bool changeable = f.status != FulfillmentStatus::Cancelled
                                && f.status != FulfillmentStatus::Error
                                && f.status != FulfillmentStatus::Failure;
        if (changeable && !order.cancelledAt.isValid() && order.fulfillmentsComplete
            && !order.unreadableSince.isValid()) {
            auto *edit = new QPushButton(tr("Edit Tracking..."), shipment);
            edit->setObjectName(u"editTrackingButton"_s);
            //: %1 is a shipment, such as #1001-F1
            edit->setAccessibleName(tr("Edit tracking of %1").arg(f.name));
            auto *cancel = new QPushButton(tr("Cancel Shipment..."), shipment);
            cancel->setObjectName(u"cancelShipmentButton"_s);
            cancel->setAccessibleName(tr("Cancel shipment %1").arg(f.name));
            const QString orderId = order.id;
            const QString fulfillmentId = f.id;
            connect(edit, &QPushButton::clicked, this, [this, orderId, fulfillmentId] {
                emit editTrackingRequested(orderId, fulfillmentId);
            });
            connect(cancel, &QPushButton::clicked, this, [this, orderId, fulfillmentId] {
                emit cancelShipmentRequested(orderId, fulfillmentId);
            });
            auto *buttons = new QHBoxLayout;
            buttons->addWidget(edit);
            buttons->addWidget(cancel);
            buttons->addStretch(1);
            layout->addLayout(buttons);
            m_shipmentButtons.append({edit, cancel});
        }
        m_shipmentsLayout->addWidget(shipment);
    }
}
