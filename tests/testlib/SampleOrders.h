#pragma once

#include "core/model/Order.h"

// Hand-made orders for tests of storage, models and widgets: complete, with every part set.
namespace SampleOrders {

// Order #1000+number created `number` hours after 2026-11-01 UTC, with two line items at one
// location (the first with a barcode, the second without); a fulfilled one has a fulfillment
// with tracking.
Order make(int number, OrderFulfillmentStatus status = OrderFulfillmentStatus::Unfulfilled);

} // namespace SampleOrders
