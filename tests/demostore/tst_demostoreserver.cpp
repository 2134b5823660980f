// The demo store over loopback with a real QNetworkAccessManager: paging, search, the cost
// bucket, HTTP errors, the thread runner and the standalone executable.

#include "core/demostore/DemoStore.h"
#include "core/demostore/DemoStoreThread.h"
#include "core/demostore/StoreJson.h"
#include "tests/testlib/DemoClient.h"

#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

#include <algorithm>
#include <memory>

using namespace demostore;

namespace {

const QDateTime kNow = QDateTime::fromString(QStringLiteral("2026-01-31T12:00:00Z"), Qt::ISODate);

DemoStoreConfig configWith(int orders = 300)
{
    DemoStoreConfig config;
    config.seed = 1;
    config.orderCount = orders;
    config.now = kNow;
    return config;
}

QJsonObject costOf(const DemoClient::Response &r)
{
    return r.json[QStringLiteral("extensions")][QStringLiteral("cost")].toObject();
}

double available(const DemoClient::Response &r)
{
    return costOf(r)[QStringLiteral("throttleStatus")][QStringLiteral("currentlyAvailable")]
        .toDouble();
}

QString firstMessage(const DemoClient::Response &r)
{
    return r.json[QStringLiteral("errors")][0][QStringLiteral("message")].toString();
}

} // namespace

class TestDemoStoreServer final : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void pagesThroughEveryOrderOnce_data();
    void pagesThroughEveryOrderOnce();
    void pagesBackwardsToo();
    void filtersWithTheQueryArgument_data();
    void filtersWithTheQueryArgument();
    void countsOrders();
    void looksUpSingleObjects();
    void throttlesWhenTheBucketIsEmpty();
    void refusesQueriesOverTheCostLimit();
    void bucketRestoresOverTimeAndRefundsUnusedCost();
    void unlimitedBucketNeverThrottles();
    void requiresTheConfiguredToken();
    void answersHttpErrorsLikeShopify();
    void refusesPagesOverTwoHundredFifty();
    void runsInItsOwnThread();
    void runsAsAStandaloneExecutable();
    void executableRefusesBadOptions();

private:
    DemoClient &startStore(const DemoStoreConfig &config);

    std::unique_ptr<DemoStore> m_store;
    std::unique_ptr<DemoClient> m_client;
};

DemoClient &TestDemoStoreServer::startStore(const DemoStoreConfig &config)
{
    m_client.reset();
    m_store = std::make_unique<DemoStore>(config);
    QString error;
    if (!m_store->start(&error))
        qFatal("the demo store did not start: %s", qPrintable(error));
    m_client = std::make_unique<DemoClient>(m_store->graphqlUrl());
    return *m_client;
}

void TestDemoStoreServer::cleanup()
{
    m_client.reset();
    m_store.reset();
}

void TestDemoStoreServer::pagesThroughEveryOrderOnce_data()
{
    QTest::addColumn<QString>("sortKey");
    QTest::addColumn<bool>("reverse");
    for (const char *key : {"UPDATED_AT", "CREATED_AT", "PROCESSED_AT", "ID", "ORDER_NUMBER"}) {
        QTest::addRow("%s", key) << QString::fromLatin1(key) << false;
        QTest::addRow("%s reversed", key) << QString::fromLatin1(key) << true;
    }
}

