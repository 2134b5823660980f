#include "core/demostore/DemoStore.h"
#include "core/shopify/ShopifyClient.h"
#include "core/storage/Database.h"
#include "core/storage/OrderBook.h"
#include "core/sync/BulkReconciliation.h"
#include "core/sync/OrderSync.h"

#include "tests/testlib/StoreComparison.h"
#include "tests/testlib/SyncRuns.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using History = SyncResult::History;

// A big shop's reconciliation against the demo store: more open orders than the threshold are
// read through a bulk query, whose fulfillment orders come without their lines. The local
// store must end equal to the shop order by order (lines included), also for changes Shopify
// does not show in updatedAt, an order open here and closed there, and an order not stored
// here at all. Every way the bulk query can end leaves the store as it was and tells the user.
class TestBulkReconcile final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<OrderBook> m_book;
    QNetworkAccessManager m_network;
    std::unique_ptr<demostore::DemoStore> m_store;
    int m_waited = 0;
    double m_points = 0; // the cost points Shopify charged the last sync

    static constexpr int kOrders = 300;
    static constexpr int kThreshold = 20;  // a "big" shop: more open orders than this
    static constexpr int kAppDefault = -1; // sync(): the app's own threshold

    // The store's clock moves only by advance(): what changes in the shop, and when, is the
    // test's doing (silent changes: holds released, dates moved, none in updatedAt).
    void startStore(double silentChangesPerMinute = 0, int orders = kOrders, int openOrders = -1)
    {
        demostore::DemoStoreConfig c;
        c.seed = 11;
        c.orderCount = orders;
        c.openOrders = openOrders;
        // Made a minute early and moved on: the newest orders get their fulfillment orders
        // seconds after they are placed, before any sync.
        c.now = QDateTime(QDate(2026, 11, 26), QTime(11, 59), Qt::UTC);
        c.clockRuns = false;
        c.accessToken = u"test-token"_s;
        c.throttling = false;
        c.activityRate = silentChangesPerMinute;
        c.silentFraction = 1.0;
        c.activitySeed = 5;
        m_store = std::make_unique<demostore::DemoStore>(c);
        m_store->advance(60s);
        QVERIFY(m_store->data().pendingRoutings.isEmpty());
        QVERIFY(m_store->start());
    }

    SyncResult sync(OrderSync::Mode mode, int reconcileThreshold = kThreshold)
    {
        ShopifyClient client(&m_network);
        client.setShop(ShopAddress::fromUrl(m_store->url()));
        client.setAccessToken(u"test-token"_s);
        OrderSync orderSync(&client, m_book.get());
        orderSync.setBulkThreshold(0); // the first sync pages: every order whole
        if (reconcileThreshold != kAppDefault)
            orderSync.setReconcileBulkThreshold(reconcileThreshold);
        orderSync.setBulkPollInterval(10ms, 50ms);
        m_waited = 0;
        // Another station's bulk query ends by the store's clock, which the test moves.
        connect(&orderSync, &OrderSync::reconcileWaiting, this, [this] {
            ++m_waited;
            m_store->advance(1s);
        });
        const SyncResult result = SyncRuns::run(&orderSync, mode);
        m_points = client.actualCostTotal();
        return result;
    }

    void firstSync()
    {
        const SyncResult first = sync(OrderSync::Mode::Full);
        QVERIFY2(first.isOk(), qPrintable(first.userMessage() + u' ' + first.detail()));
        QCOMPARE(m_book->count(), int(m_store->data().orders.size()));
        QVERIFY2(openOrderCount() > kThreshold, qPrintable(QString::number(openOrderCount())));
    }

    int openOrderCount() const
    {
        int open = 0;
        for (const auto &order : m_store->data().orders)
            open += order.isClosed() || order.isCancelled() ? 0 : 1;
        return open;
    }

    QString syncValue(const char *key) const
    {
        QString value;
        m_book->syncValue(QString::fromLatin1(key), &value);
        return value;
    }

    // The shop's orders by their global id, with their index in the store's data.
    QString shopId(int index) const { return m_store->orderJson(index)[u"id"].toString(); }

    // The local store against the shop, order by order, every fulfillment order with its lines.
    QString differencesFromShop()
    {
        QList<Order> local;
        if (m_book->allOrders(&local).isError())
            return u"cannot read the local store"_s;
        QHash<QString, Order> byId;
        for (const Order &order : std::as_const(local))
            byId.insert(order.id, order);
        QString problems;
        if (byId.size() != m_store->data().orders.size())
            problems += u"%1 orders stored, the shop has %2; "_s.arg(byId.size())
                            .arg(m_store->data().orders.size());
        for (int i = 0; i < m_store->data().orders.size(); ++i) {
            const QJsonObject expected = m_store->orderJson(i);
            const QString id = expected[u"id"].toString();
            if (!byId.contains(id)) {
                problems += id + u" missing; "_s;
                continue;
            }
            const QString difference = orderDifferences(byId.value(id), expected);
            if (!difference.isEmpty())
                problems += expected[u"name"].toString() + u": "_s + difference + u"; "_s;
        }
        return problems;
    }

    void verifyEqualToShop()
    {
        const QString problems = differencesFromShop();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.left(2000)));
    }

    // Drift a reconciliation is for: an order closed in the shop that is still open here (its
    // closing missed), an open order of the shop that is not stored here at all, and one whose
    // fulfillment order's lines changed there (its updatedAt moved, the order's did not).
    // Returns their ids.
    QStringList makeLocalDrift()
    {
        QString closedThere;
        QString notHere;
        QString linesChanged;
        for (int i = 0; i < m_store->data().orders.size(); ++i) {
            const auto &order = m_store->data().orders[i];
            if (closedThere.isEmpty() && order.isClosed() && !order.isCancelled())
                closedThere = shopId(i);
            const bool open = !order.isClosed() && !order.isCancelled();
            if (open && !order.fulfillmentOrders.isEmpty()) {
                if (notHere.isEmpty())
                    notHere = shopId(i);
                else if (linesChanged.isEmpty())
                    linesChanged = shopId(i);
            }
        }
        if (closedThere.isEmpty() || notHere.isEmpty() || linesChanged.isEmpty())
            return {};
        std::optional<Order> older;
        if (m_book->order(linesChanged, &older).isError() || !older
            || older->fulfillmentOrders.value(0).lineItems.isEmpty())
            return {};
        FulfillmentOrder &fo = older->fulfillmentOrders[0];
        fo.updatedAt = fo.updatedAt.addSecs(-60);
        fo.lineItems[0].remainingQuantity += 1;
        if (m_book->upsert({*older}).isError())
            return {};
        std::optional<Order> stale;
        if (m_book->order(closedThere, &stale).isError() || !stale)
            return {};
        stale->closed = false;
        if (m_book->upsert({*stale}).isError())
            return {};
        if (m_book->apply({}, {notHere}).isError())
            return {};
        return {closedThere, notHere, linesChanged};
    }

    QList<Order> storedOrders() const
    {
        QList<Order> orders;
        if (m_book->allOrders(&orders).isError())
            qWarning("cannot read the local store");
        return orders;
    }

