// The demo store changing by itself (StoreActivity): the same seed gives the same life,
// however the time is cut; every event keeps the store's invariants and moves the order's
// updatedAt exactly when Shopify would; an hour compressed into advance() brings a plausible
// mix; the activity runs on its own in a serving thread; and a client that syncs by
// updated_at while the store changes ends up with the store's orders, field by field, once
// it also reconciles the open orders (which is how it catches the silent changes).

#include "core/demostore/DataGenerator.h"
#include "core/demostore/DemoStore.h"
#include "core/demostore/DemoStoreThread.h"
#include "core/demostore/StoreActivity.h"
#include "core/demostore/StoreJson.h"
#include "tests/demostore/DemoInvariants.h"
#include "tests/demostore/DemoOperations.h"
#include "tests/testlib/DemoClient.h"

#include <QJsonArray>
#include <QtTest>

#include <array>
#include <chrono>

using namespace demostore;
using namespace std::chrono_literals;

namespace {

const QDateTime kNow = QDateTime::fromString(QStringLiteral("2026-01-31T12:00:00Z"), Qt::ISODate);
const qint64 kStartMs = kNow.toMSecsSinceEpoch();

DemoStoreConfig activeConfig(double eventsPerMinute, double silentFraction, int orders = 300)
{
    DemoStoreConfig config;
    config.orderCount = orders;
    config.now = kNow;
    config.clockRuns = false; // only advance() moves it: repeatable
    config.throttling = false;
    config.maxQueryCost = 100000000;
    config.activityRate = eventsPerMinute;
    config.silentFraction = silentFraction;
    config.activitySeed = 5;
    return config;
}

QJsonArray allOrders(const StoreData &data)
{
    StoreJson json(data);
    QJsonArray orders;
    for (const Order &order : data.orders)
        orders.append(json.order(order));
    return orders;
}

QString describe(const StoreEvent &event)
{
    return QStringLiteral("%1 on %2 at %3%4")
        .arg(eventName(event.kind))
        .arg(event.orderId)
        .arg(StoreJson::dateTime(event.at), event.silent ? QStringLiteral(" (silent)") : QString());
}

QString isoTime(qint64 seconds)
{
    return StoreJson::dateTime(seconds);
}

} // namespace

class TestDemoStoreActivity final : public QObject
{
    Q_OBJECT

private slots:
    void theSameSeedGivesTheSameLife();
    void keepsTheInvariantsThroughThousandsOfEvents();
    void silentChangesLeaveUpdatedAtAlone();
    void anHourCompressedBringsAPlausibleMix();
    void changesByItselfWhileServingInAThread();
    void incrementalSyncWithReconciliationEndsEqualToTheStore();
};

void TestDemoStoreActivity::theSameSeedGivesTheSameLife()
{
    // An hour at 30 events a minute, run at once and in pieces of odd lengths.
    const ActivitySettings settings{30, 0.1, 77};
    StoreData a = DataGenerator::generate(1, 200, kNow);
    StoreData b = DataGenerator::generate(1, 200, kNow);
    DemoStoreStats statsA;
    DemoStoreStats statsB;
    StoreActivity activityA(a, statsA, settings, kStartMs);
    StoreActivity activityB(b, statsB, settings, kStartMs);
    const QList<StoreEvent> once = activityA.runUntil(kStartMs + 3600000);
    QList<StoreEvent> pieces;
    for (qint64 t = kStartMs; t < kStartMs + 3600000;) {
        t = std::min(kStartMs + 3600000, t + 7919);
        pieces += activityB.runUntil(t);
    }
    QVERIFY2(once.size() > 1500, qPrintable(QString::number(once.size())));
    QCOMPARE(pieces.size(), once.size());
    for (int i = 0; i < once.size(); ++i)
        QCOMPARE(describe(pieces[i]), describe(once[i]));
    QCOMPARE(b.orders.size(), a.orders.size());
    QVERIFY(allOrders(a) == allOrders(b));

    // Another seed, another life.
    StoreData c = DataGenerator::generate(1, 200, kNow);
    DemoStoreStats statsC;
    StoreActivity activityC(c, statsC, {30, 0.1, 78}, kStartMs);
    const QList<StoreEvent> other = activityC.runUntil(kStartMs + 3600000);
    int same = 0;
    for (int i = 0; i < std::min(other.size(), once.size()); ++i)
        same += describe(other[i]) == describe(once[i]);
    QVERIFY2(same < once.size() / 10, qPrintable(QString::number(same)));
}

