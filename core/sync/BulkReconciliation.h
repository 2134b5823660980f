#pragma once

#include "core/model/Order.h"
#include "core/shopify/ShopifyError.h"
#include "core/sync/SyncResult.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <memory>

class BulkDownload;
class BulkQuery;
struct BulkQueryOutcome;
class JsonlOrderReader;
class OrderBook;
class ShopifyClient;

// How a reconciliation's bulk read of the open orders ended.
struct BulkReconciliationOutcome
{
    // Read, or how the bulk query failed (the history's ends: Failed, Canceled, Expired,
    // DownloadBroken, Refused, OtherRunning). NotRead with `error` set: the shop could not be
    // asked (offline, token) or the file was not what the query asks for.
    SyncResult::History end = SyncResult::History::NotRead;
    QString errorCode; // Failed: ACCESS_DENIED, INTERNAL_SERVER_ERROR, TIMEOUT
    QString detail;    // for the log
    ShopifyError error;
    // Read: the open orders that are whole as they are (fulfillment order lines taken from the
    // stored copy where that fulfillment order did not change) ...
    QList<Order> orders;
    // ... and the open orders to read again whole, one by one.
    QStringList reread;
};

// Reads every open order of a big shop through one bulk query (bulk-open-orders.graphql), for
// a reconciliation: a bulk query runs outside the cost bucket, where paging 5,000 open orders
// costs about 190,000 points (half an hour on the Standard plan).
//
// A bulk query nests connections two deep, so the fulfillment orders come without their line
// items, which an open order needs to be fulfilled. An order keeps the lines stored for each
// of its fulfillment orders when the order's updatedAt and every fulfillment order's id and
// updatedAt are those stored, and every one of them has its lines stored (Shopify moves a
// fulfillment order's updatedAt when its lines change: a fulfilment, a move, a split, an
// edit). Any other order (new here, changed, or whose lines were never read) is listed to be
// read again whole; a fulfillment order without lines never replaces one that has them.
//
// The operation's id is kept in the store (kOperationKey, apart from the history's) from its
// start until its file is read, so a reconciliation broken off picks it up; what an older
// snapshot shows differently from the stored copy is read again by the rule above. Nothing is
// stored here: the caller stores what it gets in one transaction.
class BulkReconciliation final : public QObject
{
    Q_OBJECT

public:
    BulkReconciliation(ShopifyClient *client, OrderBook *book, QObject *parent = nullptr);
    ~BulkReconciliation() override;

    // The sync value holding the bulk query of a reconciliation under way.
    static constexpr const char *kOperationKey = "reconcileBulkOperation";

    void setPollInterval(std::chrono::milliseconds first, std::chrono::milliseconds most);
    bool isRunning() const { return m_running; }
    // Starts the bulk query, or follows the one a reconciliation broken off had started.
    void start();
    // Stops following it without a word; it goes on on Shopify's side (start() picks it up).
    void stop();

signals:
    // Objects (orders, line items, fulfillment orders) and orders read on Shopify's side.
    void progress(qint64 objects, qint64 orders);
    // Another bulk query of this app runs (another station): this one waits for it.
    void waitingForOther();
    void finished(const BulkReconciliationOutcome &outcome);

private:
    void startNew();
    void handleQuery(const BulkQueryOutcome &outcome);
    void download();
    void handleDownloadEnd(bool ok, const QString &problem, bool expired);
    // Sorts orders read in bulk into whole ones and ones to read again.
    void take(const QList<Order> &orders);
    // Whether an order read in bulk must be read again whole; `stored` is its stored copy or null.
    bool needsReread(const Order &order, const Order *stored) const;
    void forgetOperation();
    void end(const BulkReconciliationOutcome &outcome);
    void fail(SyncResult::History end, const QString &detail, const QString &errorCode = {});

    OrderBook *m_book;
    BulkQuery *m_query;
    BulkDownload *m_download;
    std::unique_ptr<JsonlOrderReader> m_reader;
    QString m_queryText;
    QUrl m_url;
    bool m_running = false;
    bool m_startedNew = false; // a fresh bulk query, not one resumed
    int m_downloadAttempts = 0;
    QList<Order> m_orders;
    QStringList m_reread;
};
