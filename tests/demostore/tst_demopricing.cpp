// What the demo store charges (ShopifyPricing), against the worked examples Shopify published:
//
// [rate-limits] shopify.dev, "GraphQL Admin API rate limits", Cost calculation: a field's cost
//   by what it returns: scalar 0, enum 0, object 1, interface and union the maximum of
//   possible selections, connection sized by first and last, mutation 10; and the refund:
//   the bucket is charged the requested cost and given back the difference to the actual.
// [blog] Shopify Engineering, "Rate Limiting GraphQL APIs by Calculating Query Complexity":
//   `shop { id name timezoneOffsetMinutes customerAccounts }` costs 1 (an object, its scalars
//   free); a connection costs two points plus the objects it returns; a mutation ten.
//
// The store prices independently of the client's estimator (graphql/QueryCost); where the
// published rules leave no doubt, the two agree on every operation the app sends.

#include "core/demostore/DemoStore.h"
#include "core/demostore/QueryRootResolver.h"
#include "core/demostore/ShopifyPricing.h"
#include "core/graphql/Parser.h"
#include "core/graphql/QueryCost.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

int price(const QString &text, const QJsonObject &variables = {}, double factor = 1.0)
{
    QString error;
    const std::optional<graphql::Document> document = graphql::parse(text, &error);
    if (!document)
        qFatal("does not parse: %s", qPrintable(error));
    const demostore::ShopifyPricing pricing(demostore::QueryRootResolver::possibleTypes(), factor);
    return pricing.requestedCost(*document, document->operations().front(), variables);
}

QString operationsFile(const QString &name)
{
    QFile file(u":/graphql/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(name));
    return QString::fromUtf8(file.readAll());
}

} // namespace

class TestDemoPricing final : public QObject
{
    Q_OBJECT

private slots:
    void pricesShopifysWorkedExamples_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QJsonObject>("variables");
        QTest::addColumn<int>("expected");