void TestDemoStoreActivity::keepsTheInvariantsThroughThousandsOfEvents()
{
    StoreData data = DataGenerator::generate(3, 200, kNow);
    DemoStoreStats stats;
    StoreActivity activity(data, stats, {600, 0.2, 11}, kStartMs);
    QHash<qint64, Timestamp> updatedAt; // as seen after the previous event
    for (const Order &order : std::as_const(data.orders))
        updatedAt.insert(order.id, order.updatedAt);
    QCOMPARE(DemoInvariants::firstProblem(data), QString());

    Timestamp previous = kNow.toSecsSinceEpoch();
    QSet<int> kinds;
    int events = 0;
    int silent = 0;
    while (events < 3000) {
        const qint64 due = activity.nextEventMs();
        const QList<StoreEvent> happened = activity.runUntil(due); // one event, or a skip
        QVERIFY(happened.size() <= 1);
        if (happened.isEmpty())
            continue;
        const StoreEvent &event = happened.first();
        ++events;
        kinds.insert(int(event.kind));
        silent += event.silent;
        QCOMPARE(event.at, due / 1000);
        QVERIFY(event.at >= previous);
        previous = event.at;
        const auto index = data.orderIndex(event.orderId);
        QVERIFY2(index, qPrintable(describe(event)));
        const Order &order = data.orders[*index];
        if (event.kind == StoreEventKind::OrderCreated) {
            QVERIFY(!updatedAt.contains(order.id));
            QCOMPARE(order.createdAt, event.at);
        }
        if (event.silent) {
            QVERIFY2(order.updatedAt == updatedAt.value(order.id), qPrintable(describe(event)));
        } else {
            // Strictly later than before, at the event's time: what an incremental sync relies on.
            QVERIFY2(order.updatedAt == event.at, qPrintable(describe(event)));
            QVERIFY2(!updatedAt.contains(order.id) || updatedAt.value(order.id) < event.at,
                     qPrintable(describe(event)));
        }
        updatedAt.insert(order.id, order.updatedAt);
        const QString problem = DemoInvariants::firstProblem(data);
        QVERIFY2(problem.isEmpty(), qPrintable(describe(event) + QStringLiteral(": ") + problem));
    }
    QCOMPARE(kinds.size(), kStoreEventKinds); // every kind came up
    QVERIFY2(silent > 450 && silent < 750, qPrintable(QString::number(silent)));
    QCOMPARE(stats.eventTotal(), qint64(events));
    QCOMPARE(stats.silentEvents.load(), qint64(silent));
}

void TestDemoStoreActivity::silentChangesLeaveUpdatedAtAlone()
{
    // Every change silent: holds released and dates moved, none of it in updatedAt.
    DemoStore store(activeConfig(60, 1.0));
    QVERIFY(store.start());
    // The newest orders get their fulfillment orders seconds after `now` (which Shopify shows
    // in updatedAt): from then on, only the silent changes are left.
    store.advance(20s);
    QVERIFY(store.data().pendingRoutings.isEmpty());
    const Timestamp start = store.now().toSecsSinceEpoch();
    const QJsonArray before = allOrders(store.data());
    QHash<qint64, Timestamp> updatedAt;
    for (const Order &order : store.data().orders)
        updatedAt.insert(order.id, order.updatedAt);

    const QList<StoreEvent> events = store.advance(30min);
    QVERIFY2(events.size() > 1000, qPrintable(QString::number(events.size())));
    QSet<qint64> changed;
    for (const StoreEvent &event : events) {
        QVERIFY(event.silent);
        QVERIFY(event.kind == StoreEventKind::HoldReleased
                || event.kind == StoreEventKind::FulfillAtMoved);
        changed.insert(event.orderId);
    }
    const QJsonArray after = allOrders(store.data());
    QCOMPARE(after.size(), before.size());
    int different = 0;
    for (int i = 0; i < store.data().orders.size(); ++i) {
        const Order &order = store.data().orders[i];
        QCOMPARE(order.updatedAt, updatedAt.value(order.id));
        different += after[i] != before[i];
    }
    QVERIFY(different > 0);
    QCOMPARE(different, changed.size()); // exactly the orders the events name changed

    // A client asking what changed since the start hears of none of it.
    DemoClient client(store.graphqlUrl());
    const auto r = DemoOperations::post(client,
                                        QStringLiteral("OrdersCount"),
                                        {{QStringLiteral("query"),
                                          QStringLiteral("updated_at:>'%1'").arg(isoTime(start))}});
    QCOMPARE(r.json[QStringLiteral("data")][QStringLiteral("ordersCount")][QStringLiteral("count")]
                 .toInt(-1),
             0);
    QCOMPARE(DemoInvariants::firstProblem(store.data()), QString());
}

