// The demo store's answers have exactly the shape Shopify sends: every operation of
// core/shopify/operations is run against it and its JSON checked with the workplace's
// check-response tool against Shopify's published schema.

#include "core/demostore/DemoStore.h"
#include "core/demostore/StoreJson.h"
#include "core/graphql/Parser.h"
#include "tests/testlib/DemoClient.h"
#include "tests/testlib/SchemaTools.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QtTest>

#include <chrono>
#include <memory>

using namespace demostore;

namespace {

const QDateTime kNow = QDateTime::fromString(QStringLiteral("2026-01-31T12:00:00Z"), Qt::ISODate);

QDir operationsDir()
{
    return QDir(QDir(SchemaTools::sourceDir()).filePath(QStringLiteral("core/shopify/operations")));
}

// Page sizes that keep every operation under the 1,000-point limit.
int pageSize(const QString &operation, const QString &variable)
{
    if (variable == u"first")
        return operation == u"Orders" ? 5 : 10;
    if (variable == u"fulfillmentOrders" || variable == u"fulfillments")
        return 3;
    if (variable == u"trackingInfo")
        return 2;
    return 10;
}

QString failure(const SchemaTools::Outcome &outcome, const QByteArray &response)
{
    return QStringLiteral("check-response exit %1:\n%2\nresponse: %3")
        .arg(outcome.exitCode)
        .arg(outcome.output, QString::fromUtf8(response.left(3000)));
}

} // namespace

class TestDemoStoreShape final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyOperationHasShopifysShape_data();
    void everyOperationHasShopifysShape();
    void everyGeneratedOrderHasShopifysShape();
    void ordersTheStoresActivityChangedHaveShopifysShape();
    void refusalsHaveShopifysShape_data();
    void refusalsHaveShopifysShape();

private:
    std::unique_ptr<DemoStore> m_store;
    std::unique_ptr<DemoClient> m_client;
    QList<QPair<QString, QString>> m_orders; // (why chosen, global id)
    QList<QPair<QString, QString>> m_fulfillmentOrders;
    QList<QPair<QString, QJsonArray>> m_inventoryItems; // (why chosen, global ids)
    struct MutationCase
    {
        QString operation;
        QString why;
        QJsonObject variables;
    };
    QList<MutationCase> m_mutations; // run in this order: each leaves the store changed
};

