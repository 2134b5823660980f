#pragma once

#include "FulfillmentRequest.h"

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
        Cancelled,          // the order was cancelled
        AlreadyFulfilled,   // nothing left to ship
        OnHold,             // a hold stops it (the hold's reason is in the detail)
        Scheduled,          // it opens later (the date is in the detail)
        FulfillmentService, // a third-party service ships it (named in the detail)
        AwaitingRequest,    // requested from or declined by a fulfillment service
        Pending,            // Smidig is already sending something for this order
        NotFulfillable,     // Shopify offers no fulfillment for it now
        NothingChosen,      // a partial fulfilment with no quantities
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

    // Orders with something already on its way through the outbox are refused as Pending.
    void setPendingOrders(const QSet<QString> &orderIds) { m_pending = orderIds; }

    // Everything that can ship now, for each order.
    Plan planWhole(const QList<Order> &orders) const;
    // Chosen quantities per line item id of one order, taken from its fulfillable fulfillment
    // orders; quantities above what is left are capped.
    Plan planPartial(const Order &order, const QHash<QString, int> &quantities) const;

private:
    std::optional<Refusal> orderRefusal(const Order &order) const;
    static Refusal refusalFor(const Order &order, const FulfillmentOrder &fo, bool partly);

    QSet<QString> m_pending;
};
