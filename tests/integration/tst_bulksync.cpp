#include "core/demostore/DemoStore.h"
#include "core/shopify/ShopifyClient.h"
#include "core/storage/Database.h"
#include "core/storage/OrderBook.h"
#include "core/sync/OrderSync.h"

#include "tests/testlib/CliProcess.h"
#include "tests/testlib/StoreComparison.h"
#include "tests/testlib/SyncRuns.h"

#include <QHash>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using History = SyncResult::History;

// A big shop's first sync against the demo store: the open orders first, then the history
// through a bulk query stored while it downloads, and every way the bulk query can end. Each
// end leaves the local store with whole orders only, tells the user what happened, and the
// next sync makes the local store equal the shop order by order.
class TestBulkSync final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<OrderBook> m_book;
    QNetworkAccessManager m_network;
    std::unique_ptr<demostore::DemoStore> m_store;
    int m_openOrdersShown = -1;   // the local store's orders when the open ones were stored
    int m_listedShown = -1;       // ... when the open orders were listed
    int m_pendingWhenListed = -1; // ... of those, the ones with their items still to come
    int m_bulkThreshold = 100;    // a "big" shop of 300 orders

    static constexpr int kOrders = 300;
    static constexpr int kAppDefault = -1; // m_bulkThreshold: the app's own threshold

    void startStore(const demostore::FaultPlan &faults = {}, int orders = kOrders)
    {
        demostore::DemoStoreConfig c;
        c.seed = 11;
        c.orderCount = orders;
        // Made a minute early and moved on: the newest orders get their fulfillment orders
        // seconds after they are placed, and a shop that changes while a slow (sanitizer)
        // run syncs would differ from the store for a reason that is not the sync's.
        c.now = QDateTime(QDate(2026, 11, 26), QTime(11, 59), Qt::UTC);
        c.accessToken = u"test-token"_s;
        c.throttling = false;
        c.faults = faults;
        m_store = std::make_unique<demostore::DemoStore>(c);
        m_store->advance(60s);
        QVERIFY(m_store->data().pendingRoutings.isEmpty());
        QVERIFY(m_store->start());
    }

    SyncResult sync(OrderSync::Mode mode = OrderSync::Mode::Automatic)
    {
        ShopifyClient client(&m_network);
        client.setShop(ShopAddress::fromUrl(m_store->url()));
        client.setAccessToken(u"test-token"_s);
        OrderSync orderSync(&client, m_book.get());
        if (m_bulkThreshold != kAppDefault)
            orderSync.setBulkThreshold(m_bulkThreshold);
        orderSync.setBulkPollInterval(10ms, 50ms);
        orderSync.setBulkBatchSize(40);
        m_openOrdersShown = -1;
        m_listedShown = -1;
        m_pendingWhenListed = -1;
        connect(&orderSync, &OrderSync::openOrdersStored, this, [this] {
            m_openOrdersShown = m_book->count();
        });
        connect(&orderSync, &OrderSync::openOrdersListed, this, [this] {
            m_listedShown = m_book->count();
            m_pendingWhenListed = pendingCount();
        });
        QSignalSpy waiting(&orderSync, &OrderSync::historyWaiting);
        const SyncResult result = SyncRuns::run(&orderSync, mode);
        m_waited = waiting.count();
        return result;
    }
    int m_waited = 0;

    int pendingCount() const
    {
        int pending = 0;
        for (int row = 0; row < m_book->count(); ++row)
            pending += m_book->at(row).detailsPending ? 1 : 0;
        return pending;
    }

    int openOrderCount() const
    {
        int open = 0;
        for (const auto &order : m_store->data().orders)
            open += order.isClosed() ? 0 : 1;
        return open;
    }

    QString watermark() const
    {
        QString value;
        m_book->syncValue(QString::fromLatin1(OrderSync::kWatermarkKey), &value);
        return value;
    }

    // The local store against the shop, order by order. A closed order read in bulk has its
    // fulfillment orders without their lines (a bulk query nests two connections deep).
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
            QJsonObject expected = m_store->orderJson(i);
            const QString id = expected[u"id"].toString();
            if (!byId.contains(id)) {
                problems += id + u" missing; "_s;
                continue;
            }
            Order stored = byId.value(id);
            if (m_store->data().orders[i].isClosed() && stored.fulfillmentOrders.size()) {
                QJsonArray fos = expected[u"fulfillmentOrders"].toArray();
                for (int f = 0; f < fos.size(); ++f) {
                    QJsonObject fo = fos[f].toObject();
                    if (stored.fulfillmentOrders.value(f).lineItems.isEmpty())
                        fo.insert(u"lineItems"_s, QJsonArray());
                    fos[f] = fo;
                }
                expected.insert(u"fulfillmentOrders"_s, fos);
            }
            const QString difference = orderDifferences(stored, expected);
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

    void verifyFinishesNextTime()
    {
        m_store->setFaultPlan({});
        const SyncResult again = sync();
        QVERIFY2(again.isOk(), qPrintable(again.userMessage() + u' ' + again.detail()));
        QCOMPARE(again.history, History::Read);
        verifyEqualToShop();
        QVERIFY(!watermark().isEmpty());
    }

