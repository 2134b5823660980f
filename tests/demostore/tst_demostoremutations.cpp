// The demo store's mutations over loopback with a real QNetworkAccessManager, sent as the
// app sends them (the operations of core/shopify/operations/orders.graphql): fulfilling whole
// and partial fulfillment orders, what Shopify refuses, tracking updates, cancelling, stock,
// display statuses, cost, and the store staying consistent through random sequences.

#include "core/demostore/DemoStore.h"
#include "core/demostore/OrderRules.h"
#include "core/demostore/StoreJson.h"
#include "tests/demostore/DemoInvariants.h"
#include "tests/demostore/DemoOperations.h"
#include "tests/testlib/DemoClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

#include <chrono>
#include <functional>
#include <memory>
#include <random>

using namespace demostore;

namespace {

const QDateTime kNow = QDateTime::fromString(QStringLiteral("2026-01-31T12:00:00Z"), Qt::ISODate);
const QString kNowText = QStringLiteral("2026-01-31T12:00:00Z");

DemoStoreConfig configWith(bool throttling = false)
{
    DemoStoreConfig config;
    config.seed = 1;
    config.orderCount = 300;
    config.now = kNow;
    // Only advance() moves the clock: orders placed just before `now` are routed a few seconds
    // on, and a slow run (ASan) must not see that land between a refusal and its "nothing
    // changed" check.
    config.clockRuns = false;
    config.throttling = throttling;
    return config;
}

QString orderGid(const Order &o)
{
    return StoreJson::gid(u"Order", o.id);
}

QString foGid(const FulfillmentOrder &fo)
{
    return StoreJson::gid(u"FulfillmentOrder", fo.id);
}

QString foLineGid(const FulfillmentOrderLineItem &line)
{
    return StoreJson::gid(u"FulfillmentOrderLineItem", line.id);
}

QString fulfillmentGid(const Fulfillment &f)
{
    return StoreJson::gid(u"Fulfillment", f.id);
}

struct Stock
{
    int onHand = 0;
    int committed = 0;
    friend bool operator==(const Stock &, const Stock &) = default;
};

Stock stockOf(const StoreData &data, int variant, int location)
{
    for (const auto &level : data.variants[variant].inventory) {
        if (level.location == location)
            return {level.onHand, level.committed};
    }
    return {};
}

// Everything a refused mutation must leave as it was.
QByteArray snapshot(const StoreData &data)
{
    StoreJson json(data);
    QJsonArray orders;
    for (const auto &o : data.orders)
        orders.append(json.order(o));
    QJsonArray stock;
    for (const auto &v : data.variants) {
        for (const auto &l : v.inventory)
            stock.append(QJsonArray{l.location, l.onHand, l.committed});
    }
    return QJsonDocument(QJsonArray{orders, stock}).toJson(QJsonDocument::Compact);
}

// An order at one of the merchant's locations that nothing happened to yet: one OPEN
// fulfillment order, every line with a variant in stock there.
bool isPlainUnfulfilled(const StoreData &data, const Order &o)
{
    if (o.isCancelled() || o.legacyDisplayStatus || o.fulfillmentOrders.size() != 1
        || !o.fulfillments.isEmpty())
        return false;
    const FulfillmentOrder &fo = o.fulfillmentOrders[0];
    if (fo.status != FulfillmentOrderStatus::Open
        || data.locations[fo.location].isFulfillmentService())
        return false;
    for (const auto &line : o.lineItems) {
        if (line.variant < 0)
            return false;
    }
    return o.displayFulfillmentStatus == OrderFulfillmentStatus::Unfulfilled;
}

QJsonObject orderIn(const QJsonObject &payload)
{
    return payload[QStringLiteral("fulfillment")][QStringLiteral("order")].toObject();
}

QJsonObject foIn(const QJsonObject &order, const QString &id)
{
    for (const auto &node :
         order[QStringLiteral("fulfillmentOrders")][QStringLiteral("nodes")].toArray()) {
        if (node[QStringLiteral("id")].toString() == id)
            return node.toObject();
    }
    return {};
}

QString userErrorsText(const QJsonObject &payload)
{
    return QString::fromUtf8(QJsonDocument(payload[QStringLiteral("userErrors")].toArray())
                                 .toJson(QJsonDocument::Compact));
}

} // namespace

class TestDemoStoreMutations final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void fulfilsAWholeFulfillmentOrder();
    void fulfilsPartOfAFulfillmentOrder();
    void refusesWhatShopifyRefuses_data();
    void refusesWhatShopifyRefuses();
    void refusesMalformedInputAsAGraphqlError_data();
    void refusesMalformedInputAsAGraphqlError();
    void updatesTracking();
    void cancelsAFulfillmentThatClosedItsFulfillmentOrder();
    void cancelsAPartialFulfillment();
    void chargesMutationsToTheBucket();
    void throttledMutationDoesNothing();
    void staysConsistentThroughRandomMutations();

private:
    void startStore(const DemoStoreConfig &config);
    const StoreData &data() const { return m_store->data(); }
    int findOrder(const std::function<bool(const Order &)> &predicate) const;

    std::unique_ptr<DemoStore> m_store;
    std::unique_ptr<DemoClient> m_client;
};

void TestDemoStoreMutations::startStore(const DemoStoreConfig &config)
{
    m_client.reset();
    m_store = std::make_unique<DemoStore>(config);
    QString error;
    if (!m_store->start(&error))
        qFatal("the demo store did not start: %s", qPrintable(error));
    m_client = std::make_unique<DemoClient>(m_store->graphqlUrl());
}

void TestDemoStoreMutations::init()
{
    startStore(configWith());
}

void TestDemoStoreMutations::cleanup()
{
    m_client.reset();
    m_store.reset();
}

int TestDemoStoreMutations::findOrder(const std::function<bool(const Order &)> &predicate) const
{
    for (int i = 0; i < data().orders.size(); ++i) {
        if (predicate(data().orders[i]))
            return i;
    }
    qFatal("no order of the kind the test needs");
}

