// Shopify's requested query cost, with every expected number worked out by hand from the
// rules in graphql/QueryCost.h.

#include "core/graphql/Parser.h"
#include "core/graphql/QueryCost.h"
#include "tests/testlib/SchemaTools.h"

#include <QDir>
#include <QFile>
#include <QtTest>

class TestGraphqlCost final : public QObject
{
    Q_OBJECT

private slots:
    void pricesSelections_data();
    void pricesSelections();
    void pricesTheOrdersOperations_data();
    void pricesTheOrdersOperations();
    void unknownOperationCostsNothing();
    void absurdQueriesCostTheMaximum();
};

namespace {

int cost(const QString &text, const QJsonObject &variables = {}, const QString &operation = {})
{
    QString error;
    const auto document = graphql::parse(text, &error);
    if (!document)
        qFatal("does not parse: %s", qPrintable(error));
    return graphql::requestedCost(*document, operation, variables);
}

} // namespace

void TestGraphqlCost::pricesSelections_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QJsonObject>("variables");
    QTest::addColumn<int>("expected");

    // shop: an object, 1; its scalars 0.
    QTest::newRow("object of scalars")
        << QStringLiteral("{ shop { name currencyCode } }") << QJsonObject() << 1;
    // __typename and scalars at the root cost nothing.
    QTest::newRow("typename") << QStringLiteral("{ __typename }") << QJsonObject() << 0;
    // A connection: 2 + 10 nodes x (1 + 0).
    QTest::newRow("connection with nodes")
        << QStringLiteral("{ orders(first: 10) { nodes { id name } pageInfo { hasNextPage } } }")
        << QJsonObject() << 12;
    // edges { cursor node { customer } }: 2 + 5 x (1 + customer 1).
    QTest::newRow("connection with edges") << QStringLiteral(
        "{ orders(first: 5) { edges { cursor node { id customer { displayName } } } } }")
                                           << QJsonObject() << 12;
    // last counts like first: 2 + 3 x 1.
    QTest::newRow("last") << QStringLiteral("{ orders(last: 3) { nodes { id } } }") << QJsonObject()
                          << 5;
    // Only pageInfo: still a connection, each node priced 1: 2 + 4 x 1.
    QTest::newRow("pageInfo only")
        << QStringLiteral("{ orders(first: 4) { pageInfo { hasNextPage } } }") << QJsonObject()
        << 6;
    // order 1 + fulfillments(first: 5) x (1 + location 1 + trackingInfo(first: 3) x (1 + 0)).
    // = 1 + 5 x (1 + 1 + 3) = 26
    QTest::newRow("plain lists with first")
        << QStringLiteral("{ order(id: \"x\") { fulfillments(first: 5) { location { id } "
                          "trackingInfo(first: 3) { number } } } }")
        << QJsonObject() << 26;
    // Lists without a size are priced as one object: 1 + holds 1 + actions 1.
    QTest::newRow("lists without size")
        << QStringLiteral("{ fulfillmentOrder(id: \"x\") { fulfillmentHolds { reason } "
                          "supportedActions { action } } }")
        << QJsonObject() << 3;
    // A page size from a variable, its default, or 0.
    const QString sized = QStringLiteral(
        "query Q($n: Int = 7) { orders(first: $n) { nodes { id } } }");
    QTest::newRow("variable given") << sized << QJsonObject{{QStringLiteral("n"), 3}} << 5;
    QTest::newRow("variable default") << sized << QJsonObject() << 9;
    QTest::newRow("variable null takes default")
        << sized << QJsonObject{{QStringLiteral("n"), QJsonValue::Null}} << 9;
    QTest::newRow("variable without default")
        << QStringLiteral("query Q($n: Int) { orders(first: $n) { nodes { id } } }")
        << QJsonObject() << 2;
    // Fragments expand; @include drops the customer: 2 + 2 x (1 + address 1 [+ customer 1]).
    const QString directives = QStringLiteral(
        "query Q($c: Boolean!) { orders(first: 2) { nodes { ...F customer @include(if: $c) { "
        "displayName } "
        "... on Order @skip(if: true) { billingAddress { name } } } } } "
        "fragment F on Order { shippingAddress { name } }");
    QTest::newRow("include true") << directives << QJsonObject{{QStringLiteral("c"), true}} << 8;
    QTest::newRow("include false") << directives << QJsonObject{{QStringLiteral("c"), false}} << 6;
    // The same field twice merges: shop counts once.
    QTest::newRow("merged fields")
        << QStringLiteral("{ shop { name } shop { email } }") << QJsonObject() << 1;
    // Aliases are different fields: 1 + 1.
    QTest::newRow("aliases") << QStringLiteral("{ a: shop { name } b: shop { name } }")
                             << QJsonObject() << 2;
    // Nested connections multiply: 2 + 3 x (1 + [2 + 4 x (1 + variant 1)]) = 2 + 3 x 11 = 35.
    QTest::newRow("nested connections") << QStringLiteral(
        "{ orders(first: 3) { nodes { lineItems(first: 4) { nodes { variant { id } } } } } }")
                                        << QJsonObject() << 35;
    // A mutation: 10 per top-level field, selections not added.
    QTest::newRow("mutation") << QStringLiteral(
        "mutation { a: fulfillmentCreate(fulfillment: {}) { fulfillment { id trackingInfo(first: "
        "9) { url } } } "
        "b: fulfillmentCancel(id: \"x\") { fulfillment { id } userErrors { message } } }")
                              << QJsonObject() << 20;
}

