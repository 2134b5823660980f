#pragma once

#include "core/demostore/StoreData.h"

#include <QDateTime>

namespace demostore {

// Builds a store's data from a seed, a size and "now": the same three give the same store on
// every platform. Orders spread over the 30 days before now, numbered #1001 upwards in the
// order they were placed. The mix follows a shop's day: most orders unfulfilled, fulfilled
// or partly fulfilled; every display fulfillment status appears (once there are 40 orders or
// more), with holds of several reasons, scheduled orders, orders split across two locations,
// a third-party fulfillment service that accepted, declined or has not answered a request,
// cancelled orders, cancelled shipments, orders without a customer; and, a few percent each,
// what real shops send besides: items without SKU or barcode, custom line items, gift cards
// that need no shipping, local pickups, test orders, shipments without a location. From 20
// orders on, notable orders (StoreData::notable) too: open ones older than 60 days, the two
// newest still to be routed, an order of six shipments, a wholesale order of 264 lines.
// See docs/demostore.md.
class DataGenerator final
{
public:
    static StoreData generate(quint64 seed, int orderCount, const QDateTime &now);
};

} // namespace demostore
