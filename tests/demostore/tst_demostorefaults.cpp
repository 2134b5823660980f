// Faults the demo store injects on request, seen from a real QNetworkAccessManager: every
// error status Shopify answers with (401, 402, 403, 404, 423, 429 with Retry-After, 5xx)
// before any work, connections dropped after the work was done, answers spoilt after the work
// (HTML where JSON should be, JSON of the wrong shape), late answers, answers held until the
// test releases them; the plan set while a store serves in its own thread, from the command
// line, and repeatable by seed.

#include "core/demostore/DemoStore.h"
#include "core/demostore/DemoStoreCommandLine.h"
#include "core/demostore/DemoStoreThread.h"
#include "core/demostore/FaultInjector.h"
#include "core/demostore/StoreJson.h"
#include "tests/demostore/DemoOperations.h"
#include "tests/testlib/DemoClient.h"
#include "tests/testlib/SchemaTools.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

#include <memory>

using namespace demostore;

Q_DECLARE_METATYPE(demostore::FaultPlan::DropPoint)
Q_DECLARE_METATYPE(demostore::FaultPlan::Malformation)

namespace {

const QDateTime kNow = QDateTime::fromString(QStringLiteral("2026-01-31T12:00:00Z"), Qt::ISODate);

DemoStoreConfig configWith()
{
    DemoStoreConfig config;
    config.orderCount = 300;
    config.now = kNow;
    return config;
}

// The first order with one OPEN fulfillment order at the merchant's own location, from index `from`.
int openOrder(const StoreData &data, int from = 0)
{
    for (int i = from; i < data.orders.size(); ++i) {
        const Order &o = data.orders[i];
        if (!o.isCancelled() && o.fulfillmentOrders.size() == 1 && o.fulfillments.isEmpty()
            && o.fulfillmentOrders[0].status == FulfillmentOrderStatus::Open
            && !data.locations[o.fulfillmentOrders[0].location].isFulfillmentService()) {
            return i;
        }
    }
    qFatal("no open order");
}

QJsonObject fulfilAll(const FulfillmentOrder &fo)
{
    return {{QStringLiteral("lineItemsByFulfillmentOrder"),
             QJsonArray{QJsonObject{{QStringLiteral("fulfillmentOrderId"),
                                     StoreJson::gid(u"FulfillmentOrder", fo.id)}}}}};
}

} // namespace

class TestDemoStoreFaults final : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void failsBeforeWorkWithServerErrors_data();
    void failsBeforeWorkWithServerErrors();
    void failsWithEveryStatusShopifyAnswers_data();
    void failsWithEveryStatusShopifyAnswers();
    void failsTheNextRequestsThenBehaves();
    void spoilsAnswersAfterDoingTheWork_data();
    void spoilsAnswersAfterDoingTheWork();
    void dropsTheConnectionAfterDoingTheWork_data();
    void dropsTheConnectionAfterDoingTheWork();
    void dropsOnlyAsOftenAsTheLimitSays();
    void delaysAnswersWhileServingOthers();
    void holdsAnswersUntilReleased();
    void decisionsRepeatForASeed();
    void faultsCanBeSetWhileServingInAThread();
    void commandLineSetsTheFaults();
    void commandLineSetsStatusesAndSpoilt();
    void executableInjectsFaults();

private:
    DemoClient &startStore(const DemoStoreConfig &config);

    std::unique_ptr<DemoStore> m_store;
    std::unique_ptr<DemoClient> m_client;
};

DemoClient &TestDemoStoreFaults::startStore(const DemoStoreConfig &config)
{
    m_client.reset();
    m_store = std::make_unique<DemoStore>(config);
    QString error;
    if (!m_store->start(&error))
        qFatal("the demo store did not start: %s", qPrintable(error));
    m_client = std::make_unique<DemoClient>(m_store->graphqlUrl());
    return *m_client;
}

void TestDemoStoreFaults::cleanup()
{
    m_client.reset();
    m_store.reset();
}

void TestDemoStoreFaults::failsBeforeWorkWithServerErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("500") << 500;
    QTest::newRow("502") << 502;
    QTest::newRow("503") << 503;
}

