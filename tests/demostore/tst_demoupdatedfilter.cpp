// The search terms an incremental sync and a reconciliation rely on, as a client sees them
// over HTTP: updated_at with > and >= (strict, UTC, to the millisecond while Shopify's
// timestamps have whole seconds), equal timestamps, overlapping windows, paging sorted by
// UPDATED_AT, dates, months, years and `now`, and status:open/closed/cancelled/not_closed
// with Shopify's meaning (an archived order is closed; a cancelled one is closed too).

#include "core/demostore/DemoStore.h"
#include "core/demostore/StoreJson.h"
#include "tests/demostore/DemoOperations.h"
#include "tests/testlib/DemoClient.h"

#include <QJsonArray>
#include <QTimeZone>
#include <QtTest>

#include <chrono>
#include <functional>
#include <memory>

using namespace demostore;
using namespace std::chrono_literals;

namespace {

const QDateTime kNow = QDateTime::fromString(QStringLiteral("2026-01-31T12:00:00Z"), Qt::ISODate);
const Timestamp kT = kNow.toSecsSinceEpoch();

// "2026-01-31T12:00:00.250Z" for kT + 0.25 s.
QString at(qint64 milliseconds)
{
    return QDateTime::fromMSecsSinceEpoch(milliseconds, QTimeZone::utc()).toString(Qt::ISODateWithMs);
}

const QString kIdsQuery = QStringLiteral(
    "query Ids($q: String, $after: String, $first: Int!) {"
    " orders(first: $first, after: $after, query: $q, sortKey: UPDATED_AT) {"
    " nodes { id updatedAt closed closedAt cancelledAt } pageInfo { hasNextPage endCursor } } }");

} // namespace

class TestDemoUpdatedFilter final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void comparesStrictlyToTheMillisecond();
    void equalTimestampsNeedGreaterOrEqual();
    void overlappingWindowsMissNothing();
    void pagesInUpdateOrderThroughEqualTimes();
    void datesMonthsYearsAndNow();
    void statusFollowsShopifysMeaning_data();
    void statusFollowsShopifysMeaning();
    void statusCombinesWithUpdatedAt();

private:
    // The global ids of every order the query matches, in the order the pages give them.
    QStringList ids(const QString &query, int pageSize = 50);
    int count(const QString &query);
    // Fulfils the first open fulfillment order of the order: its updatedAt becomes the
    // store's now.
    void touch(int orderIndex);
    QList<int> openOrders(int howMany);
    QStringList idsUpdated(std::function<bool(Timestamp)> predicate) const;

    std::unique_ptr<DemoStore> m_store;
    std::unique_ptr<DemoClient> m_client;
};

void TestDemoUpdatedFilter::init()
{
    DemoStoreConfig config;
    // Generated a minute before kT, so that the newest orders have been routed (which moves
    // their updatedAt, seconds after the history's end) when the tests start at kT.
    config.now = kNow.addSecs(-60);
    config.clockRuns = false; // only advance() moves it
    config.throttling = false;
    m_store = std::make_unique<DemoStore>(config);
    m_store->advance(60s);
    QVERIFY(m_store->data().pendingRoutings.isEmpty());
    QCOMPARE(m_store->now(), kNow);
    QVERIFY(m_store->start());
    m_client = std::make_unique<DemoClient>(m_store->graphqlUrl());
}

void TestDemoUpdatedFilter::cleanup()
{
    m_client.reset();
    m_store.reset();
}