void TestDemoStoreMutations::fulfilsAWholeFulfillmentOrder()
{
    const int index = findOrder([this](const Order &o) { return isPlainUnfulfilled(data(), o); });
    const Order before = data().orders[index];
    const FulfillmentOrder &fo = before.fulfillmentOrders[0];
    QList<Stock> stockBefore;
    for (const auto &line : before.lineItems)
        stockBefore.append(stockOf(data(), line.variant, fo.location));

    const QString number = QStringLiteral("00370712345678901234");
    const auto r = DemoOperations::fulfillmentCreate(
        *m_client,
        {{QStringLiteral("lineItemsByFulfillmentOrder"),
          QJsonArray{QJsonObject{{QStringLiteral("fulfillmentOrderId"), foGid(fo)}}}},
         {QStringLiteral("notifyCustomer"), true},
         {QStringLiteral("trackingInfo"),
          QJsonObject{{QStringLiteral("company"), QStringLiteral("PostNord DK")},
                      {QStringLiteral("number"), number}}}});
    QCOMPARE(r.httpStatus, 200);
    QVERIFY2(!r.json.contains(QStringLiteral("errors")), r.body.constData());
    const QJsonObject payload = DemoOperations::payload(r, QStringLiteral("fulfillmentCreate"));
    QCOMPARE(payload[QStringLiteral("userErrors")].toArray(), QJsonArray());
    const QString fulfillmentId
        = payload[QStringLiteral("fulfillment")][QStringLiteral("id")].toString();
    QVERIFY2(fulfillmentId.startsWith(QStringLiteral("gid://shopify/Fulfillment/")),
             r.body.constData());

    // The order the caller gets back is the order afterwards.
    const QJsonObject order = orderIn(payload);
    QCOMPARE(order[QStringLiteral("id")].toString(), orderGid(before));
    QCOMPARE(order[QStringLiteral("displayFulfillmentStatus")].toString(),
             QStringLiteral("FULFILLED"));
    QVERIFY(order[QStringLiteral("updatedAt")].toString() >= kNowText);
    const QJsonObject closed = foIn(order, foGid(fo));
    QCOMPARE(closed[QStringLiteral("status")].toString(), QStringLiteral("CLOSED"));
    QCOMPARE(closed[QStringLiteral("supportedActions")].toArray(), QJsonArray());
    for (const auto &node : closed[QStringLiteral("lineItems")][QStringLiteral("nodes")].toArray())
        QCOMPARE(node[QStringLiteral("remainingQuantity")].toInt(), 0);
    for (const auto &node : order[QStringLiteral("lineItems")][QStringLiteral("nodes")].toArray())
        QCOMPARE(node[QStringLiteral("unfulfilledQuantity")].toInt(), 0);
    const QJsonArray fulfillments = order[QStringLiteral("fulfillments")].toArray();
    QCOMPARE(fulfillments.size(), 1);
    const QJsonObject made = fulfillments[0].toObject();
    QCOMPARE(made[QStringLiteral("id")].toString(), fulfillmentId);
    QCOMPARE(made[QStringLiteral("name")].toString(),
             QString(before.name() + QStringLiteral("-F1")));
    QCOMPARE(made[QStringLiteral("status")].toString(), QStringLiteral("SUCCESS"));
    QVERIFY(made[QStringLiteral("createdAt")].toString() >= kNowText);
    QCOMPARE(made[QStringLiteral("location")][QStringLiteral("name")].toString(),
             data().locations[fo.location].name);
    QCOMPARE(made[QStringLiteral("trackingInfo")].toArray(),
             QJsonArray(
                 {QJsonObject{{QStringLiteral("company"), QStringLiteral("PostNord DK")},
                              {QStringLiteral("number"), number},
                              {QStringLiteral("url"),
                               QString(QStringLiteral("https://tracking.postnord.com/dk/?id=")
                                       + number)}}}));

    // A later read says the same.
    const auto reread = DemoOperations::post(*m_client,
                                             QStringLiteral("Order"),
                                             {{QStringLiteral("id"), orderGid(before)}});
    QCOMPARE(reread.json[QStringLiteral("data")][QStringLiteral("order")].toObject(), order);

    // Stock left the location: on hand and committed both went down by what was shipped.
    for (int l = 0; l < before.lineItems.size(); ++l) {
        const int shipped = before.lineItems[l].currentQuantity;
        const Stock now = stockOf(data(), before.lineItems[l].variant, fo.location);
        QCOMPARE(now.onHand, stockBefore[l].onHand - shipped);
        QCOMPARE(now.committed, stockBefore[l].committed - shipped);
    }
    QCOMPARE(m_store->fulfillmentsCreated(orderGid(before)), 1);
    QCOMPARE(m_store->fulfillmentsCreated(QStringLiteral("gid://shopify/Order/1")), 0);
    QCOMPARE(m_store->mutationCount(), 1);
    QCOMPARE(m_store->notificationsSent(), before.email.isEmpty() ? 0 : 1);
    QCOMPARE(DemoInvariants::firstProblem(data()), QString());
}

