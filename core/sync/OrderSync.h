#pragma once

#include "OrderCompleter.h"
#include "SyncResult.h"
#include "model/Order.h"
#include "shopify/GraphqlOperation.h"
#include "shopify/OrderPageSizes.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

class OrderBook;
class ShopifyClient;
class ShopifyReply;

// Pulls every order from the shop into the local store: pages of orders sorted by update
// time, each page as large as Shopify's single-query cost limit and the cost bucket allow,
// nested connections that overflow their page completed by an OrderCompleter. The result is
// stored in one transaction at the end, so a sync that fails leaves the store as it was, and
// orders the shop no longer has leave the store.
class OrderSync final : public QObject
{
    Q_OBJECT

public:
    OrderSync(ShopifyClient *client, OrderBook *book, QObject *parent = nullptr);

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
    void requestCount();
    void requestPage();
    void handlePage(ShopifyReply *reply);
    void keepOrders(const QList<Order> &orders);
    void fail(const ShopifyError &error);
    void finish();
    QJsonObject pageVariables(int pageSize) const;
    ShopifyReply *send(const GraphqlOperation &operation, const QJsonObject &variables);

    ShopifyClient *m_client;
    OrderBook *m_book;
    OrderPageSizes m_sizes;
    OrderCompleter *m_completer;
    int m_maxPageSize = 250;
    GraphqlOperation m_ordersOperation;
    GraphqlOperation m_countOperation;

    bool m_running = false;
    int m_total = -1;
    int m_pageSize = 0; // shrinks when Shopify says a page costs too much
    QString m_cursor;
    bool m_hasNextPage = false;
    QList<Order> m_orders;
    QHash<QString, qsizetype> m_orderIndex;
    QPointer<ShopifyReply> m_current;
    int m_requests = 0;
};