QStringList TestDemoUpdatedFilter::ids(const QString &query, int pageSize)
{
    QStringList found;
    QJsonValue after = QJsonValue::Null;
    for (int page = 0; page < 1000; ++page) {
        const auto r = m_client->post(kIdsQuery,
                                      {{QStringLiteral("q"), query},
                                       {QStringLiteral("after"), after},
                                       {QStringLiteral("first"), pageSize}});
        const QJsonObject orders
            = r.json[QStringLiteral("data")][QStringLiteral("orders")].toObject();
        if (orders.isEmpty())
            qFatal("no orders for %s: %s", qPrintable(query), r.body.left(400).constData());
        for (const QJsonValue &node : orders[QStringLiteral("nodes")].toArray())
            found.append(node[QStringLiteral("id")].toString());
        if (!orders[QStringLiteral("pageInfo")][QStringLiteral("hasNextPage")].toBool())
            break;
        after = orders[QStringLiteral("pageInfo")][QStringLiteral("endCursor")];
    }
    return found;
}

int TestDemoUpdatedFilter::count(const QString &query)
{
    const auto r = DemoOperations::post(*m_client,
                                        QStringLiteral("OrdersCount"),
                                        {{QStringLiteral("query"), query}});
    return r.json[QStringLiteral("data")][QStringLiteral("ordersCount")][QStringLiteral("count")]
        .toInt(-1);
}

QList<int> TestDemoUpdatedFilter::openOrders(int howMany)
{
    QList<int> found;
    const StoreData &data = m_store->data();
    for (int i = 0; i < data.orders.size() && found.size() < howMany; ++i) {
        const Order &o = data.orders[i];
        if (!o.isCancelled() && !o.isClosed() && o.fulfillmentOrders.size() == 1
            && o.fulfillments.isEmpty()
            && o.fulfillmentOrders[0].status == FulfillmentOrderStatus::Open
            && !data.locations[o.fulfillmentOrders[0].location].isFulfillmentService()) {
            found.append(i);
        }
    }
    return found;
}

void TestDemoUpdatedFilter::touch(int orderIndex)
{
    const FulfillmentOrder &fo = m_store->data().orders[orderIndex].fulfillmentOrders[0];
    const auto r
        = DemoOperations::fulfillmentCreate(*m_client,
                                            {{QStringLiteral("lineItemsByFulfillmentOrder"),
                                              QJsonArray{QJsonObject{
                                                  {QStringLiteral("fulfillmentOrderId"),
                                                   StoreJson::gid(u"FulfillmentOrder", fo.id)}}}}});
    if (!DemoOperations::payload(r,
                                 QStringLiteral("fulfillmentCreate"))[QStringLiteral("fulfillment")]
             .isObject())
        qFatal("fulfillmentCreate failed: %s", r.body.left(400).constData());
}

QStringList TestDemoUpdatedFilter::idsUpdated(std::function<bool(Timestamp)> predicate) const
{
    QStringList found;
    for (const Order &o : m_store->data().orders) {
        if (predicate(o.updatedAt))
            found.append(StoreJson::gid(u"Order", o.id));
    }
    found.sort();
    return found;
}

