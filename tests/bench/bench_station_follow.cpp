// How soon a station's table follows an order another station changed in a shared
// PostgreSQL store: from the writer's commit to the other station's rowsChanged for that row,
// carried by the notification (StoreNotifications), with the reading station's polling off.
//
//   bench_station_follow [--changes N] [--orders N]
//
// Needs the test suite's private PostgreSQL server (SMIDIG_POSTGRES_STATE and PGPASSFILE, as
// ctest sets them for tests/bench's run of it). Goal (issue 15, point 4): within a second,
// p95 included.

#include "core/shop/ShopServices.h"
#include "core/storage/OrderBook.h"
#include "core/storage/StoreNotifications.h"
#include "tests/bench/BenchGoals.h"
#include "tests/testlib/PostgresTestDatabase.h"
#include "tests/testlib/SampleOrders.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption changesOption(u"changes"_s, u"Changes to time."_s, u"n"_s, u"200"_s);
    const QCommandLineOption ordersOption(u"orders"_s, u"Orders in the store."_s, u"n"_s, u"2000"_s);
    const QCommandLineOption reportOnlyOption = BenchGoals::reportOnlyOption();
    parser.addOptions({changesOption, ordersOption, reportOnlyOption});
    parser.addHelpOption();
    parser.process(app);
    BenchGoals goals(parser.isSet(reportOnlyOption) ? BenchGoals::Enforcement::ReportOnly
                                                    : BenchGoals::Enforcement::FailOnMiss);
    const int changes = parser.value(changesOption).toInt();
    const int orderCount = parser.value(ordersOption).toInt();

    PostgresTestDatabase shared;
    if (!shared.isReady()) {
        std::fprintf(stderr, "no PostgreSQL server: %s\n", qPrintable(shared.problem()));
        return 1;
    }
    QNetworkAccessManager network;
    auto open = [&](const QString &name) {
        auto station = std::make_unique<ShopServices>(&network);
        const StoreError error = station->open(
            {{}, {}, shared.location(), {}, StationIdentity{name, {}}});
        if (error.isError()) {
            std::fprintf(stderr, "cannot open the store: %s\n", qPrintable(error.detail));
            return std::unique_ptr<ShopServices>();
        }
        return station;
    };
    auto writer = open(u"Writer"_s);
    if (!writer)
        return 1;
    QList<Order> orders;
    for (int i = 1; i <= orderCount; ++i)
        orders.append(SampleOrders::make(i));
    if (writer->book()->upsert(orders).isError())
        return 1;
    auto reader = open(u"Reader"_s);
    if (!reader)
        return 1;
    reader->notifications()->setFallbackInterval(1h);

    QList<double> latencies;
    QElapsedTimer clock;
    int expectedRow = -1;
    bool sameRowOnly = true;
    QEventLoop loop;
    QObject::connect(reader->book(), &OrderBook::rowsChanged, &loop, [&](int first, int last) {
        sameRowOnly = sameRowOnly && first == expectedRow && last == expectedRow;
        latencies.append(double(clock.nsecsElapsed()) / 1e6);
        loop.quit();
    });
    QTimer giveUp;
    giveUp.setSingleShot(true);
    QObject::connect(&giveUp, &QTimer::timeout, &loop, &QEventLoop::quit);
    for (int i = 0; i < changes; ++i) {
        Order &order = orders[i % orderCount];
        order.email = u"change-%1@example.com"_s.arg(i);
        order.updatedAt = order.updatedAt.addSecs(1);
        expectedRow = reader->book()->rowOf(order.id);
        if (writer->book()->upsert({order}).isError())
            return 1;
        clock.start(); // the commit is done: upsert returns after it
        giveUp.start(10000);
        loop.exec();
        giveUp.stop();
        if (latencies.size() != i + 1) {
            std::fprintf(stderr, "change %d did not arrive within 10 s\n", i);
            return 1;
        }
    }
    std::sort(latencies.begin(), latencies.end());
    const double median = latencies.at(latencies.size() / 2);
    const double p95 = latencies.at(
        std::min<qsizetype>(latencies.size() - 1, qsizetype(latencies.size() * 0.95)));
    std::printf("%d changes, %d orders in the store: commit to the other station's row "
                "median %.2f ms, p95 %.2f ms, max %.2f ms\n",
                changes,
                orderCount,
                median,
                p95,
                latencies.last());
    goals.sameWork(u"each change reported as its own row only"_s, sameRowOnly);
    goals.atMost(u"p95 follow latency (ms)"_s, p95, 1000);
    return goals.exitCode();
}