void TestDemoStoreFaults::failsBeforeWorkWithServerErrors()
{
    QFETCH(int, status);
    DemoClient &client = startStore(configWith());
    FaultPlan plan;
    plan.failBeforeWorkRate = 1;
    plan.failStatuses = {status};
    m_store->setFaultPlan(plan);
    const int index = openOrder(m_store->data());
    const Order before = m_store->data().orders[index];

    const auto r = DemoOperations::fulfillmentCreate(client, fulfilAll(before.fulfillmentOrders[0]));
    QCOMPARE(r.httpStatus, status);
    if (status == 500) {
        QVERIFY(r.header("Content-Type").startsWith("application/json"));
        QCOMPARE(r.firstErrorCode(), QStringLiteral("INTERNAL_SERVER_ERROR"));
        QVERIFY(r.json[QStringLiteral("errors")][0][QStringLiteral("message")].toString().startsWith(
            QStringLiteral("Internal error. Looks like something went wrong on our end.")));
        QVERIFY(!r.json.contains(QStringLiteral("data")));
    } else {
        // Shopify's edge answers gateway errors with a page, not JSON: a client must cope.
        QVERIFY(r.header("Content-Type").startsWith("text/html"));
        QVERIFY(r.json.isEmpty());
        QVERIFY(r.body.contains(QByteArray::number(status)));
    }

    // Nothing done, nothing charged.
    const Order &after = m_store->data().orders[index];
    QCOMPARE(after.fulfillmentOrders[0].status, FulfillmentOrderStatus::Open);
    QCOMPARE(after.fulfillments.size(), 0);
    QCOMPARE(after.updatedAt, before.updatedAt);
    QCOMPARE(m_store->fulfillmentsCreated(StoreJson::gid(u"Order", before.id)), 0);
    QCOMPARE(m_store->mutationCount(), 0);
    QCOMPARE(m_store->bucket().currentlyAvailable(), 2000.0);
    QCOMPARE(m_store->stats().failedBeforeWork.load(), 1);
    QCOMPARE(m_store->stats().droppedAfterWork.load(), 0);

    // Without the fault the same request does the work.
    m_store->setFaultPlan({});
    const auto retried = DemoOperations::fulfillmentCreate(client,
                                                           fulfilAll(before.fulfillmentOrders[0]));
    QCOMPARE(retried.httpStatus, 200);
    QVERIFY2(DemoOperations::payload(retried,
                                     QStringLiteral(
                                         "fulfillmentCreate"))[QStringLiteral("fulfillment")]
                 .isObject(),
             retried.body.constData());
    QCOMPARE(m_store->stats().failedBeforeWork.load(), 1);
}

void TestDemoStoreFaults::failsWithEveryStatusShopifyAnswers_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("reason");
    QTest::addColumn<QByteArray>("body"); // exactly; empty: an HTML page
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::newRow("401 token revoked")
        << 401 << QByteArray("Unauthorized")
        << QByteArray("{\"errors\":\"[API] Invalid API key or access token (unrecognized login or "
                      "wrong password)\"}")
        << QByteArray();
    QTest::newRow("402 shop frozen")
        << 402 << QByteArray("Payment Required") << QByteArray("{\"errors\":\"Unavailable Shop\"}")
        << QByteArray();
    QTest::newRow("403 forbidden")
        << 403 << QByteArray("Forbidden")
        << QByteArray("{\"errors\":\"The api_client does not have the required permission(s).\"}")
        << QByteArray();
    QTest::newRow("404 not found") << 404 << QByteArray("Not Found")
                                   << QByteArray("{\"errors\":\"Not Found\"}") << QByteArray();
    QTest::newRow("423 shop locked")
        << 423 << QByteArray("Locked") << QByteArray("{\"errors\":\"Locked\"}") << QByteArray();
    QTest::newRow("429 too many requests")
        << 429 << QByteArray("Too Many Requests")
        << QByteArray("{\"errors\":\"Exceeded 2 calls per second for api client. Reduce request "
                      "rates to resume "
                      "uninterrupted service.\"}")
        << QByteArray("2.0");
    QTest::newRow("503 with Retry-After")
        << 503 << QByteArray("Service Unavailable") << QByteArray() << QByteArray("2.0");
    QTest::newRow("504 gateway timeout")
        << 504 << QByteArray("Gateway Timeout") << QByteArray() << QByteArray();
}

