#pragma once

#include <QJsonObject>

// The page sizes of the connections nested in an order (the variables of the OrderFields
// fragment). Shopify prices a request by these worst cases, about 135 points an order with
// the defaults, while it charges what came back; most orders fit, and the rest are completed
// by follow-up requests (OrderCompleter).
struct OrderPageSizes
{
    int lineItems = 8;
    int fulfillmentOrders = 3;
    int fulfillmentOrderLineItems = 8;
    int fulfillments = 3;
    int trackingInfo = 2;
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
