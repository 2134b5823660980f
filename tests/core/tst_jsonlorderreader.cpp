#include "core/shopify/JsonlOrderReader.h"

#include "tests/testlib/SchemaTools.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// The demo store's answer to bulk-closed-orders.graphql for its first two orders: #1001 (a
// line item and a fulfillment order) and #1002 (three line items, a fulfillment order and a
// shipment with tracking).
QList<QByteArray> fixtureLines()
{
    QList<QByteArray> lines = SchemaTools::fixture(u"bulk-closed-orders.jsonl"_s).split('\n');
    lines.removeAll(QByteArray());
    return lines;
}

constexpr int kSecondOrder = 3; // the line where #1002 begins
constexpr int kFirstLineItemOfSecond = 4;
constexpr int kFulfillmentOrderOfSecond = 7;

// Replaces the value at a path of object keys and array indexes ("variant.barcode",
// "fulfillments.0.trackingInfo.0.number"); an undefined replacement removes the key.
QJsonValue replaced(const QJsonValue &value, QStringList path, const QJsonValue &replacement)
{
    const QString key = path.takeFirst();
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        const int index = key.toInt();
        array[index] = path.isEmpty() ? replacement : replaced(array.at(index), path, replacement);
        return array;
    }
    QJsonObject object = value.toObject();
    if (path.isEmpty() && replacement.isUndefined())
        object.remove(key);
    else
        object[key] = path.isEmpty() ? replacement : replaced(object.value(key), path, replacement);
    return object;
}

QByteArray changedLine(const QByteArray &line, const QString &path, const QJsonValue &replacement)
{
    const QJsonValue changed = replaced(QJsonDocument::fromJson(line).object(),
                                        path.split(u'.'),
                                        replacement);
    return QJsonDocument(changed.toObject()).toJson(QJsonDocument::Compact);
}

struct ReadResult
{
    QList<Order> orders;
    QString problem;
    QStringList laterParents;
};

ReadResult readAll(const QList<QByteArray> &lines)
{
    JsonlOrderReader reader;
    ReadResult result;
    for (const QByteArray &line : lines) {
        if (!reader.addLine(line))
            break;
        result.orders += reader.takeOrders();
    }
    if (reader.problem().isEmpty())
        result.orders += reader.finish();
    result.problem = reader.problem();
    result.laterParents = reader.laterParents();
    return result;
}

} // namespace

class TestJsonlOrderReader final : public QObject
{
    Q_OBJECT

private slots:
    void handsOutAnOrderOnceTheNextBegins()
    {
        const QList<QByteArray> lines = fixtureLines();
        JsonlOrderReader reader;
        for (int i = 0; i < kSecondOrder; ++i) {
            QVERIFY2(reader.addLine(lines.at(i)), qPrintable(reader.problem()));
            QVERIFY(reader.takeOrders().isEmpty()); // its children may follow
        }
        QVERIFY(reader.addLine(lines.at(kSecondOrder)));
        const QList<Order> first = reader.takeOrders();
        QCOMPARE(first.size(), 1);
        QCOMPARE(first.first().name, u"#1001"_s);
        for (int i = kSecondOrder + 1; i < lines.size(); ++i)
            QVERIFY(reader.addLine(lines.at(i)));
        const QList<Order> second = reader.finish();
        QCOMPARE(second.size(), 1);
        QCOMPARE(reader.linesRead(), lines.size());
        QCOMPARE(reader.orderIds().size(), 2);
        QVERIFY(reader.laterParents().isEmpty());
        QVERIFY(reader.problem().isEmpty());
    }

