#pragma once

#include "model/OrderFilter.h"

#include <QSortFilterProxyModel>

class OrderTableModel;

// The order table as the user narrowed it: the core OrderFilter decides which rows show, and
// columns sort by their raw values. It re-filters only when the filter really changed.
class OrderFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit OrderFilterProxyModel(OrderTableModel *source, QObject *parent = nullptr);

    void setFilter(const OrderFilter &filter);
    const OrderFilter &filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    OrderTableModel *m_source;
    OrderFilter m_filter;
};
