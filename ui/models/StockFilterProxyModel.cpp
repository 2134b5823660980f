#include "ui/models/StockFilterProxyModel.h"

#include "ui/models/StockTableModel.h"

StockFilterProxyModel::StockFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(StockTableModel::SortRole);
    setDynamicSortFilter(true);
    sort(StockTableModel::Risk, Qt::AscendingOrder);
}

void StockFilterProxyModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidateRowsFilter();
}

bool StockFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_search.isEmpty())
        return true;
    const QAbstractItemModel *model = sourceModel();
    for (int column : {int(StockTableModel::Sku), int(StockTableModel::Location)}) {
        const QString text = model->index(sourceRow, column, sourceParent)
                                 .data(StockTableModel::SortRole)
                                 .toString();
        if (text.contains(m_search, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool StockFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(StockTableModel::SortRole);
    const QVariant b = right.data(StockTableModel::SortRole);
    if (a != b) {
        if (a.typeId() == QMetaType::Int && b.typeId() == QMetaType::Int)
            return a.toInt() < b.toInt();
        return QString::localeAwareCompare(a.toString(), b.toString()) < 0;
    }
    // Ties by SKU, then location, so the order is stable and readable.
    const QAbstractItemModel *model = left.model();
    for (int column : {int(StockTableModel::Sku), int(StockTableModel::Location)}) {
        const int c = QString::localeAwareCompare(
            model->index(left.row(), column).data(StockTableModel::SortRole).toString(),
            model->index(right.row(), column).data(StockTableModel::SortRole).toString());
        if (c != 0)
            return c < 0;
    }
    return false;
}
