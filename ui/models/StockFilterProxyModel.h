#pragma once

#include <QSortFilterProxyModel>

// The stock panel's view of the StockTableModel: rows whose SKU or location contains the
// search text (ignoring case), sorted by risk (worst first) and then SKU unless the user
// sorts by another column.
class StockFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit StockFilterProxyModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_search;
};