void TestDemoStoreMutations::fulfilsPartOfAFulfillmentOrder()
{
    const int index = findOrder([this](const Order &o) {
        return isPlainUnfulfilled(data(), o) && o.lineItems.size() >= 2 && !o.email.isEmpty();
    });
    const Order before = data().orders[index];
    const FulfillmentOrder &fo = before.fulfillmentOrders[0];
    const FulfillmentOrderLineItem &first = fo.lineItems[0];
    const int variant = before.lineItems[first.lineItem].variant;
    const Stock stockBefore = stockOf(data(), variant, fo.location);

    // One piece of the first line, without tracking and without telling the customer.
    const auto r = DemoOperations::fulfillmentCreate(
        *m_client,
        {{QStringLiteral("lineItemsByFulfillmentOrder"),
          QJsonArray{QJsonObject{{QStringLiteral("fulfillmentOrderId"), foGid(fo)},
                                 {QStringLiteral("fulfillmentOrderLineItems"),
                                  QJsonArray{QJsonObject{{QStringLiteral("id"), foLineGid(first)},
                                                         {QStringLiteral("quantity"), 1}}}}}}}});
    const QJsonObject payload = DemoOperations::payload(r, QStringLiteral("fulfillmentCreate"));
    QVERIFY2(payload[QStringLiteral("userErrors")].toArray().isEmpty(), r.body.constData());
    QJsonObject order = orderIn(payload);
    QCOMPARE(order[QStringLiteral("displayFulfillmentStatus")].toString(),
             QStringLiteral("PARTIALLY_FULFILLED"));
    QJsonObject partly = foIn(order, foGid(fo));
    QCOMPARE(partly[QStringLiteral("status")].toString(), QStringLiteral("IN_PROGRESS"));
    QCOMPARE(partly[QStringLiteral("supportedActions")][0][QStringLiteral("action")].toString(),
             QStringLiteral("CREATE_FULFILLMENT"));
    QCOMPARE(partly[QStringLiteral("lineItems")][QStringLiteral("nodes")][0]
                   [QStringLiteral("remainingQuantity")]
                       .toInt(),
             first.remainingQuantity - 1);
    QCOMPARE(order[QStringLiteral("lineItems")][QStringLiteral("nodes")][first.lineItem]
                  [QStringLiteral("unfulfilledQuantity")]
                      .toInt(),
             before.lineItems[first.lineItem].unfulfilledQuantity - 1);
    QCOMPARE(stockOf(data(), variant, fo.location),
             (Stock{stockBefore.onHand - 1, stockBefore.committed - 1}));
    QCOMPARE(m_store->notificationsSent(), 0);

    // The whole line asked for again, as a client that lost the first answer might: more than
    // remains, so Shopify refuses it, and the store counts a duplicate it can tell from a
    // request that was wrong from the start.
    const auto again = DemoOperations::fulfillmentCreate(
        *m_client,
        {{QStringLiteral("lineItemsByFulfillmentOrder"),
          QJsonArray{QJsonObject{{QStringLiteral("fulfillmentOrderId"), foGid(fo)},
                                 {QStringLiteral("fulfillmentOrderLineItems"),
                                  QJsonArray{QJsonObject{{QStringLiteral("id"), foLineGid(first)},
                                                         {QStringLiteral("quantity"),
                                                          first.remainingQuantity}}}}}}}});
    QVERIFY2(!DemoOperations::payload(again,
                                      QStringLiteral(
                                          "fulfillmentCreate"))[QStringLiteral("userErrors")]
                  .toArray()
                  .isEmpty(),
             again.body.constData());
    QCOMPARE(m_store->duplicateCreatesRefused(), 1);

    // The rest: no line items named means everything that remains.
    const auto rest = DemoOperations::fulfillmentCreate(
        *m_client,
        {{QStringLiteral("lineItemsByFulfillmentOrder"),
          QJsonArray{QJsonObject{{QStringLiteral("fulfillmentOrderId"), foGid(fo)}}}}});
    const QJsonObject restPayload = DemoOperations::payload(rest,
                                                            QStringLiteral("fulfillmentCreate"));
    QVERIFY2(restPayload[QStringLiteral("userErrors")].toArray().isEmpty(), rest.body.constData());
    order = orderIn(restPayload);
    QCOMPARE(order[QStringLiteral("displayFulfillmentStatus")].toString(),
             QStringLiteral("FULFILLED"));
    QCOMPARE(foIn(order, foGid(fo))[QStringLiteral("status")].toString(), QStringLiteral("CLOSED"));
    const QJsonArray fulfillments = order[QStringLiteral("fulfillments")].toArray();
    QCOMPARE(fulfillments.size(), 2);
    QCOMPARE(fulfillments[1][QStringLiteral("name")].toString(),
             QString(before.name() + QStringLiteral("-F2")));
    QCOMPARE(fulfillments[1][QStringLiteral("trackingInfo")].toArray(), QJsonArray());
    QCOMPARE(stockOf(data(), variant, fo.location),
             (Stock{stockBefore.onHand - first.totalQuantity,
                    stockBefore.committed - first.totalQuantity}));
    QCOMPARE(m_store->fulfillmentsCreated(orderGid(before)), 2);
    QCOMPARE(DemoInvariants::firstProblem(data()), QString());

    // The last request sent twice: the fulfillment order is closed now.
    const auto twice = DemoOperations::fulfillmentCreate(
        *m_client,
        {{QStringLiteral("lineItemsByFulfillmentOrder"),
          QJsonArray{QJsonObject{{QStringLiteral("fulfillmentOrderId"), foGid(fo)}}}}});
    QVERIFY2(!DemoOperations::payload(twice,
                                      QStringLiteral(
                                          "fulfillmentCreate"))[QStringLiteral("userErrors")]
                  .toArray()
                  .isEmpty(),
             twice.body.constData());
    QCOMPARE(m_store->fulfillmentsCreated(orderGid(before)), 2);
    QCOMPARE(m_store->duplicateCreatesRefused(), 2);
}

void TestDemoStoreMutations::refusesWhatShopifyRefuses_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("fieldTail"); // the userError's field after "fulfillment"
    QTest::addColumn<QString>("message");   // a part of its message
    QTest::newRow("on hold") << 0 << "lineItemsByFulfillmentOrder,0,fulfillmentOrderId"
                             << "has an unfulfillable status= on_hold.";
    QTest::newRow("scheduled") << 1 << "lineItemsByFulfillmentOrder,0,fulfillmentOrderId"
                               << "has an unfulfillable status= scheduled.";
    QTest::newRow("closed") << 2 << "lineItemsByFulfillmentOrder,0,fulfillmentOrderId"
                            << "has an unfulfillable status= closed.";
    QTest::newRow("cancelled") << 3 << "lineItemsByFulfillmentOrder,0,fulfillmentOrderId"
                               << "has an unfulfillable status= cancelled.";
    QTest::newRow("at a fulfillment service")
        << 4 << "lineItemsByFulfillmentOrder,0,fulfillmentOrderId"
        << "is assigned to the fulfillment service Nordlys Fulfilment";
    QTest::newRow("quantity too high")
        << 5 << "lineItemsByFulfillmentOrder,0,fulfillmentOrderLineItems,0,quantity"
        << "Invalid fulfillment order line item quantity requested";
    QTest::newRow("quantity zero")
        << 6 << "lineItemsByFulfillmentOrder,0,fulfillmentOrderLineItems,0,quantity"
        << "Invalid fulfillment order line item quantity requested";
    QTest::newRow("two orders") << 7 << "lineItemsByFulfillmentOrder,1,fulfillmentOrderId"
                                << "must belong to the same order";
    QTest::newRow("two locations") << 8 << "lineItemsByFulfillmentOrder,1,fulfillmentOrderId"
                                   << "must be assigned to the same location";
    QTest::newRow("unknown fulfillment order")
        << 9 << "lineItemsByFulfillmentOrder,0,fulfillmentOrderId"
        << "Fulfillment order does not exist.";
    QTest::newRow("line item of another fulfillment order")
        << 10 << "lineItemsByFulfillmentOrder,0,fulfillmentOrderLineItems,0,id"
        << "does not belong to fulfillment order";
    QTest::newRow("nothing listed") << 11 << "lineItemsByFulfillmentOrder"
                                    << "can't be blank";
}

