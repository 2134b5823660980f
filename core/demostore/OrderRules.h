#pragma once

#include "core/demostore/StoreData.h"

#include <QList>

namespace demostore {

// How Shopify derives an order's numbers from its fulfillment orders and fulfillments, in
// one place: the generator builds orders with it, and later mutations (fulfillmentCreate,
// fulfillmentCancel, holds) call update() after changing fulfillment orders or fulfillments.
class OrderRules final
{
public:
    // Recomputes each line item's unfulfilledQuantity (the remaining quantities of its
    // fulfillment order line items, cancelled fulfillment orders left out; the current
    // quantity while the order awaits its fulfillment orders) and the order's
    // displayFulfillmentStatus.
    static void update(Order &order);

    // displayFulfillmentStatus from the fulfillment orders and successful fulfillments:
    // nothing left to ship: FULFILLED (or UNFULFILLED when nothing shipped, as for a cancelled
    // order); a fulfillment service declined: REQUEST_DECLINED; something shipped:
    // PARTIALLY_FULFILLED; everything left is on hold: ON_HOLD, scheduled: SCHEDULED,
    // requested from a fulfillment service: IN_PROGRESS (PENDING_FULFILLMENT when every
    // request was accepted), marked in progress: IN_PROGRESS; else UNFULFILLED. A pinned
    // legacy status (OPEN, RESTOCKED) wins. An order awaiting its fulfillment orders is
    // UNFULFILLED. Fulfillment orders with nothing to deliver (gift cards) count only when
    // nothing else is left to ship: an open gift card does not make a held order unheld.
    static OrderFulfillmentStatus displayStatus(const Order &order);

    // How many of a line item successful fulfillments shipped.
    static int fulfilledQuantity(const Order &order, int lineItem);

    // What the merchant can do with a fulfillment order, by its status and location.
    static QList<FulfillmentOrderAction> supportedActions(const FulfillmentOrder &fulfillmentOrder,
                                                          const Location &location);

    // Sets every inventory level's `committed` to what open fulfillment orders still owe from
    // that location; adds an empty level where an order is assigned to a location that does
    // not stock the item.
    static void updateCommitted(StoreData &data);
    // Adds (sign 1) or takes back (-1) what one order's open fulfillment orders commit, as
    // updateCommitted() counts it.
    static void addCommitted(StoreData &data, const Order &order, int sign);

    // True for a fulfillment order that still counts: not cancelled and not closed.
    static bool isActive(const FulfillmentOrder &fulfillmentOrder);
};

} // namespace demostore