void TestDemoStoreShape::initTestCase()
{
    DemoStoreConfig config;
    config.now = kNow;
    config.throttling = false;
    m_store = std::make_unique<DemoStore>(config);
    QString error;
    QVERIFY2(m_store->start(&error), qPrintable(error));
    m_client = std::make_unique<DemoClient>(m_store->graphqlUrl());

    // Orders that exercise the nullable and list-valued corners of the shape.
    const StoreData &data = m_store->data();
    auto pick = [&](const QString &why, auto predicate) {
        for (const auto &o : data.orders) {
            if (predicate(o)) {
                m_orders.append({why, StoreJson::gid(u"Order", o.id)});
                return &o;
            }
        }
        qFatal("no order that is %s", qPrintable(why));
    };
    const Order *split = pick(QStringLiteral("split, held and partly shipped"), [&](const Order &o) {
        bool held = false;
        for (const auto &fo : o.fulfillmentOrders)
            held = held || !fo.holds.isEmpty();
        return o.fulfillmentOrders.size() == 2 && held && !o.fulfillments.isEmpty()
               && o.fulfillmentOrders[0].location != o.fulfillmentOrders[1].location;
    });
    const Order *service = pick(QStringLiteral("at a fulfillment service"), [&](const Order &o) {
        return o.fulfillmentOrders.size() == 1
               && data.locations[o.fulfillmentOrders[0].location].isFulfillmentService()
               && o.fulfillmentOrders[0].requestStatus == RequestStatus::Submitted;
    });
    pick(QStringLiteral("without customer"),
         [](const Order &o) { return o.customer < 0 && o.email.isNull(); });
    pick(QStringLiteral("with a cancelled shipment"), [](const Order &o) {
        return o.fulfillments.size() == 1
               && o.fulfillments[0].status == FulfillmentStatus::Cancelled;
    });
    pick(QStringLiteral("with tracking without company"), [](const Order &o) {
        for (const auto &f : o.fulfillments) {
            for (const auto &t : f.tracking) {
                if (t.company.isNull())
                    return true;
            }
        }
        return false;
    });
    for (const auto &fo : split->fulfillmentOrders) {
        m_fulfillmentOrders.append(
            {fo.holds.isEmpty() ? QStringLiteral("closed") : QStringLiteral("on hold"),
             StoreJson::gid(u"FulfillmentOrder", fo.id)});
    }
    m_fulfillmentOrders.append(
        {QStringLiteral("at a fulfillment service"),
         StoreJson::gid(u"FulfillmentOrder", service->fulfillmentOrders[0].id)});

    // Inventory items: short with CONTINUE, untracked, stocked at three locations, and an id
    // the shop does not have (null).
    auto itemOf = [&](const QString &why, auto predicate) {
        for (const auto &v : data.variants) {
            if (predicate(v))
                return StoreJson::gid(u"InventoryItem", v.inventoryItemId);
        }
        qFatal("no variant that is %s", qPrintable(why));
    };
    const QString oversold = itemOf(QStringLiteral("oversold"), [](const Variant &v) {
        return v.continueSellingWhenOutOfStock && !v.inventory.isEmpty()
               && v.inventory[0].available() < 0;
    });
    const QString untracked = itemOf(QStringLiteral("untracked"),
                                     [](const Variant &v) { return !v.tracked; });
    const QString everywhere = itemOf(QStringLiteral("at three locations"),
                                      [](const Variant &v) { return v.inventory.size() == 3; });
    m_inventoryItems = {
        {QStringLiteral("oversold, untracked, three locations, unknown"),
         QJsonArray{oversold,
                    untracked,
                    everywhere,
                    QStringLiteral("gid://shopify/InventoryItem/1")}},
        {QStringLiteral("none"), QJsonArray{}},
    };

    // The mutations, accepted and refused (userErrors), on objects no other case touches.
    const Order *open = pick(QStringLiteral("unfulfilled"), [&](const Order &o) {
        return o.fulfillmentOrders.size() == 1 && o.fulfillments.isEmpty() && !o.legacyDisplayStatus
               && o.fulfillmentOrders[0].status == FulfillmentOrderStatus::Open
               && !data.locations[o.fulfillmentOrders[0].location].isFulfillmentService();
    });
    m_orders.removeLast(); // picked for the mutation only
    QList<const Fulfillment *> shipped;
    for (const auto &o : data.orders) {
        if (o.fulfillments.size() == 1 && o.fulfillments[0].status == FulfillmentStatus::Success
            && &o != split)
            shipped.append(&o.fulfillments[0]);
    }
    QVERIFY(shipped.size() >= 2);
    const Fulfillment *cancelled = nullptr;
    for (const auto &o : data.orders) {
        for (const auto &f : o.fulfillments) {
            if (f.status == FulfillmentStatus::Cancelled)
                cancelled = &f;
        }
    }
    QVERIFY(cancelled);
    auto selection = [](const FulfillmentOrder &fo) {
        return QJsonObject{{QStringLiteral("lineItemsByFulfillmentOrder"),
                            QJsonArray{QJsonObject{{QStringLiteral("fulfillmentOrderId"),
                                                    StoreJson::gid(u"FulfillmentOrder", fo.id)}}}}};
    };
    QJsonObject create = selection(open->fulfillmentOrders[0]);
    create.insert(QStringLiteral("notifyCustomer"), true);
    create.insert(QStringLiteral("trackingInfo"),
                  QJsonObject{{QStringLiteral("company"), QStringLiteral("UPS")},
                              {QStringLiteral("numbers"),
                               QJsonArray{QStringLiteral("1Z999AA10123456784"),
                                          QStringLiteral("1Z999AA10123456785")}}});
    const FulfillmentOrder *held = nullptr;
    for (const auto &fo : split->fulfillmentOrders) {
        if (fo.status == FulfillmentOrderStatus::OnHold)
            held = &fo;
    }
    QVERIFY(held);
    const FulfillmentOrder *pickup = nullptr;
    for (const auto &o : data.orders) {
        for (const auto &fo : o.fulfillmentOrders) {
            if (fo.deliveryMethod == demostore::DeliveryMethod::PickUp
                && fo.status == FulfillmentOrderStatus::Open && !pickup)
                pickup = &fo;
        }
    }
    QVERIFY(pickup);
    auto prepared = [](const FulfillmentOrder &fo) {
        return QJsonObject{{QStringLiteral("lineItemsByFulfillmentOrder"),
                            QJsonArray{QJsonObject{{QStringLiteral("fulfillmentOrderId"),
                                                    StoreJson::gid(u"FulfillmentOrder", fo.id)}}}}};
    };
    m_mutations = {
        {QStringLiteral("FulfillmentOrderLineItemsPreparedForPickup"),
         QStringLiteral("a local pickup made ready"),
         {{QStringLiteral("input"), prepared(*pickup)}}},
        {QStringLiteral("FulfillmentOrderLineItemsPreparedForPickup"),
         QStringLiteral("refused: not a pickup"),
         {{QStringLiteral("input"), prepared(*held)}}},
        {QStringLiteral("FulfillmentCreate"),
         QStringLiteral("a whole fulfillment order"),
         {{QStringLiteral("fulfillment"), create}}},
        {QStringLiteral("FulfillmentCreate"),
         QStringLiteral("refused: on hold"),
         {{QStringLiteral("fulfillment"), selection(*held)}}},
        {QStringLiteral("FulfillmentTrackingInfoUpdate"),
         QStringLiteral("new tracking"),
         {{QStringLiteral("fulfillmentId"), StoreJson::gid(u"Fulfillment", shipped[0]->id)},
          {QStringLiteral("trackingInfoInput"),
           QJsonObject{{QStringLiteral("number"), QStringLiteral("RR123456789DE")},
                       {QStringLiteral("company"), QStringLiteral("Deutsche Post")}}},
          {QStringLiteral("notifyCustomer"), true}}},
        {QStringLiteral("FulfillmentTrackingInfoUpdate"),
         QStringLiteral("refused: no such fulfillment"),
         {{QStringLiteral("fulfillmentId"), QStringLiteral("gid://shopify/Fulfillment/1")},
          {QStringLiteral("trackingInfoInput"),
           QJsonObject{{QStringLiteral("number"), QStringLiteral("1")}}}}},
        {QStringLiteral("FulfillmentCancel"),
         QStringLiteral("a shipment"),
         {{QStringLiteral("id"), StoreJson::gid(u"Fulfillment", shipped[1]->id)}}},
        {QStringLiteral("FulfillmentCancel"),
         QStringLiteral("refused: cancelled already"),
         {{QStringLiteral("id"), StoreJson::gid(u"Fulfillment", cancelled->id)}}},
    };
}

