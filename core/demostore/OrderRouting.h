#pragma once

#include "core/demostore/StoreData.h"

#include <QList>

namespace demostore {

// Shopify routes a new order to its locations a few seconds after it was placed: until then
// the order has no fulfillment orders. The generator leaves the newest orders that way
// (StoreData::pendingRoutings); this gives them their fulfillment orders once the store's
// clock reaches the time, as Shopify would: the order's updatedAt moves to that time and the
// stock they hold is committed.
class OrderRouting final
{
public:
    // Routes every order due by `now`; returns the positions of the orders it changed.
    static QList<int> runUntil(StoreData &data, Timestamp now);
};

} // namespace demostore
