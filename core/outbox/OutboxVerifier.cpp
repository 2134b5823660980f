#include "core/outbox/OutboxVerifier.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace OutboxVerifier {

namespace {

const FulfillmentOrderLineItem *findLine(const Order &order,
                                         const QString &foId,
                                         const QString &lineId)
{
    for (const FulfillmentOrder &fo : order.fulfillmentOrders) {
        if (fo.id != foId)
            continue;
        for (const FulfillmentOrderLineItem &line : fo.lineItems) {
            if (line.id == lineId)
                return &line;
        }
    }
    return nullptr;
}

const Fulfillment *findFulfillment(const Order &order, const QString &id)
{
    const auto it = std::find_if(order.fulfillments.cbegin(),
                                 order.fulfillments.cend(),
                                 [&id](const Fulfillment &f) { return f.id == id; });
    return it == order.fulfillments.cend() ? nullptr : &*it;
}

Outcome checkFulfill(const OutboxEntry &entry, const Order &order)
{
    int done = 0;
    int untouched = 0;
    const QJsonArray expected = entry.payload.value("expected"_L1).toArray();
    for (const QJsonValue &value : expected) {
        const QJsonObject line = value.toObject();
        const FulfillmentOrderLineItem *now
            = findLine(order,
                       line.value("fulfillmentOrderId"_L1).toString(),
                       line.value("fulfillmentOrderLineItemId"_L1).toString());
        const int before = line.value("remainingBefore"_L1).toInt();
        const int quantity = line.value("quantity"_L1).toInt();
        if (!now)
            return Outcome::Changed; // merged, moved or cancelled meanwhile
        if (now->remainingQuantity <= before - quantity)
            ++done;
        else if (now->remainingQuantity == before)
            ++untouched;
        else
            return Outcome::Changed; // some, but not all, of this line went
    }
    if (!expected.isEmpty() && done == expected.size())
        return Outcome::Done;
    if (untouched == expected.size())
        return Outcome::NotDone;
    return Outcome::Changed;
}

Outcome checkPickup(const OutboxEntry &entry, const Order &order)
{
    // Made ready, a pickup fulfillment order is in progress (or already collected).
    int ready = 0;
    int open = 0;
    const QJsonArray ids = entry.payload.value("fulfillmentOrders"_L1).toArray();
    for (const QJsonValue &id : ids) {
        const auto fo = std::find_if(order.fulfillmentOrders.cbegin(),
                                     order.fulfillmentOrders.cend(),
                                     [&id](const FulfillmentOrder &f) {
                                         return f.id == id.toString();
                                     });
        if (fo == order.fulfillmentOrders.cend())
            return Outcome::Changed;
        if (fo->status == FulfillmentOrderStatus::InProgress
            || fo->status == FulfillmentOrderStatus::Closed)
            ++ready;
        else if (fo->status == FulfillmentOrderStatus::Open)
            ++open;
        else
            return Outcome::Changed;
    }
    if (!ids.isEmpty() && ready == ids.size())
        return Outcome::Done;
    return open == ids.size() ? Outcome::NotDone : Outcome::Changed;
}

} // namespace

Outcome check(const OutboxEntry &entry, const std::optional<Order> &current)
{
    if (!current)
        return Outcome::Changed; // the order is gone from Shopify
    const QJsonObject variables = entry.payload.value("variables"_L1).toObject();
    // A shipment missing from a read that may have been cut is not a shipment gone: only a
    // person can tell.
    const bool aboutShipments = entry.action == OutboxEntry::Action::UpdateTracking
                                || entry.action == OutboxEntry::Action::CancelFulfillment;
    if (aboutShipments && !current->fulfillmentsComplete)
        return Outcome::Changed;
    switch (entry.action) {
    case OutboxEntry::Action::Fulfill:
        return checkFulfill(entry, *current);
    case OutboxEntry::Action::UpdateTracking: {
        const Fulfillment *f = findFulfillment(*current,
                                               variables.value("fulfillmentId"_L1).toString());
        if (!f || f->status == FulfillmentStatus::Cancelled)
            return Outcome::Changed;
        QStringList wanted;
        for (const QJsonValue &n : entry.payload.value("numbers"_L1).toArray())
            wanted.append(n.toString());
        QStringList have;
        for (const TrackingInfo &t : f->tracking)
            have.append(t.number);
        wanted.sort();
        have.sort();
        // Setting the same tracking twice does no harm, so anything else is "not done".
        return wanted == have ? Outcome::Done : Outcome::NotDone;
    }
    case OutboxEntry::Action::CancelFulfillment: {
        const Fulfillment *f = findFulfillment(*current, variables.value("id"_L1).toString());
        if (!f)
            return Outcome::Changed;
        return f->status == FulfillmentStatus::Cancelled ? Outcome::Done : Outcome::NotDone;
    }
    case OutboxEntry::Action::PreparePickup:
        return checkPickup(entry, *current);
    }
    return Outcome::Changed;
}

} // namespace OutboxVerifier