void TestDemoStoreMutations::refusesWhatShopifyRefuses()
{
    QFETCH(int, kind);
    QFETCH(QString, fieldTail);
    QFETCH(QString, message);
    auto withStatus = [this](FulfillmentOrderStatus status) {
        const int o = findOrder([status](const Order &order) {
            return order.fulfillmentOrders.size() == 1
                   && order.fulfillmentOrders[0].status == status;
        });
        return data().orders[o].fulfillmentOrders[0];
    };
    auto entry = [](const FulfillmentOrder &fo) {
        return QJsonObject{{QStringLiteral("fulfillmentOrderId"), foGid(fo)}};
    };
    auto withItem = [](const FulfillmentOrder &fo, const QString &lineId, int quantity) {
        return QJsonObject{{QStringLiteral("fulfillmentOrderId"), foGid(fo)},
                           {QStringLiteral("fulfillmentOrderLineItems"),
                            QJsonArray{QJsonObject{{QStringLiteral("id"), lineId},
                                                   {QStringLiteral("quantity"), quantity}}}}};
    };
    const FulfillmentOrder &open
        = data()
              .orders[findOrder([this](const Order &o) { return isPlainUnfulfilled(data(), o); })]
              .fulfillmentOrders[0];
    QJsonArray selections;
    switch (kind) {
    case 0:
        selections = {entry(withStatus(FulfillmentOrderStatus::OnHold))};
        break;
    case 1:
        selections = {entry(withStatus(FulfillmentOrderStatus::Scheduled))};
        break;
    case 2:
        selections = {entry(withStatus(FulfillmentOrderStatus::Closed))};
        break;
    case 3:
        selections = {entry(withStatus(FulfillmentOrderStatus::Cancelled))};
        break;
    case 4: {
        const int o = findOrder([this](const Order &order) {
            return order.fulfillmentOrders.size() == 1
                   && data().locations[order.fulfillmentOrders[0].location].isFulfillmentService()
                   && order.fulfillmentOrders[0].status == FulfillmentOrderStatus::Open;
        });
        selections = {entry(data().orders[o].fulfillmentOrders[0])};
        break;
    }
    case 5:
        selections = {
            withItem(open, foLineGid(open.lineItems[0]), open.lineItems[0].remainingQuantity + 1)};
        break;
    case 6:
        selections = {withItem(open, foLineGid(open.lineItems[0]), 0)};
        break;
    case 7: {
        const int other = findOrder([this, &open](const Order &o) {
            return isPlainUnfulfilled(data(), o) && o.fulfillmentOrders[0].id != open.id
                   && o.fulfillmentOrders[0].location == open.location;
        });
        selections = {entry(open), entry(data().orders[other].fulfillmentOrders[0])};
        break;
    }
    case 8: {
        const int o = findOrder([](const Order &order) {
            return order.fulfillmentOrders.size() == 2 && order.fulfillments.isEmpty()
                   && order.fulfillmentOrders[0].status == FulfillmentOrderStatus::Open
                   && order.fulfillmentOrders[1].status == FulfillmentOrderStatus::Open
                   && order.fulfillmentOrders[0].location != order.fulfillmentOrders[1].location;
        });
        selections = {entry(data().orders[o].fulfillmentOrders[0]),
                      entry(data().orders[o].fulfillmentOrders[1])};
        break;
    }
    case 9:
        selections = {QJsonObject{{QStringLiteral("fulfillmentOrderId"),
                                   QStringLiteral("gid://shopify/FulfillmentOrder/1")}}};
        break;
    case 10: {
        const int other = findOrder([this, &open](const Order &o) {
            return isPlainUnfulfilled(data(), o) && o.fulfillmentOrders[0].id != open.id;
        });
        selections = {
            withItem(open, foLineGid(data().orders[other].fulfillmentOrders[0].lineItems[0]), 1)};
        break;
    }
    case 11:
        break;
    }

    const QByteArray before = snapshot(data());
    const quint64 version = data().version();
    const auto r
        = DemoOperations::fulfillmentCreate(*m_client,
                                            {{QStringLiteral("lineItemsByFulfillmentOrder"),
                                              selections}});
    QCOMPARE(r.httpStatus, 200);
    QVERIFY2(!r.json.contains(QStringLiteral("errors")), r.body.constData());
    const QJsonObject payload = DemoOperations::payload(r, QStringLiteral("fulfillmentCreate"));
    QVERIFY2(payload.contains(QStringLiteral("fulfillment"))
                 && payload[QStringLiteral("fulfillment")].isNull(),
             r.body.constData());
    const QJsonArray errors = payload[QStringLiteral("userErrors")].toArray();
    QVERIFY2(!errors.isEmpty(), r.body.constData());
    QStringList expectedField{QStringLiteral("fulfillment")};
    expectedField += fieldTail.split(u',');
    QCOMPARE(errors[0][QStringLiteral("field")].toVariant().toStringList(), expectedField);
    QVERIFY2(errors[0][QStringLiteral("message")].toString().contains(message),
             qPrintable(userErrorsText(payload)));

    // Nothing changed, and nothing was counted as done.
    QCOMPARE(data().version(), version);
    QVERIFY(snapshot(data()) == before);
    QCOMPARE(m_store->stats().fulfillmentsCreated.load(), 0);
    QCOMPARE(m_store->stats().mutationsRefused.load(), 1);
    QCOMPARE(m_store->notificationsSent(), 0);
    // Only asking for what was shipped already is a duplicate; the rest were wrong from the
    // start.
    QCOMPARE(m_store->duplicateCreatesRefused(), kind == 2 ? 1 : 0);
}

void TestDemoStoreMutations::refusesMalformedInputAsAGraphqlError_data()
{
    QTest::addColumn<QString>(
        "input"); // the FulfillmentInput as JSON, FO standing for an open one's id
    QTest::addColumn<QString>("message");
    QTest::newRow("no lineItemsByFulfillmentOrder")
        << R"({"notifyCustomer":true})"
        << "Argument 'lineItemsByFulfillmentOrder' on InputObject 'FulfillmentInput' is required. "
           "Expected type [FulfillmentOrderLineItemsInput!]!";
    QTest::newRow("not a global id")
        << R"({"lineItemsByFulfillmentOrder":[{"fulfillmentOrderId":"42"}]})"
        << "Invalid global id '42'";
    QTest::newRow("an order's id")
        << R"({"lineItemsByFulfillmentOrder":[{"fulfillmentOrderId":"gid://shopify/Order/5"}]})"
        << "Invalid global id 'gid://shopify/Order/5'";
    QTest::newRow("quantity not a number")
        << R"({"lineItemsByFulfillmentOrder":[{"fulfillmentOrderId":"FO","fulfillmentOrderLineItems":[{"id":"gid://shopify/FulfillmentOrderLineItem/1","quantity":"two"}]}]})"
        << "Argument 'quantity' on InputObject 'FulfillmentOrderLineItemInput' has an invalid "
           "value (\"two\"). Expected type 'Int!'.";
    QTest::newRow("unknown field")
        << R"({"lineItemsByFulfillmentOrder":[{"fulfillmentOrderId":"FO"}],"notify":true})"
        << "InputObject 'FulfillmentInput' doesn't accept argument 'notify'";
    QTest::newRow("tracking URL without host")
        << R"({"lineItemsByFulfillmentOrder":[{"fulfillmentOrderId":"FO"}],"trackingInfo":{"number":"1","url":"track me"}})"
        << "Argument 'url' on InputObject 'FulfillmentTrackingInput' has an invalid value (\"track "
           "me\"). Expected type 'URL'.";
}

