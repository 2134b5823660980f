#include "StatusCountModel.h"

#include "StatusIcons.h"
#include "storage/OrderBook.h"

namespace {

constexpr int kStatusCount = int(OrderFulfillmentStatus::Open) + 1;

// Every status in sidebar order, the unknown ones last.
QList<OrderFulfillmentStatus> sidebarOrder()
{
    QList<OrderFulfillmentStatus> order = allOrderFulfillmentStatuses();
    order.append(OrderFulfillmentStatus::Unknown);
    return order;
}

} // namespace

StatusCountModel::StatusCountModel(const OrderBook *book, QObject *parent)
    : QAbstractListModel(parent)
    , m_book(book)
    , m_counts(kStatusCount, 0)
{
    m_rows.append(std::nullopt);
    for (OrderFulfillmentStatus status : sidebarOrder()) {
        if (isAlwaysListed(status))
            m_rows.append(status);
    }
    connect(book, &OrderBook::changed, this, &StatusCountModel::recount);
    recount();
}

bool StatusCountModel::isAlwaysListed(OrderFulfillmentStatus status)
{
    switch (status) {
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

std::optional<OrderFulfillmentStatus> StatusCountModel::statusAt(int row) const
{
    return m_rows.value(row);
}

int StatusCountModel::rowOf(std::optional<OrderFulfillmentStatus> status) const
{
    return int(m_rows.indexOf(status));
}

int StatusCountModel::countOf(std::optional<OrderFulfillmentStatus> status) const
{
    return status ? m_counts.at(int(*status)) : m_total;
}

QVariant StatusCountModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const std::optional<OrderFulfillmentStatus> status = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return status ? displayName(*status) : tr("All orders");
    case Qt::DecorationRole:
        return status ? StatusIcons::forStatus(*status) : StatusIcons::allOrders();
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return tr("%1: %n order(s)", nullptr, countOf(status))
            .arg(status ? displayName(*status) : tr("All orders"));
    case CountRole:
        return countOf(status);
    case StatusRole:
        return status ? int(*status) : -1;
    default:
        return {};
    }
}

void StatusCountModel::recount()
{
    QList<int> counts(kStatusCount, 0);
    for (const auto &row : m_book->rows())
        ++counts[int(row.fulfillmentStatus)];
    m_counts = counts;
    m_total = m_book->count();

    // Rows to list now, as a subsequence of the fixed sidebar order.
    QList<std::optional<OrderFulfillmentStatus>> wanted{std::nullopt};
    for (OrderFulfillmentStatus status : sidebarOrder()) {
        if (isAlwaysListed(status) || counts.at(int(status)) > 0)
            wanted.append(status);
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
        if (row >= m_rows.size() || m_rows.at(row) != wanted.at(row)) {
            beginInsertRows({}, row, row);
            m_rows.insert(row, wanted.at(row));
            endInsertRows();
        }
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1));
}
