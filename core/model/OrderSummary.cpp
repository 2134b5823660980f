#include "core/model/OrderSummary.h"

#include "core/model/Order.h"

#include <QStringList>

#include <algorithm>

OrderSummary OrderSummary::from(const Order &order)
{
    OrderSummary s;
    s.id = order.id;
    s.name = order.name;
    s.number = order.number;
    s.createdAtMs = order.createdAt.toMSecsSinceEpoch();
    s.updatedAtMs = order.updatedAt.toMSecsSinceEpoch();
    // A guest checkout has no customer: the ship-to name says who the order is for.
    s.customerName = order.customerName.isEmpty() ? order.shippingName : order.customerName;
    s.email = order.email;
    s.itemCount = order.itemCount();
    s.total = order.total;
    s.financialStatus = order.financialStatus;
    s.financialStatusName = order.financialStatusName;
    s.fulfillmentStatus = order.fulfillmentStatus;
    s.fulfillmentStatusName = order.fulfillmentStatusName;
    s.cancelled = order.cancelledAt.isValid();
    s.closed = order.closed;
    s.test = order.test;
    s.customerHidden = order.customerHidden;
    s.unreadable = order.unreadableSince.isValid();
    s.awaitingRouting = order.isAwaitingRouting();
    s.detailsPending = order.detailsPending;
    s.pickup = std::any_of(order.fulfillmentOrders.cbegin(),
                           order.fulfillmentOrders.cend(),
                           [](const FulfillmentOrder &fo) {
                               return fo.isPickup() && fo.remainingQuantity() > 0
                                      && fo.status != FulfillmentOrderStatus::Closed
                                      && fo.status != FulfillmentOrderStatus::Cancelled;
                           });

    QStringList locations;
    for (const auto &location : order.locations())
        locations.append(location.name);
    s.locationNames = locations.join(QStringLiteral(", "));

    QStringList numbers;
    for (const auto &fulfillment : order.fulfillments) {
        if (fulfillment.status == FulfillmentStatus::Cancelled)
            continue;
        for (const auto &tracking : fulfillment.tracking) {
            if (!tracking.number.isEmpty())
                numbers.append(tracking.number);
        }
    }
    s.trackingNumbers = numbers.join(u' ');

    QStringList skus;
    for (const auto &item : order.lineItems) {
        if (!item.sku.isEmpty() && !skus.contains(item.sku))
            skus.append(item.sku);
    }
    s.skus = skus.join(u' ');
    return s;
}