void TestDemoStoreMutations::refusesMalformedInputAsAGraphqlError()
{
    QFETCH(QString, input);
    QFETCH(QString, message);
    const FulfillmentOrder &open
        = data()
              .orders[findOrder([this](const Order &o) { return isPlainUnfulfilled(data(), o); })]
              .fulfillmentOrders[0];
    input.replace(QStringLiteral("\"FO\""), u'"' + foGid(open) + u'"');
    const QByteArray before = snapshot(data());
    const auto r
        = DemoOperations::fulfillmentCreate(*m_client,
                                            QJsonDocument::fromJson(input.toUtf8()).object());
    QCOMPARE(r.httpStatus, 200);
    QCOMPARE(r.json[QStringLiteral("errors")][0][QStringLiteral("message")].toString(), message);
    QCOMPARE(r.json[QStringLiteral("errors")][0][QStringLiteral("path")].toArray(),
             QJsonArray{QStringLiteral("fulfillmentCreate")});
    // A field error: the payload (which may be null) is, the rest of `data` stays.
    QVERIFY(r.json[QStringLiteral("data")].isObject());
    QVERIFY(r.json[QStringLiteral("data")][QStringLiteral("fulfillmentCreate")].isNull());
    QVERIFY(snapshot(data()) == before);
    QCOMPARE(m_store->mutationCount(), 0);
}

void TestDemoStoreMutations::updatesTracking()
{
    const int index = findOrder(
        [this](const Order &o) { return isPlainUnfulfilled(data(), o) && !o.email.isEmpty(); });
    const QString foId = foGid(data().orders[index].fulfillmentOrders[0]);
    const auto created
        = DemoOperations::fulfillmentCreate(*m_client,
                                            {{QStringLiteral("lineItemsByFulfillmentOrder"),
                                              QJsonArray{QJsonObject{
                                                  {QStringLiteral("fulfillmentOrderId"), foId}}}}});
    const QString fulfillmentId
        = DemoOperations::payload(created, QStringLiteral("fulfillmentCreate"))[QStringLiteral(
            "fulfillment")][QStringLiteral("id")]
              .toString();
    QVERIFY2(!fulfillmentId.isEmpty(), created.body.constData());
    const Timestamp createdAt = data().orders[index].fulfillments[0].createdAt;

    // Two parcels with a supported company: Shopify builds both URLs.
    m_store->advance(std::chrono::milliseconds(1100)); // so updatedAt moves on
    const auto r = DemoOperations::fulfillmentTrackingInfoUpdate(
        *m_client,
        fulfillmentId,
        {{QStringLiteral("company"), QStringLiteral("GLS")},
         {QStringLiteral("numbers"),
          QJsonArray{QStringLiteral("12345678901"), QStringLiteral("12345678902")}}},
        false);
    QJsonObject payload = DemoOperations::payload(r,
                                                  QStringLiteral("fulfillmentTrackingInfoUpdate"));
    QVERIFY2(payload[QStringLiteral("userErrors")].toArray().isEmpty(), r.body.constData());
    QCOMPARE(payload[QStringLiteral("fulfillment")][QStringLiteral("id")].toString(), fulfillmentId);
    QJsonObject shipped = orderIn(payload)[QStringLiteral("fulfillments")][0].toObject();
    QCOMPARE(shipped[QStringLiteral("trackingInfo")].toArray(),
             QJsonArray(
                 {QJsonObject{{QStringLiteral("company"), QStringLiteral("GLS")},
                              {QStringLiteral("number"), QStringLiteral("12345678901")},
                              {QStringLiteral("url"),
                               QStringLiteral(
                                   "https://gls-group.com/DK/da/find-pakke?match=12345678901")}},
                  QJsonObject{{QStringLiteral("company"), QStringLiteral("GLS")},
                              {QStringLiteral("number"), QStringLiteral("12345678902")},
                              {QStringLiteral("url"),
                               QStringLiteral(
                                   "https://gls-group.com/DK/da/find-pakke?match=12345678902")}}}));
    const Fulfillment &stored = data().orders[index].fulfillments[0];
    QVERIFY(stored.updatedAt > createdAt);
    QCOMPARE(data().orders[index].updatedAt, stored.updatedAt);
    QCOMPARE(m_store->notificationsSent(), 0);

    // Replaced, not added to; a company Shopify does not know gets the URL given, or none.
    const auto replaced = DemoOperations::fulfillmentTrackingInfoUpdate(
        *m_client,
        fulfillmentId,
        {{QStringLiteral("company"), QStringLiteral("Budstikken")},
         {QStringLiteral("number"), QStringLiteral("BS-1")},
         {QStringLiteral("url"), QStringLiteral("https://budstikken.example/track/BS-1")}},
        true);
    payload = DemoOperations::payload(replaced, QStringLiteral("fulfillmentTrackingInfoUpdate"));
    QCOMPARE(orderIn(payload)[QStringLiteral("fulfillments")][0][QStringLiteral("trackingInfo")]
                 .toArray(),
             QJsonArray({QJsonObject{{QStringLiteral("company"), QStringLiteral("Budstikken")},
                                     {QStringLiteral("number"), QStringLiteral("BS-1")},
                                     {QStringLiteral("url"),
                                      QStringLiteral("https://budstikken.example/track/BS-1")}}}));
    QCOMPARE(m_store->notificationsSent(), 1);
    QCOMPARE(m_store->stats().trackingUpdates.load(), 2);

    const auto unknown
        = DemoOperations::fulfillmentTrackingInfoUpdate(*m_client,
                                                        QStringLiteral(
                                                            "gid://shopify/Fulfillment/1"),
                                                        {{QStringLiteral("number"),
                                                          QStringLiteral("1")}});
    payload = DemoOperations::payload(unknown, QStringLiteral("fulfillmentTrackingInfoUpdate"));
    QVERIFY(payload[QStringLiteral("fulfillment")].isNull());
    QCOMPARE(payload[QStringLiteral("userErrors")][0][QStringLiteral("field")].toArray(),
             QJsonArray{QStringLiteral("fulfillmentId")});

    // A cancelled fulfillment keeps the tracking it had.
    const int cancelledOrder = findOrder([](const Order &o) {
        return o.fulfillments.size() == 1
               && o.fulfillments[0].status == FulfillmentStatus::Cancelled;
    });
    const QByteArray before = snapshot(data());
    const auto onCancelled = DemoOperations::fulfillmentTrackingInfoUpdate(
        *m_client,
        fulfillmentGid(data().orders[cancelledOrder].fulfillments[0]),
        {{QStringLiteral("number"), QStringLiteral("1")}});
    payload = DemoOperations::payload(onCancelled, QStringLiteral("fulfillmentTrackingInfoUpdate"));
    QVERIFY(payload[QStringLiteral("fulfillment")].isNull());
    QVERIFY2(payload[QStringLiteral("userErrors")][0][QStringLiteral("message")].toString().contains(
                 QStringLiteral("cancelled")),
             onCancelled.body.constData());
    QVERIFY(snapshot(data()) == before);
    QCOMPARE(DemoInvariants::firstProblem(data()), QString());
}

