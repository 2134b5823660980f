#include "OrderFilterProxyModel.h"

#include "OrderTableModel.h"

OrderFilterProxyModel::OrderFilterProxyModel(OrderTableModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    setSourceModel(source);
    setSortRole(OrderTableModel::SortRole);
    setSortLocaleAware(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void OrderFilterProxyModel::setFilter(const OrderFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    invalidateRowsFilter();
}

bool OrderFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    return m_filter.matches(m_source->summaryAt(sourceRow));
}
