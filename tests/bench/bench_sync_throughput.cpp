// Sync throughput with the bucket out of the way: a full sync of N orders by the app's own
// ShopifyClient and OrderSync from the demo store over HTTP on 127.0.0.1 with throttling off,
// into an empty local store, as orders per second; against the least any client must spend on
// the same pages from the same store: a bare QNetworkAccessManager posting the same Orders
// query page after page and QJsonDocument parsing each answer (no reading, no storing).
// Both sides wait for the same demo store, so its answering weighs on both alike; the ratio
// to QJsonDocument alone on answers already in memory is printed too, for comparison with the
// figures before this benchmark timed the real path.
//
//   bench_sync_throughput [--orders N] [--rounds N] [--report-only]
//
// Goal (issue 8, point 3b): within 3 times the bare client. Both sides must have read every
// order of the store, or the run fails.

#include "core/demostore/DemoStore.h"
#include "core/demostore/DemoStoreThread.h"
#include "core/shopify/GraphqlOperation.h"
#include "core/shopify/OrderPageSizes.h"
#include "core/shopify/ShopAddress.h"
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
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QScopeGuard>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <numeric>

using namespace Qt::StringLiterals;

namespace {

demostore::DemoStoreConfig storeConfig(int orders)
{
    demostore::DemoStoreConfig config;
    config.seed = 5;
    config.orderCount = orders;
    config.throttling = false;
    return config;
}

QJsonObject ordersRequest(const GraphqlOperation &operation, int pageSize, const QJsonValue &after)
{
    QJsonObject variables{{u"first"_s, pageSize},
                          {u"query"_s, QJsonValue::Null},
                          {u"after"_s, after}};
    OrderPageSizes().addTo(variables);
    return {{u"query"_s, operation.text()},
            {u"operationName"_s, operation.name()},
            {u"variables"_s, variables}};
}

// What the bare client read: the answers' bytes, and the orders and pages in them.
struct BareRead
{
    QList<QByteArray> answers;
    int orders = 0;
    QString problem;
};

// The least a client must do for a full read: post the Orders query page after page over
// HTTP, parse each answer with QJsonDocument, follow the cursor. Nothing is read out of the
// answers beyond the cursor and nothing is stored.
BareRead bareClientRead(QNetworkAccessManager *network, const QUrl &url, int pageSize)
{
    const GraphqlOperation operation = GraphqlOperation::load(u":/graphql/orders.graphql"_s,
                                                              u"Orders"_s);
    BareRead read;
    QJsonValue after = QJsonValue::Null;
    for (;;) {
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        request.setRawHeader("X-Shopify-Access-Token"_ba, "bench"_ba);
        QNetworkReply *reply = network->post(request,
                                             QJsonDocument(ordersRequest(operation, pageSize, after))
                                                 .toJson(QJsonDocument::Compact));
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
        const QByteArray body = reply->readAll();
        const QJsonDocument answer = QJsonDocument::fromJson(body);
        if (reply->error() != QNetworkReply::NoError || answer.isNull()) {
            read.problem = reply->errorString();
            return read;
        }
        read.answers.append(body);
        const QJsonObject orders = answer.object()[u"data"_s][u"orders"_s].toObject();
        read.orders += int(orders[u"nodes"_s].toArray().size());
        if (!orders[u"pageInfo"_s][u"hasNextPage"_s].toBool())
            return read;
        after = orders[u"pageInfo"_s][u"endCursor"_s];
    }
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption ordersOption(u"orders"_s,
                                          u"Orders in the store."_s,
                                          u"n"_s,
                                          u"10000"_s);
    const QCommandLineOption roundsOption(u"rounds"_s,
                                          u"Rounds of the sync and the bare client, in turn."_s,
                                          u"n"_s,
                                          u"5"_s);
    const QCommandLineOption reportOnlyOption = BenchGoals::reportOnlyOption();
    parser.addOptions({ordersOption, roundsOption, reportOnlyOption});
    parser.addHelpOption();
    parser.process(app);
    const int orderCount = parser.value(ordersOption).toInt();
    const int rounds = qMax(1, parser.value(roundsOption).toInt());
    BenchGoals goals(parser.isSet(reportOnlyOption) ? BenchGoals::Enforcement::ReportOnly
                                                    : BenchGoals::Enforcement::FailOnMiss);

    demostore::DemoStoreThread store(storeConfig(orderCount));
    QString error;
    if (!store.start(&error)) {
        std::fprintf(stderr, "demo store: %s\n", qPrintable(error));
        return 2;
    }
    QTemporaryDir dir;
    QNetworkAccessManager network;
    const ShopAddress shop = ShopAddress::fromUrl(store.url());

    // The sync and the bare client take turns, round after round, and each reports its
    // median: a shared machine's load then weighs on both alike. Each round syncs into a new,
    // empty store, as a shop's first sync does, deleted after it, so the disk's write-back of
    // earlier rounds does not run under later ones.
    QList<double> syncTimes;
    QList<double> bareTimes;
    QList<QByteArray> answers;
    int requests = 0;
    int pageSize = 0;
    for (int round = 0; round < rounds; ++round) {
        const QString storePath = dir.filePath(u"throughput-%1.sqlite"_s.arg(round));
        const auto removeStore = qScopeGuard([&storePath] {
            for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
                QFile::remove(storePath + suffix);
        });
        double syncSeconds = 0;
        {
            Database db;
            if (db.open(storePath).isError())
                return 2;
            OrderBook book(db.connection());
            ShopifyClient client(&network);
            client.setShop(shop);
            client.setAccessToken(u"bench"_s);
            OrderSync sync(&client, &book);
            sync.setBulkThreshold(0); // the paged path, page for page as the bare client's
            const SyncResult result = runFullSync(&sync, &syncSeconds);
            if (!result.isOk()) {
                std::fprintf(stderr, "sync failed: %s\n", qPrintable(result.shopError.detail));
                return 1;
            }
            goals.sameWork(u"the sync stored %1 orders of the store's %2"_s.arg(book.count())
                               .arg(orderCount),
                           book.count() == orderCount && result.orderCount == orderCount);
            requests = result.requestCount;
            pageSize = sync.plannedPageSize();
        }
        syncTimes.append(syncSeconds);

        QElapsedTimer timer;
        timer.start();
        const BareRead bare = bareClientRead(&network, shop.graphqlUrl(), pageSize);
        bareTimes.append(double(timer.nsecsElapsed()) / 1e9);
        if (!bare.problem.isEmpty()) {
            std::fprintf(stderr, "the bare client failed: %s\n", qPrintable(bare.problem));
            return 1;
        }
        goals.sameWork(u"the bare client read %1 orders of the store's %2"_s.arg(bare.orders)
                           .arg(orderCount),
                       bare.orders == orderCount);
        answers = bare.answers;
    }

    // QJsonDocument alone on the same answers, in memory: the figure the goal was first set
    // against, shown for comparison.
    QList<double> parseTimes;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        for (const QByteArray &answer : std::as_const(answers)) {
            if (QJsonDocument::fromJson(answer).isNull())
                return 1;
        }
        parseTimes.append(double(timer.nsecsElapsed()) / 1e9);
    }
    const qint64 bytes = std::accumulate(answers.cbegin(),
                                         answers.cend(),
                                         qint64(0),
                                         [](qint64 sum, const QByteArray &a) {
                                             return sum + a.size();
                                         });
    const double syncSeconds = median(syncTimes);
    const double bareSeconds = median(bareTimes);
    const double parseSeconds = median(parseTimes);

    std::printf("sync throughput: %d orders, throttling off, %d requests (pages of %d), %.1f MB "
                "of answers\n",
                orderCount,
                requests,
                pageSize,
                double(bytes) / 1e6);
    std::printf("  medians of %d rounds, taking turns:\n", rounds);
    std::printf("  ShopifyClient + OrderSync (HTTP, parse, read, store): %.2f s, %.0f orders/s\n",
                syncSeconds,
                double(orderCount) / syncSeconds);
    std::printf("  bare client (HTTP, QJsonDocument) on the same pages:  %.2f s, %.0f orders/s\n",
                bareSeconds,
                double(orderCount) / bareSeconds);
    std::printf("  QJsonDocument alone on the answers in memory:          %.2f s\n", parseSeconds);
    std::printf("  ratio sync/bare client: %.2f (goal <= 3)\n", syncSeconds / bareSeconds);
    std::printf("  ratio sync/QJsonDocument alone: %.1f (the demo store's answering included)\n",
                parseSeconds > 0 ? syncSeconds / parseSeconds : 0.0);
    goals.atMost(u"sync throughput, ratio sync/bare client"_s, syncSeconds / bareSeconds, 3);
    return goals.exitCode();
}
