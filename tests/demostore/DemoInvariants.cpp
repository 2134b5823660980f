#include "tests/demostore/DemoInvariants.h"

#include "core/demostore/OrderRules.h"

#include <QSet>

#include <algorithm>

using namespace demostore;

namespace DemoInvariants {

QString firstProblem(const StoreData &data)
{
    QSet<qint64> ids;
    auto fresh = [&ids](qint64 id) {
        const bool unseen = !ids.contains(id);
        ids.insert(id);
        return unseen;
    };
    for (int o = 0; o < data.orders.size(); ++o) {
        const Order &order = data.orders[o];
        auto problem = [&order](const QString &what) -> QString {
            return order.name() + QStringLiteral(": ") + what;
        };
        if (!fresh(order.id) || data.orderIndex(order.id) != o)
            return problem(QStringLiteral("order id not unique or not found"));
        if (order.updatedAt < order.createdAt)
            return problem(QStringLiteral("updated before it was created"));
        if (order.awaitingFulfillmentOrders) {
            // Not routed yet: no fulfillment orders, everything to ship, one routing to come.
            const bool pending = std::any_of(data.pendingRoutings.cbegin(),
                                             data.pendingRoutings.cend(),
                                             [&order](const PendingRouting &routing) {
                                                 return routing.orderId == order.id;
                                             });
            if (!pending || !order.fulfillmentOrders.isEmpty() || !order.fulfillments.isEmpty())
                return problem(QStringLiteral("awaits fulfillment orders that are not coming"));
            for (const LineItem &item : order.lineItems) {
                if (!fresh(item.id) || item.unfulfilledQuantity != item.currentQuantity)
                    return problem(QStringLiteral("awaits routing, yet a line is not unfulfilled"));
            }
            continue;
        }
        for (int l = 0; l < order.lineItems.size(); ++l) {
            const LineItem &item = order.lineItems[l];
            if (!fresh(item.id))
                return problem(QStringLiteral("line item id not unique"));
            int remaining = 0;
            for (const auto &fo : order.fulfillmentOrders) {
                if (fo.status == FulfillmentOrderStatus::Cancelled)
                    continue;
                for (const auto &line : fo.lineItems) {
                    if (line.lineItem == l)
                        remaining += line.remainingQuantity;
                }
            }
            if (item.unfulfilledQuantity != remaining)
                return problem(QStringLiteral("line %1: unfulfilled %2, fulfillment orders hold %3")
                                   .arg(l)
                                   .arg(item.unfulfilledQuantity)
                                   .arg(remaining));
            const int shipped = OrderRules::fulfilledQuantity(order, l);
            if (!order.isCancelled() && shipped + item.unfulfilledQuantity != item.currentQuantity)
                return problem(
                    QStringLiteral("line %1: shipped %2 + unfulfilled %3 != current quantity %4")
                        .arg(l)
                        .arg(shipped)
                        .arg(item.unfulfilledQuantity)
                        .arg(item.currentQuantity));
        }
        for (int f = 0; f < order.fulfillmentOrders.size(); ++f) {
            const FulfillmentOrder &fo = order.fulfillmentOrders[f];
            if (!fresh(fo.id) || data.fulfillmentOrderIndex(fo.id) != std::pair{o, f})
                return problem(QStringLiteral("fulfillment order id not unique or not found"));
            if (fo.updatedAt < fo.createdAt || fo.createdAt < order.createdAt)
                return problem(
                    QStringLiteral("fulfillment order %1 has times out of order").arg(fo.id));
            for (const auto &line : fo.lineItems) {
                if (!fresh(line.id))
                    return problem(QStringLiteral("fulfillment order line item id not unique"));
                if (line.remainingQuantity < 0 || line.remainingQuantity > line.totalQuantity)
                    return problem(QStringLiteral("fulfillment order %1: remaining %2 of %3")
                                       .arg(fo.id)
                                       .arg(line.remainingQuantity)
                                       .arg(line.totalQuantity));
                if (line.lineItem < 0 || line.lineItem >= order.lineItems.size())
                    return problem(
                        QStringLiteral("fulfillment order %1 names no line item").arg(fo.id));
            }
            if (fo.status == FulfillmentOrderStatus::Closed && fo.remainingQuantity() != 0)
                return problem(
                    QStringLiteral("closed fulfillment order %1 still holds items").arg(fo.id));
            const bool open = fo.status == FulfillmentOrderStatus::Open
                              || fo.status == FulfillmentOrderStatus::InProgress;
            if (open && fo.remainingQuantity() == 0 && !order.isCancelled())
                return problem(QStringLiteral("open fulfillment order %1 holds nothing").arg(fo.id));
        }
        for (int f = 0; f < order.fulfillments.size(); ++f) {
            const Fulfillment &fulfillment = order.fulfillments[f];
            if (!fresh(fulfillment.id) || data.fulfillmentIndex(fulfillment.id) != std::pair{o, f})
                return problem(QStringLiteral("fulfillment id not unique or not found"));
            if (fulfillment.updatedAt < fulfillment.createdAt
                || fulfillment.createdAt < order.createdAt)
                return problem(
                    QStringLiteral("fulfillment %1 has times out of order").arg(fulfillment.id));
            for (const auto &line : fulfillment.lineItems) {
                if (!fresh(line.id))
                    return problem(QStringLiteral("fulfillment line item id not unique"));
                if (line.fulfillmentOrder < 0
                    || line.fulfillmentOrder >= order.fulfillmentOrders.size()
                    || order.fulfillmentOrders[line.fulfillmentOrder].location
                           != fulfillment.location
                    || line.lineItem < 0 || line.lineItem >= order.lineItems.size()
                    || line.quantity <= 0) {
                    return problem(QStringLiteral("fulfillment %1 has a line that points nowhere")
                                       .arg(fulfillment.id));
                }
            }
        }
        if (!order.legacyDisplayStatus
            && order.displayFulfillmentStatus != OrderRules::displayStatus(order))
            return problem(QStringLiteral("display status %1, the rules say %2")
                               .arg(shopifyName(order.displayFulfillmentStatus),
                                    shopifyName(OrderRules::displayStatus(order))));
    }

    StoreData recomputed = data;
    OrderRules::updateCommitted(recomputed);
    for (int v = 0; v < data.variants.size(); ++v) {
        const auto &levels = data.variants[v].inventory;
        const auto &expected = recomputed.variants[v].inventory;
        for (const auto &want : expected) {
            const auto have = std::find_if(levels.cbegin(),
                                           levels.cend(),
                                           [&want](const InventoryLevel &l) {
                                               return l.location == want.location;
                                           });
            const int committed = have == levels.cend() ? 0 : have->committed;
            if (committed != want.committed)
                return QStringLiteral("variant %1 at location %2: committed %3, open fulfillment "
                                      "orders owe %4")
                    .arg(data.variants[v].sku)
                    .arg(want.location)
                    .arg(committed)
                    .arg(want.committed);
        }
    }
    return {};
}

} // namespace DemoInvariants