void TestDemoStoreServer::pagesThroughEveryOrderOnce()
{
    QFETCH(QString, sortKey);
    QFETCH(bool, reverse);
    DemoStoreConfig config = configWith();
    config.throttling = false;
    DemoClient &client = startStore(config);
    const QString query = QStringLiteral(
        "query P($after: String, $sortKey: OrderSortKeys, $reverse: Boolean) {"
        " orders(first: 37, after: $after, sortKey: $sortKey, reverse: $reverse) {"
        " nodes { id number createdAt updatedAt } pageInfo { hasNextPage hasPreviousPage endCursor "
        "} } }");
    QStringList ids;
    QList<QPair<QString, QString>> keys; // (sort value, id) in the order received
    QJsonValue after = QJsonValue::Null;
    for (int page = 0; page < 20; ++page) {
        const auto r = client.post(query,
                                   {{QStringLiteral("after"), after},
                                    {QStringLiteral("sortKey"), sortKey},
                                    {QStringLiteral("reverse"), reverse}});
        QCOMPARE(r.httpStatus, 200);
        const QJsonObject orders
            = r.json[QStringLiteral("data")][QStringLiteral("orders")].toObject();
        QVERIFY2(!orders.isEmpty(), r.body.constData());
        for (const auto &node : orders[QStringLiteral("nodes")].toArray()) {
            const QJsonObject o = node.toObject();
            ids.append(o[QStringLiteral("id")].toString());
            QString value
                = o[QStringLiteral("id")].toString().section(u'/', -1).rightJustified(20, u'0');
            if (sortKey == u"UPDATED_AT")
                value = o[QStringLiteral("updatedAt")].toString();
            else if (sortKey != u"ID")
                value = o[QStringLiteral("createdAt")]
                            .toString(); // same order as processed and number
            keys.append(
                {value,
                 o[QStringLiteral("id")].toString().section(u'/', -1).rightJustified(20, u'0')});
        }
        const QJsonObject info = orders[QStringLiteral("pageInfo")].toObject();
        QCOMPARE(info[QStringLiteral("hasPreviousPage")].toBool(), page > 0);
        if (!info[QStringLiteral("hasNextPage")].toBool())
            break;
        after = info[QStringLiteral("endCursor")];
    }
    QCOMPARE(ids.size(), 300);
    QSet<QString> expected;
    for (const auto &o : m_store->data().orders)
        expected.insert(StoreJson::gid(u"Order", o.id));
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()), expected);
    QList<QPair<QString, QString>> sorted = keys;
    std::sort(sorted.begin(), sorted.end());
    if (reverse)
        std::reverse(sorted.begin(), sorted.end());
    QCOMPARE(keys, sorted);
}

void TestDemoStoreServer::pagesBackwardsToo()
{
    DemoStoreConfig config = configWith();
    config.throttling = false;
    DemoClient &client = startStore(config);
    const QString query = QStringLiteral(
        "query P($before: String) { orders(last: 64, before: $before, sortKey: ORDER_NUMBER) {"
        " nodes { number } pageInfo { hasPreviousPage startCursor } } }");
    QList<int> numbers;
    QJsonValue before = QJsonValue::Null;
    for (int page = 0; page < 10; ++page) {
        const auto r = client.post(query, {{QStringLiteral("before"), before}});
        const QJsonObject orders
            = r.json[QStringLiteral("data")][QStringLiteral("orders")].toObject();
        QList<int> pageNumbers;
        for (const auto &node : orders[QStringLiteral("nodes")].toArray())
            pageNumbers.append(node[QStringLiteral("number")].toInt());
        numbers = pageNumbers + numbers;
        if (!orders[QStringLiteral("pageInfo")][QStringLiteral("hasPreviousPage")].toBool())
            break;
        before = orders[QStringLiteral("pageInfo")][QStringLiteral("startCursor")];
    }
    QCOMPARE(numbers.size(), 300);
    for (int i = 0; i < numbers.size(); ++i)
        QCOMPARE(numbers[i], 1001 + i);
}

void TestDemoStoreServer::filtersWithTheQueryArgument_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("kind"); // which predicate below gives the expected orders
    const qint64 threeDaysAgo = kNow.toSecsSinceEpoch() - 3 * 86400;
    QTest::newRow("updated since")
        << QStringLiteral("updated_at:>'%1'").arg(StoreJson::dateTime(threeDaysAgo)) << 0;
    QTest::newRow("created in a date range")
        << QStringLiteral("created_at:>=2026-01-20 AND created_at:<2026-01-25") << 1;
    QTest::newRow("cancelled") << QStringLiteral("status:cancelled") << 2;
    QTest::newRow("open") << QStringLiteral("status:open") << 3;
    QTest::newRow("not closed") << QStringLiteral("-status:closed") << 3;
    QTest::newRow("unshipped") << QStringLiteral("fulfillment_status:unshipped") << 4;
    QTest::newRow("unfulfilled") << QStringLiteral("fulfillment_status:unfulfilled") << 5;
    QTest::newRow("on hold or scheduled")
        << QStringLiteral("fulfillment_status:on_hold OR fulfillment_status:scheduled") << 6;
    QTest::newRow("shipped, unknown term ignored")
        << QStringLiteral("fulfillment_status:shipped colour:blue") << 7;
    QTest::newRow("free text") << QString::fromUtf8("Ødegaard") << 8;
    QTest::newRow("name") << QStringLiteral("name:#1005") << 9;
    QTest::newRow("paid and open") << QStringLiteral("financial_status:paid status:open") << 10;
}