void TestDemoStoreActivity::anHourCompressedBringsAPlausibleMix()
{
    // Ten changes a minute, a tenth of them silent.
    DemoStore store(activeConfig(10, 0.1));
    QVERIFY(store.start());
    const QList<StoreEvent> events = store.advance(1h);
    QCOMPARE(store.now(), kNow.addSecs(3600));

    QVERIFY2(events.size() >= 540 && events.size() <= 660,
             qPrintable(QString::number(events.size())));
    std::array<int, kStoreEventKinds> counts{};
    auto byKind = [&counts](StoreEventKind kind) -> int & { return counts[size_t(kind)]; };
    int silent = 0;
    Timestamp previous = kNow.toSecsSinceEpoch();
    for (const StoreEvent &event : events) {
        ++byKind(event.kind);
        silent += event.silent;
        QVERIFY(event.at >= previous && event.at <= kNow.toSecsSinceEpoch() + 3600);
        previous = event.at;
    }
    // Mostly orders coming in and going out, some of everything else.
    QVERIFY2(byKind(StoreEventKind::OrderCreated) > 120
                 && byKind(StoreEventKind::OrderCreated) < 260,
             qPrintable(QString::number(byKind(StoreEventKind::OrderCreated))));
    QVERIFY2(byKind(StoreEventKind::Fulfilled) > 100 && byKind(StoreEventKind::Fulfilled) < 240,
             qPrintable(QString::number(byKind(StoreEventKind::Fulfilled))));
    for (const StoreEventKind kind : {StoreEventKind::PaymentCaptured,
                                      StoreEventKind::TrackingChanged,
                                      StoreEventKind::Cancelled,
                                      StoreEventKind::Archived,
                                      StoreEventKind::HoldPlaced,
                                      StoreEventKind::HoldReleased}) {
        QVERIFY2(byKind(kind) > 5, qPrintable(eventName(kind)));
    }
    QVERIFY2(silent >= 30 && silent <= 95, qPrintable(QString::number(silent)));
    // The counters say the same, and the store holds the new orders.
    for (int kind = 0; kind < kStoreEventKinds; ++kind)
        QCOMPARE(store.stats().eventCount(StoreEventKind(kind)), qint64(counts[size_t(kind)]));
    QCOMPARE(store.stats().silentEvents.load(), qint64(silent));
    QCOMPARE(store.data().orders.size(), 300 + byKind(StoreEventKind::OrderCreated));
    QCOMPARE(DemoInvariants::firstProblem(store.data()), QString());

    // What a client sees: the new orders, numbered on from the history.
    DemoClient client(store.graphqlUrl());
    const auto r = DemoOperations::post(client,
                                        QStringLiteral("OrdersCount"),
                                        {{QStringLiteral("query"),
                                          QStringLiteral("created_at:>'%1'")
                                              .arg(isoTime(kNow.toSecsSinceEpoch()))}});
    QCOMPARE(r.json[QStringLiteral("data")][QStringLiteral("ordersCount")][QStringLiteral("count")]
                 .toInt(-1),
             byKind(StoreEventKind::OrderCreated));
    QCOMPARE(store.data().orders.last().number, 1300 + byKind(StoreEventKind::OrderCreated));

    // Nothing further happens while the clock stands.
    QVERIFY(store.advance(0s).isEmpty());
}

