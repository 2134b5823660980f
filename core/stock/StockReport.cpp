#include "core/stock/StockReport.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace StockReport {

QList<StockRow> build(const QList<InventoryLevel> &levels,
                      const QList<DemandLine> &demand,
                      const StockRiskRules &rules)
{
    QHash<QString, int> demandByKey;
    QHash<QString, const DemandLine *> firstLine;
    QHash<QString, QString> titles; // by inventory item
    for (const DemandLine &line : demand) {
        // A custom item or deleted variant has no stock to compare with; a fulfillment order
        // whose location Shopify no longer has (assignedLocation.location null) has no
        // location's stock to compare with.
        if (line.inventoryItemId.isEmpty())
            continue;
        if (!titles.contains(line.inventoryItemId))
            titles.insert(line.inventoryItemId, line.title);
        if (line.locationId.isEmpty())
            continue;
        const QString key = line.inventoryItemId + u'|' + line.locationId;
        demandByKey[key] += line.quantity;
        if (!firstLine.contains(key))
            firstLine.insert(key, &line);
    }
    QHash<QString, const InventoryLevel *> itemInfo; // any level of the item
    QList<StockRow> rows;
    rows.reserve(levels.size());
    for (const InventoryLevel &level : levels) {
        itemInfo.insert(level.inventoryItemId, &level);
        StockRow row;
        row.level = level;
        row.title = titles.value(level.inventoryItemId);
        row.demand = demandByKey.value(row.key());
        rows.append(row);
    }
    QSet<QString> present;
    for (const StockRow &row : std::as_const(rows))
        present.insert(row.key());
    for (auto it = firstLine.cbegin(); it != firstLine.cend(); ++it) {
        const DemandLine &line = *it.value();
        const InventoryLevel *item = itemInfo.value(line.inventoryItemId);
        // Not read yet, or untracked (untracked items need no level to sell).
        if (!item || !item->tracked || present.contains(it.key()))
            continue;
        StockRow row;
        row.level.inventoryItemId = line.inventoryItemId;
        row.level.locationId = line.locationId;
        row.level.locationName = line.locationName;
        row.level.sku = item->sku;
        row.level.tracked = true;
        row.level.policy = item->policy;
        row.title = titles.value(line.inventoryItemId);
        row.demand = demandByKey.value(it.key());
        rows.append(row);
    }
    for (StockRow &row : rows)
        row.risk = rules.assess(row.level, row.demand);
    // An item without SKU sorts by its title, where staff look for it.
    auto name = [](const StockRow &row) {
        return row.level.sku.isEmpty() ? row.title : row.level.sku;
    };
    std::sort(rows.begin(), rows.end(), [&name](const StockRow &a, const StockRow &b) {
        if (a.risk != b.risk)
            return a.risk < b.risk;
        if (name(a) != name(b))
            return name(a) < name(b);
        if (a.level.locationName != b.level.locationName)
            return a.level.locationName < b.level.locationName;
        return a.key() < b.key();
    });
    return rows;
}

} // namespace StockReport