void TestDemoStoreFaults::failsWithEveryStatusShopifyAnswers()
{
    QFETCH(int, status);
    QFETCH(QByteArray, reason);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, retryAfter);
    DemoClient &client = startStore(configWith());
    FaultPlan plan;
    plan.failBeforeWorkRate = 1;
    plan.failStatuses = {status};
    m_store->setFaultPlan(plan);
    const int index = openOrder(m_store->data());
    const Order before = m_store->data().orders[index];

    const auto r = DemoOperations::fulfillmentCreate(client, fulfilAll(before.fulfillmentOrders[0]));
    QCOMPARE(r.httpStatus, status);
    QCOMPARE(r.reasonPhrase, reason);
    QVERIFY(r.networkError.isEmpty());
    if (body.isEmpty()) {
        QVERIFY(r.header("Content-Type").startsWith("text/html"));
        QVERIFY(r.json.isEmpty());
    } else {
        QVERIFY(r.header("Content-Type").startsWith("application/json"));
        QCOMPARE(r.body, body);
    }
    QCOMPARE(r.header("Retry-After"), retryAfter);
    QCOMPARE(r.header("X-Shopify-API-Version"), QByteArray("2026-01"));
    // Nothing done, nothing charged.
    QCOMPARE(m_store->data().orders[index].fulfillments.size(), 0);
    QCOMPARE(m_store->data().orders[index].updatedAt, before.updatedAt);
    QCOMPARE(m_store->mutationCount(), 0);
    QCOMPARE(m_store->bucket().currentlyAvailable(), 2000.0);
    QCOMPARE(m_store->stats().failedBeforeWork.load(), 1);
}

void TestDemoStoreFaults::failsTheNextRequestsThenBehaves()
{
    // "The next three requests answer 429, Retry-After 0.5 s", then all is well.
    DemoClient &client = startStore(configWith());
    FaultPlan plan;
    plan.failBeforeWorkRate = 1;
    plan.failStatuses = {429};
    plan.retryAfterSeconds = 0.5;
    plan.faultLimit = 3;
    m_store->setFaultPlan(plan);
    for (int i = 0; i < 3; ++i) {
        const auto r = client.post(QStringLiteral("{ shop { name } }"));
        QCOMPARE(r.httpStatus, 429);
        QCOMPARE(r.header("Retry-After"), QByteArray("0.5"));
    }
    QCOMPARE(client.post(QStringLiteral("{ shop { name } }")).httpStatus, 200);
    QCOMPARE(client.post(QStringLiteral("{ shop { name } }")).httpStatus, 200);
    QCOMPARE(m_store->stats().failedBeforeWork.load(), 3);
}

void TestDemoStoreFaults::spoilsAnswersAfterDoingTheWork_data()
{
    QTest::addColumn<FaultPlan::Malformation>("malformation");
    QTest::newRow("not JSON") << FaultPlan::Malformation::NotJson;
    QTest::newRow("a field missing") << FaultPlan::Malformation::MissingField;
    QTest::newRow("a value of the wrong type") << FaultPlan::Malformation::WrongType;
}

