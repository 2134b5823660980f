#pragma once

#include "core/model/ShipReadiness.h"
#include "core/stock/StockReport.h"
#include "core/stock/StockRisk.h"
#include "core/storage/StoreError.h"

#include <QHash>
#include <QList>
#include <QObject>

class InventoryBook;
class OrderBook;

// The stock analysis, kept current: whenever the orders or the stock in the local store
// change, it sets the inventory levels against what open orders need (StockReport), hands
// the shelf to the orders oldest first (StockAllocation) and tells the OrderBook which orders
// can ship. The stock panel and `smidig-cli stock` read its rows.
class StockDesk final : public QObject
{
    Q_OBJECT

public:
    // `rules` are the ones to start with (the saved ones), so the first analysis uses them.
    StockDesk(OrderBook *orders,
              InventoryBook *inventory,
              const StockRiskRules &rules = {},
              QObject *parent = nullptr);

    void setRules(const StockRiskRules &rules);
    const StockRiskRules &rules() const { return m_rules; }

    const QList<StockRow> &rows() const { return m_rows; }
    OrderReadiness readiness(const QString &orderId) const { return m_readiness.value(orderId); }
    // The last problem reading the local store, if any.
    const StoreError &lastError() const { return m_lastError; }

    // The inventory items of an order's lines (for re-reading them after a fulfilment).
    QStringList itemsOfOrder(const QString &orderId) const;

    // Recomputes now (it also does on every change of the books).
    void recompute();

signals:
    void rowsChanged();
    // The rules were changed (by the stock panel): for keeping them between runs.
    void rulesChanged(const StockRiskRules &rules);

private:
    OrderBook *m_orders;
    InventoryBook *m_inventory;
    StockRiskRules m_rules;
    QList<StockRow> m_rows;
    QHash<QString, OrderReadiness> m_readiness;
    QHash<QString, QStringList> m_itemsByOrder;
    StoreError m_lastError;
    bool m_recomputing = false;
};
