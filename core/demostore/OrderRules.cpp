#include "core/demostore/OrderRules.h"

#include <algorithm>

namespace demostore {

bool OrderRules::isActive(const FulfillmentOrder &fulfillmentOrder)
{
    return fulfillmentOrder.status != FulfillmentOrderStatus::Cancelled
           && fulfillmentOrder.status != FulfillmentOrderStatus::Closed;
}

int OrderRules::fulfilledQuantity(const Order &order, int lineItem)
{
    int sum = 0;
    for (const auto &fulfillment : order.fulfillments) {
        if (fulfillment.status != FulfillmentStatus::Success)
            continue;
        for (const auto &item : fulfillment.lineItems) {
            if (item.lineItem == lineItem)
                sum += item.quantity;
        }
    }
    return sum;
}

void OrderRules::update(Order &order)
{
    if (order.awaitingFulfillmentOrders) {
        // Not routed yet: everything is still to be shipped, and nothing is held anywhere.
        for (auto &item : order.lineItems)
            item.unfulfilledQuantity = item.currentQuantity;
        order.displayFulfillmentStatus = displayStatus(order);
        return;
    }
    for (auto &item : order.lineItems)
        item.unfulfilledQuantity = 0;
    for (const auto &fo : order.fulfillmentOrders) {
        if (fo.status == FulfillmentOrderStatus::Cancelled)
            continue;
        for (const auto &item : fo.lineItems) {
            if (item.lineItem >= 0 && item.lineItem < order.lineItems.size())
                order.lineItems[item.lineItem].unfulfilledQuantity += item.remainingQuantity;
        }
    }
    order.displayFulfillmentStatus = displayStatus(order);
}

OrderFulfillmentStatus OrderRules::displayStatus(const Order &order)
{
    if (order.legacyDisplayStatus)
        return *order.legacyDisplayStatus;
    if (order.awaitingFulfillmentOrders)
        return OrderFulfillmentStatus::Unfulfilled;
    bool shipped = false;
    for (const auto &fulfillment : order.fulfillments) {
        if (fulfillment.status == FulfillmentStatus::Success && fulfillment.totalQuantity() > 0)
            shipped = true;
    }
    QList<const FulfillmentOrder *> pending;
    QList<const FulfillmentOrder *> nothingToDeliver; // gift cards
    for (const auto &fo : order.fulfillmentOrders) {
        if (fo.status != FulfillmentOrderStatus::Cancelled
            && fo.status != FulfillmentOrderStatus::Closed && fo.remainingQuantity() > 0) {
            (fo.deliveryMethod == DeliveryMethod::None ? nothingToDeliver : pending).append(&fo);
        }
    }
    // What is left to deliver decides; gift cards alone only when nothing else is left.
    if (pending.isEmpty())
        pending = nothingToDeliver;
    if (pending.isEmpty())
        return shipped ? OrderFulfillmentStatus::Fulfilled : OrderFulfillmentStatus::Unfulfilled;
    auto all = [&pending](auto predicate) {
        return std::all_of(pending.cbegin(), pending.cend(), predicate);
    };
    auto any = [&pending](auto predicate) {
        return std::any_of(pending.cbegin(), pending.cend(), predicate);
    };
    if (any([](const FulfillmentOrder *fo) { return fo->requestStatus == RequestStatus::Rejected; }))
        return OrderFulfillmentStatus::RequestDeclined;
    if (shipped)
        return OrderFulfillmentStatus::PartiallyFulfilled;
    if (all([](const FulfillmentOrder *fo) { return fo->status == FulfillmentOrderStatus::OnHold; }))
        return OrderFulfillmentStatus::OnHold;
    if (all([](const FulfillmentOrder *fo) {
            return fo->status == FulfillmentOrderStatus::Scheduled;
        }))
        return OrderFulfillmentStatus::Scheduled;
    const bool requested = all([](const FulfillmentOrder *fo) {
        return fo->requestStatus == RequestStatus::Submitted
               || fo->requestStatus == RequestStatus::Accepted;
    });
    if (requested) {
        const bool accepted = all([](const FulfillmentOrder *fo) {
            return fo->requestStatus == RequestStatus::Accepted;
        });
        return accepted ? OrderFulfillmentStatus::PendingFulfillment
                        : OrderFulfillmentStatus::InProgress;
    }
    if (all([](const FulfillmentOrder *fo) {
            return fo->status == FulfillmentOrderStatus::InProgress;
        }))
        return OrderFulfillmentStatus::InProgress;
    return OrderFulfillmentStatus::Unfulfilled;
}

QList<FulfillmentOrderAction> OrderRules::supportedActions(const FulfillmentOrder &fulfillmentOrder,
                                                           const Location &location)
{
    using A = FulfillmentOrderAction;
    const auto status = fulfillmentOrder.status;
    if (status == FulfillmentOrderStatus::Closed || status == FulfillmentOrderStatus::Cancelled
        || status == FulfillmentOrderStatus::Incomplete
        || status == FulfillmentOrderStatus::Unknown) {
        return {};
    }
    if (status == FulfillmentOrderStatus::OnHold)
        return {A::ReleaseHold, A::Hold, A::Move};
    if (status == FulfillmentOrderStatus::Scheduled)
        return {A::MarkAsOpen};
    if (location.isFulfillmentService()) {
        // The service packs these: the merchant can only ask, or ask to take the request back.
        switch (fulfillmentOrder.requestStatus) {
        case RequestStatus::Submitted:
        case RequestStatus::Accepted:
        case RequestStatus::CancellationRejected:
            return {A::RequestCancellation};
        case RequestStatus::CancellationRequested:
            return {};
        default:
            return {A::RequestFulfillment, A::Hold, A::Move};
        }
    }
    const int remaining = fulfillmentOrder.remainingQuantity();
    if (status == FulfillmentOrderStatus::InProgress) {
        int total = 0;
        for (const auto &item : fulfillmentOrder.lineItems)
            total += item.totalQuantity;
        // Marked as in progress with nothing shipped yet: it can go back to open.
        if (remaining == total)
            return {A::CreateFulfillment, A::Hold, A::MarkAsOpen};
        return {A::CreateFulfillment, A::Hold};
    }
    if (remaining > 1)
        return {A::CreateFulfillment, A::Hold, A::Move, A::Split};
    return {A::CreateFulfillment, A::Hold, A::Move};
}

void OrderRules::updateCommitted(StoreData &data)
{
    for (auto &variant : data.variants) {
        for (auto &level : variant.inventory)
            level.committed = 0;
    }
    for (const auto &order : std::as_const(data.orders)) {
        if (!order.isCancelled())
            addCommitted(data, order, 1);
    }
}

void OrderRules::addCommitted(StoreData &data, const Order &order, int sign)
{
    for (const auto &fo : order.fulfillmentOrders) {
        if (!isActive(fo))
            continue;
        for (const auto &item : fo.lineItems) {
            const int v = order.lineItems.value(item.lineItem).variant;
            if (v < 0 || v >= data.variants.size() || item.remainingQuantity == 0)
                continue;
            auto &levels = data.variants[v].inventory;
            auto level = std::find_if(levels.begin(), levels.end(), [&fo](const InventoryLevel &l) {
                return l.location == fo.location;
            });
            if (level == levels.end()) {
                InventoryLevel empty;
                empty.location = fo.location;
                levels.append(empty);
                level = levels.end() - 1;
            }
            level->committed += sign * item.remainingQuantity;
        }
    }
}

} // namespace demostore
