#pragma once

#include "core/model/Order.h"
#include "core/shopify/GraphqlOperation.h"
#include "core/shopify/OrderPageSizes.h"
#include "core/shopify/OrderParser.h"
#include "core/shopify/ShopifyError.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

class ShopifyClient;
class ShopifyReply;

// Fetches what did not fit in the nested pages of orders read from Shopify (line items,
// fulfillment orders and their line items beyond the first page), one follow-up request at a
// time, and hands back the orders whole. Shipments and their parcels come in plain lists that
// Shopify cuts without saying so: an order whose lists came back full is read again with more
// room until they are not full; when the cost limit allows no more room, the order is marked
// as not having all its shipments (Order::fulfillmentsComplete).
class OrderCompleter final : public QObject
{
    Q_OBJECT

public:
    OrderCompleter(ShopifyClient *client, const OrderPageSizes &sizes, QObject *parent = nullptr);

    // Completes the orders; finished() or failed() follows, also when nothing was missing.
    void complete(QList<Order> orders, const QList<OrderOverflow> &overflow);
    void cancel();
    bool isRunning() const { return m_running; }
    int requestCount() const { return m_requests; }

signals:
    void finished(const QList<Order> &orders);
    void failed(const ShopifyError &error);

private:
    struct FollowUp
    {
        enum class Kind { LineItems, FulfillmentOrders, FulfillmentOrderLineItems, Fulfillments };
        Kind kind;
        QString orderId;
        QString fulfillmentOrderId;
        QString after;
        int fulfillments = 0; // Fulfillments: the list sizes asked for
        int trackingInfo = 0;
        int maxFirst = 0; // 0: the usual page; lowered after Shopify refused it as too costly
    };

    // The next sizes to read an order's shipments with after a read that came back full, or
    // nullopt when the cost limit allows no larger read.
    std::optional<FollowUp> widerFulfillmentsRead(const FollowUp &last,
                                                  const FulfillmentsRead &read) const;
    // The read made small enough to stay under Shopify's limit at the price the client knows
    // now, or nullopt when even the smallest read that could tell more is too costly.
    std::optional<FollowUp> fittedFulfillmentsRead(FollowUp read) const;
    // The order keeps the shipments read so far, marked as possibly cut.
    void markIncomplete(const QString &orderId);

    void runNext();
    void handle(ShopifyReply *reply, const FollowUp &followUp, int sentFirst);
    const GraphqlOperation &operationFor(FollowUp::Kind kind) const;
    // The request's variables, without its page size (`first`).
    QJsonObject variablesFor(const FollowUp &followUp) const;
    // The page size to ask for: at most `wanted`, and small enough that the request stays
    // under Shopify's limit as the client prices it now.
    int plannedFirst(const FollowUp &followUp, int wanted) const;
    void fail(const ShopifyError &error);
    Order *orderById(const QString &id);

    ShopifyClient *m_client;
    OrderPageSizes m_sizes;
    GraphqlOperation m_lineItemsOperation;
    GraphqlOperation m_fulfillmentOrdersOperation;
    GraphqlOperation m_foLineItemsOperation;
    GraphqlOperation m_fulfillmentsOperation;
    bool m_running = false;
    QList<Order> m_orders;
    QList<FollowUp> m_followUps;
    QPointer<ShopifyReply> m_current;
    int m_requests = 0;
};
