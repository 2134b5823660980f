#pragma once

#include "core/model/FulfillmentRequest.h"
#include "core/model/OutboxEntry.h"

// Outbox entries for each action, with the mutation's variables and what a check of an
// unknown outcome compares against. The nested page sizes are added when the entry is sent.
namespace OutboxRequests {

OutboxEntry fulfill(const FulfillmentRequest &request);
OutboxEntry updateTracking(const QString &orderId,
                           const QString &orderName,
                           const QString &fulfillmentId,
                           const TrackingInput &tracking,
                           NotifyCustomer notify);
OutboxEntry cancelFulfillment(const QString &orderId,
                              const QString &orderName,
                              const QString &fulfillmentId);
// Local pickup: these fulfillment orders are ready for the customer to collect.
OutboxEntry preparePickup(const QString &orderId,
                          const QString &orderName,
                          const QString &locationName,
                          const QStringList &fulfillmentOrderIds,
                          int itemCount);

// Shopify's FulfillmentTrackingInput: `number`/`url` for one parcel, `numbers`/`urls` for more,
// with a link for every number or for none.
QJsonObject trackingJson(const TrackingInput &tracking);

} // namespace OutboxRequests
