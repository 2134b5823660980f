// Sync throughput with the bucket out of the way: a full sync of N orders from the demo store
// over HTTP on 127.0.0.1 with throttling off, as orders per second parsed and stored, and as
// a ratio to the time QJsonDocument alone takes to parse the same answers (the least any
// client reading them must spend).
//
//   bench_sync_throughput [--orders N]
//
// Goal (issue 8, point 3b): within 3 times QJsonDocument alone.

#include "core/demostore/DemoStore.h"
#include "core/demostore/DemoStoreThread.h"
#include "core/shopify/GraphqlOperation.h"
#include "core/shopify/OrderPageSizes.h"
#include "core/shopify/OrderParser.h"
#include "core/shopify/ShopAddress.h"
#include "core/shopify/ShopifyClient.h"
#include "core/storage/Database.h"
#include "core/storage/OrderBook.h"
#include "core/sync/OrderSync.h"
#include "tests/bench/BenchOrders.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
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

// The answers the sync read, page by page, asked again of an identical store without HTTP.
QList<QByteArray> sameAnswers(int orders, int pageSize)
{
    demostore::DemoStore store(storeConfig(orders));
    const GraphqlOperation operation = GraphqlOperation::load(u":/graphql/orders.graphql"_s,
                                                              u"Orders"_s);
    QList<QByteArray> answers;
    QJsonValue after = QJsonValue::Null;
    for (;;) {
        QJsonObject variables{{u"first"_s, pageSize},
                              {u"query"_s, QJsonValue::Null},
                              {u"after"_s, after}};
        OrderPageSizes().addTo(variables);
        const QJsonObject request{{u"query"_s, operation.text()},
                                  {u"operationName"_s, operation.name()},
                                  {u"variables"_s, variables}};
        answers.append(store.post(QJsonDocument(request).toJson(QJsonDocument::Compact)).body);
        const QJsonObject orders
            = QJsonDocument::fromJson(answers.last()).object()[u"data"_s][u"orders"_s].toObject();
        if (!orders[u"pageInfo"_s][u"hasNextPage"_s].toBool())
            return answers;
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
                                          u"Rounds of the baseline and the client's work."_s,
                                          u"n"_s,
                                          u"5"_s);
    parser.addOptions({ordersOption, roundsOption});
    parser.addHelpOption();
    parser.process(app);
    const int orderCount = parser.value(ordersOption).toInt();
    const int rounds = qMax(1, parser.value(roundsOption).toInt());

    demostore::DemoStoreThread store(storeConfig(orderCount));
    QString error;
    if (!store.start(&error)) {
        std::fprintf(stderr, "demo store: %s\n", qPrintable(error));
        return 2;
    }
    QTemporaryDir dir;
    Database db;
    if (db.open(dir.filePath(u"throughput.sqlite"_s)).isError())
        return 2;
    OrderBook book(db.connection());
    QNetworkAccessManager network;
    ShopifyClient client(&network);
    client.setShop(ShopAddress::fromUrl(store.url()));
    client.setAccessToken(u"bench"_s);
    OrderSync sync(&client, &book);

    double syncSeconds = 0;
    const SyncResult result = runFullSync(&sync, &syncSeconds);
    if (!result.isOk()) {
        std::fprintf(stderr, "sync failed: %s\n", qPrintable(result.shopError.detail));
        return 1;
    }

    const QList<QByteArray> answers = sameAnswers(orderCount, sync.plannedPageSize());
    const qint64 bytes = std::accumulate(answers.cbegin(),
                                         answers.cend(),
                                         qint64(0),
                                         [](qint64 sum, const QByteArray &a) {
                                             return sum + a.size();
                                         });

    // The baseline and the client's work take turns, round after round, and each reports its
    // median: a shared machine's load then weighs on both alike.
    QList<double> parseTimes;
    QList<double> readTimes;
    QList<double> storeTimes;
    QList<double> clientTimes;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        for (const QByteArray &answer : answers) {
            if (QJsonDocument::fromJson(answer).isNull())
                return 1;
        }
        parseTimes.append(double(timer.nsecsElapsed()) / 1e9);

        // The client's own work on the same answers, without the demo store and HTTP: parse
        // the JSON, read the orders out of it, store them in one transaction into an empty
        // store, as the first sync does.
        // Each round's store is deleted after it, so the disk's write-back of earlier rounds
        // (20 MB each at 10,000 orders) does not run under later ones.
        const QString storePath = dir.filePath(u"client-only-%1.sqlite"_s.arg(round));
        const auto removeStore = qScopeGuard([&storePath] {
            for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
                QFile::remove(storePath + suffix);
        });
        Database other;
        if (other.open(storePath).isError())
            return 2;
        OrderBook clientBook(other.connection());
        timer.restart();
        QList<Order> orders;
        for (const QByteArray &answer : answers) {
            const QJsonObject data
                = QJsonDocument::fromJson(answer).object().value(u"data"_s).toObject();
            auto page = OrderParser::ordersPage(data, OrderPageSizes{});
            if (!page.isOk())
                return 1;
            orders.append(std::move(page.value.orders));
        }
        const double readSeconds = double(timer.nsecsElapsed()) / 1e9;
        if (clientBook.replaceAll(orders).isError() || clientBook.count() != result.orderCount)
            return 1;
        const double clientSeconds = double(timer.nsecsElapsed()) / 1e9;
        readTimes.append(readSeconds);
        storeTimes.append(clientSeconds - readSeconds);
        clientTimes.append(clientSeconds);
    }
    const double parseSeconds = median(parseTimes);
    const double clientSeconds = median(clientTimes);

    std::printf("sync throughput: %d orders, throttling off, %d requests, %.1f MB of answers\n",
                result.orderCount,
                result.requestCount,
                double(bytes) / 1e6);
    std::printf("  full sync (HTTP, parse, store): %.2f s, %.0f orders/s\n",
                syncSeconds,
                double(result.orderCount) / syncSeconds);
    std::printf("  medians of %d rounds, taking turns:\n", rounds);
    std::printf("  QJsonDocument alone on the same answers: %.2f s\n", parseSeconds);
    std::printf("  the client's work alone: parse and read %.2f s, then store %.2f s: %.2f s, %.0f "
                "orders/s\n",
                median(readTimes),
                median(storeTimes),
                clientSeconds,
                double(result.orderCount) / clientSeconds);
    std::printf("  ratio client's work/QJsonDocument: %.2f (goal <= 3)\n",
                parseSeconds > 0 ? clientSeconds / parseSeconds : 0.0);
    // The fastest round of each is the least disturbed by the machine's other work: a second
    // view of the same ratio, for telling a change from noise.
    const double fastestParse = *std::min_element(parseTimes.cbegin(), parseTimes.cend());
    const double fastestClient = *std::min_element(clientTimes.cbegin(), clientTimes.cend());
    std::printf("  fastest rounds: QJsonDocument %.2f s, the client's work %.2f s, ratio %.2f\n",
                fastestParse,
                fastestClient,
                fastestParse > 0 ? fastestClient / fastestParse : 0.0);
    std::printf("  ratio whole sync/QJsonDocument: %.1f (the demo store's answering included)\n",
                parseSeconds > 0 ? syncSeconds / parseSeconds : 0.0);
    return 0;
}