void TestDemoStoreActivity::changesByItselfWhileServingInAThread()
{
    // Real time, twenty changes a second: the store's timer applies them without a request.
    DemoStoreConfig config = activeConfig(1200, 0.1, 100);
    config.clockRuns = true;
    DemoStoreThread thread(config);
    QString error;
    QVERIFY2(thread.start(&error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(thread.store()->stats().eventTotal() >= 5, 5000);

    // A test can still compress time there, and read the data between requests.
    QList<StoreEvent> events;
    QString problem;
    thread.runInStoreThread([&](DemoStore &store) {
        events = store.advance(1min);
        problem = DemoInvariants::firstProblem(store.data());
    });
    QVERIFY2(events.size() > 1000, qPrintable(QString::number(events.size())));
    QCOMPARE(problem, QString());
}

void TestDemoStoreActivity::incrementalSyncWithReconciliationEndsEqualToTheStore()
{
    // A client like the app: a full read, then every simulated minute the orders updated
    // since the newest updatedAt it has seen (>=: an order may change later in the same
    // second), and every ten minutes all open orders again. An hour of activity.
    DemoStore store(activeConfig(10, 0.1, 200));
    QVERIFY(store.start());
    DemoClient client(store.graphqlUrl());
    int requests = 0;
    // Every page of the Orders operation (the app's selection) for a search query.
    auto read = [&](const QString &query) {
        QList<QJsonObject> found;
        QJsonValue after = QJsonValue::Null;
        for (;;) {
            const auto r = DemoOperations::post(client,
                                                QStringLiteral("Orders"),
                                                {{QStringLiteral("first"), 100},
                                                 {QStringLiteral("query"),
                                                  query.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                  : QJsonValue(query)},
                                                 {QStringLiteral("after"), after}});
            ++requests;
            const QJsonObject orders
                = r.json[QStringLiteral("data")][QStringLiteral("orders")].toObject();
            if (orders.isEmpty())
                qFatal("no orders page: %s", r.body.left(500).constData());
            for (const QJsonValue &node : orders[QStringLiteral("nodes")].toArray())
                found.append(node.toObject());
            if (!orders[QStringLiteral("pageInfo")][QStringLiteral("hasNextPage")].toBool())
                return found;
            after = orders[QStringLiteral("pageInfo")][QStringLiteral("endCursor")];
        }
    };
    QHash<QString, QJsonObject> local;
    Timestamp watermark = 0;
    QSet<qint64> silentlyChanged; // since the order was last read
    auto keep = [&](const QList<QJsonObject> &orders) {
        for (const QJsonObject &order : orders) {
            const QString id = order[QStringLiteral("id")].toString();
            local.insert(id, order);
            silentlyChanged.remove(StoreJson::idFromGid(id, u"Order").value_or(0));
            const QDateTime updated
                = QDateTime::fromString(order[QStringLiteral("updatedAt")].toString(), Qt::ISODate);
            watermark = std::max(watermark, updated.toSecsSinceEpoch());
        }
    };
    // The orders whose copy here is not what the store has now.
    auto differing = [&]() {
        QSet<qint64> ids;
        const QList<QJsonObject> remote = read(QString());
        if (remote.size() != local.size())
            ids.insert(-1);
        for (const QJsonObject &order : remote) {
            const QString id = order[QStringLiteral("id")].toString();
            if (local.value(id) != order)
                ids.insert(StoreJson::idFromGid(id, u"Order").value_or(0));
        }
        return ids;
    };

    keep(read(QString())); // the first, full sync
    QCOMPARE(local.size(), 200);
    for (int minute = 1; minute <= 60; ++minute) {
        for (const StoreEvent &event : store.advance(1min)) {
            if (event.silent)
                silentlyChanged.insert(event.orderId);
        }
        keep(read(QStringLiteral("updated_at:>='%1'").arg(isoTime(watermark))));
        if (minute % 10 == 0 && minute < 60)
            keep(read(QStringLiteral("status:open")));
    }
    QVERIFY(store.stats().eventTotal() > 500);
    QCOMPARE(local.size(), store.data().orders.size());

    // Updated_at alone missed exactly the silent changes since the last reconciliation...
    QVERIFY2(!silentlyChanged.isEmpty(),
             "no silent change since the last reconciliation: the test shows nothing");
    QCOMPARE(differing(), silentlyChanged);
    // ...which reconciling the open orders brings in: then every order is as the store has it.
    keep(read(QStringLiteral("status:open")));
    QCOMPARE(differing(), QSet<qint64>());
    QVERIFY2(requests < 250, qPrintable(QString::number(requests)));
}

QTEST_GUILESS_MAIN(TestDemoStoreActivity)
#include "tst_demostoreactivity.moc"
