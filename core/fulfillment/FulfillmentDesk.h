#pragma once

#include "core/fulfillment/FulfillmentPlanner.h"
#include "core/model/FulfillmentRequest.h"
#include "core/model/OutboxEntry.h"
#include "core/storage/StoreError.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class OrderBook;
class OrderClaims;
class Outbox;

// The fulfilment work as the window and the command line both do it: plan from the local
// store's orders (refusing what is on hold, scheduled, shipped by a service, done already or
// already on its way), and turn what staff confirm into outbox entries.
//
// With order claims (several stations on one store), fulfilling an order claims it first,
// refuses it while another station has it, and reads the store (not this process's memory)
// for another station's work on it before queueing: see fulfill().
class FulfillmentDesk final
{
public:
    // `claims` may be null: one process alone on its store needs none.
    FulfillmentDesk(OrderBook *book, Outbox *outbox, OrderClaims *claims = nullptr);

    // Everything that can ship now of these orders. Unknown ids are left out.
    FulfillmentPlanner::Plan planWhole(const QStringList &orderIds,
                                       StoreError *error = nullptr) const;
    // Chosen quantities (by line item id) of one order.
    FulfillmentPlanner::Plan planPartial(const QString &orderId,
                                         const QHash<QString, int> &quantities,
                                         StoreError *error = nullptr) const;

    // Local pickups of these orders that can be made ready, and those picked up.
    FulfillmentPlanner::PickupPlan planPickupReady(const QStringList &orderIds,
                                                   StoreError *error = nullptr) const;
    FulfillmentPlanner::Plan planPickedUp(const QStringList &orderIds,
                                          StoreError *error = nullptr) const;

    // The most lines one fulfillmentCreate carries: a request with more goes as several,
    // each with the same tracking, the customer told once (with the first).
    static constexpr int kMaxLinesPerFulfillment = 250;

    // Queues one fulfillmentCreate per request (with its tracking and notification choice),
    // or several for a request of more than kMaxLinesPerFulfillment lines; the entries' ids
    // come back in the order they were queued.
    //
    // With claims, each order goes through claim, check, queue, confirm: it is claimed (or
    // its claim renewed), refused while another station has it; the store is read for another
    // process's pending entry on it and for what it still has to ship (refused when either
    // changed since it was planned); then what passed is queued in one transaction, and an
    // order whose claim was taken over meanwhile is taken back out of the outbox again.
    // Claims this call took are let go after; claims the caller held (an open dialog) stay.
    // Refused orders' requests are left out; `refusals` says why (each order once).
    StoreError fulfill(const QList<FulfillmentRequest> &requests,
                       QList<qint64> *entryIds = nullptr,
                       QList<FulfillmentPlanner::Refusal> *refusals = nullptr);
    // Queues one "ready for pickup" per request.
    StoreError preparePickup(const QList<FulfillmentPlanner::PickupRequest> &requests,
                             QList<qint64> *entryIds = nullptr);
    StoreError updateTracking(const QString &orderId,
                              const QString &fulfillmentId,
                              const TrackingInput &tracking,
                              NotifyCustomer notify,
                              qint64 *entryId = nullptr);
    StoreError cancelFulfillment(const QString &orderId,
                                 const QString &fulfillmentId,
                                 qint64 *entryId = nullptr);

    OrderClaims *claims() const { return m_claims; }

private:
    QList<Order> load(const QStringList &orderIds, StoreError *error) const;
    static QList<OutboxEntry> entriesFor(const QList<FulfillmentRequest> &requests);
    // Why the store says the order's requests may not go now; nullopt when they may.
    std::optional<FulfillmentPlanner::Refusal> checkStore(const QString &orderId,
                                                          const QList<FulfillmentRequest> &requests,
                                                          StoreError *error) const;

    OrderBook *m_book;
    Outbox *m_outbox;
    OrderClaims *m_claims;
};
