#include "core/fulfillment/FulfillmentDesk.h"

#include "core/outbox/Outbox.h"
#include "core/outbox/OutboxRequests.h"
#include "core/storage/OrderBook.h"

FulfillmentDesk::FulfillmentDesk(OrderBook *book, Outbox *outbox)
    : m_book(book)
    , m_outbox(outbox)
{}

QList<Order> FulfillmentDesk::load(const QStringList &orderIds, StoreError *error) const
{
    QList<Order> orders;
    for (const QString &id : orderIds) {
        std::optional<Order> order;
        const StoreError read = m_book->order(id, &order);
        if (read.isError()) {
            if (error)
                *error = read;
            return {};
        }
        if (order)
            orders.append(*order);
    }
    return orders;
}

FulfillmentPlanner::Plan FulfillmentDesk::planWhole(const QStringList &orderIds,
                                                    StoreError *error) const
{
    FulfillmentPlanner planner;
    planner.setPendingOrders(m_outbox->pendingOrderIds());
    return planner.planWhole(load(orderIds, error));
}

FulfillmentPlanner::Plan FulfillmentDesk::planPartial(const QString &orderId,
                                                      const QHash<QString, int> &quantities,
                                                      StoreError *error) const
{
    const QList<Order> orders = load({orderId}, error);
    if (orders.isEmpty())
        return {};
    FulfillmentPlanner planner;
    planner.setPendingOrders(m_outbox->pendingOrderIds());
    return planner.planPartial(orders.first(), quantities);
}

FulfillmentPlanner::PickupPlan FulfillmentDesk::planPickupReady(const QStringList &orderIds,
                                                                StoreError *error) const
{
    FulfillmentPlanner planner;
    planner.setPendingOrders(m_outbox->pendingOrderIds());
    return planner.planPickupReady(load(orderIds, error));
}

FulfillmentPlanner::Plan FulfillmentDesk::planPickedUp(const QStringList &orderIds,
                                                       StoreError *error) const
{
    FulfillmentPlanner planner;
    planner.setPendingOrders(m_outbox->pendingOrderIds());
    return planner.planPickedUp(load(orderIds, error));
}

StoreError FulfillmentDesk::preparePickup(const QList<FulfillmentPlanner::PickupRequest> &requests,
                                          QList<qint64> *entryIds)
{
    QList<OutboxEntry> entries;
    for (const FulfillmentPlanner::PickupRequest &request : requests)
        entries.append(OutboxRequests::preparePickup(request.orderId,
                                                     request.orderName,
                                                     request.location.name,
                                                     request.fulfillmentOrderIds,
                                                     request.itemCount));
    const StoreError error = m_outbox->enqueue(&entries);
    if (!error.isError() && entryIds) {
        entryIds->clear();
        for (const OutboxEntry &entry : entries)
            entryIds->append(entry.id);
    }
    return error;
}

StoreError FulfillmentDesk::fulfill(const QList<FulfillmentRequest> &requests,
                                    QList<qint64> *entryIds)
{
    QList<OutboxEntry> entries;
    for (const FulfillmentRequest &request : requests) {
        if (request.lines.size() <= kMaxLinesPerFulfillment) {
            entries.append(OutboxRequests::fulfill(request));
            continue;
        }
        // One parcel's worth of lines is more than one call takes: the same shipment goes as
        // several fulfillments, each showing its tracking, the customer told once.
        for (qsizetype first = 0; first < request.lines.size(); first += kMaxLinesPerFulfillment) {
            FulfillmentRequest part = request;
            part.lines = request.lines.mid(first, kMaxLinesPerFulfillment);
            if (first > 0)
                part.notify = NotifyCustomer::No;
            entries.append(OutboxRequests::fulfill(part));
        }
    }
    const StoreError error = m_outbox->enqueue(&entries);
    if (!error.isError() && entryIds) {
        entryIds->clear();
        for (const OutboxEntry &entry : entries)
            entryIds->append(entry.id);
    }
    return error;
}

StoreError FulfillmentDesk::updateTracking(const QString &orderId,
                                           const QString &fulfillmentId,
                                           const TrackingInput &tracking,
                                           NotifyCustomer notify,
                                           qint64 *entryId)
{
    const int row = m_book->rowOf(orderId);
    QList<OutboxEntry> entries{
        OutboxRequests::updateTracking(orderId,
                                       row >= 0 ? m_book->at(row).name : QString(),
                                       fulfillmentId,
                                       tracking,
                                       notify)};
    const StoreError error = m_outbox->enqueue(&entries);
    if (!error.isError() && entryId)
        *entryId = entries.first().id;
    return error;
}

StoreError FulfillmentDesk::cancelFulfillment(const QString &orderId,
                                              const QString &fulfillmentId,
                                              qint64 *entryId)
{
    const int row = m_book->rowOf(orderId);
    QList<OutboxEntry> entries{
        OutboxRequests::cancelFulfillment(orderId,
                                          row >= 0 ? m_book->at(row).name : QString(),
                                          fulfillmentId)};
    const StoreError error = m_outbox->enqueue(&entries);
    if (!error.isError() && entryId)
        *entryId = entries.first().id;
    return error;
}
