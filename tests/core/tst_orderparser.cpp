#include "core/model/OrderSummary.h"
#include "core/shopify/OrderParser.h"

#include "tests/testlib/SchemaTools.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

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

// The list sizes the fixture's page was asked with (its variables file).
OrderPageSizes fixtureSizes()
{
    const QJsonObject variables = QJsonDocument::fromJson(SchemaTools::fixture(QStringLiteral(
                                                              "orders-page.variables.json")))
                                      .object();
    OrderPageSizes sizes;
    sizes.lineItems = variables.value(QStringLiteral("lineItems")).toInt();
    sizes.fulfillmentOrders = variables.value(QStringLiteral("fulfillmentOrders")).toInt();
    sizes.fulfillmentOrderLineItems
        = variables.value(QStringLiteral("fulfillmentOrderLineItems")).toInt();
    sizes.fulfillments = variables.value(QStringLiteral("fulfillments")).toInt();
    sizes.trackingInfo = variables.value(QStringLiteral("trackingInfo")).toInt();
    return sizes;
}

QJsonObject tracking(const QString &number)
{
    return {{QStringLiteral("company"), QStringLiteral("UPS")},
            {QStringLiteral("number"), number},
            {QStringLiteral("url"), QJsonValue(QJsonValue::Null)}};
}

