#pragma once

#include "core/stock/InventorySync.h"
#include "core/sync/OrderSync.h"

class InventoryBook;
class OrderBook;
class ShopifyClient;

// Runs a sync or a stock read to its end in the test's event loop, for tests against a shop
// (the demo store, a canned server) that only care about the outcome. Each gives up after
// two minutes with a Timeout error, so a hung run fails rather than hangs (or passes).
namespace SyncRuns {

// Runs a sync the test has set up (thresholds, signals watched) to its end.
SyncResult run(OrderSync *orderSync, OrderSync::Mode mode = OrderSync::Mode::Automatic);
SyncResult sync(ShopifyClient *client,
                OrderBook *book,
                OrderSync::Mode mode = OrderSync::Mode::Automatic);
InventorySyncResult readStock(ShopifyClient *client, InventoryBook *inventory);

} // namespace SyncRuns
