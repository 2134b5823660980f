// How close a full sync comes to the bound Shopify's cost bucket sets, with a bucket smaller
// than a page's price and a slow restore rate, and whether it is ever throttled.
//
// The bound: the bucket starts full; everything it cannot cover comes in at the restore
// rate. time >= (points charged - bucket size) / restore rate. The goal is within 10% of it,
// with zero THROTTLED answers.
//
//   bench_sync_pacing [--orders N] [--bucket N] [--restore N]

#include "core/demostore/DemoStore.h"
#include "core/demostore/DemoStoreThread.h"
#include "core/shopify/ShopifyClient.h"
#include "core/storage/Database.h"
#include "core/storage/OrderBook.h"
#include "core/sync/OrderSync.h"
#include "tests/bench/BenchGoals.h"
#include "tests/bench/BenchOrders.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption ordersOption(u"orders"_s, u"Orders in the store."_s, u"n"_s, u"2000"_s);
    const QCommandLineOption bucketOption(u"bucket"_s,
                                          u"Cost bucket size."_s,
                                          u"points"_s,
                                          u"1000"_s);
    const QCommandLineOption restoreOption(u"restore"_s,
                                           u"Restore rate, points per second."_s,
                                           u"points"_s,
                                           u"2000"_s);
    const QCommandLineOption reportOnlyOption = BenchGoals::reportOnlyOption();
    parser.addOptions({ordersOption, bucketOption, restoreOption, reportOnlyOption});
    parser.addHelpOption();
    parser.process(app);
    BenchGoals goals(parser.isSet(reportOnlyOption) ? BenchGoals::Enforcement::ReportOnly
                                                    : BenchGoals::Enforcement::FailOnMiss);

    demostore::DemoStoreConfig config;
    config.seed = 3;
    config.orderCount = parser.value(ordersOption).toInt();
    config.bucketSize = parser.value(bucketOption).toDouble();
    config.restoreRate = parser.value(restoreOption).toDouble();
    demostore::DemoStoreThread store(config);
    QString error;
    if (!store.start(&error)) {
        std::fprintf(stderr, "demo store: %s\n", qPrintable(error));
        return 2;
    }

    QTemporaryDir dir;
    Database db;
    if (db.open(dir.filePath(u"bench.sqlite"_s)).isError())
        return 2;
    OrderBook book(db.connection());
    QNetworkAccessManager network;
    ShopifyClient client(&network);
    client.setShop(ShopAddress::fromUrl(store.url()));
    client.setAccessToken(u"bench"_s);
    OrderSync sync(&client, &book);

    double seconds = 0;
    const SyncResult result = runFullSync(&sync, &seconds);
    if (!result.isOk()) {
        std::fprintf(stderr, "sync failed: %s\n", qPrintable(result.shopError.detail));
        return 1;
    }

    const double charged = client.actualCostTotal();
    const double bound = std::max(0.0, (charged - config.bucketSize) / config.restoreRate);
    const qint64 throttled = store.store()->throttledCount();
    std::printf("sync pacing: %d orders, bucket %.0f, restore %.0f/s\n",
                result.orderCount,
                config.bucketSize,
                config.restoreRate);
    std::printf("  requests %d, points charged %.0f, page size %d\n",
                client.requestCount(),
                charged,
                sync.plannedPageSize());
    std::printf("  time %.2f s, bound %.2f s, ratio %.3f (goal <= 1.10)\n",
                seconds,
                bound,
                bound > 0 ? seconds / bound : 0.0);
    std::printf("  THROTTLED answers %lld (goal 0)\n", throttled);
    goals.sameWork(u"the sync stored %1 orders of the store's %2"_s.arg(book.count())
                       .arg(config.orderCount),
                   book.count() == config.orderCount);
    goals.atMost(u"sync pacing, ratio to the bound"_s, bound > 0 ? seconds / bound : 0.0, 1.10);
    goals.atMost(u"sync pacing, THROTTLED answers"_s, double(throttled), 0);
    return goals.exitCode();
}
