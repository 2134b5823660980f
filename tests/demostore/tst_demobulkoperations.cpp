// The demo store's bulk operations (bulkOperationRunQuery) with Smidig's own operations
// (core/shopify/operations/bulk*.graphql): the JSONL layout Shopify documents, a status that
// advances, the result served on loopback until it expires, and every way one can end. Each
// answer is checked against Shopify's schema.

#include "core/demostore/CustomerDataAccess.h"
#include "core/demostore/DemoStore.h"
#include "core/demostore/StoreJson.h"
#include "tests/testlib/DemoClient.h"
#include "tests/testlib/SchemaTools.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSet>
#include <QtTest>

#include <chrono>
#include <memory>

using namespace demostore;
using namespace std::chrono_literals;

namespace {

const QDateTime kNow = QDateTime::fromString(QStringLiteral("2026-01-31T12:00:00Z"), Qt::ISODate);

QString operationsPath(const QString &name)
{
    return QDir(SchemaTools::sourceDir()).filePath(QStringLiteral("core/shopify/operations/") + name);
}

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QString::fromUtf8(file.readAll());
}

QString closedOrdersQuery()
{
    return readText(operationsPath(QStringLiteral("bulk-closed-orders.graphql")));
}

QString openOrdersQuery()
{
    return readText(operationsPath(QStringLiteral("bulk-open-orders.graphql")));
}

// The JSONL of a bulk query put back together as the answer to the same query sent as a normal
// request would be: each child under its parent's connection, without "__parentId". So the
// file can be checked against Shopify's schema field by field.
QByteArray asResponse(const QByteArray &jsonl)
{
    QList<QJsonObject> orders;
    QHash<QString, qsizetype> indexOf;
    QHash<QString, QJsonArray> lineItems;
    QHash<QString, QJsonArray> fulfillmentOrders;
    for (const QByteArray &line : jsonl.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonObject object = QJsonDocument::fromJson(line).object();
        const QString parent = object.take(QStringLiteral("__parentId")).toString();
        const QString id = object[u"id"].toString();
        if (parent.isEmpty()) {
            indexOf.insert(id, orders.size());
            orders.append(object);
        } else if (id.startsWith(u"gid://shopify/LineItem/")) {
            lineItems[parent].append(QJsonObject{{QStringLiteral("node"), object}});
        } else {
            fulfillmentOrders[parent].append(QJsonObject{{QStringLiteral("node"), object}});
        }
    }
    QJsonArray edges;
    for (QJsonObject order : orders) {
        const QString id = order[u"id"].toString();
        order.insert(QStringLiteral("lineItems"),
                     QJsonObject{{QStringLiteral("edges"), lineItems.value(id)}});
        order.insert(QStringLiteral("fulfillmentOrders"),
                     QJsonObject{{QStringLiteral("edges"), fulfillmentOrders.value(id)}});
        edges.append(QJsonObject{{QStringLiteral("node"), order}});
    }
    const QJsonObject data{
        {QStringLiteral("orders"), QJsonObject{{QStringLiteral("edges"), edges}}}};
    // The tool wants a request's cost too; a bulk query runs outside the bucket and costs none.
    const QJsonObject throttle{{QStringLiteral("maximumAvailable"), 2000},
                               {QStringLiteral("currentlyAvailable"), 2000},
                               {QStringLiteral("restoreRate"), 100}};
    const QJsonObject cost{{QStringLiteral("requestedQueryCost"), 0},
                           {QStringLiteral("actualQueryCost"), 0},
                           {QStringLiteral("throttleStatus"), throttle}};
    return QJsonDocument(QJsonObject{{QStringLiteral("data"), data},
                                     {QStringLiteral("extensions"),
                                      QJsonObject{{QStringLiteral("cost"), cost}}}})
        .toJson(QJsonDocument::Compact);
}

struct Download
{
    int status = 0;
    QByteArray body;
    QString networkError;
};

