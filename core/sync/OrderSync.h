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
#include <QSet>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>

class BulkDownload;
class BulkQuery;
struct BulkQueryOutcome;
class BulkReconciliation;
struct BulkReconciliationOutcome;
class JsonlOrderReader;
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
//
// Every full sync first lists the open orders the local store does not have yet, with the
// table's columns only (OrderList, 4 cost points an order against some 40 for a whole
// one): they are stored at once as Order::detailsPending and shown (openOrdersListed()), so
// a new shop's open orders are on screen within seconds; what follows reads them whole. A
// sync that fails takes back the listed rows it did not read whole.
//
// A big shop's full sync (more orders than the bulk threshold) then goes in two parts. First
// the open orders, paged as above with `status:open`, each page stored at once (so their
// details arrive page by page; openOrdersStored() when all are in); then the closed ones, the history, through a Shopify bulk query
// (BulkQuery, bulk-closed-orders.graphql): its JSONL is stored while it downloads, in
// batches of whole orders, each batch its own transaction. The watermark moves only when the
// whole history is in, so a sync that breaks off (a broken download, the app stopped) leaves
// whole orders stored and is a full sync again next time; that one picks up the same bulk
// operation (its id is kept in the store) while Shopify still has its file, and starts a new
// one when not. A broken download is restarted from the beginning up to twice at once.
//
// A reconciliation of more open orders than its own bulk threshold reads them through a bulk
// query as well (BulkReconciliation, bulk-open-orders.graphql), reads again one by one the
// orders whose fulfillment orders changed (a bulk query brings them without their lines) and
// then, as the paged one does, the orders open here that the shop no longer lists as open.
// It stores everything in one transaction at the end, like a paged one.
class OrderSync final : public QObject
{
    Q_OBJECT

public:
    OrderSync(ShopifyClient *client, OrderBook *book, QObject *parent = nullptr);
    ~OrderSync() override;

    // The most orders in one page, whatever the cost allows (Shopify's maximum is 250).
    void setMaxPageSize(int orders);

    enum class Mode {
        Automatic, // incremental when an earlier sync left a watermark, otherwise full
        Full,
        Incremental,
        Reconcile,
    };

    // A full sync of more orders than this reads the history through a bulk query
    // (kDefaultBulkThreshold); 0 turns bulk queries off.
    void setBulkThreshold(int orders) { m_bulkThreshold = orders; }
    // Paging 250 whole orders at the Standard plan's rate (about 40 points an order, 100
    // points a second) keeps a new shop waiting some 80 s, and nothing can be fulfilled until
    // the last page is in; a bulk export of a few hundred orders is done within seconds, and
    // the open orders are then paged first, each page workable as it comes
    // (docs/architecture.md, "Big shops").
    static constexpr int kDefaultBulkThreshold = 250;
    // A reconciliation of more open orders than this reads them through a bulk query
    // (kDefaultBulkThreshold, as the full sync's); 0 turns that off. Only the open orders
    // whose fulfillment orders changed are then read again whole: 243 open orders cost 898
    // points that way against 11,640 paged (docs/architecture.md).
    void setReconcileBulkThreshold(int orders) { m_reconcileBulkThreshold = orders; }
    // The pause between the bulk query's status polls (tests make it short).
    void setBulkPollInterval(std::chrono::milliseconds first, std::chrono::milliseconds most);
    // Orders stored per transaction while the history downloads (kDefaultBulkBatch).
    static constexpr int kDefaultBulkBatch = 500;
    void setBulkBatchSize(int orders) { m_bulkBatch = std::max(1, orders); }

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
    // The same for the first, cheap listing of the open orders.
    int plannedListPageSize() const;