// The second order's shipment, repeated: `shipments` of them with `parcels` numbers each.
QJsonArray shipments(int shipments, int parcels)
{
    const QJsonObject first = fixtureData()
                                  .value(QStringLiteral("orders"))
                                  .toObject()
                                  .value(QStringLiteral("nodes"))
                                  .toArray()
                                  .at(1)
                                  .toObject()
                                  .value(QStringLiteral("fulfillments"))
                                  .toArray()
                                  .at(0)
                                  .toObject();
    QJsonArray list;
    for (int i = 0; i < shipments; ++i) {
        QJsonObject shipment = first;
        shipment[QStringLiteral("id")] = QStringLiteral("gid://shopify/Fulfillment/%1").arg(i + 1);
        QJsonArray numbers;
        for (int p = 0; p < parcels; ++p)
            numbers.append(tracking(QStringLiteral("1Z00000%1%2").arg(i).arg(p)));
        shipment[QStringLiteral("trackingInfo")] = numbers;
        list.append(shipment);
    }
    return list;
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
        const Parsed<OrdersPage> parsed = OrderParser::ordersPage(fixtureData(), fixtureSizes());
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
        QCOMPARE(first.lineItems.at(0).barcode, QStringLiteral("5701234100119"));
        QCOMPARE(first.lineItems.at(0).inventoryItemId,
                 QStringLiteral("gid://shopify/InventoryItem/111"));
        QCOMPARE(first.lineItems.at(0).unitPrice.minorUnits, 9995);
        QCOMPARE(first.lineItems.at(1).sku, QString());       // null SKU
        QCOMPARE(first.lineItems.at(1).variantId, QString()); // deleted variant
        QCOMPARE(first.lineItems.at(1).barcode, QString());   // no variant, no barcode
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
        // What the packing slip prints: the address, the checkout's shipping method, the note.
        QCOMPARE(first.shippingName, QStringLiteral("Søren Ødegaard"));
        QCOMPARE(first.shippingAddress,
                 (ShippingAddress{{},
                                  QStringLiteral("Nørregade 7"),
                                  QStringLiteral("2. tv."),
                                  QStringLiteral("1165"),
                                  QStringLiteral("København K"),
                                  {},
                                  QStringLiteral("DK")}));
        QCOMPARE(first.shippingAddress.lines(),
                 (QStringList{QStringLiteral("Nørregade 7"),
                              QStringLiteral("2. tv."),
                              QStringLiteral("1165 København K"),
                              QStringLiteral("Danmark")}));
        QCOMPARE(first.shippingMethod, QStringLiteral("PostNord Pakke"));
        QCOMPARE(first.note,
                 QStringLiteral(
                     "Gaveindpakning, tak.\nRing på hos naboen, hvis vi ikke er hjemme."));

        const Order &second = page.orders.at(1);
        // A guest checkout: no customer, the ship-to name kept apart; the table shows it.
        QCOMPARE(second.customerName, QString());
        QCOMPARE(second.shippingName, QStringLiteral("Jürgen Weiß"));
        QCOMPARE(OrderSummary::from(second).customerName, QStringLiteral("Jürgen Weiß"));
        QCOMPARE(second.email, QString());
        QCOMPARE(second.shippingAddress.company, QStringLiteral("Weiß & Söhne GmbH"));
        QCOMPARE(second.shippingAddress.province, QStringLiteral("Schleswig-Holstein"));
        QCOMPARE(second.shippingAddress.lines().last(), QStringLiteral("Deutschland"));
        QCOMPARE(second.note, QString()); // null: no note
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
        const Parsed<OrdersPage> parsed = OrderParser::ordersPage(fixtureData(), fixtureSizes());
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
        const Parsed<OrdersPage> parsed
            = OrderParser::ordersPage(withChange(QStringLiteral(
                                                     "orders.nodes.1.displayFulfillmentStatus"),
                                                 QStringLiteral("AWAITING_DRONE")),
                                      fixtureSizes());
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
        const Parsed<OrdersPage> parsed = OrderParser::ordersPage(withChange(path, value),
                                                                  fixtureSizes());
        QVERIFY(!parsed.isOk());
        QCOMPARE(parsed.problem, problem);
        QVERIFY(parsed.value.orders.isEmpty()); // nothing half-read comes back
    }

    void readsDeliveryMethodAndTestOrders()
    {
        const Parsed<OrdersPage> parsed
            = OrderParser::ordersPage(withChange(QStringLiteral("orders.nodes.1.test"), true),
                                      fixtureSizes());
        QVERIFY2(parsed.isOk(), qPrintable(parsed.problem));
        QVERIFY(!parsed.value.orders.at(0).test);
        QVERIFY(parsed.value.orders.at(1).test);
        const FulfillmentOrder &fo = parsed.value.orders.at(0).fulfillmentOrders.at(0);
        QCOMPARE(fo.deliveryMethod, DeliveryMethod::Shipping);
        QVERIFY(!fo.isPickup());

        const Parsed<OrdersPage> pickup = OrderParser::ordersPage(
            withChange(QStringLiteral("orders.nodes.0.fulfillmentOrders.nodes.0.deliveryMethod"),
                       QJsonObject{{QStringLiteral("methodType"), QStringLiteral("PICK_UP")}}),
            fixtureSizes());
        QVERIFY(pickup.value.orders.at(0).fulfillmentOrders.at(0).isPickup());
        // Shopify may send no delivery method at all, or one a newer API adds.
        const Parsed<OrdersPage> none = OrderParser::ordersPage(
            withChange(QStringLiteral("orders.nodes.0.fulfillmentOrders.nodes.0.deliveryMethod"),
                       QJsonValue(QJsonValue::Null)),
            fixtureSizes());
        QVERIFY2(none.isOk(), qPrintable(none.problem));
        QCOMPARE(none.value.orders.at(0).fulfillmentOrders.at(0).deliveryMethod,
                 DeliveryMethod::Unknown);
    }

    void marksCustomerDataShopifyLeftOut()
    {
        // The first order's email and shipping address denied, as Shopify answers an app
        // without access to protected customer data: null, with an error naming the field.
        QJsonObject data = withChange(QStringLiteral("orders.nodes.0.email"),
                                      QJsonValue(QJsonValue::Null));
        data = replaced(data,
                        QStringLiteral("orders.nodes.0.shippingAddress").split(u'.'),
                        QJsonValue(QJsonValue::Null))
                   .toObject();
        const FieldErrors
            errors{{QStringLiteral("This app is not approved to use the email field."),
                    {QStringLiteral("orders"),
                     QStringLiteral("nodes"),
                     QStringLiteral("0"),
                     QStringLiteral("email")},
                    QStringLiteral("ACCESS_DENIED")},
                   {QStringLiteral("This app is not approved to access the MailingAddress object."),
                    {QStringLiteral("orders"),
                     QStringLiteral("nodes"),
                     QStringLiteral("0"),
                     QStringLiteral("shippingAddress")},
                    QStringLiteral("ACCESS_DENIED")}};
        const Parsed<OrdersPage> parsed = OrderParser::ordersPage(data, fixtureSizes(), errors);
        QVERIFY2(parsed.isOk(), qPrintable(parsed.problem));
        QVERIFY(parsed.value.orders.at(0).customerHidden);
        QCOMPARE(parsed.value.orders.at(0).email, QString());
        QVERIFY(parsed.value.orders.at(0).shippingAddress.isEmpty());
        // Not customer data: the shipping line and the note are still read.
        QCOMPARE(parsed.value.orders.at(0).shippingMethod, QStringLiteral("PostNord Pakke"));
        QVERIFY(!parsed.value.orders.at(0).note.isEmpty());
        // Only the order the errors name.
        QVERIFY(!parsed.value.orders.at(1).customerHidden);
        QCOMPARE(parsed.value.orders.at(1).shippingName, QStringLiteral("Jürgen Weiß"));
    }

    void readsAnOrderWithoutShippingLineOrNote()
    {
        // Shopify sends null for an order with nothing to ship (gift cards) and without note.
        QJsonObject data = withChange(QStringLiteral("orders.nodes.0.shippingLine"),
                                      QJsonValue(QJsonValue::Null));
        data = replaced(data,
                        QStringLiteral("orders.nodes.0.note").split(u'.'),
                        QJsonValue(QJsonValue::Null))
                   .toObject();
        const Parsed<OrdersPage> parsed = OrderParser::ordersPage(data, fixtureSizes());
        QVERIFY2(parsed.isOk(), qPrintable(parsed.problem));
        QCOMPARE(parsed.value.orders.at(0).shippingMethod, QString());
        QCOMPARE(parsed.value.orders.at(0).note, QString());
        QCOMPARE(parsed.value.orders.at(1).shippingMethod, QStringLiteral("DHL Paket"));
    }

    void takesAMaskedDisplayNameForHidden()
    {
        // Level 1 access without level 2: the customer is there, their name is not.
        const QJsonObject data = withChange(QStringLiteral("orders.nodes.0.customer.displayName"),
                                            QStringLiteral("•••"));
        const Parsed<OrdersPage> parsed = OrderParser::ordersPage(data, fixtureSizes());
        QVERIFY2(parsed.isOk(), qPrintable(parsed.problem));
        const Order &order = parsed.value.orders.at(0);
        QVERIFY(order.customerHidden);
        QCOMPARE(order.customerName, QString()); // "•••" names nobody
        // The shipping address's name stands in on the table, as for a guest checkout.
        QCOMPARE(OrderSummary::from(order).customerName, QStringLiteral("Søren Ødegaard"));
    }

    void notesListsThatMayHaveBeenCut_data()
    {
        QTest::addColumn<int>("shipments");
        QTest::addColumn<int>("parcels");
        QTest::addColumn<bool>("mayBeCut");
        const OrderPageSizes sizes = fixtureSizes();
        QTest::newRow("one shipment, one parcel") << 1 << 1 << false;
        QTest::newRow("room to spare") << sizes.fulfillments - 1 << sizes.trackingInfo - 1 << false;
        QTest::newRow("as many shipments as asked") << sizes.fulfillments << 1 << true;
        QTest::newRow("as many parcels as asked") << 1 << sizes.trackingInfo << true;
    }
    void notesListsThatMayHaveBeenCut()
    {
        QFETCH(int, shipments);
        QFETCH(int, parcels);
        QFETCH(bool, mayBeCut);
        const Parsed<OrdersPage> parsed
            = OrderParser::ordersPage(withChange(QStringLiteral("orders.nodes.1.fulfillments"),
                                                 ::shipments(shipments, parcels)),
                                      fixtureSizes());
        QVERIFY2(parsed.isOk(), qPrintable(parsed.problem));
        const bool noted = std::any_of(parsed.value.overflow.cbegin(),
                                       parsed.value.overflow.cend(),
                                       [](const OrderOverflow &o) {
                                           return o.orderId.endsWith(u"/820982911946154509")
                                                  && o.fulfillmentsMayBeCut;
                                       });
        QCOMPARE(noted, mayBeCut);
    }

    void readsAWiderFulfillmentsRead()
    {
        const QJsonObject data{
            {QStringLiteral("order"),
             QJsonObject{{QStringLiteral("id"), QStringLiteral("gid://shopify/Order/1")},
                         {QStringLiteral("fulfillments"), shipments(6, 5)}}}};
        const Parsed<FulfillmentsRead> full = OrderParser::orderFulfillments(data, 6, 10);
        QVERIFY2(full.isOk(), qPrintable(full.problem));
        QCOMPARE(full.value.fulfillments.size(), 6);
        QVERIFY(full.value.fulfillmentsFull);
        QVERIFY(!full.value.trackingFull);
        QCOMPARE(full.value.mostParcels, 5);
        const Parsed<FulfillmentsRead> room = OrderParser::orderFulfillments(data, 25, 10);
        QVERIFY(!room.value.fulfillmentsFull && !room.value.trackingFull);
        const Parsed<FulfillmentsRead> gone
            = OrderParser::orderFulfillments(QJsonObject{{QStringLiteral("order"),
                                                          QJsonValue(QJsonValue::Null)}},
                                             25,
                                             10);
        QVERIFY(!gone.isOk());
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
        // Shopify may give no count: the total is unknown, not zero.
        const Parsed<int> none = OrderParser::ordersCount(
            QJsonObject{{QStringLiteral("ordersCount"), QJsonValue(QJsonValue::Null)}});
        QVERIFY(none.isOk());
        QCOMPARE(none.value, -1);
    }

    // The open orders' count only sizes the first listing's pages: without it they are sized
    // by the cost limit alone, so an answer that lacks it is not refused.
    void readsTheOpenOrdersCountWhereThereIsOne()
    {
        const QJsonObject data{
            {QStringLiteral("openOrdersCount"), QJsonObject{{QStringLiteral("count"), 500}}}};
        QCOMPARE(OrderParser::openOrdersCount(data), 500);
        QCOMPARE(OrderParser::openOrdersCount(QJsonObject{}), -1);
        QCOMPARE(OrderParser::openOrdersCount(QJsonObject{
                     {QStringLiteral("openOrdersCount"), QJsonValue(QJsonValue::Null)}}),
                 -1);
    }

    // OrderList: the table's columns only, marked as still to be read whole.
    void readsAListedOrder()
    {
        const QJsonObject
            node{{QStringLiteral("id"), QStringLiteral("gid://shopify/Order/1")},
                 {QStringLiteral("name"), QStringLiteral("#1001")},
                 {QStringLiteral("number"), 1},
                 {QStringLiteral("createdAt"), QStringLiteral("2026-11-20T10:00:00Z")},
                 {QStringLiteral("updatedAt"), QStringLiteral("2026-11-20T10:05:00Z")},
                 {QStringLiteral("processedAt"), QStringLiteral("2026-11-20T10:00:00Z")},
                 {QStringLiteral("cancelledAt"), QJsonValue(QJsonValue::Null)},
                 {QStringLiteral("closed"), false},
                 {QStringLiteral("email"), QStringLiteral("anna@example.com")},
                 {QStringLiteral("test"), false},
                 {QStringLiteral("customer"),
                  QJsonObject{{QStringLiteral("displayName"), QStringLiteral("Anna Berg")}}},
                 {QStringLiteral("displayFinancialStatus"), QStringLiteral("PAID")},
                 {QStringLiteral("displayFulfillmentStatus"), QStringLiteral("UNFULFILLED")},
                 {QStringLiteral("currentSubtotalLineItemsQuantity"), 3},
                 {QStringLiteral("currentTotalPriceSet"),
                  QJsonObject{
                      {QStringLiteral("shopMoney"),
                       QJsonObject{{QStringLiteral("amount"), QStringLiteral("249.50")},
                                   {QStringLiteral("currencyCode"), QStringLiteral("DKK")}}}}}};
        const QJsonObject data{
            {QStringLiteral("orders"),
             QJsonObject{{QStringLiteral("nodes"), QJsonArray{node}},
                         {QStringLiteral("pageInfo"),
                          QJsonObject{{QStringLiteral("hasNextPage"), false},
                                      {QStringLiteral("endCursor"), QStringLiteral("c1")}}}}}};
        const Parsed<OrdersPage> page = OrderParser::orderList(data);
        QVERIFY2(page.isOk(), qPrintable(page.problem));
        QCOMPARE(page.value.orders.size(), 1);
        const Order &order = page.value.orders.first();
        QVERIFY(order.detailsPending);
        QCOMPARE(order.itemCount(), 3);
        QCOMPARE(order.customerName, QStringLiteral("Anna Berg"));
        QCOMPARE(order.total.minorUnits, qint64(24950));
        QCOMPARE(order.fulfillmentStatus, OrderFulfillmentStatus::Unfulfilled);
        QVERIFY(!order.isAwaitingRouting()); // nothing is known of its routing yet
        // A field missing is refused, as everywhere.
        QJsonObject cut = node;
        cut.remove(QStringLiteral("currentSubtotalLineItemsQuantity"));
        QJsonObject cutData = data;
        QJsonObject orders = cutData[QStringLiteral("orders")].toObject();
        orders[QStringLiteral("nodes")] = QJsonArray{cut};
        cutData[QStringLiteral("orders")] = orders;
        QVERIFY(!OrderParser::orderList(cutData).isOk());
    }
};

QTEST_GUILESS_MAIN(TestOrderParser)
#include "tst_orderparser.moc"
