#include "ui/models/StatusCountModel.h"

#include "core/storage/OrderBook.h"
#include "ui/StatusIcons.h"
#include "ui/StockIcons.h"

namespace {

constexpr int kStatusCount = int(OrderFulfillmentStatus::Open) + 1;

// Every entry in sidebar order: all orders, the statuses (the unknown ones last), then the
// orders that left the open views.
QList<OrderView> sidebarOrder()
{
    QList<OrderView> order{OrderView::all(), OrderView::readyToShip(), OrderView::blockedByStock()};
    for (OrderFulfillmentStatus status : allOrderFulfillmentStatuses())
        order.append(OrderView::ofStatus(status));
    order.append(OrderView::ofStatus(OrderFulfillmentStatus::Unknown));
    order.append(OrderView::archived());
    order.append(OrderView::cancelled());
    return order;
}

} // namespace

StatusCountModel::StatusCountModel(const OrderBook *book, QObject *parent)
    : QAbstractListModel(parent)
    , m_book(book)
    , m_statusCounts(kStatusCount, 0)
{
    for (const OrderView &view : sidebarOrder()) {
        if (isAlwaysListed(view))
            m_rows.append(view);
    }
    connect(book, &OrderBook::changed, this, &StatusCountModel::recount);
    recount();
}

bool StatusCountModel::isAlwaysListed(const OrderView &view)
{
    // The stock views are listed while the stock analysis says something about an order.
    if (view.kind == OrderView::Kind::ReadyToShip || view.kind == OrderView::Kind::BlockedByStock)
        return false;
    if (view.kind != OrderView::Kind::Status)
        return true;
    switch (view.status) {
    case OrderFulfillmentStatus::Unfulfilled:
    case OrderFulfillmentStatus::PartiallyFulfilled:
    case OrderFulfillmentStatus::OnHold:
    case OrderFulfillmentStatus::Scheduled:
    case OrderFulfillmentStatus::InProgress:
    case OrderFulfillmentStatus::Fulfilled:
        return true;
    default:
        return false;
    }
}

int StatusCountModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

OrderView StatusCountModel::viewAt(int row) const
{
    return m_rows.value(row);
}

int StatusCountModel::rowOf(const OrderView &view) const
{
    return int(m_rows.indexOf(view));
}

int StatusCountModel::countOf(const OrderView &view) const
{
    switch (view.kind) {
    case OrderView::Kind::All:
        return m_total;
    case OrderView::Kind::Status:
        return m_statusCounts.at(int(view.status));
    case OrderView::Kind::Archived:
        return m_archived;
    case OrderView::Kind::Cancelled:
        return m_cancelled;
    case OrderView::Kind::ReadyToShip:
        return m_readyToShip;
    case OrderView::Kind::BlockedByStock:
        return m_blockedByStock;
    }
    return 0;
}

QVariant StatusCountModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OrderView &view = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return view.displayName();
    case Qt::DecorationRole:
        switch (view.kind) {
        case OrderView::Kind::All:
            return StatusIcons::allOrders();
        case OrderView::Kind::Status:
            return StatusIcons::forStatus(view.status);
        case OrderView::Kind::Archived:
            return StatusIcons::archived();
        case OrderView::Kind::Cancelled:
            return StatusIcons::cancelled();
        case OrderView::Kind::ReadyToShip:
            return StockIcons::forReadiness(ShipReadiness::CanShip);
        case OrderView::Kind::BlockedByStock:
            return StockIcons::forReadiness(ShipReadiness::Blocked);
        }
        return {};
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return tr("%1: %n order(s)", nullptr, countOf(view)).arg(view.displayName());
    case CountRole:
        return countOf(view);
    default:
        return {};
    }
}

void StatusCountModel::recount()
{
    QList<int> counts(kStatusCount, 0);
    int archived = 0;
    int cancelled = 0;
    int ready = 0;
    int blocked = 0;
    for (const auto &row : m_book->rows()) {
        ready += OrderView::readyToShip().contains(row) ? 1 : 0;
        blocked += OrderView::blockedByStock().contains(row) ? 1 : 0;
        if (row.cancelled)
            ++cancelled;
        else if (row.closed)
            ++archived;
        else
            ++counts[int(row.fulfillmentStatus)];
    }
    m_statusCounts = counts;
    m_total = m_book->count();
    m_archived = archived;
    m_cancelled = cancelled;
    m_readyToShip = ready;
    m_blockedByStock = blocked;

    // Rows to list now, as a subsequence of the fixed sidebar order.
    QList<OrderView> wanted;
    for (const OrderView &view : sidebarOrder()) {
        const bool stockView = view.kind == OrderView::Kind::ReadyToShip
                               || view.kind == OrderView::Kind::BlockedByStock;
        if (isAlwaysListed(view) || countOf(view) > 0
            || (stockView && m_readyToShip + m_blockedByStock > 0))
            wanted.append(view);
    }
    // Remove what goes, from the back, then insert what comes, front to back.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (!wanted.contains(m_rows.at(row))) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }
    for (int row = 0; row < wanted.size(); ++row) {
        if (row >= m_rows.size() || !(m_rows.at(row) == wanted.at(row))) {
            beginInsertRows({}, row, row);
            m_rows.insert(row, wanted.at(row));
            endInsertRows();
        }
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1));
}
