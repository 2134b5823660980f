#include "core/stock/StockDesk.h"

#include "core/stock/StockAllocation.h"
#include "core/storage/InventoryBook.h"
#include "core/storage/OrderBook.h"

StockDesk::StockDesk(OrderBook *orders,
                     InventoryBook *inventory,
                     const StockRiskRules &rules,
                     QObject *parent)
    : QObject(parent)
    , m_orders(orders)
    , m_inventory(inventory)
    , m_rules(rules)
{
    connect(orders, &OrderBook::changed, this, &StockDesk::recompute);
    connect(inventory, &InventoryBook::changed, this, &StockDesk::recompute);
    recompute();
}

void StockDesk::setRules(const StockRiskRules &rules)
{
    if (rules == m_rules)
        return;
    m_rules = rules;
    recompute();
    emit rulesChanged(m_rules);
}

QStringList StockDesk::itemsOfOrder(const QString &orderId) const
{
    return m_itemsByOrder.value(orderId);
}

void StockDesk::recompute()
{
    // Telling the OrderBook about readiness makes it signal a change: not a new one for us.
    if (m_recomputing)
        return;
    m_recomputing = true;
    QList<DemandLine> demand;
    m_lastError = m_inventory->demand(&demand);
    if (!m_lastError.isError()) {
        m_itemsByOrder.clear();
        for (const DemandLine &line : std::as_const(demand)) {
            QStringList &items = m_itemsByOrder[line.orderId];
            if (!line.inventoryItemId.isEmpty() && !items.contains(line.inventoryItemId))
                items.append(line.inventoryItemId);
        }
        const QList<InventoryLevel> &levels = m_inventory->levels();
        QList<StockRow> rows = StockReport::build(levels, demand, m_rules);
        // Without any stock read yet, nothing can be said about which orders can ship.
        m_readiness = levels.isEmpty() ? QHash<QString, OrderReadiness>()
                                       : StockAllocation::allocate(demand, levels);
        m_orders->setShipReadiness(m_readiness);
        if (rows != m_rows) {
            m_rows = std::move(rows);
            emit rowsChanged();
        }
    }
    m_recomputing = false;
}