void TestGraphqlCost::pricesSelections()
{
    QFETCH(QString, query);
    QFETCH(QJsonObject, variables);
    QFETCH(int, expected);
    QCOMPARE(cost(query, variables), expected);
}

void TestGraphqlCost::pricesTheOrdersOperations_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QJsonObject>("variables");
    QTest::addColumn<int>("expected");

    // One order node in the Orders and Order operations (OrderFields), by hand:
    //   the node itself                                       1
    //   customer { displayName }                              1
    //   shippingAddress { name company address1 ... }         1
    //   shippingLine { title }                                1
    //   currentTotalPriceSet { shopMoney { ... } }            1 + 1 = 2
    //   lineItems(first: L): 2 + L x (1 + LineItemFields)
    //     LineItemFields: originalUnitPriceSet { shopMoney } 2, variant { id inventoryItem { id } } 2
    //     = 2 + 5L
    //   fulfillmentOrders(first: F): 2 + F x (1 + FulfillmentOrderFields)
    //     FulfillmentOrderFields: assignedLocation { location { fulfillmentService } } 3,
    //     fulfillmentHolds 1, supportedActions 1,
    //     lineItems(first: FL): 2 + FL x (1 + lineItem { id } 1) = 2 + 2FL
    //     = 7 + 2FL, so 2 + F x (8 + 2FL)
    //   fulfillments(first: N), a plain list: N x (1 + location 1 + trackingInfo(first: T) T x 1)
    //     = N x (2 + T)
    //   node = 1 + 1 + 1 + 1 + 2 + (2 + 5L) + (2 + F(8 + 2FL)) + N(2 + T)
    //        = 10 + 5L + F(8 + 2FL) + N(2 + T)
    // Orders: 2 + P x node.
    auto sizes = [](int p, int l, int f, int fl, int n, int t) {
        QJsonObject v{{QStringLiteral("lineItems"), l},
                      {QStringLiteral("fulfillmentOrders"), f},
                      {QStringLiteral("fulfillmentOrderLineItems"), fl},
                      {QStringLiteral("fulfillments"), n},
                      {QStringLiteral("trackingInfo"), t},
                      {QStringLiteral("id"), QStringLiteral("gid://shopify/Order/1")}};
        if (p >= 0)
            v.insert(QStringLiteral("first"), p);
        return v;
    };
    // P=10, L=10, F=2, FL=10, N=2, T=2: node = 10 + 50 + 2 x 29 + 2 x 4 = 126; 2 + 1260 = 1262.
    // (A fulfillment order node: 1 + assignedLocation 3 + deliveryMethod 1 + holds 1 + actions 1
    // + lineItems 2 + 10 x 2 = 29.)
    QTest::newRow("Orders, 10 orders")
        << QStringLiteral("Orders") << sizes(10, 10, 2, 10, 2, 2) << 1262;
    // P=5, same nested sizes: 2 + 5 x 126 = 632.
    QTest::newRow("Orders, 5 orders")
        << QStringLiteral("Orders") << sizes(5, 10, 2, 10, 2, 2) << 632;
    // P=50, L=5, F=1, FL=5, N=1, T=1: node = 10 + 25 + 19 + 3 = 57; 2 + 2850 = 2852.
    QTest::newRow("Orders, 50 small orders")
        << QStringLiteral("Orders") << sizes(50, 5, 1, 5, 1, 1) << 2852;
    // Order: 1 node, 126 (an object field, no connection overhead).
    QTest::newRow("Order") << QStringLiteral("Order") << sizes(-1, 10, 2, 10, 2, 2) << 126;
    // ordersCount { count precision }, openOrdersCount: ordersCount { count },
    // currentAppInstallation { accessScopes { handle } }: four objects (a list without a size
    // argument counts as one).
    QTest::newRow("OrdersCount") << QStringLiteral("OrdersCount") << QJsonObject() << 4;
    // OrderList, 249 orders: the order, its customer, the total's MoneyBag and MoneyV2: 2 +
    // 249 x 4 = 998, a page within the single-query limit of 1,000.
    QTest::newRow("OrderList, 249 orders")
        << QStringLiteral("OrderList") << QJsonObject{{QStringLiteral("first"), 249}} << 998;
    // order 1 + lineItems(first: 250): 2 + 250 x 5 = 1252; 1253.
    QTest::newRow("OrderLineItems")
        << QStringLiteral("OrderLineItems")
        << QJsonObject{{QStringLiteral("id"), QStringLiteral("gid://shopify/Order/1")},
                       {QStringLiteral("first"), 250}}
        << 1253;
    // order 1 + fulfillmentOrders(first: 20): 2 + 20 x (9 + 2 x 5) = 382; 383.
    QTest::newRow("OrderFulfillmentOrders")
        << QStringLiteral("OrderFulfillmentOrders")
        << QJsonObject{{QStringLiteral("id"), QStringLiteral("gid://shopify/Order/1")},
                       {QStringLiteral("first"), 20},
                       {QStringLiteral("fulfillmentOrderLineItems"), 5}}
        << 383;
    // order 1 + fulfillments(first: 25), a plain list: 25 x (1 + location 1 + trackingInfo
    // 10 x 1) = 300; 301.
    QTest::newRow("OrderFulfillments")
        << QStringLiteral("OrderFulfillments")
        << QJsonObject{{QStringLiteral("id"), QStringLiteral("gid://shopify/Order/1")},
                       {QStringLiteral("fulfillments"), 25},
                       {QStringLiteral("trackingInfo"), 10}}
        << 301;
    // fulfillmentOrder 1 + lineItems(first: 100): 2 + 100 x 2 = 202; 203.
    QTest::newRow("FulfillmentOrderLineItems")
        << QStringLiteral("FulfillmentOrderLineItems")
        << QJsonObject{{QStringLiteral("id"), QStringLiteral("gid://shopify/FulfillmentOrder/1")},
                       {QStringLiteral("first"), 100}}
        << 203;
}

