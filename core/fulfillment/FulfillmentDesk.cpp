#include "core/fulfillment/FulfillmentDesk.h"

#include "core/fulfillment/OrderClaims.h"
#include "core/outbox/Outbox.h"
#include "core/outbox/OutboxRequests.h"
#include "core/storage/OrderBook.h"

#include <algorithm>

FulfillmentDesk::FulfillmentDesk(OrderBook *book, Outbox *outbox, OrderClaims *claims)
    : m_book(book)
    , m_outbox(outbox)
    , m_claims(claims)
{}

QList<Order> FulfillmentDesk::load(const QStringList &orderIds, StoreError *error) const
{
    QList<Order> orders;
    const StoreError read = m_book->orders(orderIds, &orders);
    if (read.isError()) {
        if (error)
            *error = read;
        return {};
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

QList<OutboxEntry> FulfillmentDesk::entriesFor(const QList<FulfillmentRequest> &requests)
{
    QList<OutboxEntry> entries;
    for (const FulfillmentRequest &request : requests) {
        if (request.lines.size() <= kMaxLinesPerFulfillment) {
            entries.append(OutboxRequests::fulfill(request));
            entries.last().packed = request.packed;
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
            // Each part records the lines it carries.
            for (const PackedLine &packed : request.packed) {
                const bool carried = std::any_of(part.lines.cbegin(),
                                                 part.lines.cend(),
                                                 [&packed](const FulfillmentLine &line) {
                                                     return line.lineItemId == packed.lineItemId;
                                                 });
                if (carried)
                    entries.last().packed.append(packed);
            }
        }
    }
    return entries;
}

std::optional<FulfillmentPlanner::Refusal> FulfillmentDesk::checkStore(
    const QString &orderId, const QList<FulfillmentRequest> &requests, StoreError *error) const
{
    using Reason = FulfillmentPlanner::Reason;
    const QString orderName = requests.first().orderName;
    // Another station queued work on it that this process has not read yet.
    bool queued = false;
    std::optional<StationIdentity> who;
    *error = m_claims->queuedElsewhere(orderId, &queued, &who);
    if (error->isError())
        return std::nullopt;
    if (queued)
        return FulfillmentPlanner::Refusal{orderId,
                                           orderName,
                                           Reason::QueuedElsewhere,
                                           OrderClaims::describe(who.value_or(StationIdentity{}))};
    // This process's own work on it (queued here, or taken over from a station that
    // stopped), which a plan made before it was queued does not know of.
    if (m_outbox->pendingOrderIds().contains(orderId))
        return FulfillmentPlanner::Refusal{orderId, orderName, Reason::Pending, {}};
    // What the store has of the order now (another station's fulfilment is stored with the
    // entry it finished), against what each line had left when it was planned.
    std::optional<Order> order;
    *error = m_book->order(orderId, &order);
    if (error->isError())
        return std::nullopt;
    if (!order)
        return FulfillmentPlanner::Refusal{orderId, orderName, Reason::ChangedMeanwhile, {}};
    if (order->cancelledAt.isValid())
        return FulfillmentPlanner::Refusal{orderId, orderName, Reason::Cancelled, {}};
    for (const FulfillmentRequest &request : requests) {
        for (const FulfillmentLine &line : request.lines) {
            const FulfillmentOrder *fo = nullptr;
            for (const FulfillmentOrder &candidate : std::as_const(order->fulfillmentOrders)) {
                if (candidate.id == line.fulfillmentOrderId)
                    fo = &candidate;
            }
            if (fo && (fo->status == FulfillmentOrderStatus::OnHold || !fo->holds.isEmpty()))
                return FulfillmentPlanner::Refusal{orderId, orderName, Reason::OnHold, {}};
            const auto item = fo ? std::find_if(fo->lineItems.cbegin(),
                                                fo->lineItems.cend(),
                                                [&line](const FulfillmentOrderLineItem &i) {
                                                    return i.id == line.fulfillmentOrderLineItemId;
                                                })
                                 : QList<FulfillmentOrderLineItem>::const_iterator();
            if (!fo || item == fo->lineItems.cend()
                || item->remainingQuantity != line.remainingBefore)
                return FulfillmentPlanner::Refusal{orderId, orderName, Reason::ChangedMeanwhile, {}};
        }
    }
    return std::nullopt;
}

StoreError FulfillmentDesk::fulfill(const QList<FulfillmentRequest> &requests,
                                    QList<qint64> *entryIds,
                                    QList<FulfillmentPlanner::Refusal> *refusals)
{
    if (entryIds)
        entryIds->clear();
    if (refusals)
        refusals->clear();
    QList<FulfillmentRequest> accepted = requests;
    QStringList claimedHere; // let go at the end; those the caller held stay its own
    auto letGo = [this, &claimedHere] {
        for (const QString &orderId : std::as_const(claimedHere))
            m_claims->release(orderId);
    };
    auto refuse = [&](const FulfillmentPlanner::Refusal &refusal) {
        accepted.removeIf([&](const FulfillmentRequest &r) { return r.orderId == refusal.orderId; });
        if (refusals)
            refusals->append(refusal);
    };

    if (m_claims) {
        // Claim, then check: while this station has the claim, no other station queues the
        // order (they claim first too), so what the store says now stays true until queued.
        QStringList orderIds;
        for (const FulfillmentRequest &request : requests) {
            if (!orderIds.contains(request.orderId))
                orderIds.append(request.orderId);
        }
        for (const QString &orderId : std::as_const(orderIds)) {
            QList<FulfillmentRequest> ofOrder;
            for (const FulfillmentRequest &request : requests) {
                if (request.orderId == orderId)
                    ofOrder.append(request);
            }
            const bool heldBefore = m_claims->holds(orderId);
            const OrderClaims::Attempt attempt = m_claims->claim(orderId);
            if (attempt.result == OrderClaims::Result::Failed) {
                letGo();
                return attempt.error;
            }
            if (attempt.result == OrderClaims::Result::HeldElsewhere) {
                refuse({orderId,
                        ofOrder.first().orderName,
                        FulfillmentPlanner::Reason::ClaimedElsewhere,
                        OrderClaims::describe(attempt.lease.who)});
                continue;
            }
            if (!heldBefore)
                claimedHere.append(orderId);
            StoreError error;
            const std::optional<FulfillmentPlanner::Refusal> refusal = checkStore(orderId,
                                                                                  ofOrder,
                                                                                  &error);
            if (error.isError()) {
                letGo();
                return error;
            }
            if (refusal)
                refuse(*refusal);
        }
    }

    QList<OutboxEntry> entries = entriesFor(accepted);
    if (const StoreError error = m_outbox->enqueue(&entries); error.isError()) {
        if (m_claims)
            letGo();
        return error;
    }

    if (m_claims) {
        // Confirm: a station that took an order over between the check and the queueing did
        // not see these entries, so they are taken back (nothing was sent: the sender runs
        // on this thread, after this returns).
        QStringList confirmed;
        for (const OutboxEntry &entry : std::as_const(entries)) {
            if (confirmed.contains(entry.orderId))
                continue;
            bool held = false;
            if (const StoreError error = m_claims->stillHolds(entry.orderId, &held);
                error.isError()) {
                letGo();
                return error;
            }
            if (held) {
                confirmed.append(entry.orderId);
                continue;
            }
            QList<qint64> ids;
            for (const OutboxEntry &other : std::as_const(entries)) {
                if (other.orderId == entry.orderId)
                    ids.append(other.id);
            }
            StoreError error;
            m_outbox->withdraw(ids, &error);
            if (error.isError()) {
                letGo();
                return error;
            }
            std::optional<Lease> now = m_claims->elsewhere(entry.orderId);
            refuse({entry.orderId,
                    entry.orderName,
                    FulfillmentPlanner::Reason::ClaimedElsewhere,
                    OrderClaims::describe(now ? now->who : StationIdentity{})});
        }
        entries.removeIf(
            [&confirmed](const OutboxEntry &entry) { return !confirmed.contains(entry.orderId); });
        letGo();
    }
    if (entryIds) {
        for (const OutboxEntry &entry : std::as_const(entries))
            entryIds->append(entry.id);
    }
    return {};
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