void TestDemoStoreMutations::cancelsAFulfillmentThatClosedItsFulfillmentOrder()
{
    // A generated order shipped in one go from the merchant's own location.
    const int index = findOrder([this](const Order &o) {
        return !o.isCancelled() && o.displayFulfillmentStatus == OrderFulfillmentStatus::Fulfilled
               && o.fulfillmentOrders.size() == 1 && o.fulfillments.size() == 1
               && !data().locations[o.fulfillmentOrders[0].location].isFulfillmentService()
               && std::all_of(o.lineItems.cbegin(), o.lineItems.cend(), [](const LineItem &l) {
                      return l.variant >= 0;
                  });
    });
    const Order before = data().orders[index];
    const FulfillmentOrder &old = before.fulfillmentOrders[0];
    const Fulfillment &shipment = before.fulfillments[0];
    QList<Stock> stockBefore;
    for (const auto &line : before.lineItems)
        stockBefore.append(stockOf(data(), line.variant, old.location));

    const auto r = DemoOperations::fulfillmentCancel(*m_client, fulfillmentGid(shipment));
    const QJsonObject payload = DemoOperations::payload(r, QStringLiteral("fulfillmentCancel"));
    QVERIFY2(payload[QStringLiteral("userErrors")].toArray().isEmpty(), r.body.constData());
    QCOMPARE(payload[QStringLiteral("fulfillment")][QStringLiteral("status")].toString(),
             QStringLiteral("CANCELLED"));
    const QJsonObject order = orderIn(payload);
    QCOMPARE(order[QStringLiteral("displayFulfillmentStatus")].toString(),
             QStringLiteral("UNFULFILLED"));
    QCOMPARE(order[QStringLiteral("fulfillments")][0][QStringLiteral("status")].toString(),
             QStringLiteral("CANCELLED"));
    const QJsonArray fos
        = order[QStringLiteral("fulfillmentOrders")][QStringLiteral("nodes")].toArray();
    QCOMPARE(fos.size(), 2);
    QCOMPARE(fos[0][QStringLiteral("id")].toString(), foGid(old));
    QCOMPARE(fos[0][QStringLiteral("status")].toString(), QStringLiteral("CLOSED"));
    const QJsonObject fresh = fos[1].toObject();
    QVERIFY(fresh[QStringLiteral("id")].toString() != foGid(old));
    QCOMPARE(fresh[QStringLiteral("status")].toString(), QStringLiteral("OPEN"));
    QCOMPARE(fresh[QStringLiteral("assignedLocation")][QStringLiteral("name")].toString(),
             data().locations[old.location].name);
    QCOMPARE(fresh[QStringLiteral("supportedActions")][0][QStringLiteral("action")].toString(),
             QStringLiteral("CREATE_FULFILLMENT"));
    int shippedTotal = 0;
    for (const auto &item : shipment.lineItems)
        shippedTotal += item.quantity;
    int remaining = 0;
    for (const auto &node : fresh[QStringLiteral("lineItems")][QStringLiteral("nodes")].toArray()) {
        QCOMPARE(node[QStringLiteral("remainingQuantity")].toInt(),
                 node[QStringLiteral("totalQuantity")].toInt());
        remaining += node[QStringLiteral("remainingQuantity")].toInt();
    }
    QCOMPARE(remaining, shippedTotal);
    for (int l = 0; l < before.lineItems.size(); ++l) {
        QCOMPARE(order[QStringLiteral("lineItems")][QStringLiteral("nodes")][l]
                      [QStringLiteral("unfulfilledQuantity")]
                          .toInt(),
                 before.lineItems[l].currentQuantity);
        const int back = OrderRules::fulfilledQuantity(before, l);
        QCOMPARE(stockOf(data(), before.lineItems[l].variant, old.location),
                 (Stock{stockBefore[l].onHand + back, stockBefore[l].committed + back}));
    }
    QCOMPARE(m_store->fulfillmentsCancelled(orderGid(before)), 1);

    // The new fulfillment order can be shipped, and the shipment is the order's second.
    const auto again
        = DemoOperations::fulfillmentCreate(*m_client,
                                            {{QStringLiteral("lineItemsByFulfillmentOrder"),
                                              QJsonArray{
                                                  QJsonObject{{QStringLiteral("fulfillmentOrderId"),
                                                               fresh[QStringLiteral("id")]}}}}});
    const QJsonObject againOrder = orderIn(
        DemoOperations::payload(again, QStringLiteral("fulfillmentCreate")));
    QCOMPARE(againOrder[QStringLiteral("displayFulfillmentStatus")].toString(),
             QStringLiteral("FULFILLED"));
    QCOMPARE(againOrder[QStringLiteral("fulfillments")][1][QStringLiteral("name")].toString(),
             QString(before.name() + QStringLiteral("-F2")));

    // Cancelling twice is refused.
    const QByteArray snapshotBefore = snapshot(data());
    const auto twice = DemoOperations::fulfillmentCancel(*m_client, fulfillmentGid(shipment));
    const QJsonObject twicePayload = DemoOperations::payload(twice,
                                                             QStringLiteral("fulfillmentCancel"));
    QVERIFY(twicePayload[QStringLiteral("fulfillment")].isNull());
    QCOMPARE(twicePayload[QStringLiteral("userErrors")][0][QStringLiteral("field")].toArray(),
             QJsonArray{QStringLiteral("id")});
    QVERIFY(snapshot(data()) == snapshotBefore);
    QCOMPARE(m_store->fulfillmentsCancelled(orderGid(before)), 1);
    QCOMPARE(DemoInvariants::firstProblem(data()), QString());
}

