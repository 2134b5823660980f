// Shopify's prices are not the client's estimate: Shopify may cost fields as it likes, and
// prices and charges by its own figure. Against a demo store that charges more than the
// published rules (its price factor), the client learns Shopify's figure from the first answer
// of each operation (or its first refusal) and plans with it: a sync of hundreds of orders
// and an inventory read finish with at most one MAX_COST_EXCEEDED per operation, none after,
// and no THROTTLED at all; every kind of read recovers from a refusal.

#include "core/demostore/DemoStore.h"
#include "core/fulfillment/FulfillmentDesk.h"
#include "core/outbox/Outbox.h"
#include "core/outbox/OutboxSender.h"
#include "core/shopify/OrderCompleter.h"
#include "core/shopify/OrderParser.h"
#include "core/shopify/ShopifyClient.h"
#include "core/shopify/ShopifyReply.h"
#include "core/stock/InventorySync.h"
#include "core/storage/Database.h"
#include "core/storage/InventoryBook.h"
#include "core/storage/OrderBook.h"
#include "core/sync/OrderSync.h"

#include "tests/testlib/SyncRuns.h"

#include "tests/testlib/StoreComparison.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

class TestCostLearning final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<OrderBook> m_book;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ShopifyClient> m_client;

    static demostore::DemoStoreConfig config(int orders, double priceFactor)
    {
        demostore::DemoStoreConfig c;
        c.seed = 9;
        c.orderCount = orders;
        c.now = QDateTime(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);
        c.accessToken = u"t"_s;
        c.priceFactor = priceFactor;
        c.throttling = false;
        return c;
    }

    void connectTo(const demostore::DemoStore &store)
    {
        m_client->setShop(ShopAddress::fromUrl(store.url()));
        m_client->setAccessToken(u"t"_s);
    }

    SyncResult sync(OrderSync::Mode mode = OrderSync::Mode::Full)
    {
        return SyncRuns::sync(m_client.get(), m_book.get(), mode);
    }

    InventorySyncResult readStock(InventoryBook *inventory)
    {
        return SyncRuns::readStock(m_client.get(), inventory);
    }

