#pragma once

#include "core/stock/StockReport.h"

#include <QAbstractTableModel>
#include <QList>

class StockDesk;

// The stock panel's rows: one per SKU and location, with on hand, committed, available,
// incoming, what open orders here still need, and the risk (text and icon). Follows the
// StockDesk with precise signals: changed rows report dataChanged, new ones are appended,
// gone ones removed; rows keep their place (the proxy sorts).
class StockTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Risk,
        Sku,
        Location,
        OnHand,
        Committed,
        Available,
        Incoming,
        Demand,
        Policy,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // numbers as numbers; the risk by its severity
        RiskRole,                    // int(StockRisk)
        SkuRole,                     // the SKU, empty for items without one
        InventoryItemRole,
    };

    explicit StockTableModel(const StockDesk *desk, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const StockRow &rowAt(int row) const { return m_rows.at(row); }

private:
    void follow();

    const StockDesk *m_desk;
    QList<StockRow> m_rows;
};