void TestDemoUpdatedFilter::comparesStrictlyToTheMillisecond()
{
    const QList<int> open = openOrders(2);
    m_store->advance(10s);
    touch(open[0]); // updatedAt T+10
    m_store->advance(1s);
    touch(open[1]); // updatedAt T+11
    const QString a = StoreJson::gid(u"Order", m_store->data().orders[open[0]].id);
    const QString b = StoreJson::gid(u"Order", m_store->data().orders[open[1]].id);
    const qint64 t10 = (kT + 10) * 1000;

    QCOMPARE(ids(QStringLiteral("updated_at:>'%1'").arg(at(t10))),
             QStringList{b}); // strictly greater
    QCOMPARE(ids(QStringLiteral("updated_at:>='%1'").arg(at(t10))), (QStringList{a, b}));
    // Timestamps are whole seconds; the term may name milliseconds, compared exactly.
    QCOMPARE(ids(QStringLiteral("updated_at:>'%1'").arg(at(t10 - 1))), (QStringList{a, b}));
    QCOMPARE(ids(QStringLiteral("updated_at:>='%1'").arg(at(t10 + 1))), QStringList{b});
    QCOMPARE(ids(QStringLiteral("updated_at:>'%1'").arg(at(t10 + 999))), QStringList{b});
    QCOMPARE(ids(QStringLiteral("updated_at:>'%1'").arg(at(t10 + 1000))), QStringList());
    QCOMPARE(ids(QStringLiteral("updated_at:<='%1'").arg(at(t10 + 999))).contains(b), false);
    QVERIFY(ids(QStringLiteral("updated_at:<='%1'").arg(at(t10 + 999))).contains(a));
    // UTC, whatever zone the term is written in; no zone means UTC; quotes optional.
    QCOMPARE(ids(QStringLiteral("updated_at:>='2026-01-31T13:00:10+01:00'")), (QStringList{a, b}));
    QCOMPARE(ids(QStringLiteral("updated_at:>='2026-01-31T07:00:11-05:00'")), QStringList{b});
    QCOMPARE(ids(QStringLiteral("updated_at:>='2026-01-31T12:00:10'")), (QStringList{a, b}));
    QCOMPARE(ids(QStringLiteral("updated_at:>=2026-01-31T12:00:11Z")), QStringList{b});
    // The count agrees with the pages.
    QCOMPARE(count(QStringLiteral("updated_at:>='%1'").arg(at(t10))), 2);
}

void TestDemoUpdatedFilter::equalTimestampsNeedGreaterOrEqual()
{
    // The trap of "newer than the newest I have": two changes in one second, a read between.
    const QList<int> open = openOrders(2);
    m_store->advance(5s);
    touch(open[0]);
    const QStringList firstRead = ids(QStringLiteral("updated_at:>'%1'").arg(at(kT * 1000)));
    const QString a = StoreJson::gid(u"Order", m_store->data().orders[open[0]].id);
    QCOMPARE(firstRead, QStringList{a});
    const QString watermark = at((kT + 5) * 1000); // a's updatedAt, the newest seen
    touch(open[1]);                                // the same second
    const QString b = StoreJson::gid(u"Order", m_store->data().orders[open[1]].id);
    QCOMPARE(m_store->data().orders[open[1]].updatedAt, m_store->data().orders[open[0]].updatedAt);
    // Strictly newer misses b for good; newer-or-equal finds it (and a again).
    QCOMPARE(ids(QStringLiteral("updated_at:>'%1'").arg(watermark)), QStringList());
    QCOMPARE(ids(QStringLiteral("updated_at:>='%1'").arg(watermark)), (QStringList{a, b}));
}

void TestDemoUpdatedFilter::overlappingWindowsMissNothing()
{
    // The shop changing by itself; a client reads every 20 s what changed since its
    // watermark less a minute. Every visible change is seen; the overlap reads some twice.
    DemoStoreConfig config;
    config.now = kNow.addSecs(-60); // routed by kT, as in init()
    config.clockRuns = false;
    config.throttling = false;
    config.activityRate = 60;
    config.silentFraction = 0;
    config.activitySeed = 3;
    cleanup();
    m_store = std::make_unique<DemoStore>(config);
    m_store->advance(60s);
    QVERIFY(m_store->data().pendingRoutings.isEmpty());
    QVERIFY(m_store->start());
    m_client = std::make_unique<DemoClient>(m_store->graphqlUrl());

    qint64 watermarkMs = kT * 1000;
    QSet<QString> changed;
    QSet<QString> seen;
    int readTwice = 0;
    for (int round = 0; round < 30; ++round) {
        for (const StoreEvent &event : m_store->advance(20s))
            changed.insert(StoreJson::gid(u"Order", event.orderId));
        const QStringList read = ids(QStringLiteral("updated_at:>'%1'").arg(at(watermarkMs - 60000)),
                                     25);
        for (const QString &id : read) {
            readTwice += seen.contains(id);
            seen.insert(id);
            const auto index = m_store->data().orderIndex(*StoreJson::idFromGid(id, u"Order"));
            watermarkMs = std::max(watermarkMs, m_store->data().orders[*index].updatedAt * 1000);
        }
    }
    QVERIFY2(changed.size() > 200, qPrintable(QString::number(changed.size())));
    QVERIFY(seen.contains(changed));
    // Beyond the changes, only orders of the history's last minute, which the first window took in.
    for (const QString &id : seen - changed) {
        const auto index = m_store->data().orderIndex(*StoreJson::idFromGid(id, u"Order"));
        QVERIFY(m_store->data().orders[*index].updatedAt > kT - 60
                && m_store->data().orders[*index].updatedAt <= kT);
    }
    QVERIFY(readTwice > 0);
}