    void readsAnOrderWithItsChildren()
    {
        const ReadResult read = readAll(fixtureLines());
        QVERIFY2(read.problem.isEmpty(), qPrintable(read.problem));
        QCOMPARE(read.orders.size(), 2);
        const Order &order = read.orders.at(1);
        QCOMPARE(order.id, u"gid://shopify/Order/6101000001679"_s);
        QCOMPARE(order.number, 1002);
        QCOMPARE(order.customerName, u"Jürgen Weiß"_s);
        QCOMPARE(order.shippingAddress.city, u"København K"_s);
        QCOMPARE(order.shippingMethod, u"PostNord Pakke"_s);
        QCOMPARE(order.total.minorUnits, 229600);
        QCOMPARE(order.createdAt, QDateTime(QDate(2026, 8, 30), QTime(15, 0), Qt::UTC));
        QCOMPARE(order.lineItems.size(), 3);
        QCOMPARE(order.lineItems.at(0).id, u"gid://shopify/LineItem/15001000000016"_s);
        QCOMPARE(order.lineItems.at(1).sku, u"KANDE-01"_s);
        QCOMPARE(order.lineItems.at(1).quantity, 2);
        QCOMPARE(order.lineItems.at(0).unitPrice.minorUnits, 79900);
        QVERIFY(!order.lineItems.at(0).inventoryItemId.isEmpty());
        QCOMPARE(order.fulfillmentOrders.size(), 1);
        const FulfillmentOrder &fo = order.fulfillmentOrders.first();
        QCOMPARE(fo.statusName, u"IN_PROGRESS"_s);
        QCOMPARE(fo.location.name, u"Lager Vejle"_s);
        QCOMPARE(fo.supportedActions, QStringList({u"CREATE_FULFILLMENT"_s, u"HOLD"_s}));
        QVERIFY(fo.lineItems.isEmpty()); // the query reads none: a closed order's are done
        QCOMPARE(order.fulfillments.size(), 1);
        QCOMPARE(order.fulfillments.first().name, u"#1002-F1"_s);
        QCOMPARE(order.fulfillments.first().tracking.size(), 1);
        QCOMPARE(order.fulfillments.first().tracking.first().company, u"PostNord DK"_s);
    }

    void readsTheNullsShopifyMayGive_data()
    {
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("path");
        QTest::newRow("email") << kSecondOrder << u"email"_s;
        QTest::newRow("customer") << kSecondOrder << u"customer"_s;
        QTest::newRow("shipping address") << kSecondOrder << u"shippingAddress"_s;
        QTest::newRow("shipping line") << kSecondOrder << u"shippingLine"_s;
        QTest::newRow("financial status") << kSecondOrder << u"displayFinancialStatus"_s;
        QTest::newRow("cancelled at") << kSecondOrder << u"cancelledAt"_s;
        QTest::newRow("shipment's location") << kSecondOrder << u"fulfillments.0.location"_s;
        QTest::newRow("tracking number")
            << kSecondOrder << u"fulfillments.0.trackingInfo.0.number"_s;
        QTest::newRow("variant") << kFirstLineItemOfSecond << u"variant"_s;
        QTest::newRow("variant title") << kFirstLineItemOfSecond << u"variantTitle"_s;
        QTest::newRow("sku") << kFirstLineItemOfSecond << u"sku"_s;
        QTest::newRow("barcode") << kFirstLineItemOfSecond << u"variant.barcode"_s;
        QTest::newRow("fulfill at") << kFulfillmentOrderOfSecond << u"fulfillAt"_s;
        QTest::newRow("delivery method") << kFulfillmentOrderOfSecond << u"deliveryMethod"_s;
        QTest::newRow("location") << kFulfillmentOrderOfSecond << u"assignedLocation.location"_s;
    }

    void readsTheNullsShopifyMayGive()
    {
        QFETCH(int, line);
        QFETCH(QString, path);
        QList<QByteArray> lines = fixtureLines();
        lines[line] = changedLine(lines.at(line), path, QJsonValue::Null);
        const ReadResult read = readAll(lines);
        QVERIFY2(read.problem.isEmpty(), qPrintable(read.problem));
        QCOMPARE(read.orders.size(), 2);
    }

    void refusesAWrongShapeWithItsPath_data()
    {
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("replacement");
        QTest::addColumn<QString>("problem");
        const QString second = u"order gid://shopify/Order/6101000001679: "_s;
        QTest::newRow("order's date") << kSecondOrder << u"createdAt"_s << QJsonValue(u"soon"_s)
                                      << second
                                             + u"data.order.createdAt: expected an ISO 8601 "
                                               "date and time, found \"soon\""_s;
        QTest::newRow("order's name missing")
            << kSecondOrder << u"name"_s << QJsonValue(QJsonValue::Undefined)
            << second + u"data.order.name: expected a string, found missing"_s;
        QTest::newRow("tracking number")
            << kSecondOrder << u"fulfillments.0.trackingInfo.0.number"_s << QJsonValue(5)
            << second
                   + u"data.order.fulfillments[0].trackingInfo[0].number: expected a string or "
                     "null, found a number"_s;
        QTest::newRow("line item's quantity")
            << kFirstLineItemOfSecond + 1 << u"quantity"_s << QJsonValue(u"two"_s)
            << second
                   + u"data.order.lineItems.nodes[1].quantity: expected an integer, found a "
                     "string"_s;
        QTest::newRow("line item's price")
            << kFirstLineItemOfSecond << u"originalUnitPriceSet.shopMoney.amount"_s
            << QJsonValue(u"a lot"_s)
            << second
                   + u"data.order.lineItems.nodes[0].originalUnitPriceSet.shopMoney.amount: not "
                     "a decimal amount in DKK: \"a lot\""_s;
        QTest::newRow("fulfillment order's status")
            << kFulfillmentOrderOfSecond << u"status"_s << QJsonValue(QJsonValue::Null)
            << second
                   + u"data.order.fulfillmentOrders.nodes[0].status: expected a string, found "
                     "null"_s;
        QTest::newRow("inventory item")
            << kFirstLineItemOfSecond << u"variant.inventoryItem"_s << QJsonValue(QJsonValue::Null)
            << second
                   + u"data.order.lineItems.nodes[0].variant.inventoryItem: expected an object, "
                     "found null"_s;
    }

