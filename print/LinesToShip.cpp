#include "print/LinesToShip.h"

#include <QHash>

namespace LinesToShip {

namespace {

bool isWorkable(const FulfillmentOrder &fo)
{
    return (fo.status == FulfillmentOrderStatus::Open
            || fo.status == FulfillmentOrderStatus::InProgress)
           && fo.fulfillmentService.isEmpty() && fo.remainingQuantity() > 0;
}

QString locationKey(const Location &location)
{
    return location.id.isEmpty() ? location.name : location.id;
}

} // namespace

QList<AtLocation> of(const Order &order)
{
    QList<AtLocation> result;
    QList<QHash<QString, int>> remaining; // per entry of result: line item id -> quantity
    for (const FulfillmentOrder &fo : order.fulfillmentOrders) {
        if (!isWorkable(fo))
            continue;
        qsizetype at = 0;
        while (at < result.size() && locationKey(result.at(at).location) != locationKey(fo.location))
            ++at;
        if (at == result.size()) {
            result.append(AtLocation{fo.location, fo.deliveryMethod, {}});
            remaining.append(QHash<QString, int>());
        }
        for (const FulfillmentOrderLineItem &line : fo.lineItems) {
            if (line.remainingQuantity > 0)
                remaining[at][line.lineItemId] += line.remainingQuantity;
        }
    }
    for (qsizetype i = 0; i < result.size(); ++i) {
        for (const LineItem &item : order.lineItems) {
            if (const int quantity = remaining.at(i).value(item.id); quantity > 0)
                result[i].lines.append(Line{item, quantity});
        }
    }
    return result;
}

} // namespace LinesToShip