void TestDemoUpdatedFilter::pagesInUpdateOrderThroughEqualTimes()
{
    // Five orders updated in one second, read one a page: each once, in (updatedAt, id) order.
    const QList<int> open = openOrders(5);
    m_store->advance(30s);
    QStringList expected;
    for (const int index : open) {
        touch(index);
        expected.append(StoreJson::gid(u"Order", m_store->data().orders[index].id));
    }
    std::sort(expected.begin(), expected.end(), [](const QString &x, const QString &y) {
        return StoreJson::idFromGid(x, u"Order") < StoreJson::idFromGid(y, u"Order");
    });
    QCOMPARE(ids(QStringLiteral("updated_at:>='%1'").arg(at((kT + 30) * 1000)), 1), expected);
    // All orders sorted by UPDATED_AT: non-decreasing times, every order once.
    const QStringList all = ids(QString(), 37);
    QCOMPARE(all.size(), m_store->data().orders.size());
    QCOMPARE(QSet<QString>(all.cbegin(), all.cend()).size(), all.size());
    Timestamp previous = 0;
    for (const QString &id : all) {
        const auto index = m_store->data().orderIndex(*StoreJson::idFromGid(id, u"Order"));
        QVERIFY(m_store->data().orders[*index].updatedAt >= previous);
        previous = m_store->data().orders[*index].updatedAt;
    }
    QCOMPARE(all.mid(all.size() - 5), expected);
}

void TestDemoUpdatedFilter::datesMonthsYearsAndNow()
{
    const int all = int(m_store->data().orders.size());
    QCOMPARE(count(QStringLiteral("updated_at:<=now")), all);
    QCOMPARE(count(QStringLiteral("updated_at:>now")), 0);
    const QList<int> open = openOrders(1);
    m_store->advance(1h);
    QCOMPARE(count(QStringLiteral("updated_at:>=now")), 0);
    touch(open[0]); // at the new now
    QCOMPARE(count(QStringLiteral("updated_at:>=now")), 1);
    QCOMPARE(count(QStringLiteral("updated_at:<now")), all - 1);

    // A date is that whole UTC day: > after its end, >= from its start.
    auto onDay = [](Timestamp t) { return t >= kT - 12 * 3600 && t < kT + 12 * 3600; };
    QCOMPARE(count(QStringLiteral("updated_at:2026-01-31")), int(idsUpdated(onDay).size()));
    QCOMPARE(count(QStringLiteral("updated_at:>2026-01-30")),
             int(idsUpdated([](Timestamp t) { return t >= kT - 12 * 3600; }).size()));
    QCOMPARE(count(QStringLiteral("updated_at:>=2026-01-31")),
             int(idsUpdated([](Timestamp t) { return t >= kT - 12 * 3600; }).size()));
    // Months and years too, as in Shopify's examples (`updated_at:<=2024`).
    // The history is January 2026; a few open orders are older (from 2025).
    const Timestamp newYear
        = QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    int before2026 = 0;
    for (const Order &order : m_store->data().orders)
        before2026 += order.createdAt < newYear;
    QVERIFY(before2026 > 0);
    QCOMPARE(count(QStringLiteral("created_at:<=2025")), before2026);
    QCOMPARE(count(QStringLiteral("created_at:2026")), all - before2026);
    QCOMPARE(count(QStringLiteral("created_at:>=2026-01")), all - before2026);
    QCOMPARE(count(QStringLiteral("created_at:<2026-01")), before2026);
    QVERIFY(count(QStringLiteral("created_at:<2026-01-15")) > 0);
}

