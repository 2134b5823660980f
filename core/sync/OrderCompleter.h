#pragma once

#include "model/Order.h"
#include "shopify/GraphqlOperation.h"
#include "shopify/OrderPageSizes.h"
#include "shopify/OrderParser.h"
#include "shopify/ShopifyError.h"

#include <QList>
#include <QObject>
#include <QPointer>

class ShopifyClient;
class ShopifyReply;

// Fetches what did not fit in the nested pages of orders read from Shopify (line items,
// fulfillment orders and their line items beyond the first page), one follow-up request at a
// time, and hands back the orders whole.
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
        enum class Kind { LineItems, FulfillmentOrders, FulfillmentOrderLineItems };
        Kind kind;
        QString orderId;
        QString fulfillmentOrderId;
        QString after;
        int maxFirst = 0; // 0: the usual page; lowered after Shopify refused it as too costly
    };

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
    bool m_running = false;
    QList<Order> m_orders;
    QList<FollowUp> m_followUps;
    QPointer<ShopifyReply> m_current;
    int m_requests = 0;
};
