#pragma once

#include "tests/testlib/DemoClient.h"

#include <QJsonObject>
#include <QString>

// The app's own operations (core/shopify/operations/orders.graphql) posted to a demo store,
// so the store's tests exercise exactly what Smidig sends.
namespace DemoOperations {

// The path and the text of core/shopify/operations/orders.graphql.
QString ordersFile();
QString ordersDocument();

// Page sizes for the nested connections of OrderFields, small enough for the cost limit and
// big enough for the generated orders a test picks (up to 9 line items, 3 fulfillment orders,
// 5 fulfillments); the notable ones with more (the wholesale order's 264 lines, six shipments,
// five parcels) come back cut, as from Shopify.
QJsonObject pageSizes();

// Posts the named operation of orders.graphql with pageSizes() and `variables`.
DemoClient::Response post(DemoClient &client,
                          const QString &operationName,
                          const QJsonObject &variables);

// Shortcuts for the three mutations. fulfillmentCreate's payload is
// json["data"]["fulfillmentCreate"]; the order afterwards is its ["fulfillment"]["order"].
DemoClient::Response fulfillmentCreate(DemoClient &client, const QJsonObject &fulfillmentInput);
DemoClient::Response fulfillmentTrackingInfoUpdate(DemoClient &client,
                                                   const QString &fulfillmentId,
                                                   const QJsonObject &trackingInput,
                                                   const QJsonValue &notifyCustomer
                                                   = QJsonValue::Undefined);
DemoClient::Response fulfillmentCancel(DemoClient &client, const QString &fulfillmentId);

// The mutation's payload ({fulfillment, userErrors}) from a response.
QJsonObject payload(const DemoClient::Response &response, const QString &mutationField);

} // namespace DemoOperations
