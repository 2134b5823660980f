#pragma once

#include "SyncResult.h"
#include "model/Order.h"
#include "shopify/GraphqlOperation.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

class OrderBook;
class ShopifyClient;
class ShopifyReply;

// Pulls every order from the shop into the local store: pages of orders sorted by update
// time, each page as large as Shopify's single-query cost limit and the cost bucket allow,
// nested connections that overflow their page fetched with follow-up requests. The result is
// stored in one transaction at the end, so a sync that fails leaves the store as it was, and
// orders the shop no longer has leave the store.
class OrderSync final : public QObject
{
    Q_OBJECT

public:
    // Sizes of the nested pages inside each order of a page. Shopify prices a page by these
    // worst cases (about 135 points an order with the defaults, so 7 orders a page), while it
    // charges what came back; most orders fit, and the rest come with follow-up requests.
    struct NestedPageSizes
    {
        int lineItems = 8;
        int fulfillmentOrders = 3;
        int fulfillmentOrderLineItems = 8;
        int fulfillments = 3;
        int trackingInfo = 2;
        int followUp = 100; // page size of the follow-up requests
    };

    OrderSync(ShopifyClient *client, OrderBook *book, QObject *parent = nullptr);

    void setNestedPageSizes(const NestedPageSizes &sizes) { m_sizes = sizes; }
    // The most orders in one page, whatever the cost allows (Shopify's maximum is 250).
    void setMaxPageSize(int orders);

    bool isRunning() const { return m_running; }
    // Starts a full sync; does nothing while one runs.
    void start();
    // Stops a running sync; it finishes with a Cancelled error and stores nothing.
    void cancel();

    // The orders page size the cost limits allow now (for tests and benchmarks).
    int plannedPageSize() const;

    // Keys of the sync values kept in the local store.
    static constexpr const char *kLastSyncKey = "lastFullSync";
    static constexpr const char *kWatermarkKey = "updatedAtWatermark";

signals:
    void started();
    // total is -1 while unknown.
    void progress(int fetched, int total);
    void finished(const SyncResult &result);

private:
    struct FollowUp
    {
        enum class Kind { LineItems, FulfillmentOrders, FulfillmentOrderLineItems };
        Kind kind;
        QString orderId;
        QString fulfillmentOrderId;
        QString after;
    };

    void requestCount();
    void requestPage();
    void handlePage(ShopifyReply *reply);
    void runNextFollowUp();
    void handleFollowUp(ShopifyReply *reply, const FollowUp &followUp);
    void keepOrder(Order order);
    Order *orderById(const QString &id);
    void fail(const ShopifyError &error);
    void finish();
    QJsonObject pageVariables(int pageSize) const;
    ShopifyReply *send(const GraphqlOperation &operation, const QJsonObject &variables);

    ShopifyClient *m_client;
    OrderBook *m_book;
    NestedPageSizes m_sizes;
    int m_maxPageSize = 250;
    GraphqlOperation m_ordersOperation;
    GraphqlOperation m_countOperation;
    GraphqlOperation m_lineItemsOperation;
    GraphqlOperation m_fulfillmentOrdersOperation;
    GraphqlOperation m_foLineItemsOperation;

    bool m_running = false;
    int m_total = -1;
    int m_pageSize = 0; // shrinks when Shopify says a page costs too much
    QString m_cursor;
    bool m_hasNextPage = false;
    QList<Order> m_orders;
    QHash<QString, qsizetype> m_orderIndex;
    QList<FollowUp> m_followUps;
    QPointer<ShopifyReply> m_current;
    int m_requests = 0;
};