void TestDemoStoreShape::everyOperationHasShopifysShape_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QJsonObject>("variables");
    const QStringList files = operationsDir().entryList({QStringLiteral("*.graphql")}, QDir::Files);
    QVERIFY(!files.isEmpty());
    for (const QString &name : files) {
        // Bulk operations run over time and their queries go inside bulkOperationRunQuery:
        // tst_demobulkoperations checks each of their answers against the schema.
        if (name.startsWith(u"bulk"))
            continue;
        const QString path = operationsDir().filePath(name);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString error;
        const auto document = graphql::parse(QString::fromUtf8(file.readAll()), &error);
        QVERIFY2(document, qPrintable(error));
        for (const auto &op : document->operations()) {
            const QString rootField = op.selections.front().name;
            QJsonObject base;
            bool takesId = false;
            for (const auto &v : op.variables) {
                if (v.type.name == u"Int")
                    base.insert(v.name, pageSize(op.name, v.name));
                else if (v.type.name == u"ID")
                    takesId = true;
            }
            if (op.type == graphql::OperationDefinition::Type::Mutation) {
                int cases = 0;
                for (const auto &c : std::as_const(m_mutations)) {
                    if (c.operation != op.name)
                        continue;
                    QJsonObject variables = base;
                    for (auto it = c.variables.constBegin(); it != c.variables.constEnd(); ++it)
                        variables.insert(it.key(), it.value());
                    QTest::addRow("%s %s, %s", qPrintable(name), qPrintable(op.name), qPrintable(c.why))
                        << path << op.name << variables;
                    ++cases;
                }
                QVERIFY2(cases == 2, qPrintable(op.name)); // every mutation, accepted and refused
                continue;
            }
            if (op.variable(u"ids")) {
                for (const auto &[why, ids] : std::as_const(m_inventoryItems)) {
                    QJsonObject variables = base;
                    variables.insert(QStringLiteral("ids"), ids);
                    QTest::addRow("%s %s, %s", qPrintable(name), qPrintable(op.name), qPrintable(why))
                        << path << op.name << variables;
                }
                continue;
            }
            if (!takesId) {
                QTest::addRow("%s %s", qPrintable(name), qPrintable(op.name))
                    << path << op.name << base;
                if (op.variable(u"query")) {
                    QJsonObject filtered = base;
                    filtered.insert(QStringLiteral("query"),
                                    QStringLiteral("fulfillment_status:unfulfilled"));
                    QTest::addRow("%s %s filtered", qPrintable(name), qPrintable(op.name))
                        << path << op.name << filtered;
                }
                continue;
            }
            const auto &ids = rootField == u"fulfillmentOrder" ? m_fulfillmentOrders : m_orders;
            for (const auto &[why, id] : ids) {
                QJsonObject variables = base;
                variables.insert(QStringLiteral("id"), id);
                QTest::addRow("%s %s, %s", qPrintable(name), qPrintable(op.name), qPrintable(why))
                    << path << op.name << variables;
            }
        }
    }
}

