#pragma once

#include "core/demostore/StoreData.h"

#include <QString>

// The rules that keep a demo store's numbers the way Shopify's are, checked on the whole
// store: what the generator guarantees must still hold after any sequence of mutations.
namespace DemoInvariants {

// The first rule the data breaks, naming the order; empty when it keeps them all.
// - ids are unique across all objects, and the lookups find every order, fulfillment
//   order and fulfillment where it is
// - a line item's unfulfilledQuantity is what its fulfillment orders still hold (cancelled
//   ones left out), and shipped plus unfulfilled is its currentQuantity (orders not cancelled)
// - remaining quantities lie between 0 and the total; a closed fulfillment order holds
//   nothing; an open or in-progress one holds something
// - fulfillments point at existing line items and fulfillment orders of the same location
// - the display status is what OrderRules derives (no legacy status pinned)
// - committed stock is exactly what the open fulfillment orders owe (OrderRules::updateCommitted)
// - updatedAt is never before createdAt, for orders, fulfillment orders and fulfillments
// - an order awaiting its fulfillment orders has none yet (nor fulfillments), a routing to
//   come, and every line unfulfilled
QString firstProblem(const demostore::StoreData &data);

} // namespace DemoInvariants
