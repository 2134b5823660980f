#include "ui/models/OrderTableModel.h"

#include "core/fulfillment/OrderClaims.h"
#include "core/model/Order.h"
#include "core/model/OrderSummary.h"
#include "core/storage/OrderBook.h"
#include "ui/ClaimText.h"
#include "ui/DisplayFormat.h"
#include "ui/StatusIcons.h"
#include "ui/StockIcons.h"

#include <QDateTime>

namespace {

// Long after the order, no fulfillment orders means they are out of the app's sight.
bool routingOverdue(const OrderSummary &order)
{
    return QDateTime::currentMSecsSinceEpoch() - order.createdAtMs > kRoutingPatienceMs;
}

} // namespace

OrderTableModel::OrderTableModel(const OrderBook *book, QObject *parent)
    : QAbstractTableModel(parent)
    , m_book(book)
{
    connect(book, &OrderBook::rowsAboutToBeAdded, this, [this](int first, int last) {
        beginInsertRows({}, first, last);
    });
    connect(book, &OrderBook::rowsAdded, this, [this] { endInsertRows(); });
    connect(book, &OrderBook::rowsAboutToBeRemoved, this, [this](int first, int last) {
        beginRemoveRows({}, first, last);
    });
    connect(book, &OrderBook::rowsRemoved, this, [this] { endRemoveRows(); });
    connect(book, &OrderBook::rowsChanged, this, [this](int first, int last) {
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
    });
}

int OrderTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_book->count();
}

int OrderTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void OrderTableModel::setClaims(const OrderClaims *claims)
{
    if (m_claims)
        disconnect(m_claims, nullptr, this, nullptr);
    m_claims = claims;
    if (m_claims)
        connect(m_claims, &OrderClaims::changed, this, &OrderTableModel::claimsChanged);
    claimsChanged();
}

void OrderTableModel::claimsChanged()
{
    QSet<QString> claimed;
    if (m_claims) {
        const QHash<QString, Lease> now = m_claims->allElsewhere();
        for (auto it = now.cbegin(); it != now.cend(); ++it)
            claimed.insert(it.key());
    }
    // The rows that show a claim, and those that showed one: its time moved, or it went.
    const QSet<QString> repaint = claimed + m_claimed;
    m_claimed = claimed;
    for (const QString &orderId : repaint) {
        if (const int row = m_book->rowOf(orderId); row >= 0)
            emit dataChanged(index(row, FulfillmentColumn), index(row, FulfillmentColumn));
    }
}

const OrderSummary &OrderTableModel::summaryAt(int row) const
{
    return m_book->at(row);
}

QVariant OrderTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return data(m_book->at(index.row()), index.column(), role);
}

void OrderTableModel::multiData(const QModelIndex &index, QModelRoleDataSpan roleDataSpan) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        for (QModelRoleData &roleData : roleDataSpan)
            roleData.clearData();
        return;
    }
    const OrderSummary &order = m_book->at(index.row());
    for (QModelRoleData &roleData : roleDataSpan)
        roleData.setData(data(order, index.column(), roleData.role()));
}

QVariant OrderTableModel::data(const OrderSummary &order, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return display(order, column);
    case Qt::ToolTipRole:
        if (column == FulfillmentColumn && m_claims && order.outboxMark == OutboxMark::None) {
            if (const std::optional<Lease> claim = m_claims->elsewhere(order.id))
                //: %1 is a station ("Station 2 (Anna)")
                return tr("%1 is packing this order. Fulfilling it here takes it over from there.")
                    .arg(ClaimText::station(*claim));
        }
        if (column == FulfillmentColumn && order.outboxMark == OutboxMark::Pending)
            return tr("Smidig is sending a change for this order to Shopify.");
        if (column == FulfillmentColumn && order.outboxMark == OutboxMark::Failed)
            return tr("A change for this order did not reach Shopify. The outbox (Ctrl+Shift+O) "
                      "shows why, "
                      "and lets you retry or drop it.");
        if (column == FulfillmentColumn
            && order.fulfillmentStatus == OrderFulfillmentStatus::Unknown)
            return tr("Shopify reports the status \"%1\", which this version of Smidig does not "
                      "know.")
                .arg(order.fulfillmentStatusName);
        if (column == FulfillmentColumn && order.unreadable)
            return tr("Shopify no longer shows this open order to Smidig: it is older than 60 "
                      "days and the app lacks the read_all_orders scope. Smidig keeps it as it "
                      "was last read.");
        if (column == FulfillmentColumn && order.detailsPending)
            return tr("Smidig has listed this order and is still reading its items from "
                      "Shopify; it can be fulfilled once they are in.");
        if (column == FulfillmentColumn && order.awaitingRouting && routingOverdue(order))
            return tr("Shopify shows Smidig no fulfillment orders of this order: a marketplace "
                      "or another app may handle it. Fulfil it in Shopify's admin.");
        if (column == FulfillmentColumn && order.awaitingRouting)
            return tr("Shopify has not yet assigned this new order to a location; it can be "
                      "fulfilled once it has.");
        if (column == FulfillmentColumn && order.pickup)
            return tr("The customer collects this order: mark it ready for pickup, then picked "
                      "up.");
        if (column == CustomerColumn && order.customerHidden)
            return tr("Customer details hidden: the app has no access to protected customer "
                      "data.");
        if (column == NameColumn && order.test)
            return tr("A test order: nothing was paid, and nothing needs to ship.");
        if (column == StockColumn && !order.shortSkus.isEmpty())
            //: %1 is a list of SKUs
            return tr("Short of %1").arg(order.shortSkus.join(QStringLiteral(", ")));
        if (column == StockColumn && order.shipReadiness == ShipReadiness::CanShip)
            return tr("Everything this order still needs is on the shelf.");
        if (column == TrackingColumn || column == LocationColumn || column == CustomerColumn)
            return display(order, column);
        return {};
    case Qt::DecorationRole:
        if (column == StockColumn)
            return StockIcons::forReadiness(order.shipReadiness);
        if (column != FulfillmentColumn)
            return {};
        // The outbox's mark replaces the status icon: the text still names the status.
        switch (order.outboxMark) {
        case OutboxMark::Pending:
            return StatusIcons::sending();
        case OutboxMark::Failed:
            return StatusIcons::warning();
        case OutboxMark::None:
            break;
        }
        return StatusIcons::forStatus(order.fulfillmentStatus);
        return {};
    case Qt::TextAlignmentRole:
        if (column == ItemsColumn || column == TotalColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return sortValue(order, column);
    case OrderIdRole:
        return order.id;
    default:
        return {};
    }
}