Download download(const QString &url)
{
    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(QNetworkRequest(QUrl(url)));
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(30000);
    Download result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    if (reply->error() != QNetworkReply::NoError
        && reply->error() < QNetworkReply::ContentAccessDenied)
        result.networkError = reply->errorString();
    delete reply;
    return result;
}

} // namespace

class TestDemoBulkOperations final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void operationsAreValid();
    void writesShopifysJsonlLayout();
    void writesTheOpenOrdersAsTheSchemaSays();
    void advancesWithTheStoresClock();
    void runsOneAtATime();
    void refusesWhatShopifyRefuses_data();
    void refusesWhatShopifyRefuses();
    void failsWithAnErrorCodeAndPartialData_data();
    void failsWithAnErrorCodeAndPartialData();
    void failsWithoutTheScopeToReadOrders();
    void failsWhenItNamesCustomerDataTheAppMayNotRead();
    void isCanceled();
    void expires();
    void hasNoUrlWhenNothingMatched();
    void breaksADownloadHalfway();
    void meetsAnotherStationsOperation();

private:
    void makeStore(int orders = 120, double ordersPerSecond = 0);
    // Posts an operation of bulk.graphql; checks the answer against the schema unless told.
    enum class Check { Schema, None };
    DemoClient::Response post(const QString &operation,
                              const QJsonObject &variables,
                              Check check = Check::Schema);
    QJsonObject run(const QString &query = closedOrdersQuery());
    QJsonObject status(const QString &id, Check check = Check::Schema);
    // Polls until the operation leaves CREATED, RUNNING and CANCELING.
    QJsonObject waitForEnd(const QString &id);
    QList<QJsonObject> closedOrders() const;

    std::unique_ptr<DemoStore> m_store;
    std::unique_ptr<DemoClient> m_client;
};

void TestDemoBulkOperations::init()
{
    makeStore();
}

void TestDemoBulkOperations::cleanup()
{
    m_client.reset();
    m_store.reset();
}

void TestDemoBulkOperations::makeStore(int orders, double ordersPerSecond)
{
    m_client.reset();
    m_store.reset();
    DemoStoreConfig config;
    config.orderCount = orders;
    config.now = kNow;
    config.clockRuns = false;
    config.throttling = false;
    config.bulkOrdersPerSecond = ordersPerSecond;
    m_store = std::make_unique<DemoStore>(config);
    QVERIFY(m_store->start());
    m_client = std::make_unique<DemoClient>(m_store->graphqlUrl());
}

DemoClient::Response TestDemoBulkOperations::post(const QString &operation,
                                                  const QJsonObject &variables,
                                                  Check check)
{
    const QString file = operationsPath(QStringLiteral("bulk.graphql"));
    const auto response = m_client->post(readText(file), variables, operation);
    if (check == Check::None)
        return response;
    const auto outcome = SchemaTools::checkResponse(file, operation, variables, response.body);
    if (outcome.exitCode != 0)
        qWarning().noquote() << "not as the schema says:" << outcome.output << response.body;
    [&] { QCOMPARE(outcome.exitCode, 0); }();
    return response;
}

QJsonObject TestDemoBulkOperations::run(const QString &query)
{
    const auto response = post(QStringLiteral("BulkQueryRun"), {{QStringLiteral("query"), query}});
    return response.json[u"data"][u"bulkOperationRunQuery"].toObject();
}

QJsonObject TestDemoBulkOperations::status(const QString &id, Check check)
{
    const auto response = post(QStringLiteral("BulkOperationStatus"),
                               {{QStringLiteral("id"), id}},
                               check);
    return response.json[u"data"][u"bulkOperation"].toObject();
}

QJsonObject TestDemoBulkOperations::waitForEnd(const QString &id)
{
    QJsonObject operation;
    auto ended = [&] {
        operation = status(id, Check::None);
        const QString s = operation[u"status"].toString();
        return s != u"CREATED" && s != u"RUNNING" && s != u"CANCELING";
    };
    [&] { QTRY_VERIFY_WITH_TIMEOUT(ended(), 30000); }();
    return status(id); // the end state, checked against the schema
}

