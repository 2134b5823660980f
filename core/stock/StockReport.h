#pragma once

#include "core/model/DemandLine.h"
#include "core/model/InventoryLevel.h"
#include "core/stock/StockRisk.h"

#include <QList>

// One row of the stock panel and of `smidig-cli stock`: an inventory level with what open
// orders in the local store still need from it, and its risk.
struct StockRow
{
    InventoryLevel level;
    // What the open orders call the item (a line item's title): how staff tell apart items
    // without SKU. Empty when no open order needs it.
    QString title;
    int demand = 0;
    StockRisk risk = StockRisk::Ok;

    QString key() const { return level.inventoryItemId + u'|' + level.locationId; }
    friend bool operator==(const StockRow &, const StockRow &) = default;
};

namespace StockReport {

// A row per level, plus one with zero stock for each item and location open orders need
// but Shopify keeps no level for (a sure oversell). Sorted by risk (worst first), then SKU
// (the title for an item without one), then location name.
QList<StockRow> build(const QList<InventoryLevel> &levels,
                      const QList<DemandLine> &demand,
                      const StockRiskRules &rules);

} // namespace StockReport
