#include "core/model/Order.h"

#include <algorithm>

int LineItem::fulfilledQuantity() const
{
    return std::max(0, currentQuantity - unfulfilledQuantity);
}

bool FulfillmentOrder::supports(QStringView action) const
{
    return std::any_of(supportedActions.cbegin(),
                       supportedActions.cend(),
                       [action](const QString &a) { return a == action; });
}

int FulfillmentOrder::remainingQuantity() const
{
    int sum = 0;
    for (const auto &item : lineItems)
        sum += item.remainingQuantity;
    return sum;
}

bool FulfillmentOrder::isFulfillable() const
{
    if (status == FulfillmentOrderStatus::Closed || status == FulfillmentOrderStatus::Cancelled)
        return false;
    return supports(u"CREATE_FULFILLMENT") && remainingQuantity() > 0;
}

QList<Location> Order::locations() const
{
    QList<Location> result;
    for (const auto &fo : fulfillmentOrders) {
        const bool known = std::any_of(result.cbegin(), result.cend(), [&fo](const Location &l) {
            return l.id == fo.location.id && l.name == fo.location.name;
        });
        if (!known)
            result.append(fo.location);
    }
    return result;
}

int Order::itemCount() const
{
    int sum = 0;
    for (const auto &item : lineItems)
        sum += item.currentQuantity;
    return sum;
}

bool Order::isAwaitingRouting() const
{
    if (!fulfillmentOrders.isEmpty() || cancelledAt.isValid() || closed)
        return false;
    return std::any_of(lineItems.cbegin(), lineItems.cend(), [](const LineItem &item) {
        return item.unfulfilledQuantity > 0;
    });
}