void TestDemoStoreServer::filtersWithTheQueryArgument()
{
    QFETCH(QString, search);
    QFETCH(int, kind);
    DemoStoreConfig config = configWith();
    config.throttling = false;
    DemoClient &client = startStore(config);
    const qint64 threeDaysAgo = kNow.toSecsSinceEpoch() - 3 * 86400;
    const qint64 jan20 = QDateTime::fromString(QStringLiteral("2026-01-20T00:00:00Z"), Qt::ISODate)
                             .toSecsSinceEpoch();
    const qint64 jan25 = QDateTime::fromString(QStringLiteral("2026-01-25T00:00:00Z"), Qt::ISODate)
                             .toSecsSinceEpoch();
    using S = OrderFulfillmentStatus;
    auto expectedFor = [&](const Order &o) {
        const auto s = o.displayFulfillmentStatus;
        switch (kind) {
        case 0:
            return o.updatedAt > threeDaysAgo;
        case 1:
            return o.createdAt >= jan20 && o.createdAt < jan25;
        case 2:
            return o.isCancelled();
        case 3:
            return !o.isClosed() && !o.isCancelled();
        case 4:
            return s == S::Unfulfilled;
        case 5:
            return s == S::Unfulfilled || s == S::PartiallyFulfilled;
        case 6:
            return s == S::OnHold || s == S::Scheduled;
        case 7:
            return s == S::Fulfilled;
        case 8:
            return o.customer >= 0
                   && m_store->data().customers[o.customer].lastName
                          == QString::fromUtf8("Ødegaard");
        case 9:
            return o.number == 1005;
        case 10:
            return o.financialStatus == OrderFinancialStatus::Paid && !o.isClosed();
        }
        return false;
    };
    QSet<QString> expected;
    for (const auto &o : m_store->data().orders) {
        if (expectedFor(o))
            expected.insert(StoreJson::gid(u"Order", o.id));
    }
    QVERIFY2(!expected.isEmpty() && expected.size() < 300,
             qPrintable(QString::number(expected.size())));

    const auto r = client.post(
        QStringLiteral("query F($q: String) { orders(first: 250, query: $q) { nodes { id } "
                       "pageInfo { hasNextPage } } ordersCount(query: $q) { count precision } }"),
        {{QStringLiteral("q"), search}});
    const QJsonObject data = r.json[QStringLiteral("data")].toObject();
    QVERIFY2(!data.isEmpty(), r.body.constData());
    QVERIFY(
        !data[QStringLiteral("orders")][QStringLiteral("pageInfo")][QStringLiteral("hasNextPage")]
             .toBool());
    QSet<QString> found;
    for (const auto &node : data[QStringLiteral("orders")][QStringLiteral("nodes")].toArray())
        found.insert(node[QStringLiteral("id")].toString());
    QCOMPARE(found, expected);
    QCOMPARE(data[QStringLiteral("ordersCount")][QStringLiteral("count")].toInt(), expected.size());
    QCOMPARE(data[QStringLiteral("ordersCount")][QStringLiteral("precision")].toString(),
             QStringLiteral("EXACT"));
}

void TestDemoStoreServer::countsOrders()
{
    DemoClient &client = startStore(configWith());
    const auto r = client.post(QStringLiteral("{ all: ordersCount(limit: null) { count precision } "
                                              "capped: ordersCount(limit: 10) { count precision } "
                                              "byDefault: ordersCount { count precision } }"));
    QCOMPARE(r.json[QStringLiteral("data")].toObject(),
             QJsonDocument::fromJson(R"({"all":{"count":300,"precision":"EXACT"},)"
                                     R"("capped":{"count":10,"precision":"AT_LEAST"},)"
                                     R"("byDefault":{"count":300,"precision":"EXACT"}})")
                 .object());
}