void TestDemoStoreMutations::cancelsAPartialFulfillment()
{
    const int index = findOrder([this](const Order &o) {
        return isPlainUnfulfilled(data(), o) && o.lineItems.size() >= 2;
    });
    const Order before = data().orders[index];
    const FulfillmentOrder &fo = before.fulfillmentOrders[0];
    QList<Stock> stockBefore;
    for (const auto &line : before.lineItems)
        stockBefore.append(stockOf(data(), line.variant, fo.location));
    const QByteArray untouched = snapshot(data());
    const auto created = DemoOperations::fulfillmentCreate(
        *m_client,
        {{QStringLiteral("lineItemsByFulfillmentOrder"),
          QJsonArray{
              QJsonObject{{QStringLiteral("fulfillmentOrderId"), foGid(fo)},
                          {QStringLiteral("fulfillmentOrderLineItems"),
                           QJsonArray{QJsonObject{{QStringLiteral("id"), foLineGid(fo.lineItems[0])},
                                                  {QStringLiteral("quantity"),
                                                   fo.lineItems[0].remainingQuantity}}}}}}}});
    const QString fulfillmentId
        = DemoOperations::payload(created, QStringLiteral("fulfillmentCreate"))[QStringLiteral(
            "fulfillment")][QStringLiteral("id")]
              .toString();
    QVERIFY2(!fulfillmentId.isEmpty(), created.body.constData());
    QCOMPARE(data().orders[index].fulfillmentOrders[0].status, FulfillmentOrderStatus::InProgress);

    const auto r = DemoOperations::fulfillmentCancel(*m_client, fulfillmentId);
    const QJsonObject payload = DemoOperations::payload(r, QStringLiteral("fulfillmentCancel"));
    QVERIFY2(payload[QStringLiteral("userErrors")].toArray().isEmpty(), r.body.constData());
    const QJsonObject order = orderIn(payload);
    QCOMPARE(order[QStringLiteral("displayFulfillmentStatus")].toString(),
             QStringLiteral("UNFULFILLED"));
    // No new fulfillment order: the open one holds everything again and is OPEN once more.
    const QJsonArray fos
        = order[QStringLiteral("fulfillmentOrders")][QStringLiteral("nodes")].toArray();
    QCOMPARE(fos.size(), 1);
    QCOMPARE(fos[0][QStringLiteral("status")].toString(), QStringLiteral("OPEN"));
    for (const auto &node : fos[0][QStringLiteral("lineItems")][QStringLiteral("nodes")].toArray())
        QCOMPARE(node[QStringLiteral("remainingQuantity")].toInt(),
                 node[QStringLiteral("totalQuantity")].toInt());
    // Stock is back where it was.
    for (int l = 0; l < before.lineItems.size(); ++l)
        QCOMPARE(stockOf(data(), before.lineItems[l].variant, fo.location), stockBefore[l]);
    QVERIFY(snapshot(data()) != untouched); // the cancelled fulfillment and the times remain
    QCOMPARE(DemoInvariants::firstProblem(data()), QString());
}

void TestDemoStoreMutations::chargesMutationsToTheBucket()
{
    DemoStoreConfig config = configWith(true);
    config.bucketSize = 100;
    config.restoreRate = 0;
    startStore(config);
    const int index = findOrder([this](const Order &o) { return isPlainUnfulfilled(data(), o); });
    const auto r = DemoOperations::fulfillmentCreate(
        *m_client,
        {{QStringLiteral("lineItemsByFulfillmentOrder"),
          QJsonArray{QJsonObject{{QStringLiteral("fulfillmentOrderId"),
                                  foGid(data().orders[index].fulfillmentOrders[0])}}}}});
    const QJsonObject cost = r.json[QStringLiteral("extensions")][QStringLiteral("cost")].toObject();
    QCOMPARE(cost[QStringLiteral("requestedQueryCost")].toInt(), 10);
    QCOMPARE(cost[QStringLiteral("actualQueryCost")].toInt(), 10);
    QCOMPARE(cost[QStringLiteral("throttleStatus")][QStringLiteral("currentlyAvailable")].toInt(),
             90);

    // Two mutation fields in one document cost 10 each, run in order: the second sees the
    // first's work (the fulfillment order it closed).
    const QString foId = foGid(data()
                                   .orders[findOrder([this, index](const Order &o) {
                                       return isPlainUnfulfilled(data(), o)
                                              && o.id != data().orders[index].id;
                                   })]
                                   .fulfillmentOrders[0]);
    const auto two
        = m_client->post(QStringLiteral(
                             "mutation Two($fo: ID!) {"
                             " a: fulfillmentCreate(fulfillment: {lineItemsByFulfillmentOrder: "
                             "[{fulfillmentOrderId: $fo}]}) {"
                             " fulfillment { id } userErrors { field message } }"
                             " b: fulfillmentCreate(fulfillment: {lineItemsByFulfillmentOrder: "
                             "[{fulfillmentOrderId: $fo}]}) {"
                             " fulfillment { id } userErrors { field message } } }"),
                         {{QStringLiteral("fo"), foId}});
    const QJsonObject twoCost
        = two.json[QStringLiteral("extensions")][QStringLiteral("cost")].toObject();
    QCOMPARE(twoCost[QStringLiteral("requestedQueryCost")].toInt(), 20);
    QCOMPARE(twoCost[QStringLiteral("throttleStatus")][QStringLiteral("currentlyAvailable")].toInt(),
             70);
    QVERIFY2(two.json[QStringLiteral("data")][QStringLiteral("a")][QStringLiteral("fulfillment")]
                 .isObject(),
             two.body.constData());
    QVERIFY(two.json[QStringLiteral("data")][QStringLiteral("b")][QStringLiteral("fulfillment")]
                .isNull());
    QVERIFY(two.json[QStringLiteral("data")][QStringLiteral("b")][QStringLiteral("userErrors")][0]
                    [QStringLiteral("message")]
                        .toString()
                        .contains(QStringLiteral("unfulfillable status= closed")));
    QCOMPARE(m_store->mutationCount(), 3);
}