private slots:
    void init()
    {
        QFile::remove(m_dir.filePath(u"bulk.sqlite"_s));
        m_bulkThreshold = 100;
        m_db = std::make_unique<Database>();
        QVERIFY(!m_db->open(m_dir.filePath(u"bulk.sqlite"_s)).isError());
        m_book = std::make_unique<OrderBook>(m_db->connection());
        QVERIFY(!m_book->load().isError());
    }
    void cleanup()
    {
        m_store.reset();
        m_book.reset();
        m_db.reset();
    }

    void openOrdersFirstThenTheHistory()
    {
        startStore();
        const SyncResult result = sync();
        QVERIFY2(result.isOk(), qPrintable(result.userMessage() + u' ' + result.detail()));
        // The open orders were listed first, their items still to come, then stored whole
        // before any of the history.
        QCOMPARE(m_listedShown, openOrderCount());
        QCOMPARE(m_pendingWhenListed, openOrderCount());
        QCOMPARE(m_openOrdersShown, openOrderCount());
        QCOMPARE(pendingCount(), 0);
        QCOMPARE(result.openOrderCount, openOrderCount());
        QCOMPARE(result.history, History::Read);
        QCOMPARE(result.historyStored, qint64(kOrders - openOrderCount()));
        QCOMPARE(result.orderCount, kOrders);
        QVERIFY(result.userMessage().isEmpty());
        verifyEqualToShop();
        QVERIFY(!watermark().isEmpty());
        QString bulkId;
        m_book->syncValue(QString::fromLatin1(OrderSync::kBulkOperationKey), &bulkId);
        QVERIFY(bulkId.isEmpty());
    }

    // Below the bulk threshold the sync pages everything, but lists the open orders first all
    // the same: a small shop's packers see them within seconds too.
    void aSmallShopListsItsOpenOrdersFirst()
    {
        m_bulkThreshold = 1000;
        startStore();
        const SyncResult result = sync();
        QVERIFY2(result.isOk(), qPrintable(result.userMessage() + u' ' + result.detail()));
        QCOMPARE(m_listedShown, openOrderCount());
        QCOMPARE(m_pendingWhenListed, openOrderCount());
        QCOMPARE(m_openOrdersShown, -1); // no bulk part
        QCOMPARE(result.history, History::NotRead);
        QCOMPARE(m_store->bulkOperations().operationCount(), 0);
        QCOMPARE(pendingCount(), 0);
        verifyEqualToShop();
    }

    // The app's own threshold: a shop of a few hundred orders already reads its history in
    // bulk (paging it would keep a new shop waiting minutes), one of 250 or fewer is paged.
    void theDefaultThresholdSendsAFewHundredOrdersToBulk_data()
    {
        QTest::addColumn<int>("orders");
        QTest::addColumn<bool>("bulk");
        QTest::newRow("at the threshold: paged") << OrderSync::kDefaultBulkThreshold << false;
        QTest::newRow("one more: in bulk") << OrderSync::kDefaultBulkThreshold + 1 << true;
    }
    void theDefaultThresholdSendsAFewHundredOrdersToBulk()
    {
        QFETCH(int, orders);
        QFETCH(bool, bulk);
        QCOMPARE(OrderSync::kDefaultBulkThreshold, 250);
        m_bulkThreshold = kAppDefault;
        startStore({}, orders);
        const SyncResult result = sync(OrderSync::Mode::Full);
        QVERIFY2(result.isOk(), qPrintable(result.userMessage() + u' ' + result.detail()));
        QCOMPARE(m_store->bulkOperations().operationCount(), bulk ? 1 : 0);
        QCOMPARE(result.history, bulk ? History::Read : History::NotRead);
        QCOMPARE(m_openOrdersShown, bulk ? openOrderCount() : -1);
        QCOMPARE(result.orderCount, orders);
        verifyEqualToShop();
    }

    // A full sync of a store that has the orders lists none of them again: a listed row
    // never replaces one read whole.
    void aSecondFullSyncKeepsWholeOrders()
    {
        startStore();
        QVERIFY(sync().isOk());
        m_bulkThreshold = 1000;
        const SyncResult again = sync(OrderSync::Mode::Full);
        QVERIFY2(again.isOk(), qPrintable(again.userMessage() + u' ' + again.detail()));
        QCOMPARE(m_listedShown, kOrders);
        QCOMPARE(m_pendingWhenListed, 0);
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
        demostore::FaultPlan plan;
        plan.bulkEnd = demostore::FaultPlan::BulkEnd(end);
        plan.bulkErrorCode = errorCode;
        startStore(plan);
        const SyncResult result = sync();
        QVERIFY(!result.isOk());
        QCOMPARE(int(result.history), history);
        QCOMPARE(result.historyErrorCode, errorCode);
        // The user is told, and what is stored is the open orders, each whole.
        QVERIFY(!result.userMessage().isEmpty());
        QCOMPARE(m_book->count(), openOrderCount());
        QCOMPARE(result.openOrderCount, openOrderCount());
        QVERIFY(watermark().isEmpty()); // the next sync is a full one again
        verifyFinishesNextTime();
    }

    // Shopify refuses a bulk query that names a field the app may not read (a shop that did
    // not grant its customers' data), and would refuse it every time: the history is paged
    // instead, in the same sync, each page stored as it comes.
    void aRefusedBulkQueryIsPagedInstead()
    {
        demostore::FaultPlan plan;
        plan.bulkEnd = demostore::FaultPlan::BulkEnd::Failed;
        plan.bulkErrorCode = u"ACCESS_DENIED"_s;
        plan.bulkEndsAt = 0.5;
        startStore(plan);
        const SyncResult result = sync();
        QVERIFY2(result.isOk(), qPrintable(result.userMessage() + u' ' + result.detail()));
        QCOMPARE(result.history, History::Read);
        QCOMPARE(m_store->bulkOperations().operationCount(), 1); // not asked again
        QCOMPARE(m_openOrdersShown, openOrderCount());
        QCOMPARE(result.historyStored, qint64(kOrders - openOrderCount()));
        QCOMPARE(result.orderCount, kOrders);
        QVERIFY(!watermark().isEmpty());
        // Paged, the closed orders come with their fulfillment order lines too.
        QList<Order> local;
        QVERIFY(!m_book->allOrders(&local).isError());
        int withLines = 0;
        int closedWithLines = 0; // none when read in bulk
        for (const Order &order : std::as_const(local)) {
            for (const FulfillmentOrder &fo : order.fulfillmentOrders) {
                withLines += fo.lineItems.isEmpty() ? 0 : 1;
                closedWithLines += order.closed && !fo.lineItems.isEmpty() ? 1 : 0;
            }
        }
        QVERIFY(closedWithLines > 0);
        int shopWithLines = 0;
        for (int i = 0; i < m_store->data().orders.size(); ++i) {
            for (const QJsonValue fo : m_store->orderJson(i)[u"fulfillmentOrders"].toArray())
                shopWithLines += fo[u"lineItems"].toArray().isEmpty() ? 0 : 1;
        }
        QCOMPARE(withLines, shopWithLines);
        verifyEqualToShop();
    }

    void aResultThatExpiredIsAskedForAgainOnce()
    {
        demostore::FaultPlan plan;
        plan.bulkResultLifetimeMs = 0; // gone the moment it is done
        startStore(plan);
        const SyncResult result = sync();
        QCOMPARE(result.history, History::Expired);
        QVERIFY(result.userMessage().contains(u"no longer available"_s));
        QCOMPARE(m_book->count(), openOrderCount());
        verifyFinishesNextTime();
    }

    void waitsForAnotherStationsBulkQuery()
    {
        demostore::FaultPlan plan;
        plan.bulkOtherRunning = true;
        plan.bulkOtherRunMs = 300;
        startStore(plan);
        const SyncResult result = sync();
        QVERIFY2(result.isOk(), qPrintable(result.userMessage()));
        QVERIFY(m_waited > 0);
        verifyEqualToShop();
    }

    void aBrokenDownloadIsRestarted()
    {
        demostore::FaultPlan plan;
        plan.bulkBrokenDownloads = 1;
        startStore(plan);
        const SyncResult result = sync();
        QVERIFY2(result.isOk(), qPrintable(result.userMessage()));
        QVERIFY(m_store->bulkOperations().downloadCount() >= 2);
        verifyEqualToShop();
    }

    void aNetworkCutDuringTheDownloadIsFinishedNextTime()
    {
        demostore::FaultPlan plan;
        plan.bulkBrokenDownloads = 1000; // every try of this sync breaks off
        startStore(plan);
        const SyncResult result = sync();
        QCOMPARE(result.history, History::DownloadBroken);
        QVERIFY(!result.userMessage().isEmpty());
        QVERIFY(watermark().isEmpty());
        // Whole orders only: every stored one equals the shop's.
        QList<Order> local;
        QVERIFY(!m_book->allOrders(&local).isError());
        QVERIFY(local.size() >= openOrderCount());
        // The next start picks up the same bulk query and its file.
        QString bulkId;
        m_book->syncValue(QString::fromLatin1(OrderSync::kBulkOperationKey), &bulkId);
        QVERIFY(!bulkId.isEmpty());
        verifyFinishesNextTime();
        QCOMPARE(m_store->bulkOperations().operationCount(), 1); // no new bulk query
    }

    // smidig-cli killed (SIGKILL) while the history streams into the store: the next start
    // finishes the job, and the local store equals the shop order by order.
    void killedDuringTheDownloadIsFinishedByTheNextStart()
    {
        startStore({}, 3000); // well above the command line's bulk threshold (250)
        QTemporaryDir home;
        CliProcess cli(QStringLiteral(SMIDIG_CLI_PATH), home.path());
        cli.setShop(m_store->url(), u"test-token"_s);
        cli.setDatabase(m_dir.filePath(u"bulk.sqlite"_s));
        const int open = openOrderCount();
        auto storedOrders = [this] {
            QSqlQuery query(m_db->connection());
            return query.exec(u"SELECT COUNT(*) FROM orders"_s) && query.next()
                       ? query.value(0).toInt()
                       : -1;
        };
        // The store serves from this thread: every wait below runs its event loop.
        std::unique_ptr<QProcess> process = cli.start({u"sync"_s});
        // Killed once some of the history is stored and before the sync is done.
        QVERIFY(QTest::qWaitFor(
            [&] { return storedOrders() > open || process->state() == QProcess::NotRunning; },
            120000));
        QVERIFY2(process->state() == QProcess::Running, "the sync ended before the moment came");
        process->kill();
        QVERIFY(process->waitForFinished());
        qInfo("killed with %d of 3000 orders stored (%d open)", storedOrders(), open);
        QVERIFY(watermark().isEmpty());

        std::unique_ptr<QProcess> next = cli.start({u"sync"_s});
        QVERIFY(QTest::qWaitFor([&] { return next->state() == QProcess::NotRunning; }, 120000));
        QVERIFY2(next->exitStatus() == QProcess::NormalExit && next->exitCode() == 0,
                 next->readAllStandardError().right(3000).constData());
        m_book = std::make_unique<OrderBook>(m_db->connection());
        QVERIFY(!m_book->load().isError());
        verifyEqualToShop();
        QVERIFY(!watermark().isEmpty());
        QCOMPARE(m_store->bulkOperations().operationCount(), 1); // the same bulk query, resumed
    }
};

QTEST_GUILESS_MAIN(TestBulkSync)
#include "tst_bulksync.moc"
