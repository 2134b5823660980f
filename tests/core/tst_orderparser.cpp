#include "model/OrderSummary.h"
#include "shopify/OrderParser.h"

#include "SchemaTools.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

QJsonObject fixtureData()
{
    return QJsonDocument::fromJson(SchemaTools::fixture(QStringLiteral("orders-page.json")))
        .object()
        .value(QStringLiteral("data"))
        .toObject();
}

// Replaces the value at a path of object keys and array indexes ("orders.nodes.0.name").
QJsonValue replaced(const QJsonValue &value, QStringList path, const QJsonValue &replacement)
{
    if (path.isEmpty())
        return replacement;
    const QString key = path.takeFirst();
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        const int index = key.toInt();
        array[index] = replaced(array.at(index), path, replacement);
        return array;
    }
    QJsonObject object = value.toObject();
    if (path.isEmpty() && replacement.isUndefined())
        object.remove(key);
    else
        object[key] = replaced(object.value(key), path, replacement);
    return object;
}

QJsonObject withChange(const QString &path, const QJsonValue &replacement)
{
    return replaced(fixtureData(), path.split(u'.'), replacement).toObject();
}

} // namespace

class TestOrderParser final : public QObject
{
    Q_OBJECT

private slots:
    void fixtureHasShopifysShape()
    {
        const SchemaTools::Outcome outcome = SchemaTools::checkResponse(
            SchemaTools::sourceDir() + QStringLiteral("/core/shopify/operations/orders.graphql"),
            QStringLiteral("Orders"),
            QJsonDocument::fromJson(
                SchemaTools::fixture(QStringLiteral("orders-page.variables.json")))
                .object(),
            SchemaTools::fixture(QStringLiteral("orders-page.json")));
        QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.output));
    }

    void readsAPageOfOrders()
    {
        const Parsed<OrdersPage> parsed = OrderParser::ordersPage(fixtureData());
        QVERIFY2(parsed.isOk(), qPrintable(parsed.problem));
        const OrdersPage &page = parsed.value;
        QCOMPARE(page.orders.size(), 2);
        QVERIFY(page.page.hasNextPage);
        QCOMPARE(page.page.endCursor, QStringLiteral("cursor-order-2"));

        const Order &first = page.orders.at(0);
        QCOMPARE(first.id, QStringLiteral("gid://shopify/Order/820982911946154508"));
        QCOMPARE(first.name, QStringLiteral("#1001"));
        QCOMPARE(first.customerName, QStringLiteral("Søren Ødegaard"));
        QCOMPARE(first.createdAt, QDateTime(QDate(2026, 11, 20), QTime(9, 15), Qt::UTC));
        QCOMPARE(first.fulfillmentStatus, OrderFulfillmentStatus::OnHold);
        QCOMPARE(first.financialStatus, OrderFinancialStatus::Paid);
        QCOMPARE(first.total, (Money{129950, QStringLiteral("DKK")}));
        QCOMPARE(first.lineItems.size(), 2);
        QCOMPARE(first.lineItems.at(0).sku, QStringLiteral("SOCK-GRY-40"));
        QCOMPARE(first.lineItems.at(0).inventoryItemId,
                 QStringLiteral("gid://shopify/InventoryItem/111"));
        QCOMPARE(first.lineItems.at(0).unitPrice.minorUnits, 9995);
        QCOMPARE(first.lineItems.at(1).sku, QString());       // null SKU
        QCOMPARE(first.lineItems.at(1).variantId, QString()); // deleted variant
        QCOMPARE(first.fulfillmentOrders.size(), 2);
        const FulfillmentOrder &held = first.fulfillmentOrders.at(0);
        QCOMPARE(held.status, FulfillmentOrderStatus::OnHold);
        QCOMPARE(held.location.name, QStringLiteral("Lager Vejle"));
        QCOMPARE(held.holds.size(), 1);
        QCOMPARE(held.holds.at(0).reason, FulfillmentHoldReason::IncorrectAddress);
        QCOMPARE(held.holds.at(0).notes, QStringLiteral("Husnummer mangler"));
        QVERIFY(!held.isFulfillable());
        const FulfillmentOrder &scheduled = first.fulfillmentOrders.at(1);
        QCOMPARE(scheduled.status, FulfillmentOrderStatus::Scheduled);
        QCOMPARE(scheduled.fulfillAt, QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC));
        QCOMPARE(first.locations().size(), 2);

        const Order &second = page.orders.at(1);
        // A guest checkout: no customer, the ship-to name kept apart; the table shows it.
        QCOMPARE(second.customerName, QString());
        QCOMPARE(second.shippingName, QStringLiteral("Jürgen Weiß"));
        QCOMPARE(OrderSummary::from(second).customerName, QStringLiteral("Jürgen Weiß"));
        QCOMPARE(second.email, QString());
        QVERIFY(second.closed);
        QCOMPARE(second.total, (Money{25000, QStringLiteral("EUR")}));
        QCOMPARE(second.lineItems.at(0).fulfilledQuantity(), 2);
        QCOMPARE(second.fulfillmentOrders.at(0).fulfillmentService,
                 QStringLiteral("Dropship Partner"));
        QCOMPARE(second.fulfillments.size(), 1);
        QCOMPARE(second.fulfillments.at(0).tracking.at(0).number, QStringLiteral("1234567890"));
        QCOMPARE(second.fulfillments.at(0).status, FulfillmentStatus::Success);
    }

    void reportsNestedPagesToFetch()
    {
        const Parsed<OrdersPage> parsed = OrderParser::ordersPage(fixtureData());
        QVERIFY(parsed.isOk());
        QCOMPARE(parsed.value.overflow.size(), 1);
        const OrderOverflow &overflow = parsed.value.overflow.at(0);
        QCOMPARE(overflow.orderId, QStringLiteral("gid://shopify/Order/820982911946154508"));
        QVERIFY(overflow.lineItems.hasNextPage);
        QCOMPARE(overflow.lineItems.endCursor, QStringLiteral("cursor-li-2"));
        QVERIFY(!overflow.fulfillmentOrders.hasNextPage);
        QCOMPARE(overflow.fulfillmentOrderLineItems.size(), 1);
        QCOMPARE(overflow.fulfillmentOrderLineItems.at(0).first,
                 QStringLiteral("gid://shopify/FulfillmentOrder/32"));
    }

    void keepsAStatusItDoesNotKnow()
    {
        const Parsed<OrdersPage> parsed = OrderParser::ordersPage(
            withChange(QStringLiteral("orders.nodes.1.displayFulfillmentStatus"),
                       QStringLiteral("AWAITING_DRONE")));
        QVERIFY2(parsed.isOk(), qPrintable(parsed.problem));
        QCOMPARE(parsed.value.orders.at(1).fulfillmentStatus, OrderFulfillmentStatus::Unknown);
        QCOMPARE(parsed.value.orders.at(1).fulfillmentStatusName, QStringLiteral("AWAITING_DRONE"));
    }

    void refusesAWrongShapeWithItsPath_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("problem");
        QTest::newRow("missing orders") << "orders" << QJsonValue(QJsonValue::Undefined)
                                        << "data.orders: expected an object, found missing";
        QTest::newRow("nodes not a list") << "orders.nodes" << QJsonValue(QStringLiteral("x"))
                                          << "data.orders.nodes: expected a list, found a string";
        QTest::newRow("id is a number")
            << "orders.nodes.1.id" << QJsonValue(42)
            << "data.orders.nodes[1].id: expected a string, found a number";
        QTest::newRow("null name") << "orders.nodes.0.name" << QJsonValue(QJsonValue::Null)
                                   << "data.orders.nodes[0].name: expected a string, found null";
        QTest::newRow("quantity not whole")
            << "orders.nodes.0.lineItems.nodes.0.quantity" << QJsonValue(1.5)
            << "data.orders.nodes[0].lineItems.nodes[0].quantity: expected an integer, found 1.5";
        QTest::newRow("quantity beyond 32 bits")
            << "orders.nodes.0.lineItems.nodes.0.quantity" << QJsonValue(qint64(1) << 32)
            << "data.orders.nodes[0].lineItems.nodes[0].quantity: expected an integer within 32 "
               "bits, found 4294967296";
        QTest::newRow("negative beyond 32 bits")
            << "orders.nodes.0.fulfillmentOrders.nodes.0.lineItems.nodes.0.remainingQuantity"
            << QJsonValue(-(qint64(1) << 31) - 1)
            << "data.orders.nodes[0].fulfillmentOrders.nodes[0].lineItems.nodes[0]."
               "remainingQuantity: expected an integer within 32 bits, found -2147483649";
        QTest::newRow("bad date") << "orders.nodes.0.createdAt"
                                  << QJsonValue(QStringLiteral("yesterday"))
                                  << "data.orders.nodes[0].createdAt: expected an ISO 8601 date "
                                     "and time, found \"yesterday\"";
        QTest::newRow("bad amount") << "orders.nodes.0.currentTotalPriceSet.shopMoney.amount"
                                    << QJsonValue(QStringLiteral("12,50"))
                                    << "data.orders.nodes[0].currentTotalPriceSet.shopMoney.amount:"
                                       " not a decimal amount in DKK: \"12,50\"";
        QTest::newRow("missing pageInfo")
            << "orders.pageInfo" << QJsonValue(QJsonValue::Undefined)
            << "data.orders.pageInfo: expected an object, found missing";
        QTest::newRow("next page without cursor")
            << "orders.pageInfo.endCursor" << QJsonValue(QJsonValue::Null)
            << "data.orders.pageInfo: has a next page but no end cursor";
    }
    void refusesAWrongShapeWithItsPath()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, problem);
        const Parsed<OrdersPage> parsed = OrderParser::ordersPage(withChange(path, value));
        QVERIFY(!parsed.isOk());
        QCOMPARE(parsed.problem, problem);
        QVERIFY(parsed.value.orders.isEmpty()); // nothing half-read comes back
    }

    void readsACount()
    {
        const QJsonObject data{
            {QStringLiteral("ordersCount"),
             QJsonObject{{QStringLiteral("count"), 300},
                         {QStringLiteral("precision"), QStringLiteral("EXACT")}}}};
        const Parsed<int> count = OrderParser::ordersCount(data);
        QVERIFY(count.isOk());
        QCOMPARE(count.value, 300);
        QVERIFY(!OrderParser::ordersCount(QJsonObject{{QStringLiteral("ordersCount"), 3}}).isOk());
    }
};

QTEST_GUILESS_MAIN(TestOrderParser)
#include "tst_orderparser.moc"