    void refusesAWrongShapeWithItsPath()
    {
        QFETCH(int, line);
        QFETCH(QString, path);
        QFETCH(QJsonValue, replacement);
        QFETCH(QString, problem);
        QList<QByteArray> lines = fixtureLines();
        lines[line] = changedLine(lines.at(line), path, replacement);
        const ReadResult read = readAll(lines);
        QCOMPARE(read.problem, problem);
    }

    void reportsTheFirstProblemInReadingOrder()
    {
        // The order's own fields, then its line items, fulfillment orders and shipments.
        QList<QByteArray> lines = fixtureLines();
        lines[kSecondOrder] = changedLine(lines.at(kSecondOrder),
                                          u"fulfillments.0.name"_s,
                                          QJsonValue(1));
        lines[kFulfillmentOrderOfSecond] = changedLine(lines.at(kFulfillmentOrderOfSecond),
                                                       u"updatedAt"_s,
                                                       QJsonValue(QJsonValue::Null));
        lines[kFirstLineItemOfSecond + 2] = changedLine(lines.at(kFirstLineItemOfSecond + 2),
                                                        u"title"_s,
                                                        QJsonValue(false));
        QCOMPARE(readAll(lines).problem,
                 u"order gid://shopify/Order/6101000001679: data.order.lineItems.nodes[2].title: "
                 "expected a string, found a boolean"_s);
        lines[kSecondOrder] = changedLine(lines.at(kSecondOrder), u"closed"_s, QJsonValue(u"yes"_s));
        QCOMPARE(readAll(lines).problem,
                 u"order gid://shopify/Order/6101000001679: data.order.closed: expected a "
                 "boolean, found a string"_s);
    }

    void refusesALineThatIsNotAnObject()
    {
        QList<QByteArray> lines = fixtureLines();
        lines[2] = "[1, 2]";
        QVERIFY(readAll(lines).problem.startsWith(u"line 3: not a JSON object"_s));
        lines[2] = "{\"id\": ";
        QVERIFY(readAll(lines).problem.startsWith(u"line 3: not a JSON object"_s));
    }

    void refusesAChildOfNothingReadBefore()
    {
        const QList<QByteArray> lines = fixtureLines();
        QCOMPARE(readAll({lines.at(1)}).problem,
                 u"line 1: its parent gid://shopify/Order/6101000000905 was not read before it"_s);
    }

    void refusesAChildOfAnUnknownKind()
    {
        QList<QByteArray> lines = fixtureLines();
        lines[1] = changedLine(lines.at(1), u"id"_s, QJsonValue(u"gid://shopify/Refund/1"_s));
        QCOMPARE(readAll(lines).problem,
                 u"line 2: a child of an unknown kind (gid://shopify/Refund/1)"_s);
    }

    void listsAnOrderWhoseChildCameLate()
    {
        QList<QByteArray> lines = fixtureLines();
        lines.append(lines.at(1)); // #1001's line item once more, after #1002 began
        const ReadResult read = readAll(lines);
        QVERIFY2(read.problem.isEmpty(), qPrintable(read.problem));
        QCOMPARE(read.orders.size(), 2);
        QCOMPARE(read.laterParents, QStringList{u"gid://shopify/Order/6101000000905"_s});
    }
};

QTEST_GUILESS_MAIN(TestJsonlOrderReader)
#include "tst_jsonlorderreader.moc"
