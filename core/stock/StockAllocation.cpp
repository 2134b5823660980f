#include "core/stock/StockAllocation.h"

#include <QSet>

#include <algorithm>

namespace StockAllocation {

namespace {

QString key(const QString &itemId, const QString &locationId)
{
    return itemId + u'|' + locationId;
}

struct OrderTally
{
    int shipped = 0;
    int shortUnits = 0;
    int counted = 0; // units whose stock is known (tracked items)
    int free = 0;    // units that need no stock: untracked, custom, not yet read
    QStringList shortSkus;
};

} // namespace

QHash<QString, OrderReadiness> allocate(const QList<DemandLine> &demand,
                                        const QList<InventoryLevel> &levels)
{
    QHash<QString, int> pool;
    QSet<QString> trackedItems;
    QSet<QString> untrackedItems;
    for (const InventoryLevel &level : levels) {
        if (!level.tracked) {
            untrackedItems.insert(level.inventoryItemId);
            continue;
        }
        trackedItems.insert(level.inventoryItemId);
        if (!level.locationId.isEmpty())
            pool.insert(key(level.inventoryItemId, level.locationId),
                        std::max(0, level.shippable()));
    }

    QList<const DemandLine *> lines;
    for (const DemandLine &line : demand) {
        if (line.fulfillable && line.quantity > 0)
            lines.append(&line);
    }
    // Oldest order first; ties by number, then id. Lines of one order keep their order.
    std::stable_sort(lines.begin(), lines.end(), [](const DemandLine *a, const DemandLine *b) {
        if (a->createdAtMs != b->createdAtMs)
            return a->createdAtMs < b->createdAtMs;
        if (a->orderNumber != b->orderNumber)
            return a->orderNumber < b->orderNumber;
        return a->orderId < b->orderId;
    });

    QHash<QString, OrderTally> tallies;
    QStringList orderIds;
    for (const DemandLine *line : std::as_const(lines)) {
        if (!tallies.contains(line->orderId))
            orderIds.append(line->orderId);
        OrderTally &tally = tallies[line->orderId];
        const QString &item = line->inventoryItemId;
        // Lines whose stock cannot be known (a custom item, one not read, or a fulfillment
        // order at a location Shopify no longer has) never hold an order back.
        const bool counted = !item.isEmpty() && !line->locationId.isEmpty()
                             && trackedItems.contains(item) && !untrackedItems.contains(item);
        if (!counted) {
            tally.free += line->quantity;
            continue;
        }
        tally.counted += line->quantity;
        int &left = pool[key(item, line->locationId)];
        const int taken = std::min(left, line->quantity);
        left -= taken;
        tally.shipped += taken;
        if (taken < line->quantity) {
            tally.shortUnits += line->quantity - taken;
            const QString name = line->sku.isEmpty() ? line->title : line->sku;
            if (!tally.shortSkus.contains(name))
                tally.shortSkus.append(name);
        }
    }

    QHash<QString, OrderReadiness> result;
    for (const QString &orderId : std::as_const(orderIds)) {
        const OrderTally &tally = tallies.value(orderId);
        OrderReadiness readiness;
        readiness.shortSkus = tally.shortSkus;
        if (tally.shortUnits == 0)
            readiness.readiness = ShipReadiness::CanShip;
        else if (tally.shipped == 0 && tally.free == 0)
            readiness.readiness = ShipReadiness::Blocked;
        else
            readiness.readiness = ShipReadiness::Partly;
        result.insert(orderId, readiness);
    }
    return result;
}

} // namespace StockAllocation
