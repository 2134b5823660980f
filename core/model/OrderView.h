#pragma once

#include "Statuses.h"

#include <QString>

struct OrderSummary;

// One of the order desk's views: every order, the open orders of one fulfilment status, or
// the orders that left the open views (archived, cancelled), as Shopify's admin sorts them.
// Open means neither archived (closed) nor cancelled: a fulfilled order stays open until it
// is archived, a cancelled one never counts as work.
struct OrderView
{
    enum class Kind { All, Status, Archived, Cancelled };

    Kind kind = Kind::All;
    OrderFulfillmentStatus status = OrderFulfillmentStatus::Unknown; // for Kind::Status

    static OrderView all() { return {}; }
    static OrderView ofStatus(OrderFulfillmentStatus status) { return {Kind::Status, status}; }
    static OrderView archived() { return {Kind::Archived, OrderFulfillmentStatus::Unknown}; }
    static OrderView cancelled() { return {Kind::Cancelled, OrderFulfillmentStatus::Unknown}; }

    bool contains(const OrderSummary &order) const;
    // "Unfulfilled", "Archived", "All orders": for the sidebar and messages.
    QString displayName() const;

    friend bool operator==(const OrderView &, const OrderView &) = default;
};
