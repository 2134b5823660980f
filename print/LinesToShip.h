#pragma once

#include "core/model/Order.h"

#include <QList>

// What of an order leaves from each location now: the lines of its fulfillment orders that
// staff can work on (open or in progress, something remaining, not handled by a third-party
// fulfillment service), each line item once per location with the quantity remaining there.
// Held and scheduled fulfillment orders are left out, as the fulfilment planner refuses them;
// local pickups are in (they are picked and packed too, then collected).
namespace LinesToShip {

struct Line
{
    LineItem item;
    int quantity = 0;
};

struct AtLocation
{
    Location location;
    DeliveryMethod deliveryMethod = DeliveryMethod::Unknown;
    QList<Line> lines; // in the order's line item order
};

// Per location, in order of the order's fulfillment orders; empty when nothing is left.
QList<AtLocation> of(const Order &order);

} // namespace LinesToShip