void TestDemoStoreShape::everyOperationHasShopifysShape()
{
    QFETCH(QString, file);
    QFETCH(QString, operation);
    QFETCH(QJsonObject, variables);
    QFile source(file);
    QVERIFY(source.open(QIODevice::ReadOnly));
    const auto r = m_client->post(QString::fromUtf8(source.readAll()), variables, operation);
    QCOMPARE(r.httpStatus, 200);
    QVERIFY2(!r.json.contains(QStringLiteral("errors")), r.body.constData());
    const auto data = r.json[QStringLiteral("data")].toObject();
    QVERIFY2(!data.isEmpty() && !data.begin()->isNull(),
             r.body.constData()); // a real answer, not null
    const QStringList mutationFields{QStringLiteral("fulfillmentCreate"),
                                     QStringLiteral("fulfillmentTrackingInfoUpdate"),
                                     QStringLiteral("fulfillmentCancel")};
    if (mutationFields.contains(data.constBegin().key())) {
        // A mutation: accepted ones carry the fulfillment, refused ones only userErrors.
        const QJsonObject payload = data.begin()->toObject();
        const bool refused
            = QString::fromUtf8(QTest::currentDataTag()).contains(QStringLiteral("refused"));
        QVERIFY2(payload[QStringLiteral("fulfillment")].isNull() == refused, r.body.constData());
        QCOMPARE(payload[QStringLiteral("userErrors")].toArray().isEmpty(), !refused);
    }
    const auto outcome = SchemaTools::checkResponse(file, operation, variables, r.body);
    QVERIFY2(outcome.exitCode == 0, qPrintable(failure(outcome, r.body)));
}

void TestDemoStoreShape::everyGeneratedOrderHasShopifysShape()
{
    // Every one of the 300 orders through the Orders operation, in two pages: a store without
    // the cost limit, so pages can be big.
    DemoStoreConfig config;
    config.now = kNow;
    config.throttling = false;
    config.maxQueryCost = 100000000;
    DemoStore store(config);
    QVERIFY(store.start());
    DemoClient client(store.graphqlUrl());
    const QString file = operationsDir().filePath(QStringLiteral("orders.graphql"));
    QFile source(file);
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(source.readAll());
    QJsonObject variables{{QStringLiteral("first"), 250},
                          {QStringLiteral("lineItems"), 10},
                          {QStringLiteral("fulfillmentOrders"), 5},
                          {QStringLiteral("fulfillmentOrderLineItems"), 10},
                          {QStringLiteral("fulfillments"), 5},
                          {QStringLiteral("trackingInfo"), 3}};
    int seen = 0;
    for (int page = 0; page < 2; ++page) {
        const auto r = client.post(text, variables, QStringLiteral("Orders"));
        QVERIFY2(!r.json.contains(QStringLiteral("errors")), r.body.left(2000).constData());
        const QJsonObject orders
            = r.json[QStringLiteral("data")][QStringLiteral("orders")].toObject();
        seen += int(orders[QStringLiteral("nodes")].toArray().size());
        const auto outcome
            = SchemaTools::checkResponse(file, QStringLiteral("Orders"), variables, r.body);
        QVERIFY2(outcome.exitCode == 0, qPrintable(failure(outcome, r.body)));
        variables.insert(QStringLiteral("after"),
                         orders[QStringLiteral("pageInfo")][QStringLiteral("endCursor")]);
    }
    QCOMPARE(seen, 300);
}

