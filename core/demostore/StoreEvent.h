#pragma once

#include "core/demostore/StoreData.h"

#include <QString>

#include <array>

namespace demostore {

// What others do to a shop while the app runs (StoreActivity applies these).
enum class StoreEventKind {
    OrderCreated,    // a customer placed an order, paid or awaiting payment
    PaymentCaptured, // PENDING or AUTHORIZED became PAID (an awaiting-payment hold is released)
    Fulfilled,       // staff in Shopify's admin, or the fulfillment service, shipped items
    TrackingChanged, // a shipment's tracking number was corrected
    Cancelled,       // the order was cancelled (closed, refunded or voided, restocked or not)
    Archived,        // a fulfilled order was archived (closed)
    HoldPlaced,      // a fulfillment order was put on hold
    HoldReleased,    // a hold was released
    FulfillAtMoved,  // a scheduled fulfillment order's date moved (always silent)
};
inline constexpr int kStoreEventKinds = int(StoreEventKind::FulfillAtMoved) + 1;

// "order_created", "payment_captured", ...: for logs and test messages.
QString eventName(StoreEventKind kind);

// One thing that happened. A silent event changed the order without moving its updatedAt,
// as some changes do in Shopify (a fulfillment order's hold released, its date moved): an
// incremental sync by updated_at does not see it, only a reconciliation does.
struct StoreEvent
{
    StoreEventKind kind = StoreEventKind::OrderCreated;
    qint64 orderId = 0; // the number in the order's global id
    Timestamp at = 0;
    bool silent = false;
};

} // namespace demostore
