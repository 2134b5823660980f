#pragma once

#include "core/model/Statuses.h"

#include <QString>

struct OrderSummary;

// One of the order desk's views: every order, the open orders of one fulfilment status, or
// the orders that left the open views (archived, cancelled), as Shopify's admin sorts them.
// Open means neither archived (closed) nor cancelled: a fulfilled order stays open until it
// is archived, a cancelled one never counts as work.
struct OrderView
{
    enum class Kind { All, Status, Archived, Cancelled, ReadyToShip, BlockedByStock };

    Kind kind = Kind::All;
    OrderFulfillmentStatus status = OrderFulfillmentStatus::Unknown; // for Kind::Status

    static OrderView all() { return {}; }
    static OrderView ofStatus(OrderFulfillmentStatus status) { return {Kind::Status, status}; }
    static OrderView archived() { return {Kind::Archived, OrderFulfillmentStatus::Unknown}; }
    static OrderView cancelled() { return {Kind::Cancelled, OrderFulfillmentStatus::Unknown}; }
    // Open orders whose stock is all on the shelf; those short of some of it (partly or blocked).
    static OrderView readyToShip() { return {Kind::ReadyToShip, OrderFulfillmentStatus::Unknown}; }
    static OrderView blockedByStock()
    {
        return {Kind::BlockedByStock, OrderFulfillmentStatus::Unknown};
    }

    bool contains(const OrderSummary &order) const;
    // "Unfulfilled", "Archived", "All orders": for the sidebar and messages.
    QString displayName() const;

    friend bool operator==(const OrderView &, const OrderView &) = default;
};
