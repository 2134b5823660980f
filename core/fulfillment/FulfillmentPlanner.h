#pragma once

#include "core/model/FulfillmentRequest.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

// Decides what can be fulfilled: for each order, one request per location covering every
// fulfillable fulfillment order (not closed or cancelled, offering CREATE_FULFILLMENT,
// something left); and for what cannot go, the reason in words staff understand.
class FulfillmentPlanner final
{
    Q_DECLARE_TR_FUNCTIONS(FulfillmentPlanner)

public:
    enum class Reason {
        Cancelled,           // the order was cancelled
        AlreadyFulfilled,    // nothing left to ship
        OnHold,              // a hold stops it (the hold's reason is in the detail)
        Scheduled,           // it opens later (the date is in the detail)
        FulfillmentService,  // a third-party service ships it (named in the detail)
        AwaitingRequest,     // requested from or declined by a fulfillment service
        Pending,             // Smidig is already sending something for this order
        NotFulfillable,      // Shopify offers no fulfillment for it now
        NothingChosen,       // a partial fulfilment with no quantities
        AwaitingRouting,     // Shopify has not made its fulfillment orders yet
        NoFulfillmentOrders, // none visible long after the order: handled outside the app
        Unreadable,          // Shopify no longer shows the order to the app (60-day window)
        Pickup,              // local pickup: made ready, then collected, not shipped
        PickupNotReady,      // "picked up" before it was made ready for pickup
        NoPickup,            // "ready for pickup" on an order that is not collected
        ExternalService,     // fulfilled outside Shopify or requested from a service
        ClaimedElsewhere,    // another station is packing it (the station is the detail)
        QueuedElsewhere,     // another station is fulfilling it (the station is the detail)
        ChangedMeanwhile,    // the shared store has it fulfilled (in part) since it was planned
        DetailsPending,      // listed by a first sync, its lines still being read
    };

    struct Refusal
    {
        QString orderId;
        QString orderName;
        Reason reason;
        QString detail;
        bool partly = false; // other parts of the order do go

        QString message() const;
    };

    struct Plan
    {
        QList<FulfillmentRequest> requests;
        QList<Refusal> refusals;

        int orderCount() const;
    };

    // Local pickup: the fulfillment orders of one order and location to mark ready.
    struct PickupRequest
    {
        QString orderId;
        QString orderName;
        Location location;
        QStringList fulfillmentOrderIds;
        int itemCount = 0;
        friend bool operator==(const PickupRequest &, const PickupRequest &) = default;
    };

    struct PickupPlan
    {
        QList<PickupRequest> requests;
        QList<Refusal> refusals;
    };

    // Orders with something already on its way through the outbox are refused as Pending.
    void setPendingOrders(const QSet<QString> &orderIds) { m_pending = orderIds; }
    // The time to judge orders by (how long one has waited for its fulfillment orders).
    void setNow(const QDateTime &now) { m_now = now; }

    // Everything that can ship now, for each order.
    Plan planWhole(const QList<Order> &orders) const;
    // Chosen quantities per line item id of one order, taken from its fulfillable fulfillment
    // orders; quantities above what is left are capped.
    Plan planPartial(const Order &order, const QHash<QString, int> &quantities) const;
    // Local pickups that are not ready yet: what to mark ready for the customer to collect.
    PickupPlan planPickupReady(const QList<Order> &orders) const;
    // Local pickups made ready: the customer has collected them, so they are fulfilled (with
    // no tracking).
    Plan planPickedUp(const QList<Order> &orders) const;

private:
    std::optional<Refusal> orderRefusal(const Order &order) const;
    static Refusal refusalFor(const Order &order, const FulfillmentOrder &fo, bool partly);

    QSet<QString> m_pending;
    QDateTime m_now = QDateTime::currentDateTimeUtc();
};
