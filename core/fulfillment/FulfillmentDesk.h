#pragma once

#include "core/fulfillment/FulfillmentPlanner.h"
#include "core/model/FulfillmentRequest.h"
#include "core/storage/StoreError.h"

#include <QList>
#include <QString>
#include <QStringList>

class OrderBook;
class Outbox;

// The fulfilment work as the window and the command line both do it: plan from the local
// store's orders (refusing what is on hold, scheduled, shipped by a service, done already or
// already on its way), and turn what staff confirm into outbox entries.
class FulfillmentDesk final
{
public:
    FulfillmentDesk(OrderBook *book, Outbox *outbox);

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
    StoreError fulfill(const QList<FulfillmentRequest> &requests, QList<qint64> *entryIds = nullptr);
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

private:
    QList<Order> load(const QStringList &orderIds, StoreError *error) const;

    OrderBook *m_book;
    Outbox *m_outbox;
};