void TestDemoStoreServer::looksUpSingleObjects()
{
    DemoClient &client = startStore(configWith());
    const Order &order = m_store->data().orders[41];
    const QString orderId = StoreJson::gid(u"Order", order.id);
    const QString foId = StoreJson::gid(u"FulfillmentOrder", order.fulfillmentOrders.first().id);
    const auto r = client.post(QStringLiteral(
                                   "query L($o: ID!, $f: ID!) { order(id: $o) { name } "
                                   "fulfillmentOrder(id: $f) { id order { name } } "
                                   "missing: order(id: \"gid://shopify/Order/1\") { name } "
                                   "shop { name myshopifyDomain currencyCode ianaTimezone } }"),
                               {{QStringLiteral("o"), orderId}, {QStringLiteral("f"), foId}});
    QCOMPARE(r.json[QStringLiteral("data")].toObject(),
             QJsonObject(
                 {{QStringLiteral("order"),
                   QJsonObject{{QStringLiteral("name"), QStringLiteral("#1042")}}},
                  {QStringLiteral("fulfillmentOrder"),
                   QJsonObject{{QStringLiteral("id"), foId},
                               {QStringLiteral("order"),
                                QJsonObject{{QStringLiteral("name"), QStringLiteral("#1042")}}}}},
                  {QStringLiteral("missing"), QJsonValue::Null},
                  {QStringLiteral("shop"),
                   QJsonObject{{QStringLiteral("name"), QStringLiteral("Smidig Demo Butik")},
                               {QStringLiteral("myshopifyDomain"),
                                QStringLiteral("smidig-demo.myshopify.com")},
                               {QStringLiteral("currencyCode"), QStringLiteral("DKK")},
                               {QStringLiteral("ianaTimezone"),
                                QStringLiteral("Europe/Copenhagen")}}}}));

    const auto bad = client.post(QStringLiteral("{ order(id: \"42\") { name } }"));
    QCOMPARE(firstMessage(bad), QStringLiteral("Invalid global id '42'"));
    // `order` may be null: a field error nulls it and keeps `data`.
    QCOMPARE(bad.json[QStringLiteral("data")].toObject(),
             QJsonObject({{QStringLiteral("order"), QJsonValue::Null}}));
}

void TestDemoStoreServer::throttlesWhenTheBucketIsEmpty()
{
    DemoStoreConfig config = configWith();
    config.bucketSize = 50;
    config.restoreRate = 1;
    DemoClient &client = startStore(config);
    const QString query = QStringLiteral("{ orders(first: 10) { nodes { id } } }"); // costs 12
    for (int i = 0; i < 4; ++i) {
        const auto r = client.post(query);
        QVERIFY2(r.json.contains(QStringLiteral("data")), r.body.constData());
        QCOMPARE(costOf(r)[QStringLiteral("requestedQueryCost")].toInt(), 12);
        QCOMPARE(costOf(r)[QStringLiteral("actualQueryCost")].toInt(), 12);
    }
    const auto throttled = client.post(query);
    QCOMPARE(throttled.httpStatus, 200);
    QVERIFY(!throttled.json.contains(QStringLiteral("data")));
    QCOMPARE(firstMessage(throttled), QStringLiteral("Throttled"));
    QCOMPARE(throttled.firstErrorCode(), QStringLiteral("THROTTLED"));
    QCOMPARE(throttled
                 .json[QStringLiteral("errors")][0][QStringLiteral("extensions")]
                      [QStringLiteral("documentation")]
                 .toString(),
             QStringLiteral("https://shopify.dev/api/usage/rate-limits"));
    QCOMPARE(costOf(throttled)[QStringLiteral("requestedQueryCost")].toInt(), 12);
    QVERIFY(costOf(throttled)[QStringLiteral("actualQueryCost")].isNull());
    QCOMPARE(costOf(throttled)[QStringLiteral("throttleStatus")][QStringLiteral("maximumAvailable")]
                 .toDouble(),
             50.0);
    QCOMPARE(costOf(throttled)[QStringLiteral("throttleStatus")][QStringLiteral("restoreRate")]
                 .toDouble(),
             1.0);
    QVERIFY(available(throttled) < 12);
    // Nothing was charged for it: the next refusal finds at least as much in the bucket.
    const auto again = client.post(query);
    QCOMPARE(again.firstErrorCode(), QStringLiteral("THROTTLED"));
    QVERIFY(available(again) >= available(throttled));
    QCOMPARE(m_store->throttledCount(), 2);
    QCOMPARE(m_store->requestCount(), 6);
}