QList<QJsonObject> TestDemoBulkOperations::closedOrders() const
{
    QList<QJsonObject> orders;
    for (int i = 0; i < m_store->data().orders.size(); ++i) {
        if (m_store->data().orders[i].isClosed())
            orders.append(m_store->orderJson(i));
    }
    return orders;
}

void TestDemoBulkOperations::operationsAreValid()
{
    const auto outcome = SchemaTools::validateGraphql(
        {operationsPath(QStringLiteral("bulk.graphql")),
         operationsPath(QStringLiteral("bulk-closed-orders.graphql")),
         operationsPath(QStringLiteral("bulk-open-orders.graphql"))});
    QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.output));
}

void TestDemoBulkOperations::writesShopifysJsonlLayout()
{
    const QJsonObject started = run();
    QCOMPARE(started[u"userErrors"].toArray().size(), 0);
    QCOMPARE(started[u"bulkOperation"][u"status"].toString(), u"CREATED");
    const QJsonObject done = waitForEnd(started[u"bulkOperation"][u"id"].toString());
    QCOMPARE(done[u"status"].toString(), u"COMPLETED");
    QVERIFY(done[u"errorCode"].isNull());
    QVERIFY(done[u"partialDataUrl"].isNull());
    QVERIFY(!done[u"completedAt"].isNull());
    const QString url = done[u"url"].toString();
    QVERIFY(url.startsWith(m_store->url().toString()));

    const Download file = download(url);
    QCOMPARE(file.status, 200);
    QCOMPARE(QString::number(file.body.size()), done[u"fileSize"].toString());
    const QList<QByteArray> lines = file.body.split('\n');
    QVERIFY(lines.last().isEmpty()); // every line ends in a newline
    QCOMPARE(QString::number(lines.size() - 1), done[u"objectCount"].toString());

    // Parents before children; every child names a parent read before it.
    const QList<QJsonObject> expected = closedOrders();
    QVERIFY(!expected.isEmpty());
    QSet<QString> seen;
    QHash<QString, int> childrenOf;
    QStringList roots;
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        QJsonParseError error;
        const QJsonObject object = QJsonDocument::fromJson(lines[i], &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QString id = object[u"id"].toString();
        QVERIFY(!id.isEmpty());
        if (object.contains(u"__parentId")) {
            const QString parent = object[u"__parentId"].toString();
            QVERIFY2(seen.contains(parent), qPrintable(parent));
            ++childrenOf[parent];
            QVERIFY(!object.contains(u"lineItems")); // fulfillment orders bring no nested lines
        } else {
            roots.append(id);
            // Nested connections are never inside the parent's line; plain lists are.
            QVERIFY(!object.contains(u"lineItems"));
            QVERIFY(!object.contains(u"fulfillmentOrders"));
            QVERIFY(object[u"fulfillments"].isArray());
            QVERIFY(object[u"customer"].isObject() || object[u"customer"].isNull());
        }
        seen.insert(id);
    }
    QCOMPARE(done[u"rootObjectCount"].toString(), QString::number(roots.size()));
    QCOMPARE(roots.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QJsonObject &order = expected[i];
        QCOMPARE(roots[i], order[u"id"].toString());
        const int children = int(order[u"lineItems"].toArray().size()
                                 + order[u"fulfillmentOrders"].toArray().size());
        QCOMPARE(childrenOf.value(roots[i]), children);
    }
}

