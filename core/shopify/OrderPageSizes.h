#pragma once

#include <QJsonObject>

// The page sizes of the connections nested in an order (the variables of the OrderFields
// fragment). Shopify prices a request by these worst cases, about 140 points an order with
// the defaults, while it charges what came back; most orders fit, and the rest are completed
// by follow-up requests (OrderCompleter). Shipments and parcels come in plain lists Shopify
// cuts without a word: a list that comes back this long is read again with more room, so
// these sizes cover most real orders (one or two shipments of one or two parcels).
struct OrderPageSizes
{
    int lineItems = 8;
    int fulfillmentOrders = 3;
    int fulfillmentOrderLineItems = 8;
    int fulfillments = 4;
    int trackingInfo = 3;
    int followUp = 100; // page size of the follow-up requests

    // Adds the fragment's variables to a request's variables.
    void addTo(QJsonObject &variables) const
    {
        variables.insert(QStringLiteral("lineItems"), lineItems);
        variables.insert(QStringLiteral("fulfillmentOrders"), fulfillmentOrders);
        variables.insert(QStringLiteral("fulfillmentOrderLineItems"), fulfillmentOrderLineItems);
        variables.insert(QStringLiteral("fulfillments"), fulfillments);
        variables.insert(QStringLiteral("trackingInfo"), trackingInfo);
    }
};