        // [blog]: shop is an object, 1; id, name, timezoneOffsetMinutes and customerAccounts
        // are scalars, 0. The whole query: 1.
        QTest::newRow("blog: an object of scalars")
            << u"{ shop { id name timezoneOffsetMinutes customerAccounts } }"_s << QJsonObject()
            << 1;
        // [rate-limits]: enums cost nothing either.
        QTest::newRow("enums") << u"{ shop { currencyCode } }"_s << QJsonObject() << 1;
        // [blog]: a connection, two points plus the objects it returns: 2 + 5.
        QTest::newRow("blog: a connection")
            << u"{ orders(first: 5) { edges { node { name displayFulfillmentStatus } } } }"_s
            << QJsonObject() << 7;
        // Sized by last as by first [rate-limits].
        QTest::newRow("sized by last")
            << u"{ orders(last: 3) { nodes { id } pageInfo { hasNextPage } } }"_s << QJsonObject()
            << 5;
        // Nested connections multiply: 2 + 10 x (1 product + 2 + 5 variants x 1).
        QTest::newRow("nested connections")
            << u"{ products(first: 10) { edges { node { title variants(first: 5) { edges { node { "
               "price } } } } } } }"_s
            << QJsonObject() << 82;
        // Objects inside the node: 2 + 4 x (1 + customer 1 + shippingAddress 1).
        QTest::newRow("objects in a connection")
            << u"{ orders(first: 4) { nodes { customer { displayName } shippingAddress { name } "
               "} } }"_s
            << QJsonObject() << 14;
        // The page size from a variable.
        QTest::newRow("page size from a variable")
            << u"query($n: Int!) { orders(first: $n) { nodes { id } } }"_s
            << QJsonObject{{u"n"_s, 20}} << 22;
        // [rate-limits]: a mutation is 10, whatever it selects.
        QTest::newRow("mutation")
            << u"mutation { tagsAdd(id: \"gid://shopify/Order/1\", tags: [\"a\"]) { node { id } "
               "userErrors { field message } } }"_s
            << QJsonObject() << 10;
        QTest::newRow("two mutations")
            << u"mutation { a: tagsAdd(id: \"1\", tags: []) { node { id "
               "} } b: tagsRemove(id: \"1\", tags: []) { node { id } } }"_s
            << QJsonObject() << 20;
        // [rate-limits]: an interface costs the maximum of its possible selections: the Order
        // asks for one object more than the Product, so 1 + 1, not 1 + 1 + 1.
        QTest::newRow("interface: the dearest type")
            << u"{ node(id: \"gid://shopify/Order/1\") { id ... on Order { customer { displayName "
               "} } ... on Product { title } } }"_s
            << QJsonObject() << 2;
        QTest::newRow("interface: types of equal price")
            << u"{ node(id: \"gid://shopify/Order/1\") { ... on Order { customer { displayName } "
               "} ... on Fulfillment { location { name } } } }"_s
            << QJsonObject() << 2;
        // Every id of nodes(ids:) is an object: 3 x (1 + variant 1).
        QTest::newRow("nodes by id")
            << u"{ nodes(ids: [\"a\", \"b\", \"c\"]) { __typename ... on InventoryItem { id "
               "variant { id } } } }"_s
            << QJsonObject() << 6;
        // A list sized by first without a connection's wrapper: 3 x (1 + location 1).
        QTest::newRow("sized list")
            << u"{ order(id: \"1\") { fulfillments(first: 3) { id location { name } } } }"_s
            << QJsonObject() << 7;
        // One field selected twice is one field.
        QTest::newRow("merged selections")
            << u"{ shop { name } shop { email } }"_s << QJsonObject() << 1;
        QTest::newRow("skipped") << u"query($s: Boolean!) { shop @skip(if: $s) { name } }"_s
                                 << QJsonObject{{u"s"_s, true}} << 0;
        QTest::newRow("typename only") << u"{ __typename }"_s << QJsonObject() << 0;
    }
    void pricesShopifysWorkedExamples()
    {
        QFETCH(QString, query);
        QFETCH(QJsonObject, variables);
        QFETCH(int, expected);
        QCOMPARE(price(query, variables), expected);
    }

    // Two prices written apart from the same published rules agree on what the app sends.
    void agreesWithTheClientOnTheAppsOperations_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QJsonObject>("variables");
        const QJsonObject sizes{{u"lineItems"_s, 8},
                                {u"fulfillmentOrders"_s, 3},
                                {u"fulfillmentOrderLineItems"_s, 8},
                                {u"fulfillments"_s, 3},
                                {u"trackingInfo"_s, 2}};
        QJsonObject page = sizes;
        page.insert(u"first"_s, 7);
        QJsonObject one = sizes;
        one.insert(u"id"_s, u"gid://shopify/Order/1"_s);
        QTest::newRow("Orders") << u"orders.graphql"_s << u"Orders"_s << page;
        QTest::newRow("Order") << u"orders.graphql"_s << u"Order"_s << one;
        QTest::newRow("OrdersCount") << u"orders.graphql"_s << u"OrdersCount"_s << QJsonObject();
        QTest::newRow("OrderLineItems") << u"orders.graphql"_s << u"OrderLineItems"_s
                                        << QJsonObject{{u"id"_s, u"1"_s}, {u"first"_s, 100}};
        QTest::newRow("OrderFulfillmentOrders")
            << u"orders.graphql"_s << u"OrderFulfillmentOrders"_s
            << QJsonObject{{u"id"_s, u"1"_s}, {u"first"_s, 12}, {u"fulfillmentOrderLineItems"_s, 8}};
        QTest::newRow("FulfillmentCreate")
            << u"orders.graphql"_s << u"FulfillmentCreate"_s << sizes;
        QJsonArray ids;
        for (int i = 0; i < 40; ++i)
            ids.append(u"gid://shopify/InventoryItem/%1"_s.arg(i));
        QTest::newRow("InventoryItems") << u"inventory.graphql"_s << u"InventoryItems"_s
                                        << QJsonObject{{u"ids"_s, ids}, {u"levels"_s, 10}};
        QTest::newRow("ConnectionCheck")
            << u"connection.graphql"_s << u"ConnectionCheck"_s << QJsonObject();
    }
    void agreesWithTheClientOnTheAppsOperations()
    {
        QFETCH(QString, file);
        QFETCH(QString, operation);
        QFETCH(QJsonObject, variables);
        QString error;
        const std::optional<graphql::Document> document = graphql::parse(operationsFile(file),
                                                                         &error);
        QVERIFY2(document, qPrintable(error));
        const graphql::OperationDefinition *definition = document->operation(operation);
        QVERIFY(definition);
        const demostore::ShopifyPricing pricing(demostore::QueryRootResolver::possibleTypes());
        const int store = pricing.requestedCost(*document, *definition, variables);
        QVERIFY(store > 0);
        QCOMPARE(store, graphql::requestedCost(*document, operation, variables));

        // With a price factor the store charges more than the published rules say.
        const demostore::ShopifyPricing dearer(demostore::QueryRootResolver::possibleTypes(), 1.6);
        QCOMPARE(dearer.requestedCost(*document, *definition, variables),
                 int(std::ceil(store * 1.6 - 1e-9)));
    }

    void aPriceFactorScalesRequestedAndActualAlike()
    {
        QCOMPARE(price(u"{ orders(first: 5) { nodes { id } } }"_s, {}, 1.6), 12); // 7 x 1.6 = 11.2
        const demostore::ShopifyPricing pricing({}, 1.6);
        QCOMPARE(pricing.actualCost(3, 12), 5);   // 3 x 1.6 = 4.8
        QCOMPARE(pricing.actualCost(20, 12), 12); // never above the requested cost
    }

    void absurdQueriesCostTooMuchToRun()
    {
        QVERIFY(price(u"{ orders(first: 2000000000) { nodes { lineItems(first: 2000000000) { "
                      "nodes { id } } } } }"_s)
                > 1000);
    }

    // [rate-limits]: the bucket is charged the requested cost before the query runs and given
    // back the difference to the actual cost when it ends; both are in extensions.cost.
    void chargesTheRequestedCostAndRefundsToTheActual()
    {
        demostore::DemoStoreConfig config;
        config.orderCount = 3;
        config.now = QDateTime(QDate(2026, 1, 31), QTime(12, 0), Qt::UTC);
        config.bucketSize = 2000;
        config.restoreRate = 0; // nothing comes back with time: only the refund
        config.priceFactor = 1.6;
        demostore::DemoStore store(config);
        // 2 + 50 x 1 = 52 as published, x 1.6 = 84 requested; 3 orders came back: 2 + 3 = 5,
        // x 1.6 = 8 actual.
        const demostore::ApiReply reply = store.post(
            "{\"query\":\"{ orders(first: 50) { nodes { id } } }\"}");
        QCOMPARE(reply.status, 200);
        const QJsonObject cost
            = QJsonDocument::fromJson(reply.body).object()[u"extensions"][u"cost"].toObject();
        QCOMPARE(cost[u"requestedQueryCost"].toInt(), 84);
        QCOMPARE(cost[u"actualQueryCost"].toInt(), 8);
        QCOMPARE(cost[u"throttleStatus"][u"currentlyAvailable"].toInt(), 2000 - 8);

        // Over the single-query limit by the store's price (not by the published one): refused
        // with the cost, nothing charged.
        const demostore::ApiReply refused = store.post(
            "{\"query\":\"{ orders(first: 250) { nodes { id customer { displayName } "
            "shippingAddress { name } } } }\"}"); // 752 published, 1204 charged
        const QJsonObject answer = QJsonDocument::fromJson(refused.body).object();
        const QJsonObject extensions = answer[u"errors"][0][u"extensions"].toObject();
        QCOMPARE(extensions[u"code"].toString(), u"MAX_COST_EXCEEDED"_s);
        QCOMPARE(extensions[u"cost"].toInt(), 1204);
        QCOMPARE(extensions[u"maxCost"].toInt(), 1000);
        QCOMPARE(answer[u"extensions"][u"cost"][u"throttleStatus"][u"currentlyAvailable"].toInt(),
                 2000 - 8);
        QCOMPARE(store.maxCostExceededCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDemoPricing)
#include "tst_demopricing.moc"
