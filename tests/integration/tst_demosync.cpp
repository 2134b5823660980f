#include "core/demostore/DemoStore.h"
#include "core/shopify/ShopifyClient.h"
#include "core/shopify/ShopifyReply.h"
#include "core/storage/Database.h"
#include "core/storage/OrderBook.h"
#include "core/sync/OrderSync.h"

#include "tests/testlib/CannedHttpServer.h"
#include "tests/testlib/StoreComparison.h"

#include <QEventLoop>
#include <QHash>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

// The client, the sync and the local store against the demo store over real HTTP on
// loopback: what a sync leaves in the store, how it paces itself, and what a shop that
// answers nonsense does to it (nothing).
class TestDemoSync final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<OrderBook> m_book;
    QNetworkAccessManager m_network;

    static demostore::DemoStoreConfig config(int orders, quint64 seed = 7)
    {
        demostore::DemoStoreConfig c;
        c.seed = seed;
        c.orderCount = orders;
        c.now = QDateTime(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);
        c.accessToken = u"test-token"_s;
        // Tests of what is stored do not wait for the bucket; the pacing has tests of its own
        // with small, slow buckets.
        c.throttling = false;
        return c;
    }

    SyncResult sync(const QUrl &shop,
                    const QString &token = u"test-token"_s,
                    ShopifyClient **clientOut = nullptr,
                    OrderSync::Mode mode = OrderSync::Mode::Automatic)
    {
        auto *client = new ShopifyClient(&m_network, this);
        client->setShop(ShopAddress::fromUrl(shop));
        client->setAccessToken(token);
        OrderSync orderSync(client, m_book.get());
        // The paged path, whose copy of every order is whole; the bulk path (closed orders
        // without their fulfillment order lines) is tst_bulksync's.
        orderSync.setBulkThreshold(0);
        SyncResult result; // a sync that never ends fails, it does not pass
        result.shopError.kind = ShopifyError::Kind::Timeout;
        result.shopError.detail = u"the sync did not finish within 180 s"_s;
        QEventLoop loop;
        connect(&orderSync, &OrderSync::finished, &loop, [&](const SyncResult &r) {
            result = r;
            loop.quit();
        });
        QTimer::singleShot(180000, &loop, &QEventLoop::quit);
        orderSync.start(mode);
        loop.exec();
        if (clientOut)
            *clientOut = client;
        else
            client->deleteLater();
        return result;
    }

    // Rows in a fixed order: the book's order in memory is its own business.
    static QList<OrderSummary> sorted(QList<OrderSummary> rows)
    {
        std::sort(rows.begin(), rows.end(), [](const OrderSummary &a, const OrderSummary &b) {
            return a.id < b.id;
        });
        return rows;
    }

    QList<OrderSummary> memoryRows() const { return sorted(m_book->rows()); }

    // The local store's orders, read back from the database by a second reader.
    QList<OrderSummary> storedRows()
    {
        OrderBook reader(m_db->connection());
        if (reader.load().isError())
            return {};
        return sorted(reader.rows());
    }

