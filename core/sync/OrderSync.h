#pragma once

#include "core/model/Order.h"
#include "core/shopify/GraphqlOperation.h"
#include "core/shopify/OrderCompleter.h"
#include "core/shopify/OrderPageSizes.h"
#include "core/sync/SyncResult.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <chrono>

class OrderBook;
class ShopifyClient;
class ShopifyReply;

// Brings the local store up to date with the shop: pages of orders sorted by update time,
// each page as large as Shopify's single-query cost limit and the cost bucket allow, nested
// connections that overflow their page completed by an OrderCompleter. What a sync read is
// stored in one transaction at the end, so a sync that fails leaves the store as it was.
//
// Three kinds: a full sync reads every order and drops the ones the shop no longer has; an
// incremental one reads what changed since the last sync's newest updatedAt, less an overlap
// (Shopify's search index trails its writes a little); a reconciliation reads every open
// order again, for the changes Shopify does not show in updatedAt, and asks for each order
// that was open here but is not open there any more.
class OrderSync final : public QObject
{
    Q_OBJECT

public:
    OrderSync(ShopifyClient *client, OrderBook *book, QObject *parent = nullptr);

    // The most orders in one page, whatever the cost allows (Shopify's maximum is 250).
    void setMaxPageSize(int orders);

    enum class Mode {
        Automatic, // incremental when an earlier sync left a watermark, otherwise full
        Full,
        Incremental,
        Reconcile,
    };

    // How far back before the watermark an incremental sync looks again (default 5 minutes).
    void setOverlap(std::chrono::seconds overlap) { m_overlap = overlap; }

    bool isRunning() const { return m_running; }
    Mode runningMode() const { return m_mode; }
    // Starts a sync; does nothing while one runs.
    void start(Mode mode = Mode::Automatic);
    // Stops a running sync; it finishes with a Cancelled error and stores nothing.
    void cancel();

    // The orders page size the cost limits allow now (for tests and benchmarks).
    int plannedPageSize() const;

    // Keys of the sync values kept in the local store.
    static constexpr const char *kLastSyncKey = "lastSync";
    static constexpr const char *kLastReconcileKey = "lastReconcile";
    static constexpr const char *kWatermarkKey = "updatedAtWatermark";

signals:
    void started();
    // total is -1 while unknown.
    void progress(int fetched, int total);
    void finished(const SyncResult &result);

private:
    void requestCount();
    void requestMissingOpenOrders();
    void requestPage();
    void handlePage(ShopifyReply *reply, int sentPageSize);
    void keepOrders(const QList<Order> &orders);
    void fail(const ShopifyError &error);
    void finish();
    // Splits the orders a sync did not see into those gone from the shop and those Shopify
    // may only be hiding (the 60-day window): the first are removed, the second kept.
    void sortOutUnseen(const QStringList &unseen, QStringList *gone, QStringList *unreadable) const;
    QJsonObject pageVariables(int pageSize) const;
    QJsonValue searchQuery() const;
    ShopifyReply *send(const GraphqlOperation &operation, const QJsonObject &variables);

    ShopifyClient *m_client;
    OrderBook *m_book;
    OrderPageSizes m_sizes;
    OrderCompleter *m_completer;
    int m_maxPageSize = 250;
    GraphqlOperation m_ordersOperation;
    GraphqlOperation m_countOperation;
    GraphqlOperation m_orderOperation;

    bool m_running = false;
    Mode m_mode = Mode::Full;
    std::chrono::seconds m_overlap{300};
    QDateTime m_since;         // incremental: orders updated after this
    QStringList m_missingOpen; // reconcile: open here, not returned as open by the shop
    bool m_missingListed = false;
    QStringList m_gone;            // orders the shop did not return when asked for them by id
    bool m_readsAllOrders = false; // the app holds read_all_orders, as this sync's count said
    int m_total = -1;
    int m_pageSize = 0; // shrinks when Shopify says a page costs too much
    QString m_cursor;
    bool m_hasNextPage = false;
    QList<Order> m_orders;
    QHash<QString, qsizetype> m_orderIndex;
    QPointer<ShopifyReply> m_current;
    int m_requests = 0;
};