void TestDemoStoreMutations::throttledMutationDoesNothing()
{
    DemoStoreConfig config = configWith(true);
    config.bucketSize = 15;
    config.restoreRate = 0;
    startStore(config);
    const int first = findOrder([this](const Order &o) { return isPlainUnfulfilled(data(), o); });
    const int second = findOrder([this, first](const Order &o) {
        return isPlainUnfulfilled(data(), o) && o.id != data().orders[first].id;
    });
    auto fulfil = [this](int index) {
        return DemoOperations::fulfillmentCreate(
            *m_client,
            {{QStringLiteral("lineItemsByFulfillmentOrder"),
              QJsonArray{QJsonObject{{QStringLiteral("fulfillmentOrderId"),
                                      foGid(data().orders[index].fulfillmentOrders[0])}}}}});
    };
    QVERIFY(fulfil(first).json[QStringLiteral("data")].isObject());
    const QByteArray before = snapshot(data());
    const auto throttled = fulfil(second);
    QCOMPARE(throttled.firstErrorCode(), QStringLiteral("THROTTLED"));
    QVERIFY(!throttled.json.contains(QStringLiteral("data")));
    QVERIFY(throttled
                .json[QStringLiteral("extensions")][QStringLiteral("cost")]
                     [QStringLiteral("actualQueryCost")]
                .isNull());
    QVERIFY(snapshot(data()) == before);
    QCOMPARE(data().orders[second].fulfillmentOrders[0].status, FulfillmentOrderStatus::Open);
    QCOMPARE(m_store->fulfillmentsCreated(orderGid(data().orders[second])), 0);
    QCOMPARE(m_store->mutationCount(), 1);
    QCOMPARE(m_store->throttledCount(), 1);
}

void TestDemoStoreMutations::staysConsistentThroughRandomMutations()
{
    // Hundreds of mutations, valid and not, straight to the endpoint (no HTTP, for speed):
    // after each one the store keeps every rule the generator keeps.
    std::mt19937_64 random(20260131);
    auto below = [&random](qsizetype n) {
        return int(random() % quint64(std::max<qsizetype>(1, n)));
    };
    auto post = [this](const QString &operation, const QJsonObject &variables) {
        QJsonObject all = DemoOperations::pageSizes();
        for (auto it = variables.constBegin(); it != variables.constEnd(); ++it)
            all.insert(it.key(), it.value());
        static const QString document = DemoOperations::ordersDocument();
        const QJsonObject body{{QStringLiteral("query"), document},
                               {QStringLiteral("variables"), all},
                               {QStringLiteral("operationName"), operation}};
        return m_store->post(QJsonDocument(body).toJson(QJsonDocument::Compact));
    };
    int created = 0;
    int cancelled = 0;
    for (int step = 0; step < 400; ++step) {
        const Order &order = data().orders[below(data().orders.size())];
        const int what = below(10);
        ApiReply reply;
        if (what < 6) {
            QJsonArray selections;
            for (const auto &fo : order.fulfillmentOrders) {
                if (below(3) == 0)
                    continue;
                QJsonObject entry{{QStringLiteral("fulfillmentOrderId"), foGid(fo)}};
                if (below(2) == 0 && !fo.lineItems.isEmpty()) {
                    QJsonArray items;
                    for (const auto &line : fo.lineItems) {
                        if (below(2) == 0)
                            items.append(QJsonObject{{QStringLiteral("id"), foLineGid(line)},
                                                     {QStringLiteral("quantity"),
                                                      below(line.remainingQuantity + 2)}});
                    }
                    entry.insert(QStringLiteral("fulfillmentOrderLineItems"), items);
                }
                selections.append(entry);
            }
            reply
                = post(QStringLiteral("FulfillmentCreate"),
                       {{QStringLiteral("fulfillment"),
                         QJsonObject{{QStringLiteral("lineItemsByFulfillmentOrder"), selections},
                                     {QStringLiteral("trackingInfo"),
                                      QJsonObject{{QStringLiteral("company"), QStringLiteral("DPD")},
                                                  {QStringLiteral("number"),
                                                   QString::number(step)}}}}}});
        } else if (!order.fulfillments.isEmpty()) {
            const Fulfillment &f = order.fulfillments[below(order.fulfillments.size())];
            if (what < 9) {
                reply = post(QStringLiteral("FulfillmentCancel"),
                             {{QStringLiteral("id"), fulfillmentGid(f)}});
            } else {
                reply = post(QStringLiteral("FulfillmentTrackingInfoUpdate"),
                             {{QStringLiteral("fulfillmentId"), fulfillmentGid(f)},
                              {QStringLiteral("trackingInfoInput"),
                               QJsonObject{{QStringLiteral("number"), QStringLiteral("X")}}}});
            }
        } else {
            continue;
        }
        const QJsonObject json = QJsonDocument::fromJson(reply.body).object();
        QVERIFY2(reply.status == 200 && !json.contains(QStringLiteral("errors")),
                 reply.body.left(500).constData());
        const QJsonObject answers = json[QStringLiteral("data")].toObject();
        const QJsonObject payload = answers.constBegin().value().toObject();
        if (payload[QStringLiteral("fulfillment")].isObject()) {
            created += answers.contains(QStringLiteral("fulfillmentCreate")) ? 1 : 0;
            cancelled += answers.contains(QStringLiteral("fulfillmentCancel")) ? 1 : 0;
        } else {
            QVERIFY2(!payload[QStringLiteral("userErrors")].toArray().isEmpty(),
                     reply.body.left(500).constData());
        }
        const QString problem = DemoInvariants::firstProblem(data());
        QVERIFY2(problem.isEmpty(),
                 qPrintable(QStringLiteral("after step %1: %2").arg(step).arg(problem)));
    }
    // Enough of each happened for the run to mean something.
    QVERIFY2(created >= 40 && cancelled >= 15,
             qPrintable(QStringLiteral("%1 created, %2 cancelled").arg(created).arg(cancelled)));
    QCOMPARE(m_store->stats().fulfillmentsCreated.load(), created);
    QCOMPARE(m_store->stats().fulfillmentsCancelled.load(), cancelled);
}

QTEST_GUILESS_MAIN(TestDemoStoreMutations)
#include "tst_demostoremutations.moc"
