// The data of the InventoryItems query (core/shopify/operations/inventory.graphql), as the
// inventory sync reads it: the body goes through ShopifyResponse like a real answer, its data
// through InventoryParser, and every level through what the stock panel computes of it.

#include "tests/fuzz/FuzzSupport.h"

#include "core/shopify/ShopifyResponse.h"
#include "core/stock/InventoryParser.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const ShopifyResponse response = ShopifyResponse::read(200, fuzz::bytes(data, size));
    if (response.outcome != ShopifyResponse::Outcome::Data)
        return 0;
    const Parsed<InventoryPage> page = InventoryParser::inventoryItems(response.data);
    qint64 total = 0;
    for (const InventoryLevel &level : page.value.levels) {
        total += level.shippable();
        total += level.inventoryItemId.size() + level.locationId.size() + level.sku.size();
        (void) shopifyName(level.policy);
    }
    return total == -1 ? 1 : 0;
}