void TestDemoStoreServer::refusesQueriesOverTheCostLimit()
{
    DemoClient &client = startStore(configWith());
    // 2 + 250 x (1 + [2 + 50 x (1 + variant 1)]) = 2 + 250 x 103 = 25,752
    const auto r = client.post(QStringLiteral(
        "{ orders(first: 250) { nodes { lineItems(first: 50) { nodes { variant { id } } } } } }"));
    QCOMPARE(r.httpStatus, 200);
    QVERIFY(!r.json.contains(QStringLiteral("data")));
    QCOMPARE(firstMessage(r),
             QStringLiteral(
                 "Query cost is 25752, which exceeds the single query max cost limit (1000)."));
    QCOMPARE(r.firstErrorCode(), QStringLiteral("MAX_COST_EXCEEDED"));
    const QJsonObject extensions
        = r.json[QStringLiteral("errors")][0][QStringLiteral("extensions")].toObject();
    QCOMPARE(extensions[QStringLiteral("cost")].toInt(), 25752);
    QCOMPARE(extensions[QStringLiteral("maxCost")].toInt(), 1000);
    QCOMPARE(costOf(r)[QStringLiteral("requestedQueryCost")].toInt(), 25752);
    QVERIFY(costOf(r)[QStringLiteral("actualQueryCost")].isNull());
    QCOMPARE(available(r), 2000.0); // nothing charged
    QCOMPARE(m_store->maxCostExceededCount(), 1);
    QCOMPARE(m_store->throttledCount(), 0);
}

void TestDemoStoreServer::bucketRestoresOverTimeAndRefundsUnusedCost()
{
    // How fast the bucket refills is tst_democostbucket's (on a clock it moves by hand); here,
    // over HTTP, that it does: a throttled query goes through once enough is back, and a full
    // bucket stays full after a query that cost nothing in the end.
    DemoStoreConfig config = configWith();
    config.bucketSize = 100;
    config.restoreRate = 50;
    DemoClient &client = startStore(config);
    const QString query = QStringLiteral("{ orders(first: 40) { nodes { id } } }"); // 42
    QVERIFY(client.post(query).json.contains(QStringLiteral("data")));
    // Emptied faster than it refills: a query of 42 is refused within a few (on a slow machine
    // the refill may let a third one through).
    DemoClient::Response throttled;
    for (int i = 0; i < 10 && throttled.firstErrorCode() != u"THROTTLED"; ++i)
        throttled = client.post(query);
    QCOMPARE(throttled.firstErrorCode(), QStringLiteral("THROTTLED"));
    QVERIFY2(available(throttled) < 42, qPrintable(QString::number(available(throttled))));
    // Each try is a request that charges the bucket when it goes through: tried until one does.
    QVERIFY(QTest::qWaitFor([&] { return client.post(query).json.contains(QStringLiteral("data")); },
                            20000));

    // Requested 1 + (2 + 50 x 1) = 53 for an order that does not exist: all of it refunded,
    // so once the bucket is full again it reads full after the query too.
    const QString missing = QStringLiteral(
        "{ order(id: \"gid://shopify/Order/1\") { id lineItems(first: 50) { nodes { id } } } }");
    DemoClient::Response answer;
    QVERIFY(QTest::qWaitFor(
        [&] {
            answer = client.post(missing);
            return available(answer) == 100.0;
        },
        20000));
    QCOMPARE(costOf(answer)[QStringLiteral("requestedQueryCost")].toInt(), 53);
    QCOMPARE(costOf(answer)[QStringLiteral("actualQueryCost")].toInt(), 0);
    QVERIFY(answer.json[QStringLiteral("data")][QStringLiteral("order")].isNull());
}

void TestDemoStoreServer::unlimitedBucketNeverThrottles()
{
    DemoStoreConfig config = configWith();
    config.bucketSize = 10;
    config.throttling = false;
    DemoClient &client = startStore(config);
    for (int i = 0; i < 5; ++i) {
        const auto r = client.post(QStringLiteral("{ orders(first: 100) { nodes { id } } }"));
        QVERIFY(r.json.contains(QStringLiteral("data")));
        QCOMPARE(available(r), 10.0);
    }
    QCOMPARE(m_store->throttledCount(), 0);
}