// A reconciliation's query (bulk-open-orders.graphql): every open order, none other, each
// with its line items and fulfillment orders, every field as Shopify's schema says.
void TestDemoBulkOperations::writesTheOpenOrdersAsTheSchemaSays()
{
    const QJsonObject started = run(openOrdersQuery());
    QCOMPARE(started[u"userErrors"].toArray().size(), 0);
    const QJsonObject done = waitForEnd(started[u"bulkOperation"][u"id"].toString());
    QCOMPARE(done[u"status"].toString(), u"COMPLETED");
    const Download file = download(done[u"url"].toString());
    QCOMPARE(file.status, 200);

    const QByteArray response = asResponse(file.body);
    const QString query = operationsPath(QStringLiteral("bulk-open-orders.graphql"));
    const auto outcome
        = SchemaTools::checkResponse(query, QStringLiteral("BulkOpenOrders"), {}, response);
    QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.output.left(3000)));

    QStringList expected;
    for (int i = 0; i < m_store->data().orders.size(); ++i) {
        const auto &order = m_store->data().orders[i];
        if (!order.isClosed() && !order.isCancelled())
            expected.append(m_store->orderJson(i)[u"id"].toString());
    }
    QVERIFY(!expected.isEmpty());
    QStringList roots;
    const QJsonArray edges
        = QJsonDocument::fromJson(response)[u"data"][u"orders"][u"edges"].toArray();
    for (const QJsonValue &edge : edges) {
        roots.append(edge[u"node"][u"id"].toString());
        QVERIFY(!edge[u"node"][u"closed"].toBool());
    }
    QCOMPARE(roots, expected);
}

void TestDemoBulkOperations::advancesWithTheStoresClock()
{
    makeStore(120, 10); // ten orders a second of the store's clock, which stands still
    const QString id = run()[u"bulkOperation"][u"id"].toString();
    QTRY_COMPARE(status(id, Check::None)[u"status"].toString(), u"RUNNING");
    QCOMPARE(status(id)[u"objectCount"].toString(), u"0");
    m_store->advance(2s);
    QJsonObject running = status(id);
    QCOMPARE(running[u"status"].toString(), u"RUNNING");
    QCOMPARE(running[u"rootObjectCount"].toString(), u"20");
    QVERIFY(running[u"objectCount"].toString().toLongLong() > 20); // children count too
    QVERIFY(running[u"url"].isNull());
    m_store->advance(20s);
    QCOMPARE(waitForEnd(id)[u"status"].toString(), u"COMPLETED");
}

void TestDemoBulkOperations::runsOneAtATime()
{
    makeStore(120, 1);
    const QString first = run()[u"bulkOperation"][u"id"].toString();
    const QJsonObject second = run();
    QVERIFY(second[u"bulkOperation"].isNull());
    QCOMPARE(second[u"userErrors"][0][u"code"].toString(), u"OPERATION_IN_PROGRESS");
    QVERIFY(second[u"userErrors"][0][u"message"].toString().contains(first));
    // Once the first ended, the next may run.
    m_store->advance(200s);
    waitForEnd(first);
    QCOMPARE(run()[u"userErrors"].toArray().size(), 0);
}

void TestDemoBulkOperations::refusesWhatShopifyRefuses_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("problem");
    QTest::newRow("no connection") << "{ shop { name } }"
                                   << "at least one connection";
    QTest::newRow("three deep")
        << "{ orders { edges { node { id fulfillmentOrders { edges { node { id lineItems { "
           "edges { node { id } } } } } } } } } }"
        << "nest 3 levels";
    QTest::newRow("six connections")
        << "{ orders { nodes { id a: lineItems { nodes { id } } b: lineItems { nodes { id } } "
           "c: lineItems { nodes { id } } d: lineItems { nodes { id } } e: lineItems { nodes { "
           "id } } } } }"
        << "6 connections";
    QTest::newRow("nodes at the root") << "{ nodes(ids: []) { id } orders { nodes { id } } }"
                                       << "'node' and 'nodes'";
    QTest::newRow("does not parse") << "{ orders { nodes { id }"
                                    << "Invalid bulk query";
}

