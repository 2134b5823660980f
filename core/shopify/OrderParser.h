#pragma once

#include "core/model/Order.h"
#include "core/shopify/FieldError.h"
#include "core/shopify/OrderPageSizes.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

// Turns the data of the operations in operations/orders.graphql into domain values.
// Strict: anything that is not the shape Shopify's schema promises is refused with the path
// and what was wrong, and nothing half-read is returned.
//
// Shopify may leave fields out of an answer it otherwise gives (protected customer data the
// app may not read): those come as nulls with field errors beside the data, and the parsers
// that read orders take those errors to mark what was hidden rather than missing. They also
// take the sizes the plain lists were asked with, since a list that came back as long as
// asked may have been cut.

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
    // Order.fulfillments or a Fulfillment.trackingInfo came back as long as asked: Shopify may
    // have cut it (these lists have no page info), so the order is read again with more room.
    bool fulfillmentsMayBeCut = false;

    bool isEmpty() const
    {
        return !lineItems.hasNextPage && !fulfillmentOrders.hasNextPage
               && fulfillmentOrderLineItems.isEmpty() && !fulfillmentsMayBeCut;
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

// An order's shipments as the OrderFulfillments follow-up read them.
struct FulfillmentsRead
{
    QList<Fulfillment> fulfillments;
    bool fulfillmentsFull = false; // as many shipments as asked: there may be more
    bool trackingFull = false;     // some shipment had as many parcels as asked
    int mostParcels = 0;           // the most tracking entries of one shipment
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

Parsed<OrdersPage> ordersPage(const QJsonObject &data,
                              const OrderPageSizes &sizes,
                              const FieldErrors &errors = {});
// OrdersCount's count of the open orders; -1 when the answer has none.
int openOrdersCount(const QJsonObject &data);
// A page of OrderList: orders with their table's columns only (Order::detailsPending).
Parsed<OrdersPage> orderList(const QJsonObject &data, const FieldErrors &errors = {});
// -1 when Shopify answers ordersCount with null: the sync goes on without a total.
Parsed<int> ordersCount(const QJsonObject &data);
// The scopes in the OrdersCount answer (currentAppInstallation.accessScopes).
Parsed<QStringList> grantedScopes(const QJsonObject &data);
// data.order, which is null for an order that does not exist (value is then nullopt).
Parsed<std::optional<Order>> order(const QJsonObject &data,
                                   const OrderPageSizes &sizes,
                                   OrderOverflow *overflow,
                                   const FieldErrors &errors = {});
// An order of bulk-closed-orders.graphql's JSONL, which gives the order's line items and
// fulfillment orders as lines of their own (fulfillment orders without line items): checked
// as order() checks data.order, with the same paths in a problem.
Parsed<Order> bulkOrder(const QJsonObject &order,
                        const QList<QJsonObject> &lineItems,
                        const QList<QJsonObject> &fulfillmentOrders,
                        const OrderPageSizes &sizes,
                        OrderOverflow *overflow);
// The OrderFulfillments follow-up, asked with these list sizes.
Parsed<FulfillmentsRead> orderFulfillments(const QJsonObject &data,
                                           int fulfillmentsAsked,
                                           int trackingInfoAsked);
Parsed<LineItemsPage> orderLineItems(const QJsonObject &data);
Parsed<FulfillmentOrdersPage> orderFulfillmentOrders(const QJsonObject &data);
Parsed<FulfillmentOrderLineItemsPage> fulfillmentOrderLineItems(const QJsonObject &data);
// data.<mutationField> { fulfillment { order { ... } } userErrors { field message } }
Parsed<MutationResult> fulfillmentMutation(const QJsonObject &data,
                                           QLatin1StringView mutationField,
                                           const OrderPageSizes &sizes,
                                           const FieldErrors &errors = {});
// data.<mutationField> { userErrors { field message } }, for mutations that return no order
// (fulfillmentOrderLineItemsPreparedForPickup); the order is then read back separately.
Parsed<QStringList> userErrorsOnly(const QJsonObject &data, QLatin1StringView mutationField);

} // namespace OrderParser