QVariant OrderTableModel::display(const OrderSummary &order, int column) const
{
    switch (column) {
    case NameColumn:
        //: an order's name ("#1001") when the order was placed in test mode
        return order.test ? tr("%1 · test").arg(order.name) : order.name;
    case DateColumn:
        return DisplayFormat::dateTime(order.createdAtMs);
    case CustomerColumn:
        // The customer (or for a guest the ship-to name), else the email, else it says so:
        // hidden when Shopify left the details out, none when there are none.
        if (!order.customerName.isEmpty())
            return order.customerName;
        if (!order.email.isEmpty())
            return order.email;
        return order.customerHidden ? tr("Hidden") : tr("No customer");
    case ItemsColumn:
        return order.itemCount;
    case TotalColumn:
        return DisplayFormat::money(order.total);
    case PaymentColumn:
        if (order.financialStatusName.isEmpty())
            return QString();
        return displayName(order.financialStatus);
    case FulfillmentColumn: {
        QString status = order.cancelled
                             ? tr("%1 (cancelled)").arg(displayName(order.fulfillmentStatus))
                             : displayName(order.fulfillmentStatus);
        if (order.unreadable)
            //: a fulfillment status ("Unfulfilled") of an order Shopify no longer shows
            status = tr("%1 · no longer readable").arg(status);
        else if (order.detailsPending)
            //: a fulfillment status ("Unfulfilled") of an order whose items are still being
            //: read by the first sync
            status = tr("%1 · reading items").arg(status);
        else if (order.awaitingRouting && routingOverdue(order))
            //: a fulfillment status ("Unfulfilled") of an order with no fulfillment orders the
            //: app can see, long after it was placed
            status = tr("%1 · no fulfillment orders").arg(status);
        else if (order.awaitingRouting)
            //: a fulfillment status ("Unfulfilled") of an order Shopify has not routed yet
            status = tr("%1 · being routed").arg(status);
        else if (order.pickup)
            //: a fulfillment status ("Unfulfilled") of an order the customer collects
            status = tr("%1 · pickup").arg(status);
        switch (order.outboxMark) {
        //: a fulfillment status ("Unfulfilled") while Smidig sends a change for the order
        case OutboxMark::Pending:
            return tr("%1 · sending").arg(status);
        //: a fulfillment status ("Unfulfilled") when a change for the order failed
        case OutboxMark::Failed:
            return tr("%1 · not sent").arg(status);
        case OutboxMark::None:
            break;
        }
        if (m_claims) {
            if (const std::optional<Lease> claim = m_claims->elsewhere(order.id))
                //: a fulfillment status ("Unfulfilled") and another station's claim on the
                //: order ("Packing at Station 2 (Anna), 8 s")
                return tr("%1 · %2").arg(status, ClaimText::packing(*claim));
        }
        return status;
    }
    case StockColumn:
        if (order.closed || order.cancelled)
            return QString();
        return displayName(order.shipReadiness);
    case LocationColumn:
        return order.locationNames;
    case TrackingColumn:
        return order.trackingNumbers;
    }
    return {};
}

QVariant OrderTableModel::sortValue(const OrderSummary &order, int column) const
{
    switch (column) {
    case NameColumn:
        return order.number;
    case DateColumn:
        return order.createdAtMs;
    case ItemsColumn:
        return order.itemCount;
    case TotalColumn:
        return order.total.minorUnits;
    case PaymentColumn:
        return int(order.financialStatus);
    case FulfillmentColumn:
        return int(order.fulfillmentStatus);
    case StockColumn:
        return int(order.shipReadiness);
    case CustomerColumn:
        // Orders without anyone's name sort together, before the names.
        return order.customerName.isEmpty() ? order.email : order.customerName;
    default:
        return display(order, column);
    }
}

QVariant OrderTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Order");
    case DateColumn:
        return tr("Date");
    case CustomerColumn:
        return tr("Customer");
    case ItemsColumn:
        return tr("Items");
    case TotalColumn:
        return tr("Total");
    case PaymentColumn:
        return tr("Payment");
    case FulfillmentColumn:
        return tr("Fulfillment");
    case StockColumn:
        return tr("Stock");
    case LocationColumn:
        return tr("Location");
    case TrackingColumn:
        return tr("Tracking");
    }
    return {};
}