void TestDemoBulkOperations::refusesWhatShopifyRefuses()
{
    QFETCH(QString, query);
    QFETCH(QString, problem);
    const QJsonObject refused = run(query);
    QVERIFY(refused[u"bulkOperation"].isNull());
    QCOMPARE(refused[u"userErrors"][0][u"code"].toString(), u"INVALID");
    QVERIFY2(refused[u"userErrors"][0][u"message"].toString().contains(problem),
             qPrintable(refused[u"userErrors"][0][u"message"].toString()));
}

void TestDemoBulkOperations::failsWithAnErrorCodeAndPartialData_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("internal") << "INTERNAL_SERVER_ERROR";
    QTest::newRow("timeout") << "TIMEOUT";
    QTest::newRow("access denied") << "ACCESS_DENIED";
}

void TestDemoBulkOperations::failsWithAnErrorCodeAndPartialData()
{
    QFETCH(QString, code);
    FaultPlan plan;
    plan.bulkEnd = FaultPlan::BulkEnd::Failed;
    plan.bulkErrorCode = code;
    plan.bulkEndsAt = 0.5;
    m_store->setFaultPlan(plan);
    const QJsonObject failed = waitForEnd(run()[u"bulkOperation"][u"id"].toString());
    QCOMPARE(failed[u"status"].toString(), u"FAILED");
    QCOMPARE(failed[u"errorCode"].toString(), code);
    QVERIFY(failed[u"url"].isNull());
    QVERIFY(failed[u"completedAt"].isNull());
    const Download partial = download(failed[u"partialDataUrl"].toString());
    QCOMPARE(partial.status, 200);
    const int roots = int(failed[u"rootObjectCount"].toString().toLongLong());
    QCOMPARE(roots, int(closedOrders().size() / 2));
    QCOMPARE(QString::number(partial.body.count('\n')), failed[u"objectCount"].toString());
}

void TestDemoBulkOperations::failsWithoutTheScopeToReadOrders()
{
    m_store->setGrantedScopes({QStringLiteral("read_products")});
    const QJsonObject failed = waitForEnd(run()[u"bulkOperation"][u"id"].toString());
    QCOMPARE(failed[u"status"].toString(), u"FAILED");
    QCOMPARE(failed[u"errorCode"].toString(), u"ACCESS_DENIED");
    QVERIFY(failed[u"partialDataUrl"].isNull());
    QCOMPARE(failed[u"objectCount"].toString(), u"0");
}

void TestDemoBulkOperations::failsWhenItNamesCustomerDataTheAppMayNotRead()
{
    // The history's query asks for the email and the ship-to address; a page would answer
    // them null with ACCESS_DENIED errors, a bulk operation fails as a whole.
    m_store->setCustomerDataAccess(CustomerDataAccess::none());
    const QJsonObject failed = waitForEnd(run()[u"bulkOperation"][u"id"].toString());
    QCOMPARE(failed[u"status"].toString(), u"FAILED");
    QCOMPARE(failed[u"errorCode"].toString(), u"ACCESS_DENIED");
    QCOMPARE(failed[u"objectCount"].toString(), u"0");
    QVERIFY(failed[u"url"].isNull());

    m_store->setCustomerDataAccess(CustomerDataAccess::full());
    const QJsonObject done = waitForEnd(run()[u"bulkOperation"][u"id"].toString());
    QCOMPARE(done[u"status"].toString(), u"COMPLETED");
}