void TestDemoUpdatedFilter::statusFollowsShopifysMeaning_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("matches");
    const QList<std::pair<const char *, QList<bool>>> table{
        // open, closed, cancelled, not_closed, any
        {"open", {true, false, false, true, true}},
        {"archived", {false, true, false, false, true}},
        {"cancelled", {false, true, true, false, true}},
    };
    const QStringList statuses{QStringLiteral("open"),
                               QStringLiteral("closed"),
                               QStringLiteral("cancelled"),
                               QStringLiteral("not_closed"),
                               QStringLiteral("any")};
    for (const auto &[kind, expected] : table) {
        for (int s = 0; s < statuses.size(); ++s) {
            QTest::addRow("%s order, status:%s", kind, qPrintable(statuses[s]))
                << QString::fromLatin1(kind) << statuses[s] << expected[s];
        }
    }
}

void TestDemoUpdatedFilter::statusFollowsShopifysMeaning()
{
    QFETCH(QString, kind);
    QFETCH(QString, status);
    QFETCH(bool, matches);
    const Order *order = nullptr;
    for (const Order &o : m_store->data().orders) {
        const bool fits = kind == u"open"       ? !o.isClosed() && !o.isCancelled()
                          : kind == u"archived" ? o.isClosed() && !o.isCancelled()
                                                : o.isCancelled();
        if (fits) {
            order = &o;
            break;
        }
    }
    QVERIFY(order);
    const QString id = StoreJson::gid(u"Order", order->id);
    const QStringList found = ids(QStringLiteral("id:%1 status:%2").arg(order->id).arg(status));
    QCOMPARE(found.contains(id), matches);
    // What the client reads agrees: an archived order is closed with closedAt set.
    const auto r = m_client->post(kIdsQuery,
                                  {{QStringLiteral("q"), QStringLiteral("id:%1").arg(order->id)},
                                   {QStringLiteral("first"), 1}});
    const QJsonObject node
        = r.json[QStringLiteral("data")][QStringLiteral("orders")][QStringLiteral("nodes")][0]
              .toObject();
    QCOMPARE(node[QStringLiteral("closed")].toBool(), kind != u"open");
    QCOMPARE(node[QStringLiteral("closedAt")].isString(), kind != u"open");
    QCOMPARE(node[QStringLiteral("cancelledAt")].isString(), kind == u"cancelled");
}

void TestDemoUpdatedFilter::statusCombinesWithUpdatedAt()
{
    // What a reconciliation of recent open orders asks: both terms must hold.
    const QString since = at((kT - 3 * 86400) * 1000);
    int openSince = 0;
    int allSince = 0;
    for (const Order &o : m_store->data().orders) {
        if (o.updatedAt * 1000 > (kT - 3 * 86400) * 1000) {
            ++allSince;
            openSince += !o.isClosed() && !o.isCancelled();
        }
    }
    QVERIFY(openSince > 0 && openSince < allSince);
    QCOMPARE(count(QStringLiteral("updated_at:>'%1'").arg(since)), allSince);
    QCOMPARE(count(QStringLiteral("updated_at:>'%1' status:open").arg(since)), openSince);
    QCOMPARE(count(QStringLiteral("status:open updated_at:>'%1'").arg(since)), openSince);
    QCOMPARE(ids(QStringLiteral("status:open AND updated_at:>'%1'").arg(since), 13).size(),
             openSince);
}

QTEST_GUILESS_MAIN(TestDemoUpdatedFilter)
#include "tst_demoupdatedfilter.moc"