    // Keys of the sync values kept in the local store.
    static constexpr const char *kLastSyncKey = "lastSync";
    static constexpr const char *kLastReconcileKey = "lastReconcile";
    static constexpr const char *kWatermarkKey = "updatedAtWatermark";
    // The bulk query a full sync's history is being read with, until it is all stored.
    static constexpr const char *kBulkOperationKey = "historyBulkOperation";

signals:
    void started();
    // total is -1 while unknown.
    void progress(int fetched, int total);
    // A big shop's first part is in: the open orders are stored and shown; the history
    // (closed orders) follows through a bulk query.
    void openOrdersStored(int count);
    // A full sync's first read is in: the shop's open orders are listed, `count` in all; those
    // the local store did not have are stored with their details still to come.
    void openOrdersListed(int count);
    // Shopify's bulk query is reading the history: objects (orders, line items, fulfillment
    // orders) and orders read on Shopify's side, of about `expectedOrders` (-1: unknown).
    void historyProgress(qint64 objects, qint64 orders, qint64 expectedOrders);
    // The history is downloading: orders stored so far.
    void historyStored(qint64 orders);
    // Another bulk query of this app runs (another station): the history waits for it.
    void historyWaiting();
    // Another bulk query of this app runs: the reconciliation waits for it.
    void reconcileWaiting();
    void finished(const SyncResult &result);

private:
    void requestCount();
    void requestListPage();
    void handleListPage(ShopifyReply *reply, int sentPageSize);
    void finishList();
    void dropListedRows();
    void requestMissingOpenOrders();
    void requestPage();
    void handlePage(ShopifyReply *reply, int sentPageSize);
    void keepOrders(const QList<Order> &orders);
    void fail(const ShopifyError &error);
    void finish();
    // Splits the orders a sync did not see into those gone from the shop and those Shopify
    // may only be hiding (the 60-day window): the first are removed, the second kept.
    void sortOutUnseen(const QStringList &unseen, QStringList *gone, QStringList *unreadable) const;
    // The bulk part: start or resume the history, store it as it downloads.
    bool usesBulk() const;
    void finishOpenPart();
    void startHistory();
    void handleHistory(const BulkQueryOutcome &outcome);
    // Shopify refused the bulk query for a field the app may not read (ACCESS_DENIED): the
    // history is paged instead, as a page answers such a field null.
    void pageHistory(const QString &operationId);
    void downloadHistory();
    void handleDownloadEnd(bool ok, const QString &problem, bool expired);
    bool storeBatch(const QList<Order> &orders);
    void rereadLaterParents();
    bool reconcilesInBulk() const;
    void handleBulkReconcile(const BulkReconciliationOutcome &outcome);
    // A result with what every ending that read something says: the mode, the requests
    // made, when, and whether the app may read all orders.
    SyncResult endedResult() const;
    void failStore();
    void failHistory(SyncResult::History history,
                     const QString &detail,
                     const QString &errorCode = {});
    QJsonObject pageVariables(int pageSize) const;
    QJsonObject listVariables(int pageSize) const;
    int largestPage(const GraphqlOperation &operation,
                    const std::function<QJsonObject(int)> &variables) const;
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
    GraphqlOperation m_listOperation;

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

    QList<Order> m_listed;
    QStringList m_listedIds; // stored as listed by this sync, taken back if it fails
    int m_openTotal = -1;    // the open orders Shopify counted; -1 unknown
    int m_listPageSize = 0;

    int m_bulkThreshold = kDefaultBulkThreshold;
    int m_reconcileBulkThreshold = kDefaultBulkThreshold;
    bool m_reconcileBulk = false; // this reconciliation reads the open orders in bulk
    BulkReconciliation *m_bulkReconcile;
    int m_bulkBatch = kDefaultBulkBatch;
    bool m_openPart = false;     // a big shop's full sync, reading its open orders now
    bool m_historyPart = false;  // ... reading its history through the bulk query now
    bool m_historyPaged = false; // ... or paging it, the bulk query having been refused
    int m_hiddenStored = 0;      // orders stored in batches whose customer Shopify hides
    int m_downloadAttempts = 0;
    bool m_startedNewBulk = false; // a fresh bulk query, not one resumed
    QSet<QString> m_seen;          // every order read by this sync that is no longer in m_orders
    QDateTime m_newest;            // the newest updatedAt among them
    qint64 m_historyStored = 0;
    int m_openCount = 0;
    QStringList m_reread; // orders whose children came late: read again one by one
    BulkQuery *m_bulk;
    BulkDownload *m_download;
    std::unique_ptr<JsonlOrderReader> m_reader;
    QString m_bulkQueryText;
    QUrl m_historyUrl;
    QList<Order> m_batch; // read from the download, not stored yet
    StoreError m_batchError;
};