void TestDemoBulkOperations::isCanceled()
{
    // Canceled by someone else, half-way.
    FaultPlan plan;
    plan.bulkEnd = FaultPlan::BulkEnd::Canceled;
    m_store->setFaultPlan(plan);
    QJsonObject canceled = waitForEnd(run()[u"bulkOperation"][u"id"].toString());
    QCOMPARE(canceled[u"status"].toString(), u"CANCELED");
    QVERIFY(canceled[u"url"].isNull());
    QVERIFY(canceled[u"partialDataUrl"].isNull());

    // And by the app itself.
    m_store->setFaultPlan({});
    makeStore(120, 1);
    const QString id = run()[u"bulkOperation"][u"id"].toString();
    const auto response = post(QStringLiteral("BulkOperationCancel"), {{QStringLiteral("id"), id}});
    const QJsonObject payload = response.json[u"data"][u"bulkOperationCancel"].toObject();
    QCOMPARE(payload[u"userErrors"].toArray().size(), 0);
    QCOMPARE(payload[u"bulkOperation"][u"status"].toString(), u"CANCELING");
    QCOMPARE(waitForEnd(id)[u"status"].toString(), u"CANCELED");
    const auto again = post(QStringLiteral("BulkOperationCancel"), {{QStringLiteral("id"), id}});
    QCOMPARE(again.json[u"data"][u"bulkOperationCancel"][u"userErrors"].toArray().size(), 1);
}

void TestDemoBulkOperations::expires()
{
    FaultPlan plan;
    plan.bulkResultLifetimeMs = 60000;
    m_store->setFaultPlan(plan);
    const QJsonObject done = waitForEnd(run()[u"bulkOperation"][u"id"].toString());
    QCOMPARE(done[u"status"].toString(), u"COMPLETED");
    const QString url = done[u"url"].toString();
    QCOMPARE(download(url).status, 200);
    m_store->advance(61s);
    const QJsonObject expired = status(done[u"id"].toString());
    QCOMPARE(expired[u"status"].toString(), u"EXPIRED");
    QVERIFY(expired[u"url"].isNull());
    QCOMPARE(download(url).status, 403);
}

void TestDemoBulkOperations::hasNoUrlWhenNothingMatched()
{
    const QJsonObject done = waitForEnd(run(QStringLiteral(
        "{ orders(query: \"name:#99999\") { edges { node { id } } } }"))[u"bulkOperation"][u"id"]
                                            .toString());
    QCOMPARE(done[u"status"].toString(), u"COMPLETED");
    QCOMPARE(done[u"objectCount"].toString(), u"0");
    QVERIFY(done[u"url"].isNull());
    QVERIFY(done[u"fileSize"].isNull());
}

void TestDemoBulkOperations::breaksADownloadHalfway()
{
    FaultPlan plan;
    plan.bulkBrokenDownloads = 1;
    m_store->setFaultPlan(plan);
    const QJsonObject done = waitForEnd(run()[u"bulkOperation"][u"id"].toString());
    const QString url = done[u"url"].toString();
    const Download broken = download(url);
    QVERIFY2(!broken.networkError.isEmpty(), "a short body must be an error");
    QVERIFY(broken.body.size() < done[u"fileSize"].toString().toLongLong());
    // The next download is whole.
    const Download whole = download(url);
    QVERIFY(whole.networkError.isEmpty());
    QCOMPARE(QString::number(whole.body.size()), done[u"fileSize"].toString());
    QCOMPARE(m_store->bulkOperations().downloadCount(), 2);
}

void TestDemoBulkOperations::meetsAnotherStationsOperation()
{
    FaultPlan plan;
    plan.bulkOtherRunning = true;
    plan.bulkOtherRunMs = 5000;
    m_store->setFaultPlan(plan);
    const QJsonObject refused = run();
    QCOMPARE(refused[u"userErrors"][0][u"code"].toString(), u"OPERATION_IN_PROGRESS");
    const auto running = post(QStringLiteral("RunningBulkQuery"), {});
    const QJsonArray nodes = running.json[u"data"][u"bulkOperations"][u"nodes"].toArray();
    QCOMPARE(nodes.size(), 1);
    QVERIFY(refused[u"userErrors"][0][u"message"].toString().contains(nodes[0][u"id"].toString()));
    m_store->advance(6s);
    QCOMPARE(waitForEnd(nodes[0][u"id"].toString())[u"status"].toString(), u"COMPLETED");
    QCOMPARE(run()[u"userErrors"].toArray().size(), 0);
}

QTEST_GUILESS_MAIN(TestDemoBulkOperations)
#include "tst_demobulkoperations.moc"
