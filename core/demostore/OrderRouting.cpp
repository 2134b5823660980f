#include "core/demostore/OrderRouting.h"

#include "core/demostore/OrderRules.h"

#include <algorithm>

namespace demostore {

QList<int> OrderRouting::runUntil(StoreData &data, Timestamp now)
{
    QList<int> changed;
    while (!data.pendingRoutings.isEmpty() && data.pendingRoutings.first().at <= now) {
        const PendingRouting routing = data.pendingRoutings.takeFirst();
        const auto index = data.orderIndex(routing.orderId);
        if (!index)
            continue;
        Order &order = data.orders[*index];
        order.awaitingFulfillmentOrders = false;
        for (FulfillmentOrder fo : routing.fulfillmentOrders) {
            fo.createdAt = routing.at;
            fo.updatedAt = routing.at;
            if (order.isCancelled()) // cancelled meanwhile: nothing left to route
                fo.status = FulfillmentOrderStatus::Cancelled;
            order.fulfillmentOrders.append(fo);
        }
        order.updatedAt = std::max(order.updatedAt, routing.at);
        OrderRules::update(order);
        if (!order.isCancelled())
            OrderRules::addCommitted(data, order, 1);
        data.orderChanged(*index);
        changed.append(*index);
    }
    return changed;
}

} // namespace demostore
