#include "core/stock/InventoryParser.h"

#include "core/shopify/JsonCursor.h"

using namespace Qt::StringLiterals;

namespace InventoryParser {

Parsed<InventoryPage> inventoryItems(const QJsonObject &data)
{
    JsonCursor::Problems problems;
    const JsonCursor root(data, "data"_L1, &problems);
    InventoryPage page;
    for (const JsonCursor &node : root.field("nodes"_L1).array()) {
        if (!node.isPresentObject())
            continue; // an id Shopify no longer has
        if (node.field("__typename"_L1).string() != "InventoryItem"_L1)
            continue;
        InventoryLevel item;
        item.inventoryItemId = node.field("id"_L1).string();
        item.sku = node.field("sku"_L1).stringOrNull();
        item.tracked = node.field("tracked"_L1).boolean();
        const JsonCursor variants = node.field("variants"_L1);
        if (variants.isPresentObject()) {
            const QList<JsonCursor> nodes = variants.field("nodes"_L1).array();
            if (!nodes.isEmpty())
                item.policy = inventoryPolicyFromShopify(
                    nodes.first().field("inventoryPolicy"_L1).string());
        }
        page.foundItemIds.append(item.inventoryItemId);
        const JsonCursor levels = node.field("inventoryLevels"_L1);
        const QList<JsonCursor> levelNodes = levels.field("nodes"_L1).array();
        if (levels.field("pageInfo"_L1).field("hasNextPage"_L1).boolean())
            page.overflowItemIds.append(item.inventoryItemId);
        if (levelNodes.isEmpty()) {
            page.levels.append(item);
            continue;
        }
        for (const JsonCursor &levelNode : levelNodes) {
            InventoryLevel level = item;
            const JsonCursor location = levelNode.field("location"_L1);
            level.locationId = location.field("id"_L1).string();
            level.locationName = location.field("name"_L1).string();
            for (const JsonCursor &quantity : levelNode.field("quantities"_L1).array())
                level.quantities.set(quantity.field("name"_L1).string(),
                                     quantity.field("quantity"_L1).int32());
            page.levels.append(level);
        }
    }
    Parsed<InventoryPage> parsed;
    parsed.value = std::move(page);
    parsed.problem = problems.first();
    return parsed;
}

} // namespace InventoryParser