private slots:
    void init()
    {
        QFile::remove(m_dir.filePath(u"sync.sqlite"_s));
        m_db = std::make_unique<Database>();
        QVERIFY(!m_db->open(m_dir.filePath(u"sync.sqlite"_s)).isError());
        m_book = std::make_unique<OrderBook>(m_db->connection());
        QVERIFY(!m_book->load().isError());
    }
    void cleanup()
    {
        m_book.reset();
        m_db.reset();
    }

    void syncStoresExactlyTheStoresOrders()
    {
        demostore::DemoStore store(config(300));
        QVERIFY(store.start());
        const SyncResult result = sync(store.url());
        QVERIFY2(result.isOk(), qPrintable(result.userMessage() + u' ' + result.shopError.detail));
        QCOMPARE(result.orderCount, 300);
        QCOMPARE(m_book->count(), 300);
        // Paced by the bucket: never refused.
        QCOMPARE(store.throttledCount(), 0);
        QCOMPARE(store.maxCostExceededCount(), 0);

        QList<Order> local;
        QVERIFY(!m_book->allOrders(&local).isError());
        QHash<QString, Order> byId;
        for (const Order &order : std::as_const(local))
            byId.insert(order.id, order);
        QCOMPARE(byId.size(), 300);
        for (int i = 0; i < 300; ++i) {
            const QJsonObject expected = store.orderJson(i);
            const QString id = expected[u"id"].toString();
            QVERIFY2(byId.contains(id), qPrintable(id));
            const QString problems = orderDifferences(byId.value(id), expected);
            QVERIFY2(problems.isEmpty(),
                     qPrintable(expected[u"name"].toString() + u": "_s + problems));
        }
        QCOMPARE(storedRows(), memoryRows());
    }

    void aSecondSyncDropsWhatTheShopNoLongerHas()
    {
        {
            demostore::DemoStore store(config(120, 7));
            QVERIFY(store.start());
            QVERIFY(sync(store.url()).isOk());
            QCOMPARE(m_book->count(), 120);
        }
        // Only a full sync can tell what is gone; an incremental one sees just what changed.
        demostore::DemoStore other(config(40, 8));
        QVERIFY(other.start());
        const SyncResult result = sync(other.url(), u"test-token"_s, nullptr, OrderSync::Mode::Full);
        QVERIFY(result.isOk());
        QCOMPARE(m_book->count(), 40);
        QSet<QString> expected;
        for (int i = 0; i < 40; ++i)
            expected.insert(other.orderJson(i)[u"id"].toString());
        QSet<QString> stored;
        for (const OrderSummary &row : storedRows())
            stored.insert(row.id);
        QCOMPARE(stored, expected);
    }

    void aSmallBucketIsNeverOverdrawn()
    {
        demostore::DemoStoreConfig small = config(60);
        small.throttling = true;
        small.bucketSize = 400; // below one default page's price
        small.restoreRate = 400;
        demostore::DemoStore store(small);
        QVERIFY(store.start());
        const SyncResult result = sync(store.url());
        QVERIFY2(result.isOk(), qPrintable(result.shopError.detail));
        QCOMPARE(m_book->count(), 60);
        QCOMPARE(store.throttledCount(), 0);
        QCOMPARE(store.maxCostExceededCount(), 0);
    }

    void waitsOutABucketSomeoneElseEmptied()
    {
        demostore::DemoStoreConfig busy = config(300);
        busy.throttling = true;
        busy.bucketSize = 1000;
        busy.restoreRate = 400;
        demostore::DemoStore store(busy);
        QVERIFY(store.start());
        // Another app on the same shop empties the bucket. The client's first request cannot
        // know: it is throttled, waits for the bucket as Shopify's answer says, and goes on.
        const QByteArray drain
            = "{\"query\":\"query Drain { orders(first: 250) { nodes { id } } }\"}";
        for (int i = 0; i < 4; ++i)
            store.post(drain);
        ShopifyClient client(&m_network);
        client.setShop(ShopAddress::fromUrl(store.url()));
        client.setAccessToken(u"test-token"_s);
        const GraphqlOperation orders = GraphqlOperation::load(u":/graphql/orders.graphql"_s,
                                                               u"Orders"_s);
        QVERIFY2(orders.isValid(), qPrintable(orders.problem()));
        std::unique_ptr<ShopifyReply> reply(client.send(orders,
                                                        {{u"first"_s, 7},
                                                         {u"lineItems"_s, 8},
                                                         {u"fulfillmentOrders"_s, 3},
                                                         {u"fulfillmentOrderLineItems"_s, 8},
                                                         {u"fulfillments"_s, 3},
                                                         {u"trackingInfo"_s, 2}}));
        QSignalSpy finished(reply.get(), &ShopifyReply::finished);
        QVERIFY(finished.wait(30000));
        QVERIFY2(reply->isOk(), qPrintable(reply->error().detail));
        QCOMPARE(reply->data()[u"orders"][u"nodes"].toArray().size(), 7);
        QVERIFY(reply->throttledCount() >= 1);
        QCOMPARE(client.throttledCount(), reply->throttledCount());
    }

    void aWrongTokenIsRefusedAndChangesNothing()
    {
        demostore::DemoStore store(config(20));
        QVERIFY(store.start());
        QVERIFY(sync(store.url()).isOk());
        const QList<OrderSummary> before = memoryRows();
        const SyncResult result = sync(store.url(), u"revoked-token"_s);
        QCOMPARE(result.shopError.kind, ShopifyError::Kind::Unauthorized);
        QVERIFY(result.userMessage().contains(u"token"_s));
        QCOMPARE(memoryRows(), before);
        QCOMPARE(storedRows(), before);
    }

    void badAnswersChangeNothing_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("drop");
        QTest::addColumn<int>("kind");
        const QByteArray html = "<html><body><h1>502 Bad Gateway</h1></body></html>";
        QTest::newRow("html error page")
            << u"OrdersCount"_s << 502 << html << false << int(ShopifyError::Kind::ServerError);
        QTest::newRow("html with 200")
            << u"OrdersCount"_s << 200 << html << false << int(ShopifyError::Kind::BadResponse);
        QTest::newRow("truncated json")
            << u"Orders"_s << 200
            << QByteArray("{\"data\":{\"orders\":{\"nodes\":[{\"id\":\"gid://") << false
            << int(ShopifyError::Kind::BadResponse);
        QTest::newRow("wrong types")
            << u"Orders"_s << 200
            << QByteArray("{\"data\":{\"orders\":{\"nodes\":[{\"id\":42}],\"pageInfo\":{"
                          "\"hasNextPage\":false,\"endCursor\":null}}}}")
            << false << int(ShopifyError::Kind::BadResponse);
        QTest::newRow("no data") << u"Orders"_s << 200 << QByteArray("{\"extensions\":{}}") << false
                                 << int(ShopifyError::Kind::BadResponse);
        QTest::newRow("graphql error")
            << u"Orders"_s << 200
            << QByteArray("{\"errors\":[{\"message\":\"Field x does not exist on type "
                          "Order\",\"extensions\":{\"code\":\"undefinedField\"}}]}")
            << false << int(ShopifyError::Kind::GraphqlError);
        QTest::newRow("access denied")
            << u"Orders"_s << 200
            << QByteArray("{\"errors\":[{\"message\":\"Access denied for orders "
                          "field.\",\"extensions\":{\"code\":\"ACCESS_DENIED\"}}]}")
            << false << int(ShopifyError::Kind::AccessDenied);
        QTest::newRow("401") << u"*"_s << 401
                             << QByteArray("{\"errors\":\"[API] Invalid API key or access token\"}")
                             << false << int(ShopifyError::Kind::Unauthorized);
        QTest::newRow("402") << u"*"_s << 402 << QByteArray("{\"errors\":\"Unavailable Shop\"}")
                             << false << int(ShopifyError::Kind::PaymentRequired);
        QTest::newRow("403") << u"*"_s << 403 << QByteArray("{\"errors\":\"Forbidden\"}") << false
                             << int(ShopifyError::Kind::Forbidden);
        QTest::newRow("404") << u"*"_s << 404 << QByteArray("{\"errors\":\"Not Found\"}") << false
                             << int(ShopifyError::Kind::NotFound);
        QTest::newRow("423") << u"*"_s << 423
                             << QByteArray("{\"errors\":\"This shop is unavailable\"}") << false
                             << int(ShopifyError::Kind::Locked);
        QTest::newRow("503") << u"*"_s << 503 << QByteArray("Service Unavailable") << false
                             << int(ShopifyError::Kind::ServerError);
        QTest::newRow("dropped connection")
            << u"Orders"_s << 0 << QByteArray() << true << int(ShopifyError::Kind::Network);
    }
    void badAnswersChangeNothing()
    {
        QFETCH(QString, operation);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(bool, drop);
        QFETCH(int, kind);

        demostore::DemoStore store(config(25));
        QVERIFY(store.start());
        QVERIFY(sync(store.url()).isOk());
        const QList<OrderSummary> before = memoryRows();
        QCOMPARE(before.size(), 25);

        CannedHttpServer shop;
        shop.setAnswer(u"OrdersCount"_s,
                       {200,
                        "application/json",
                        "{\"data\":{\"ordersCount\":{\"count\":25,\"precision\":\"EXACT\"},"
                        "\"currentAppInstallation\":{\"accessScopes\":[]}}}",
                        false});
        shop.setAnswer(operation,
                       {status, body.startsWith('<') ? "text/html" : "application/json", body, drop});
        const SyncResult result = sync(shop.url());
        QCOMPARE(int(result.shopError.kind), kind);
        // The first words the person reads for each kind (tst_usermessages has them whole).
        using Kind = ShopifyError::Kind;
        const QHash<int, QString> words{
            {int(Kind::ServerError), u"Shopify has a problem on its side (server error)."_s},
            {int(Kind::BadResponse),
             u"The shop sent an answer Smidig does not understand, so "
             "nothing was changed."_s},
            {int(Kind::GraphqlError),
             u"Shopify could not carry out the request: Field x does not exist on type Order"_s},
            {int(Kind::AccessDenied), u"Access denied: the app lacks an access scope"_s},
            {int(Kind::Unauthorized), u"The shop refused the access token"_s},
            {int(Kind::PaymentRequired), u"The shop is frozen because of unpaid Shopify bills."_s},
            {int(Kind::Forbidden), u"The app is not allowed to do this"_s},
            {int(Kind::NotFound), u"There is no shop at this address."_s},
            {int(Kind::Locked), u"The shop is locked by Shopify."_s},
            {int(Kind::Network), u"Could not reach the shop."_s}};
        QVERIFY2(words.contains(kind), "a row whose words are not written out here");
        QVERIFY2(result.userMessage().startsWith(words.value(kind)),
                 qPrintable(result.userMessage()));
        QCOMPARE(memoryRows(), before);
        QCOMPARE(storedRows(), before);
    }
};

QTEST_GUILESS_MAIN(TestDemoSync)
#include "tst_demosync.moc"
