#include "core/outbox/OutboxRequests.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace OutboxRequests {

QJsonObject trackingJson(const TrackingInput &tracking)
{
    // Shopify pairs urls[i] with numbers[i]; TrackingInput::urls() has one for every number or
    // none, and the singular fields go together only for a single parcel.
    QJsonObject json;
    if (!tracking.company.isEmpty())
        json.insert("company"_L1, tracking.company);
    const QStringList numbers = tracking.numbers();
    const QStringList urls = tracking.urls();
    if (numbers.size() == 1) {
        json.insert("number"_L1, numbers.first());
        if (!urls.isEmpty())
            json.insert("url"_L1, urls.first());
    } else if (numbers.size() > 1) {
        json.insert("numbers"_L1, QJsonArray::fromStringList(numbers));
        if (!urls.isEmpty())
            json.insert("urls"_L1, QJsonArray::fromStringList(urls));
    }
    return json;
}

OutboxEntry fulfill(const FulfillmentRequest &request)
{
    // Lines grouped by fulfillment order, in the order they were planned.
    QJsonArray byFulfillmentOrder;
    QJsonArray expected;
    QStringList fulfillmentOrders;
    for (const FulfillmentLine &line : request.lines) {
        if (!fulfillmentOrders.contains(line.fulfillmentOrderId))
            fulfillmentOrders.append(line.fulfillmentOrderId);
        expected.append(
            QJsonObject{{"fulfillmentOrderId"_L1, line.fulfillmentOrderId},
                        {"fulfillmentOrderLineItemId"_L1, line.fulfillmentOrderLineItemId},
                        {"quantity"_L1, line.quantity},
                        {"remainingBefore"_L1, line.remainingBefore}});
    }
    for (const QString &fo : fulfillmentOrders) {
        QJsonArray lines;
        for (const FulfillmentLine &line : request.lines) {
            if (line.fulfillmentOrderId == fo)
                lines.append(QJsonObject{{"id"_L1, line.fulfillmentOrderLineItemId},
                                         {"quantity"_L1, line.quantity}});
        }
        byFulfillmentOrder.append(
            QJsonObject{{"fulfillmentOrderId"_L1, fo}, {"fulfillmentOrderLineItems"_L1, lines}});
    }
    QJsonObject fulfillment{{"lineItemsByFulfillmentOrder"_L1, byFulfillmentOrder},
                            {"notifyCustomer"_L1, request.notify == NotifyCustomer::Yes}};
    if (!request.tracking.isEmpty())
        fulfillment.insert("trackingInfo"_L1, trackingJson(request.tracking));

    OutboxEntry entry;
    entry.action = OutboxEntry::Action::Fulfill;
    entry.orderId = request.orderId;
    entry.orderName = request.orderName;
    entry.payload = {{"variables"_L1, QJsonObject{{"fulfillment"_L1, fulfillment}}},
                     {"expected"_L1, expected},
                     {"location"_L1, request.location.name},
                     {"items"_L1, request.itemCount()}};
    return entry;
}

OutboxEntry updateTracking(const QString &orderId,
                           const QString &orderName,
                           const QString &fulfillmentId,
                           const TrackingInput &tracking,
                           NotifyCustomer notify)
{
    OutboxEntry entry;
    entry.action = OutboxEntry::Action::UpdateTracking;
    entry.orderId = orderId;
    entry.orderName = orderName;
    entry.payload = {{"variables"_L1,
                      QJsonObject{{"fulfillmentId"_L1, fulfillmentId},
                                  {"trackingInfoInput"_L1, trackingJson(tracking)},
                                  {"notifyCustomer"_L1, notify == NotifyCustomer::Yes}}},
                     {"numbers"_L1, QJsonArray::fromStringList(tracking.numbers())}};
    return entry;
}

OutboxEntry cancelFulfillment(const QString &orderId,
                              const QString &orderName,
                              const QString &fulfillmentId)
{
    OutboxEntry entry;
    entry.action = OutboxEntry::Action::CancelFulfillment;
    entry.orderId = orderId;
    entry.orderName = orderName;
    entry.payload = {{"variables"_L1, QJsonObject{{"id"_L1, fulfillmentId}}}};
    return entry;
}

OutboxEntry preparePickup(const QString &orderId,
                          const QString &orderName,
                          const QString &locationName,
                          const QStringList &fulfillmentOrderIds,
                          int itemCount)
{
    QJsonArray byFulfillmentOrder;
    for (const QString &id : fulfillmentOrderIds)
        byFulfillmentOrder.append(QJsonObject{{"fulfillmentOrderId"_L1, id}});
    OutboxEntry entry;
    entry.action = OutboxEntry::Action::PreparePickup;
    entry.orderId = orderId;
    entry.orderName = orderName;
    entry.payload = {{"variables"_L1,
                      QJsonObject{
                          {"input"_L1,
                           QJsonObject{{"lineItemsByFulfillmentOrder"_L1, byFulfillmentOrder}}}}},
                     {"fulfillmentOrders"_L1, QJsonArray::fromStringList(fulfillmentOrderIds)},
                     {"location"_L1, locationName},
                     {"items"_L1, itemCount}};
    return entry;
}

} // namespace OutboxRequests