void TestDemoStoreServer::requiresTheConfiguredToken()
{
    DemoStoreConfig config = configWith(20);
    config.accessToken = QStringLiteral("shpat_demo");
    DemoClient &client = startStore(config);
    const QByteArray refusal
        = R"json({"errors":"[API] Invalid API key or access token (unrecognized login or wrong password)"})json";
    const auto none = client.post(QStringLiteral("{ shop { name } }"));
    QCOMPARE(none.httpStatus, 401);
    QCOMPARE(none.body, refusal);
    client.setAccessToken("shpat_other");
    QCOMPARE(client.post(QStringLiteral("{ shop { name } }")).httpStatus, 401);
    client.setAccessToken("shpat_demo");
    const auto right = client.post(QStringLiteral("{ shop { name } }"));
    QCOMPARE(right.httpStatus, 200);
    QCOMPARE(right.json[QStringLiteral("data")][QStringLiteral("shop")][QStringLiteral("name")]
                 .toString(),
             QStringLiteral("Smidig Demo Butik"));
}

void TestDemoStoreServer::answersHttpErrorsLikeShopify()
{
    DemoClient &client = startStore(configWith(20));
    const QUrl base = m_store->url();

    const auto ok = client.post(QStringLiteral("{ shop { name } }"));
    QCOMPARE(ok.header("X-Shopify-API-Version"), QByteArray("2026-01"));
    QVERIFY(ok.header("Content-Type").startsWith("application/json"));

    QUrl otherVersion = base;
    otherVersion.setPath(QStringLiteral("/admin/api/2025-01/graphql.json"));
    const auto notFound = client.send(R"({"query":"{ shop { name } }"})", otherVersion);
    QCOMPARE(notFound.httpStatus, 404);
    QCOMPARE(notFound.body, QByteArray(R"({"errors":"Not Found"})"));

    const auto get = client.send({}, m_store->graphqlUrl(), "GET");
    QCOMPARE(get.httpStatus, 405);
    QCOMPARE(get.header("Allow"), QByteArray("POST"));

    const auto notJson = client.send("this is not json");
    QCOMPARE(notJson.httpStatus, 400);
    QCOMPARE(notJson.body,
             QByteArray(R"({"errors":{"query":"Required parameter missing or invalid"}})"));
    QCOMPARE(client.send(R"({"variables":{}})").httpStatus, 400);
    QCOMPARE(client.send(R"({"query":"{ shop { name } }","variables":[1]})").httpStatus, 400);

    const auto syntax = client.post(QStringLiteral("{ shop { name }"));
    QCOMPARE(syntax.httpStatus, 200);
    QCOMPARE(firstMessage(syntax),
             QStringLiteral(
                 "Parse error at [1, 16]: Expected a field, a fragment spread or an inline "
                 "fragment, found the end of the document"));
    QCOMPARE(syntax
                 .json[QStringLiteral("errors")][0][QStringLiteral("locations")][0]
                      [QStringLiteral("column")]
                 .toInt(),
             16);
    QVERIFY(costOf(syntax).contains(QStringLiteral("throttleStatus")));

    const auto unknownField = client.post(
        QStringLiteral("{ products(first: 1) { nodes { id } } }"));
    QCOMPARE(firstMessage(unknownField),
             QStringLiteral("Field 'products' doesn't exist on type 'QueryRoot'"));

    const auto mutation = client.post(
        QStringLiteral("mutation { productCreate(product: {}) { userErrors { message } } }"));
    QCOMPARE(firstMessage(mutation),
             QStringLiteral("Field 'productCreate' doesn't exist on type 'Mutation'"));
    QCOMPARE(mutation.firstErrorCode(), QStringLiteral("undefinedField"));
    QCOMPARE(costOf(mutation)[QStringLiteral("requestedQueryCost")].toInt(), 10);

    QCOMPARE(m_store->requestCount(), 9);
}

void TestDemoStoreServer::refusesPagesOverTwoHundredFifty()
{
    DemoClient &client = startStore(configWith(20));
    const auto r = client.post(QStringLiteral("{ orders(first: 251) { nodes { id } } }"));
    QCOMPARE(firstMessage(r),
             QStringLiteral("Argument 'first' is 251, but a page can hold at most 250 nodes"));
    QVERIFY(r.json[QStringLiteral("data")].isNull());
    const auto none = client.post(QStringLiteral("{ orders { nodes { id } } }"));
    QCOMPARE(firstMessage(none), QStringLiteral("you must provide one of first or last"));
}

