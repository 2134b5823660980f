#pragma once

#include "core/model/DemandLine.h"
#include "core/model/InventoryLevel.h"
#include "core/storage/StoreError.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

// Reads and writes the inventory_levels table, and reads what open orders still need from
// the order tables. Like OrderRepository it runs no transactions of its own.
class InventoryRepository final
{
public:
    explicit InventoryRepository(QSqlDatabase db);

    StoreError loadLevels(QList<InventoryLevel> *levels) const;
    // Removes every level of these inventory items (all of them when `itemIds` is null), then
    // writes `levels`.
    StoreError replaceLevels(const QList<InventoryLevel> &levels, const QStringList *itemIds);

    // Lines of open orders' fulfillment orders that still have units to ship, oldest order
    // first.
    StoreError loadDemand(QList<DemandLine> *lines) const;

private:
    QSqlDatabase m_db;
};