void TestDemoStoreFaults::spoilsAnswersAfterDoingTheWork()
{
    QFETCH(FaultPlan::Malformation, malformation);
    DemoClient &client = startStore(configWith());
    FaultPlan plan;
    plan.malformRate = 1;
    plan.malformation = malformation;
    m_store->setFaultPlan(plan);
    const int index = openOrder(m_store->data());
    const QString orderId = StoreJson::gid(u"Order", m_store->data().orders[index].id);

    const QJsonObject input = fulfilAll(m_store->data().orders[index].fulfillmentOrders[0]);
    const auto r = DemoOperations::fulfillmentCreate(client, input);
    QCOMPARE(r.httpStatus, 200);
    QVERIFY(r.networkError.isEmpty());
    // The work was done all the same.
    QCOMPARE(m_store->fulfillmentsCreated(orderId), 1);
    QCOMPARE(m_store->stats().malformed.load(), 1);
    QJsonParseError parseError;
    QJsonDocument::fromJson(r.body, &parseError);
    if (malformation == FaultPlan::Malformation::NotJson) {
        QVERIFY(r.header("Content-Type").startsWith("text/html"));
        QVERIFY(parseError.error != QJsonParseError::NoError);
        return;
    }
    // Valid JSON, but not what Shopify's schema promises for the operation asked.
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QVERIFY(r.header("Content-Type").startsWith("application/json"));
    QJsonObject variables = DemoOperations::pageSizes();
    variables.insert(QStringLiteral("fulfillment"), input);
    const auto outcome = SchemaTools::checkResponse(DemoOperations::ordersFile(),
                                                    QStringLiteral("FulfillmentCreate"),
                                                    variables,
                                                    r.body);
    QVERIFY2(outcome.exitCode == 1,
             qPrintable(outcome.output + QString::fromUtf8(r.body.left(600))));
    // A query's answer is spoilt the same way.
    const auto page = DemoOperations::post(client,
                                           QStringLiteral("Orders"),
                                           {{QStringLiteral("first"), 2}});
    QJsonObject pageVariables = DemoOperations::pageSizes();
    pageVariables.insert(QStringLiteral("first"), 2);
    QCOMPARE(SchemaTools::checkResponse(DemoOperations::ordersFile(),
                                        QStringLiteral("Orders"),
                                        pageVariables,
                                        page.body)
                 .exitCode,
             1);
}

void TestDemoStoreFaults::dropsTheConnectionAfterDoingTheWork_data()
{
    QTest::addColumn<FaultPlan::DropPoint>("dropPoint");
    QTest::addColumn<int>("attempts"); // how often the one request reaches the store
    // Closed before any answer, QNetworkAccessManager sends the request once more by itself
    // (HTTP/1.1); the second attempt finds the fulfillment order closed, and is dropped too.
    QTest::newRow("before the answer") << FaultPlan::DropPoint::BeforeAnswer << 2;
    // Closed half-way through the answer, it gives up at once.
    QTest::newRow("during the answer") << FaultPlan::DropPoint::DuringAnswer << 1;
}

void TestDemoStoreFaults::dropsTheConnectionAfterDoingTheWork()
{
    QFETCH(FaultPlan::DropPoint, dropPoint);
    QFETCH(int, attempts);
    DemoClient &client = startStore(configWith());
    FaultPlan plan;
    plan.dropAfterWorkRate = 1;
    plan.dropPoint = dropPoint;
    plan.scope = FaultPlan::Scope::MutationsOnly;
    m_store->setFaultPlan(plan);
    const int index = openOrder(m_store->data());
    const QString orderId = StoreJson::gid(u"Order", m_store->data().orders[index].id);
    const FulfillmentOrder fo = m_store->data().orders[index].fulfillmentOrders[0];

    const auto r = DemoOperations::fulfillmentCreate(client, fulfilAll(fo));
    // The caller gets no usable answer...
    QVERIFY2(!r.networkError.isEmpty(), r.body.constData());
    if (dropPoint == FaultPlan::DropPoint::BeforeAnswer)
        QCOMPARE(r.httpStatus, 0);
    QVERIFY(!r.json.contains(QStringLiteral("data")));
    // ...yet the fulfillment exists, exactly once.
    QCOMPARE(m_store->fulfillmentsCreated(orderId), 1);
    const auto check = DemoOperations::post(client,
                                            QStringLiteral("Order"),
                                            {{QStringLiteral("id"), orderId}});
    QCOMPARE(check.httpStatus, 200); // queries are not in the plan's scope
    const QJsonObject order = check.json[QStringLiteral("data")][QStringLiteral("order")].toObject();
    QCOMPARE(order[QStringLiteral("displayFulfillmentStatus")].toString(),
             QStringLiteral("FULFILLED"));
    QCOMPARE(order[QStringLiteral("fulfillments")].toArray().size(), 1);
    // Every attempt that reached the store ran (the repeats were refused) and was dropped.
    QCOMPARE(m_store->stats().droppedAfterWork.load(), attempts);
    QCOMPARE(m_store->mutationCount(), attempts);
    QCOMPARE(m_store->stats().mutationsRefused.load(), attempts - 1);
}