void TestDemoStoreServer::runsInItsOwnThread()
{
    DemoStoreThread thread(configWith(50));
    QString error;
    QVERIFY2(thread.start(&error), qPrintable(error));
    QVERIFY(thread.url().toString().startsWith(QStringLiteral("http://127.0.0.1:")));
    QVERIFY(thread.url().port() > 0);
    DemoClient client(thread.graphqlUrl());
    const auto r = client.post(QStringLiteral("{ ordersCount { count } }"));
    QCOMPARE(r.json[QStringLiteral("data")][QStringLiteral("ordersCount")][QStringLiteral("count")]
                 .toInt(),
             50);
    QCOMPARE(thread.store()->requestCount(), 1);
    const QUrl url = thread.graphqlUrl();
    thread.stop();
    QVERIFY(!thread.isRunning());
    DemoClient after(url);
    const auto refused = after.post(QStringLiteral("{ shop { name } }"));
    QCOMPARE(refused.httpStatus, 0);
    QVERIFY(!refused.networkError.isEmpty());
}

void TestDemoStoreServer::runsAsAStandaloneExecutable()
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SMIDIG_DEMO_TOKEN"), QStringLiteral("from-env"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SMIDIG_DEMOSTORE_EXECUTABLE),
                  {QStringLiteral("--orders"),
                   QStringLiteral("40"),
                   QStringLiteral("--seed"),
                   QStringLiteral("7"),
                   QStringLiteral("--now"),
                   QStringLiteral("2026-01-31T12:00:00Z")});
    QVERIFY2(process.waitForStarted(5000), qPrintable(process.errorString()));
    QVERIFY(process.waitForReadyRead(10000));
    const QString line = QString::fromUtf8(process.readLine()).trimmed();
    const auto match = QRegularExpression(
                           QStringLiteral(
                               "^Smidig demo store listening on (http://127\\.0\\.0\\.1:(\\d+))$"))
                           .match(line);
    QVERIFY2(match.hasMatch(), qPrintable(line));
    QUrl url(match.captured(1));
    url.setPath(QStringLiteral("/admin/api/2026-01/graphql.json"));
    DemoClient client(url);
    QCOMPARE(client.post(QStringLiteral("{ ordersCount { count } }")).httpStatus,
             401); // token from the environment
    client.setAccessToken("from-env");
    const auto r = client.post(QStringLiteral("{ ordersCount { count } }"));
    QCOMPARE(r.json[QStringLiteral("data")][QStringLiteral("ordersCount")][QStringLiteral("count")]
                 .toInt(),
             40);
    process.kill();
    process.waitForFinished(5000);
}

void TestDemoStoreServer::executableRefusesBadOptions()
{
    auto runWith = [](const QStringList &arguments) {
        QProcess process;
        process.start(QStringLiteral(SMIDIG_DEMOSTORE_EXECUTABLE), arguments);
        process.waitForFinished(10000);
        return std::tuple{process.exitCode(),
                          QString::fromUtf8(process.readAllStandardOutput()),
                          QString::fromUtf8(process.readAllStandardError())};
    };
    const auto [badCode, badOut, badError] = runWith(
        {QStringLiteral("--orders"), QStringLiteral("many")});
    QCOMPARE(badCode, 2);
    QCOMPARE(badError.trimmed(),
             QStringLiteral("smidig-demostore: Invalid value for --orders: 'many' "
                            "(expected a count from 0 to 1000000)"));
    const auto [portCode, portOut, portError] = runWith(
        {QStringLiteral("--port"), QStringLiteral("70000")});
    QCOMPARE(portCode, 2);
    QVERIFY2(portError.contains(QStringLiteral("--port: '70000'")), qPrintable(portError));
    const auto [unknownCode, unknownOut, unknownError] = runWith({QStringLiteral("--colour")});
    QCOMPARE(unknownCode, 2);
    QVERIFY2(unknownError.contains(QStringLiteral("colour")), qPrintable(unknownError));
    const auto [helpCode, helpOut, helpError] = runWith({QStringLiteral("--help")});
    QCOMPARE(helpCode, 0);
    for (const char *option : {"--port",
                               "--orders",
                               "--seed",
                               "--bucket-size",
                               "--restore-rate",
                               "--no-throttle",
                               "--token"})
        QVERIFY2(helpOut.contains(QLatin1StringView(option)), option);
}

QTEST_GUILESS_MAIN(TestDemoStoreServer)
#include "tst_demostoreserver.moc"
