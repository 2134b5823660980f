// Bulk fulfilment through the outbox against the demo store with a rate limit: the time for N
// orders as a ratio to the bound the restore rate sets, and the longest stall of the event
// loop meanwhile (the window's thread: a stall is a frozen window).
//
//   bench_bulk_fulfil [--fulfil N] [--bucket N] [--restore N]
//
// The bound: the bucket is full when the fulfilment starts; all it cannot cover arrives at
// the restore rate: (points charged - bucket size) / restore rate. Goals (issue 8, point 4):
// within 5 % of the bound, and no stall of 50 ms or more.

#include "core/demostore/DemoStore.h"
#include "core/demostore/DemoStoreThread.h"
#include "core/fulfillment/FulfillmentDesk.h"
#include "core/outbox/Outbox.h"
#include "core/outbox/OutboxSender.h"
#include "core/shopify/ShopAddress.h"
#include "core/shopify/ShopifyClient.h"
#include "core/storage/Database.h"
#include "core/storage/OrderBook.h"
#include "core/sync/OrderSync.h"
#include "tests/bench/BenchGoals.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption fulfilOption(u"fulfil"_s, u"Orders to fulfil."_s, u"n"_s, u"1000"_s);
    const QCommandLineOption bucketOption(u"bucket"_s,
                                          u"Cost bucket size."_s,
                                          u"points"_s,
                                          u"2000"_s);
    const QCommandLineOption restoreOption(u"restore"_s,
                                           u"Restore rate, points per second."_s,
                                           u"points"_s,
                                           u"100"_s);
    const QCommandLineOption reportOnlyOption = BenchGoals::reportOnlyOption();
    parser.addOptions({fulfilOption, bucketOption, restoreOption, reportOnlyOption});
    parser.addHelpOption();
    parser.process(app);
    const int wanted = parser.value(fulfilOption).toInt();
    BenchGoals goals(parser.isSet(reportOnlyOption) ? BenchGoals::Enforcement::ReportOnly
                                                    : BenchGoals::Enforcement::FailOnMiss);

    // Two identical shops from the same seed: the orders are read from one without a rate
    // limit (the sync is not what is measured), and fulfilled in the other, whose bucket is
    // full when the fulfilment starts.
    demostore::DemoStoreConfig config;
    config.seed = 9;
    config.orderCount = wanted * 2 + 100; // about half of the generated orders can ship
    config.now = QDateTime(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);
    config.throttling = false;
    demostore::DemoStoreThread readFrom(config);
    config.throttling = true;
    config.bucketSize = parser.value(bucketOption).toDouble();
    config.restoreRate = parser.value(restoreOption).toDouble();
    demostore::DemoStoreThread store(config);
    QString error;
    if (!readFrom.start(&error) || !store.start(&error)) {
        std::fprintf(stderr, "demo store: %s\n", qPrintable(error));
        return 2;
    }

    QTemporaryDir dir;
    Database db;
    if (db.open(dir.filePath(u"bulk.sqlite"_s)).isError())
        return 2;
    OrderBook book(db.connection());
    Outbox outbox(db.connection(), &book);
    outbox.setUndoWindow(std::chrono::milliseconds(0));
    if (outbox.load().isError())
        return 2;
    QNetworkAccessManager network;
    ShopifyClient client(&network);
    client.setShop(ShopAddress::fromUrl(readFrom.url()));
    client.setAccessToken(u"bench"_s);

    {
        OrderSync sync(&client, &book);
        QEventLoop loop;
        bool ok = false;
        QObject::connect(&sync, &OrderSync::finished, &loop, [&](const SyncResult &r) {
            ok = r.isOk();
            loop.quit();
        });
        sync.start(OrderSync::Mode::Full);
        loop.exec();
        if (!ok)
            return 1;
    }
    // Shopify's bucket is per shop: the client starts afresh with the rate-limited one.
    ShopifyClient limited(&network);
    limited.setShop(ShopAddress::fromUrl(store.url()));
    limited.setAccessToken(u"bench"_s);

    FulfillmentDesk desk(&book, &outbox);
    QStringList ids;
    for (const OrderSummary &row : book.rows())
        ids.append(row.id);
    FulfillmentPlanner::Plan plan = desk.planWhole(ids);
    QList<FulfillmentRequest> requests;
    QSet<QString> orders;
    for (const FulfillmentRequest &request : std::as_const(plan.requests)) {
        if (orders.size() == wanted && !orders.contains(request.orderId))
            continue;
        orders.insert(request.orderId);
        requests.append(request);
    }

    // The event loop's pulse: a timer every 5 ms; the longest gap beyond that is a stall.
    QElapsedTimer pulse;
    qint64 longestStallNs = 0;
    QTimer heartbeat;
    heartbeat.setInterval(5);
    heartbeat.setTimerType(Qt::PreciseTimer);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        longestStallNs = std::max(longestStallNs, pulse.nsecsElapsed() - 5'000'000);
        pulse.restart();
    });

    OutboxSender sender(&outbox, &limited);
    QElapsedTimer timer;
    timer.start();
    // Writing the entries is one transaction on the window's thread: timed on its own.
    if (desk.fulfill(requests).isError())
        return 1;
    const double enqueueMs = double(timer.nsecsElapsed()) / 1e6;
    pulse.start();
    heartbeat.start();
    sender.start();
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (outbox.pendingCount() == 0)
            loop.quit();
    });
    poll.start(20);
    loop.exec();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    heartbeat.stop();

    const double charged = limited.actualCostTotal();
    const double bound = std::max(0.0, (charged - config.bucketSize) / config.restoreRate);
    std::printf("bulk fulfil: %lld orders, %lld shipments, bucket %.0f, restore %.0f/s\n",
                static_cast<long long>(orders.size()),
                static_cast<long long>(requests.size()),
                config.bucketSize,
                config.restoreRate);
    std::printf("  failed %d, points charged %.0f, THROTTLED answers %lld\n",
                outbox.failedCount(),
                charged,
                static_cast<long long>(store.store()->throttledCount()));
    std::printf("  time %.2f s, bound %.2f s, ratio %.3f (goal <= 1.05)\n",
                seconds,
                bound,
                bound > 0 ? seconds / bound : 0.0);
    std::printf("  writing the %lld outbox entries: %.1f ms (one transaction, before sending)\n",
                static_cast<long long>(requests.size()),
                enqueueMs);
    std::printf("  longest event loop stall while sending %.1f ms (goal < 50)\n",
                double(longestStallNs) / 1e6);
    goals.sameWork(u"%1 of the %2 shipments failed"_s.arg(outbox.failedCount()).arg(requests.size()),
                   outbox.failedCount() == 0);
    goals.sameWork(u"%1 orders fulfilled, %2 wanted"_s.arg(orders.size()).arg(wanted),
                   orders.size() == wanted);
    goals.atMost(u"bulk fulfil, ratio to the bound"_s, bound > 0 ? seconds / bound : 0.0, 1.05);
    goals.atMost(u"bulk fulfil, longest event loop stall ms"_s, double(longestStallNs) / 1e6, 50);
    return goals.exitCode();
}
