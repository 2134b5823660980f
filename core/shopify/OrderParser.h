#pragma once

#include "model/Order.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

// Turns the data of the operations in operations/orders.graphql into domain values.
// Strict: anything that is not the shape Shopify's schema promises is refused with the path
// and what was wrong, and nothing half-read is returned.

template<typename T>
struct Parsed
{
    T value{};
    QString problem; // empty when the data had the expected shape
    bool isOk() const { return problem.isEmpty(); }
};

// A page of a connection and where the next one starts.
struct PageCursor
{
    bool hasNextPage = false;
    QString endCursor;
};

// The nested connections of one order that had more than one page: the sync fetches the rest
// with the follow-up operations before it stores the order.
struct OrderOverflow
{
    QString orderId;
    PageCursor lineItems;
    PageCursor fulfillmentOrders;
    QList<std::pair<QString, QString>> fulfillmentOrderLineItems; // fulfillment order id, cursor

    bool isEmpty() const
    {
        return !lineItems.hasNextPage && !fulfillmentOrders.hasNextPage
               && fulfillmentOrderLineItems.isEmpty();
    }
};

struct OrdersPage
{
    QList<Order> orders;
    QList<OrderOverflow> overflow; // only orders with something left to fetch
    PageCursor page;
};

struct LineItemsPage
{
    QList<LineItem> lineItems;
    PageCursor page;
};

struct FulfillmentOrdersPage
{
    QList<FulfillmentOrder> fulfillmentOrders;
    QList<std::pair<QString, QString>> lineItemOverflow; // fulfillment order id, cursor
    PageCursor page;
};

struct FulfillmentOrderLineItemsPage
{
    QList<FulfillmentOrderLineItem> lineItems;
    PageCursor page;
};

// What a fulfilment mutation answered: Shopify's refusals, or the order as it is afterwards.
struct MutationResult
{
    QStringList userErrors; // Shopify's messages; empty when the mutation was carried out
    std::optional<Order> order;
    OrderOverflow overflow;
};

namespace OrderParser {

Parsed<OrdersPage> ordersPage(const QJsonObject &data);
Parsed<int> ordersCount(const QJsonObject &data);
// data.order, which is null for an order that does not exist (value is then nullopt).
Parsed<std::optional<Order>> order(const QJsonObject &data, OrderOverflow *overflow);
Parsed<LineItemsPage> orderLineItems(const QJsonObject &data);
Parsed<FulfillmentOrdersPage> orderFulfillmentOrders(const QJsonObject &data);
Parsed<FulfillmentOrderLineItemsPage> fulfillmentOrderLineItems(const QJsonObject &data);
// data.<mutationField> { fulfillment { order { ... } } userErrors { field message } }
Parsed<MutationResult> fulfillmentMutation(const QJsonObject &data, QLatin1StringView mutationField);

} // namespace OrderParser