private slots:
    void init()
    {
        QFile::remove(m_dir.filePath(u"reconcile.sqlite"_s));
        m_db = std::make_unique<Database>();
        QVERIFY(!m_db->open(m_dir.filePath(u"reconcile.sqlite"_s)).isError());
        m_book = std::make_unique<OrderBook>(m_db->connection());
        QVERIFY(!m_book->load().isError());
    }
    void cleanup()
    {
        m_store.reset();
        m_book.reset();
        m_db.reset();
    }

    void aBigReconciliationReadsTheOpenOrdersInBulk()
    {
        startStore(30);
        firstSync();
        // Ten minutes of silent changes: fulfillment orders released from holds and moved to
        // other dates, none of it in the orders' updatedAt.
        QSet<QString> silentlyChanged;
        for (const demostore::StoreEvent &event : m_store->advance(10min)) {
            QVERIFY(event.silent);
            silentlyChanged.insert(u"gid://shopify/Order/%1"_s.arg(event.orderId));
        }
        QVERIFY(!silentlyChanged.isEmpty());
        QVERIFY(!differencesFromShop().isEmpty()); // what an incremental sync cannot see
        const SyncResult incremental = sync(OrderSync::Mode::Incremental);
        QVERIFY(incremental.isOk());
        QVERIFY(!differencesFromShop().isEmpty());
        const QStringList drift = makeLocalDrift();
        QCOMPARE(drift.size(), 3);
        const qint64 requestsBefore = m_store->requestCount();

        const SyncResult result = sync(OrderSync::Mode::Reconcile);
        QVERIFY2(result.isOk(), qPrintable(result.userMessage() + u' ' + result.detail()));
        QCOMPARE(result.reconcileBulk, History::Read);
        QCOMPARE(m_store->bulkOperations().operationCount(), 1);
        QVERIFY(result.userMessage().isEmpty());
        verifyEqualToShop();
        QVERIFY(!syncValue(OrderSync::kLastReconcileKey).isEmpty());
        QVERIFY(syncValue(BulkReconciliation::kOperationKey).isEmpty());
        QVERIFY(syncValue(OrderSync::kBulkOperationKey).isEmpty());
        // Only the orders whose fulfillment orders changed, or that were open here but not
        // there, or not here at all, were read one by one: the others kept their stored lines.
        const qint64 requests = m_store->requestCount() - requestsBefore;
        QVERIFY2(requests < openOrderCount(),
                 qPrintable(
                     u"%1 requests for %2 open orders"_s.arg(requests).arg(openOrderCount())));
        // And far fewer points than paging every open order of the same shop again.
        const double bulkPoints = m_points;
        const SyncResult paged = sync(OrderSync::Mode::Reconcile, openOrderCount());
        QVERIFY(paged.isOk());
        QCOMPARE(paged.reconcileBulk, History::NotRead);
        qInfo("%d open orders: %.0f points in bulk (%lld requests), %.0f points paged",
              openOrderCount(),
              bulkPoints,
              requests,
              m_points);
        QVERIFY2(bulkPoints < m_points / 2,
                 qPrintable(u"%1 in bulk, %2 paged"_s.arg(bulkPoints).arg(m_points)));
    }

    void aSmallReconciliationPages()
    {
        startStore(30);
        firstSync();
        m_store->advance(10min);
        QVERIFY(!differencesFromShop().isEmpty());
        QCOMPARE(makeLocalDrift().size(), 3);
        const SyncResult result = sync(OrderSync::Mode::Reconcile, openOrderCount());
        QVERIFY2(result.isOk(), qPrintable(result.userMessage() + u' ' + result.detail()));
        QCOMPARE(result.reconcileBulk, History::NotRead);
        QCOMPARE(m_store->bulkOperations().operationCount(), 0);
        verifyEqualToShop();
    }

    void endsOfTheBulkQuery_data()
    {
        QTest::addColumn<int>("end");
        QTest::addColumn<QString>("errorCode");
        QTest::addColumn<int>("history");
        QTest::newRow("failed: internal error")
            << int(demostore::FaultPlan::BulkEnd::Failed) << u"INTERNAL_SERVER_ERROR"_s
            << int(History::Failed);
        QTest::newRow("failed: timeout")
            << int(demostore::FaultPlan::BulkEnd::Failed) << u"TIMEOUT"_s << int(History::Failed);
        QTest::newRow("canceled") << int(demostore::FaultPlan::BulkEnd::Canceled) << QString()
                                  << int(History::Canceled);
    }

    void endsOfTheBulkQuery()
    {
        QFETCH(int, end);
        QFETCH(QString, errorCode);
        QFETCH(int, history);
        startStore(30);
        firstSync();
        m_store->advance(10min);
        QCOMPARE(makeLocalDrift().size(), 3);
        const QList<Order> before = storedOrders();
        const QString lastReconcile = syncValue(OrderSync::kLastReconcileKey);
        demostore::FaultPlan plan;
        plan.bulkEnd = demostore::FaultPlan::BulkEnd(end);
        plan.bulkErrorCode = errorCode;
        m_store->setFaultPlan(plan);

        const SyncResult result = sync(OrderSync::Mode::Reconcile);
        QVERIFY(!result.isOk());
        QCOMPARE(int(result.reconcileBulk), history);
        QCOMPARE(result.reconcileErrorCode, errorCode);
        QVERIFY(result.userMessage().contains(u"as it was"_s));
        QVERIFY(storedOrders() == before);                                // the store as it was
        QCOMPARE(syncValue(OrderSync::kLastReconcileKey), lastReconcile); // due again
        QVERIFY(syncValue(BulkReconciliation::kOperationKey).isEmpty());  // not to be resumed

        m_store->setFaultPlan({});
        const SyncResult again = sync(OrderSync::Mode::Reconcile);
        QVERIFY2(again.isOk(), qPrintable(again.userMessage() + u' ' + again.detail()));
        QCOMPARE(again.reconcileBulk, History::Read);
        QCOMPARE(m_store->bulkOperations().operationCount(), 2);
        verifyEqualToShop();
    }

    // The app's own threshold is the full sync's (250 open orders): a few hundred open orders
    // already cost far fewer points in bulk than paged.
    void theDefaultThresholdIsTheFullSyncs_data()
    {
        QTest::addColumn<int>("open");
        QTest::addColumn<bool>("bulk");
        QTest::newRow("200 open: paged") << 200 << false;
        QTest::newRow("300 open: in bulk") << 300 << true;
    }
    void theDefaultThresholdIsTheFullSyncs()
    {
        QFETCH(int, open);
        QFETCH(bool, bulk);
        QCOMPARE(OrderSync::kDefaultBulkThreshold, 250);
        startStore(0, 400, open);
        firstSync();
        QVERIFY2(bulk ? openOrderCount() > 250 : openOrderCount() <= 250,
                 qPrintable(QString::number(openOrderCount())));
        const SyncResult result = sync(OrderSync::Mode::Reconcile, kAppDefault);
        QVERIFY2(result.isOk(), qPrintable(result.userMessage() + u' ' + result.detail()));
        QCOMPARE(m_store->bulkOperations().operationCount(), bulk ? 1 : 0);
        QCOMPARE(result.reconcileBulk, bulk ? History::Read : History::NotRead);
        verifyEqualToShop();
    }

    // A bulk query refused for a field the app may not read would be refused every hour:
    // this reconciliation pages the open orders instead, and the local drift is mended.
    void aRefusedBulkQueryIsPagedInstead()
    {
        startStore(30);
        firstSync();
        m_store->advance(10min);
        QCOMPARE(makeLocalDrift().size(), 3);
        demostore::FaultPlan plan;
        plan.bulkEnd = demostore::FaultPlan::BulkEnd::Failed;
        plan.bulkErrorCode = u"ACCESS_DENIED"_s;
        m_store->setFaultPlan(plan);

        const SyncResult result = sync(OrderSync::Mode::Reconcile);
        QVERIFY2(result.isOk(), qPrintable(result.userMessage() + u' ' + result.detail()));
        QCOMPARE(result.reconcileBulk, History::NotRead); // paged
        QCOMPARE(m_store->bulkOperations().operationCount(), 1);
        QVERIFY(!syncValue(OrderSync::kLastReconcileKey).isEmpty());
        verifyEqualToShop();
    }

    void aResultThatExpiredIsToldAndAskedForNextTime()
    {
        startStore();
        firstSync();
        QCOMPARE(makeLocalDrift().size(), 3);
        const QList<Order> before = storedOrders();
        demostore::FaultPlan plan;
        plan.bulkResultLifetimeMs = 0; // gone the moment it is done
        m_store->setFaultPlan(plan);
        const SyncResult result = sync(OrderSync::Mode::Reconcile);
        QCOMPARE(result.reconcileBulk, History::Expired);
        QVERIFY(result.userMessage().contains(u"no longer available"_s));
        QVERIFY(storedOrders() == before);
        m_store->setFaultPlan({});
        const SyncResult again = sync(OrderSync::Mode::Reconcile);
        QVERIFY2(again.isOk(), qPrintable(again.userMessage() + u' ' + again.detail()));
        verifyEqualToShop();
    }

    void waitsForAnotherStationsBulkQuery()
    {
        startStore();
        firstSync();
        QCOMPARE(makeLocalDrift().size(), 3);
        demostore::FaultPlan plan;
        plan.bulkOtherRunning = true;
        plan.bulkOtherRunMs = 3000;
        m_store->setFaultPlan(plan);
        const SyncResult result = sync(OrderSync::Mode::Reconcile);
        QVERIFY2(result.isOk(), qPrintable(result.userMessage() + u' ' + result.detail()));
        QVERIFY(m_waited > 0);
        QCOMPARE(result.reconcileBulk, History::Read);
        verifyEqualToShop();
    }

    void aBrokenDownloadIsRestarted()
    {
        startStore();
        firstSync();
        QCOMPARE(makeLocalDrift().size(), 3);
        demostore::FaultPlan plan;
        plan.bulkBrokenDownloads = 1;
        m_store->setFaultPlan(plan);
        const SyncResult result = sync(OrderSync::Mode::Reconcile);
        QVERIFY2(result.isOk(), qPrintable(result.userMessage() + u' ' + result.detail()));
        QVERIFY(m_store->bulkOperations().downloadCount() >= 2);
        QCOMPARE(m_store->bulkOperations().operationCount(), 1);
        verifyEqualToShop();
    }

    // A download that keeps breaking: told, the store as it was, and the next reconciliation
    // picks up the same bulk query (kept apart from the history's, which a full sync uses).
    void aBrokenOffReconciliationResumesItsBulkQuery()
    {
        startStore(30);
        firstSync();
        m_store->advance(10min);
        QCOMPARE(makeLocalDrift().size(), 3);
        const QList<Order> before = storedOrders();
        demostore::FaultPlan plan;
        plan.bulkBrokenDownloads = 1000; // every try of this reconciliation breaks off
        m_store->setFaultPlan(plan);
        const SyncResult result = sync(OrderSync::Mode::Reconcile);
        QCOMPARE(result.reconcileBulk, History::DownloadBroken);
        QVERIFY(!result.userMessage().isEmpty());
        QVERIFY(storedOrders() == before);
        QVERIFY(!syncValue(BulkReconciliation::kOperationKey).isEmpty());
        QVERIFY(syncValue(OrderSync::kBulkOperationKey).isEmpty());

        m_store->setFaultPlan({});
        const SyncResult again = sync(OrderSync::Mode::Reconcile);
        QVERIFY2(again.isOk(), qPrintable(again.userMessage() + u' ' + again.detail()));
        QCOMPARE(m_store->bulkOperations().operationCount(), 1); // the same one, resumed
        verifyEqualToShop();
        QVERIFY(syncValue(BulkReconciliation::kOperationKey).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBulkReconcile)
#include "tst_bulkreconcile.moc"