void TestDemoStoreFaults::dropsOnlyAsOftenAsTheLimitSays()
{
    // "Drop the next mutation, then behave".
    DemoClient &client = startStore(configWith());
    FaultPlan plan;
    plan.dropAfterWorkRate = 1;
    plan.faultLimit = 1;
    m_store->setFaultPlan(plan);
    const int first = openOrder(m_store->data());
    const int second = openOrder(m_store->data(), first + 1);
    const auto r
        = DemoOperations::fulfillmentCreate(client,
                                            fulfilAll(
                                                m_store->data().orders[first].fulfillmentOrders[0]));
    // The trap this sets for a client: QNetworkAccessManager's own resend of the dropped
    // request is answered, and what it answers is a refusal of work that was in fact done.
    QCOMPARE(r.httpStatus, 200);
    const QJsonObject payload = DemoOperations::payload(r, QStringLiteral("fulfillmentCreate"));
    QVERIFY(payload[QStringLiteral("fulfillment")].isNull());
    QVERIFY2(payload[QStringLiteral("userErrors")][0][QStringLiteral("message")].toString().contains(
                 QStringLiteral("unfulfillable status= closed")),
             r.body.constData());
    QCOMPARE(m_store->fulfillmentsCreated(
                 StoreJson::gid(u"Order", m_store->data().orders[first].id)),
             1);

    const auto next = DemoOperations::fulfillmentCreate(
        client, fulfilAll(m_store->data().orders[second].fulfillmentOrders[0]));
    QCOMPARE(next.httpStatus, 200);
    QVERIFY2(DemoOperations::payload(next,
                                     QStringLiteral(
                                         "fulfillmentCreate"))[QStringLiteral("fulfillment")]
                 .isObject(),
             next.body.constData());
    QCOMPARE(m_store->fulfillmentsCreated(
                 StoreJson::gid(u"Order", m_store->data().orders[second].id)),
             1);
    QCOMPARE(m_store->stats().droppedAfterWork.load(), 1);
}

void TestDemoStoreFaults::delaysAnswersWhileServingOthers()
{
    // The order of events shows the delay: the held answer comes after a query sent later.
    // The delay is long beside a query on loopback, however slow the machine.
    DemoClient &client = startStore(configWith());
    FaultPlan plan;
    plan.delayRate = 1;
    plan.delayMs = 2000;
    plan.scope = FaultPlan::Scope::MutationsOnly;
    m_store->setFaultPlan(plan);
    const int index = openOrder(m_store->data());
    const FulfillmentOrder fo = m_store->data().orders[index].fulfillmentOrders[0];

    QJsonObject variables = DemoOperations::pageSizes();
    variables.insert(QStringLiteral("fulfillment"), fulfilAll(fo));
    const QJsonObject body{{QStringLiteral("query"), DemoOperations::ordersDocument()},
                           {QStringLiteral("variables"), variables},
                           {QStringLiteral("operationName"), QStringLiteral("FulfillmentCreate")}};
    QNetworkAccessManager network;
    QNetworkRequest request(m_store->graphqlUrl());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    std::unique_ptr<QNetworkReply> slow(
        network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)));

    // The mutation has arrived, has done its work and is being held.
    QTRY_COMPARE_WITH_TIMEOUT(m_store->stats().delayed.load(), 1, 10000);
    QCOMPARE(m_store->fulfillmentsCreated(
                 StoreJson::gid(u"Order", m_store->data().orders[index].id)),
             1);
    // A query on another connection is answered meanwhile.
    const auto quick = client.post(QStringLiteral("{ shop { name } }"));
    QCOMPARE(quick.httpStatus, 200);
    QVERIFY(!slow->isFinished());

    QTRY_VERIFY_WITH_TIMEOUT(slow->isFinished(), 20000);
    QCOMPARE(slow->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    const QJsonObject answer = QJsonDocument::fromJson(slow->readAll()).object();
    QVERIFY(answer[QStringLiteral("data")][QStringLiteral("fulfillmentCreate")]
                  [QStringLiteral("fulfillment")]
                      .isObject());
    QCOMPARE(m_store->stats().delayed.load(), 1);
}