void TestDemoStoreShape::ordersTheStoresActivityChangedHaveShopifysShape()
{
    // An hour of others' work (new orders, payments, shipments by staff and by the service,
    // tracking corrections, holds, cancellations, archiving): every order it touched, read as
    // the app reads it.
    DemoStoreConfig config;
    config.now = kNow;
    config.clockRuns = false;
    config.throttling = false;
    config.maxQueryCost = 100000000;
    config.activityRate = 10;
    config.silentFraction = 0.1;
    DemoStore store(config);
    QVERIFY(store.start());
    const QList<StoreEvent> events = store.advance(std::chrono::hours(1));
    QSet<qint64> touched;
    for (const StoreEvent &event : events)
        touched.insert(event.orderId);
    DemoClient client(store.graphqlUrl());
    const QString file = operationsDir().filePath(QStringLiteral("orders.graphql"));
    QFile source(file);
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(source.readAll());
    QJsonObject variables{{QStringLiteral("first"), 250},
                          {QStringLiteral("query"), QStringLiteral("id:>=0")},
                          {QStringLiteral("lineItems"), 10},
                          {QStringLiteral("fulfillmentOrders"), 5},
                          {QStringLiteral("fulfillmentOrderLineItems"), 10},
                          {QStringLiteral("fulfillments"), 8},
                          {QStringLiteral("trackingInfo"), 3}};
    QSet<qint64> seen;
    for (int page = 0; page < 3; ++page) {
        const auto r = client.post(text, variables, QStringLiteral("Orders"));
        QVERIFY2(!r.json.contains(QStringLiteral("errors")), r.body.left(2000).constData());
        const QJsonObject orders
            = r.json[QStringLiteral("data")][QStringLiteral("orders")].toObject();
        for (const QJsonValue &node : orders[QStringLiteral("nodes")].toArray())
            seen.insert(
                StoreJson::idFromGid(node[QStringLiteral("id")].toString(), u"Order").value_or(0));
        const auto outcome
            = SchemaTools::checkResponse(file, QStringLiteral("Orders"), variables, r.body);
        QVERIFY2(outcome.exitCode == 0, qPrintable(failure(outcome, r.body)));
        if (!orders[QStringLiteral("pageInfo")][QStringLiteral("hasNextPage")].toBool())
            break;
        variables.insert(QStringLiteral("after"),
                         orders[QStringLiteral("pageInfo")][QStringLiteral("endCursor")]);
    }
    QVERIFY(touched.size() > 300);
    QVERIFY(seen.contains(touched));
}

void TestDemoStoreShape::refusalsHaveShopifysShape_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("throttled") << QStringLiteral("THROTTLED");
    QTest::newRow("max cost exceeded") << QStringLiteral("MAX_COST_EXCEEDED");
}

void TestDemoStoreShape::refusalsHaveShopifysShape()
{
    QFETCH(QString, code);
    // A bucket too small for the Order operation (155 points) throttles it; the Orders
    // operation with a big page is over the single-query limit.
    DemoStoreConfig config;
    config.now = kNow;
    config.bucketSize = 100;
    DemoStore store(config);
    QVERIFY(store.start());
    DemoClient client(store.graphqlUrl());
    const QString file = operationsDir().filePath(QStringLiteral("orders.graphql"));
    QFile source(file);
    QVERIFY(source.open(QIODevice::ReadOnly));
    const bool throttle = code == u"THROTTLED";
    const QString operation = throttle ? QStringLiteral("Order") : QStringLiteral("Orders");
    QJsonObject variables{{QStringLiteral("first"), 100},
                          {QStringLiteral("lineItems"), 10},
                          {QStringLiteral("fulfillmentOrders"), 3},
                          {QStringLiteral("fulfillmentOrderLineItems"), 10},
                          {QStringLiteral("fulfillments"), 3},
                          {QStringLiteral("trackingInfo"), 2},
                          {QStringLiteral("id"), m_orders.first().second}};
    const auto r = client.post(QString::fromUtf8(source.readAll()), variables, operation);
    QCOMPARE(r.firstErrorCode(), code);
    // Shopify sends no data with these refusals, which check-response reports as its one
    // problem; the errors list and extensions.cost must pass.
    const auto outcome = SchemaTools::checkResponse(file, operation, variables, r.body);
    QCOMPARE(outcome.exitCode, 1);
    const QStringList problems = outcome.output.trimmed().split(u'\n');
    QVERIFY2(problems
                 == QStringList({QStringLiteral("response: no \"data\" member"),
                                 QStringLiteral("1 problems")}),
             qPrintable(failure(outcome, r.body)));
}

QTEST_GUILESS_MAIN(TestDemoStoreShape)
#include "tst_demostoreshape.moc"