private slots:
    void init()
    {
        QFile::remove(m_dir.filePath(u"cost.sqlite"_s));
        m_db = std::make_unique<Database>();
        QVERIFY(!m_db->open(m_dir.filePath(u"cost.sqlite"_s)).isError());
        m_book = std::make_unique<OrderBook>(m_db->connection());
        QVERIFY(!m_book->load().isError());
        m_network = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<ShopifyClient>(m_network.get());
    }
    void cleanup()
    {
        m_client.reset();
        m_network.reset();
        m_book.reset();
        m_db.reset();
    }

    void syncsAndReadsStockAtShopifysPrices()
    {
        // Shopify charges 1.6 times the published price; the bucket holds little more than
        // one request's worth, so pacing by the estimate instead of the price would be
        // THROTTLED at once.
        demostore::DemoStoreConfig dear = config(300, 1.6);
        dear.throttling = true;
        dear.bucketSize = 1200;
        dear.restoreRate = 2000;
        demostore::DemoStore store(dear);
        QVERIFY(store.start());
        connectTo(store);

        const SyncResult synced = sync();
        QVERIFY2(synced.isOk(), qPrintable(synced.shopError.detail));
        QCOMPARE(m_book->count(), 300);
        // The count, the first request, tells the client the shop's prices: the orders pages
        // and the follow-ups (sent for the first time) are planned dearer from the start, at
        // most one refusal, never THROTTLED.
        QVERIFY2(store.maxCostExceededCount() <= 1,
                 qPrintable(QString::number(store.maxCostExceededCount())));
        QCOMPARE(store.throttledCount(), 0);
        QVERIFY(m_client->learnedCosts().factor(u"Orders"_s) >= 1.6);
        const int afterSync = store.maxCostExceededCount();

        // A stock read as the first request of a new client: the page its estimate allows is
        // refused once, then planned at Shopify's price.
        m_client = std::make_unique<ShopifyClient>(m_network.get());
        connectTo(store);
        InventoryBook inventory(m_db->connection());
        QVERIFY(!inventory.load().isError());
        const InventorySyncResult stock = readStock(&inventory);
        QVERIFY2(stock.isOk(), qPrintable(stock.shopError.detail + stock.storeError.detail));
        QVERIFY(stock.itemCount > 10);
        QVERIFY(stock.requestCount > 1); // several requests, each as large as the price allows
        QCOMPARE(store.maxCostExceededCount(), afterSync + 1);
        QCOMPARE(store.throttledCount(), 0);

        // Learnt for good: another sync and stock read go without a single refusal.
        QVERIFY(sync().isOk());
        QVERIFY(readStock(&inventory).isOk());
        QCOMPARE(store.maxCostExceededCount(), afterSync + 1);
        QCOMPARE(store.throttledCount(), 0);
        QCOMPARE(m_book->count(), 300);
    }

    void followUpsRecoverFromACostlyPage()
    {
        // 3 x the published price: a follow-up page of 100 line items (503 points published)
        // is refused, and asked for again in pages Shopify accepts.
        demostore::DemoStore store(config(60, 3));
        QVERIFY(store.start());
        connectTo(store);
        int index = -1;
        for (int i = 0; i < 60 && index < 0; ++i) {
            if (store.orderJson(i)[u"lineItems"].toArray().size() >= 3)
                index = i;
        }
        QVERIFY(index >= 0);
        const QJsonObject expected = store.orderJson(index);

        // The order read with one line item a page, so the rest must be followed up.
        OrderPageSizes small;
        small.lineItems = 1;
        small.fulfillmentOrderLineItems = 1;
        QJsonObject variables{{u"id"_s, expected[u"id"]}};
        small.addTo(variables);
        std::unique_ptr<ShopifyReply> reply(
            m_client->send(GraphqlOperation::load(u":/graphql/orders.graphql"_s, u"Order"_s),
                           variables));
        QSignalSpy read(reply.get(), &ShopifyReply::finished);
        QVERIFY(read.wait(20000));
        QVERIFY2(reply->isOk(), qPrintable(reply->error().detail));
        OrderOverflow overflow;
        const Parsed<std::optional<Order>> parsed = OrderParser::order(reply->data(),
                                                                       small,
                                                                       &overflow);
        QVERIFY(parsed.isOk() && parsed.value);
        QVERIFY(overflow.lineItems.hasNextPage);
        QCOMPARE(store.maxCostExceededCount(), 0);

        // A client that has not learnt the shop's prices yet completes it: its first follow-up
        // page is priced by the published rules alone.
        ShopifyClient fresh(m_network.get());
        fresh.setShop(ShopAddress::fromUrl(store.url()));
        fresh.setAccessToken(u"t"_s);
        OrderCompleter completer(&fresh, OrderPageSizes{});
        QSignalSpy finished(&completer, &OrderCompleter::finished);
        QSignalSpy failed(&completer, &OrderCompleter::failed);
        completer.complete({*parsed.value}, {overflow});
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 30000);
        QVERIFY2(failed.isEmpty(),
                 qPrintable(failed.isEmpty() ? QString()
                                             : failed.first().first().value<ShopifyError>().detail));
        const QList<Order> orders = finished.first().first().value<QList<Order>>();
        QCOMPARE(orders.size(), 1);
        const QString problems = orderDifferences(orders.first(), expected);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        // Refused once (at most once per follow-up operation), then completed.
        QVERIFY(store.maxCostExceededCount() >= 1);
        QVERIFY(store.maxCostExceededCount() <= 2);
    }

    void theOutboxCheckRecoversFromACostlyRead()
    {
        // Synced from a store at the published prices ...
        {
            demostore::DemoStore cheap(config(40, 1));
            QVERIFY(cheap.start());
            connectTo(cheap);
            QVERIFY(sync().isOk());
        }
        // ... the same shop (same seed, same orders) now charges 8 times as much, and drops
        // the answer to the next fulfilment, so the outbox must read the order to know: that
        // read (135 points published, 1080 charged) is refused, then made smaller.
        demostore::DemoStoreConfig dear = config(40, 8);
        dear.faults.dropAfterWorkRate = 1;
        dear.faults.faultLimit = 1;
        dear.faults.scope = demostore::FaultPlan::Scope::MutationsOnly;
        demostore::DemoStore store(dear);
        QVERIFY(store.start());
        m_client = std::make_unique<ShopifyClient>(m_network.get()); // nothing learnt yet
        connectTo(store);

        QString id;
        for (const OrderSummary &row : m_book->rows()) {
            if (row.fulfillmentStatusName == u"UNFULFILLED"_s && !row.cancelled && !row.closed) {
                id = row.id;
                break;
            }
        }
        QVERIFY(!id.isEmpty());
        Outbox outbox(m_db->connection(), m_book.get());
        outbox.setUndoWindow(std::chrono::milliseconds(0));
        QVERIFY(!outbox.load().isError());
        OutboxSender sender(&outbox, m_client.get());
        sender.setCheckDelay(std::chrono::milliseconds(100));
        FulfillmentDesk desk(m_book.get(), &outbox);
        const FulfillmentPlanner::Plan plan = desk.planWhole({id});
        QCOMPARE(plan.orderCount(), 1);
        QVERIFY(!desk.fulfill(plan.requests).isError());

        sender.start();
        QTRY_VERIFY_WITH_TIMEOUT(outbox.pendingCount() == 0, 60000);
        sender.stop();
        QStringList messages;
        for (const OutboxEntry &entry : outbox.entries())
            messages.append(entry.message);
        QVERIFY2(outbox.failedCount() == 0, qPrintable(messages.join(u'\n')));
        QCOMPARE(store.stats().droppedAfterWork.load(), qint64(1)); // the answer was lost ...
        QCOMPARE(store.fulfillmentsCreated(id), 1);                 // ... the work done once
        QVERIFY(store.maxCostExceededCount() >= 1); // the check was refused, then made
    }
};

QTEST_GUILESS_MAIN(TestCostLearning)
#include "tst_costlearning.moc"