void TestDemoStoreFaults::holdsAnswersUntilReleased()
{
    // A held answer waits for the test, not for a clock: the work is done, the client hears
    // nothing while other connections are served, and the answer comes once released.
    DemoClient &client = startStore(configWith());
    FaultPlan plan;
    plan.holdAnswers = true;
    plan.scope = FaultPlan::Scope::MutationsOnly;
    m_store->setFaultPlan(plan);
    const int index = openOrder(m_store->data());
    const FulfillmentOrder fo = m_store->data().orders[index].fulfillmentOrders[0];
    const QString orderGid = StoreJson::gid(u"Order", m_store->data().orders[index].id);

    QJsonObject variables = DemoOperations::pageSizes();
    variables.insert(QStringLiteral("fulfillment"), fulfilAll(fo));
    const QJsonObject body{{QStringLiteral("query"), DemoOperations::ordersDocument()},
                           {QStringLiteral("variables"), variables},
                           {QStringLiteral("operationName"), QStringLiteral("FulfillmentCreate")}};
    QNetworkAccessManager network;
    QNetworkRequest request(m_store->graphqlUrl());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    std::unique_ptr<QNetworkReply> held(
        network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)));

    QTRY_COMPARE_WITH_TIMEOUT(m_store->fulfillmentsCreated(orderGid), 1, 10000);
    QCOMPARE(m_store->stats().held.load(), 1);
    // Queries are outside the plan's scope: answered at once, while the mutation's answer
    // still waits.
    const auto quick = client.post(QStringLiteral("{ shop { name } }"));
    QCOMPARE(quick.httpStatus, 200);
    QVERIFY(!held->isFinished());

    QCOMPARE(m_store->releaseHeldAnswers(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(held->isFinished(), 10000);
    QCOMPARE(held->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    const QJsonObject answer = QJsonDocument::fromJson(held->readAll()).object();
    QVERIFY(answer[QStringLiteral("data")][QStringLiteral("fulfillmentCreate")]
                  [QStringLiteral("fulfillment")]
                      .isObject());
    QCOMPARE(m_store->releaseHeldAnswers(), 0);
    QCOMPARE(m_store->fulfillmentsCreated(orderGid), 1);
}

void TestDemoStoreFaults::decisionsRepeatForASeed()
{
    DemoStoreStats statsA;
    DemoStoreStats statsB;
    FaultInjector a(statsA);
    FaultInjector b(statsB);
    FaultPlan plan;
    plan.failBeforeWorkRate = 0.2;
    plan.dropAfterWorkRate = 0.25;
    plan.delayRate = 0.5;
    plan.delayMs = 5;
    plan.seed = 77;
    a.setPlan(plan);
    b.setPlan(plan);
    int failures = 0;
    int drops = 0;
    int delays = 0;
    QSet<int> statuses;
    for (int i = 0; i < 2000; ++i) {
        const FaultDecision da = a.decide(FaultInjector::RequestKind::Mutation);
        const FaultDecision db = b.decide(FaultInjector::RequestKind::Mutation);
        QCOMPARE(da.failStatus, db.failStatus);
        QCOMPARE(da.drop, db.drop);
        QCOMPARE(da.delayMs, db.delayMs);
        QVERIFY(da.failStatus == 0 || !da.drop); // never both
        failures += da.failStatus != 0;
        drops += da.drop.has_value();
        delays += da.delayMs != 0;
        if (da.failStatus)
            statuses.insert(da.failStatus);
    }
    // Rates as asked (drops only happen to requests that did not fail: 0.8 x 0.25).
    QVERIFY2(failures > 320 && failures < 480, qPrintable(QString::number(failures)));
    QVERIFY2(drops > 320 && drops < 480, qPrintable(QString::number(drops)));
    QVERIFY2(delays > 900 && delays < 1100, qPrintable(QString::number(delays)));
    QCOMPARE(statuses, (QSet<int>{500, 502, 503}));
    QCOMPARE(statsA.failedBeforeWork.load(), failures);
    QCOMPARE(statsA.droppedAfterWork.load(), drops);
    QCOMPARE(statsA.delayed.load(), delays);

    // Another seed, other decisions; queries untouched when only mutations are in scope.
    plan.seed = 78;
    b.setPlan(plan);
    a.setPlan(plan);
    plan.scope = FaultPlan::Scope::MutationsOnly;
    a.setPlan(plan);
    for (int i = 0; i < 100; ++i)
        QVERIFY(a.decide(FaultInjector::RequestKind::Query).isNone());
}

void TestDemoStoreFaults::faultsCanBeSetWhileServingInAThread()
{
    DemoStoreThread thread(configWith());
    QString error;
    QVERIFY2(thread.start(&error), qPrintable(error));
    DemoClient client(thread.graphqlUrl());
    QCOMPARE(client.post(QStringLiteral("{ shop { name } }")).httpStatus, 200);

    FaultPlan plan;
    plan.failBeforeWorkRate = 1;
    plan.failStatuses = {503};
    thread.setFaultPlan(plan);
    QCOMPARE(client.post(QStringLiteral("{ shop { name } }")).httpStatus, 503);
    thread.setFaultPlan({});
    QCOMPARE(client.post(QStringLiteral("{ shop { name } }")).httpStatus, 200);
    QCOMPARE(thread.store()->stats().failedBeforeWork.load(), 1);

    // The data is read in the store's thread, between requests.
    FulfillmentOrder fo;
    QString orderId;
    thread.runInStoreThread([&](DemoStore &store) {
        const int index = openOrder(store.data());
        fo = store.data().orders[index].fulfillmentOrders[0];
        orderId = StoreJson::gid(u"Order", store.data().orders[index].id);
    });
    QVERIFY(fo.id != 0);
    const auto r = DemoOperations::fulfillmentCreate(client, fulfilAll(fo));
    QVERIFY2(DemoOperations::payload(r,
                                     QStringLiteral(
                                         "fulfillmentCreate"))[QStringLiteral("fulfillment")]
                 .isObject(),
             r.body.constData());
    QCOMPARE(thread.store()->fulfillmentsCreated(orderId), 1);
    FulfillmentOrderStatus status = FulfillmentOrderStatus::Unknown;
    thread.runInStoreThread([&](DemoStore &store) {
        const auto position = store.data().fulfillmentOrderIndex(fo.id);
        status = store.data().orders[position->first].fulfillmentOrders[position->second].status;
    });
    QCOMPARE(status, FulfillmentOrderStatus::Closed);
}

void TestDemoStoreFaults::commandLineSetsTheFaults()
{
    DemoStoreCommandLine commandLine;
    QCOMPARE(commandLine.parse({QStringLiteral("smidig-demostore"),
                                QStringLiteral("--fail-rate"),
                                QStringLiteral("0.1"),
                                QStringLiteral("--drop-after-work"),
                                QStringLiteral("0.25"),
                                QStringLiteral("--delay-ms"),
                                QStringLiteral("300"),
                                QStringLiteral("--fault-seed"),
                                QStringLiteral("9"),
                                QStringLiteral("--faults-on-mutations-only"),
                                QStringLiteral("--drop-during-answer")}),
             DemoStoreCommandLine::Outcome::Run);
    const FaultPlan &plan = commandLine.config().faults;
    QCOMPARE(plan.failBeforeWorkRate, 0.1);
    QCOMPARE(plan.dropAfterWorkRate, 0.25);
    QCOMPARE(plan.delayMs, 300);
    QCOMPARE(plan.delayRate, 1.0); // --delay-ms alone delays every answer
    QCOMPARE(plan.seed, quint64(9));
    QCOMPARE(plan.scope, FaultPlan::Scope::MutationsOnly);
    QCOMPARE(plan.dropPoint, FaultPlan::DropPoint::DuringAnswer);

    for (const char *option : {"--fail-rate",
                               "--drop-after-work",
                               "--drop-during-answer",
                               "--delay-ms",
                               "--delay-rate",
                               "--fault-seed",
                               "--faults-on-mutations-only"}) {
        QVERIFY2(commandLine.helpText().contains(QLatin1StringView(option)), option);
    }

    DemoStoreCommandLine none;
    QCOMPARE(none.parse({QStringLiteral("smidig-demostore")}), DemoStoreCommandLine::Outcome::Run);
    QVERIFY(none.config().faults.isEmpty());

    DemoStoreCommandLine bad;
    QCOMPARE(bad.parse({QStringLiteral("smidig-demostore"),
                        QStringLiteral("--drop-after-work"),
                        QStringLiteral("2")}),
             DemoStoreCommandLine::Outcome::Error);
    QCOMPARE(bad.errorText(),
             QStringLiteral("Invalid value for --drop-after-work: '2' (expected a share from 0 to "
                            "1, such as 0.25)"));
    QCOMPARE(bad.parse({QStringLiteral("smidig-demostore"),
                        QStringLiteral("--delay-ms"),
                        QStringLiteral("-5")}),
             DemoStoreCommandLine::Outcome::Error);
    QVERIFY2(bad.errorText().contains(QStringLiteral("--delay-ms: '-5'")),
             qPrintable(bad.errorText()));
}

void TestDemoStoreFaults::commandLineSetsStatusesAndSpoilt()
{
    DemoStoreCommandLine commandLine;
    QCOMPARE(commandLine.parse({QStringLiteral("smidig-demostore"),
                                QStringLiteral("--fail-rate"),
                                QStringLiteral("1"),
                                QStringLiteral("--fail-status"),
                                QStringLiteral("401,423,429"),
                                QStringLiteral("--fault-limit"),
                                QStringLiteral("2"),
                                QStringLiteral("--retry-after"),
                                QStringLiteral("1.5"),
                                QStringLiteral("--malform-rate"),
                                QStringLiteral("0.5"),
                                QStringLiteral("--malformation"),
                                QStringLiteral("wrong-type")}),
             DemoStoreCommandLine::Outcome::Run);
    const FaultPlan &plan = commandLine.config().faults;
    QCOMPARE(plan.failStatuses, (QList<int>{401, 423, 429}));
    QCOMPARE(plan.faultLimit, 2);
    QCOMPARE(plan.retryAfterSeconds, 1.5);
    QCOMPARE(plan.malformRate, 0.5);
    QCOMPARE(plan.malformation, FaultPlan::Malformation::WrongType);

    DemoStoreCommandLine bad;
    QCOMPARE(bad.parse({QStringLiteral("smidig-demostore"),
                        QStringLiteral("--fail-status"),
                        QStringLiteral("418")}),
             DemoStoreCommandLine::Outcome::Error);
    QVERIFY2(bad.errorText().startsWith(QStringLiteral("Invalid value for --fail-status: '418'")),
             qPrintable(bad.errorText()));
    QCOMPARE(bad.parse({QStringLiteral("smidig-demostore"),
                        QStringLiteral("--malformation"),
                        QStringLiteral("garbled")}),
             DemoStoreCommandLine::Outcome::Error);
    for (const char *option :
         {"--fail-status", "--fault-limit", "--retry-after", "--malform-rate", "--malformation"})
        QVERIFY2(commandLine.helpText().contains(QLatin1StringView(option)), option);
}

void TestDemoStoreFaults::executableInjectsFaults()
{
    QProcess process;
    process.start(QStringLiteral(SMIDIG_DEMOSTORE_EXECUTABLE),
                  {QStringLiteral("--orders"),
                   QStringLiteral("20"),
                   QStringLiteral("--fail-rate"),
                   QStringLiteral("1"),
                   QStringLiteral("--faults-on-mutations-only")});
    QVERIFY2(process.waitForStarted(5000), qPrintable(process.errorString()));
    QVERIFY(process.waitForReadyRead(10000));
    const auto match = QRegularExpression(
                           QStringLiteral("listening on (http://127\\.0\\.0\\.1:\\d+)"))
                           .match(QString::fromUtf8(process.readLine()));
    QVERIFY(match.hasMatch());
    QUrl url(match.captured(1));
    url.setPath(QStringLiteral("/admin/api/2026-01/graphql.json"));
    DemoClient client(url);
    QCOMPARE(client.post(QStringLiteral("{ shop { name } }")).httpStatus, 200);
    const auto mutation = client.post(
        QStringLiteral("mutation { fulfillmentCancel(id: \"gid://shopify/Fulfillment/1\") {"
                       " userErrors { message } } }"));
    QVERIFY(mutation.httpStatus >= 500 && mutation.httpStatus <= 503);
    process.kill();
    process.waitForFinished(5000);
}

QTEST_GUILESS_MAIN(TestDemoStoreFaults)
#include "tst_demostorefaults.moc"