void TestGraphqlCost::pricesTheOrdersOperations()
{
    QFETCH(QString, operation);
    QFETCH(QJsonObject, variables);
    QFETCH(int, expected);
    QFile file(QDir(SchemaTools::sourceDir())
                   .filePath(QStringLiteral("core/shopify/operations/orders.graphql")));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QCOMPARE(cost(QString::fromUtf8(file.readAll()), variables, operation), expected);
}

void TestGraphqlCost::unknownOperationCostsNothing()
{
    QCOMPARE(cost(QStringLiteral("query A { shop { name } }"), {}, QStringLiteral("B")), 0);
}

void TestGraphqlCost::absurdQueriesCostTheMaximum()
{
    // Page sizes that overflow 32 bits saturate instead of wrapping around to a small cost.
    QCOMPARE(cost(QStringLiteral(
                 "{ a(first: 2147483647) { nodes { b(first: 2147483647) { nodes { id } } } } }")),
             graphql::maxCost());
    // Fragments that describe 2^30 paths in a few lines (about as deep as the parser allows) are
    // priced at the maximum. A pricing that walked every path would take minutes; how fast
    // it is belongs to the benchmarks, not to a unit test.
    QString text = QStringLiteral("{ ...F0 }\n");
    for (int i = 0; i < 30; ++i)
        text += QStringLiteral("fragment F%1 on Q { a { ...F%2 } b { ...F%2 } }\n").arg(i).arg(i + 1);
    text += QStringLiteral("fragment F30 on Q { c { id } }\n");
    QCOMPARE(cost(text), graphql::maxCost());
}

QTEST_GUILESS_MAIN(TestGraphqlCost)
#include "tst_graphqlcost.moc"
