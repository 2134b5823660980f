// Cold start: from process start to the first painted frame of the order table with a big
// shop's orders in the local store, against the sqlite3 command line reading the same rows
// from the same file (the least any program reading them must spend).
//
//   bench_cold_start [--orders N] [--runs N] [--database FILE]
//
// With --database the local store is written there and kept (an existing file is reused), so
// `bench_cold_start --child FILE` can be run by hand, under /usr/bin/time -v for the peak
// resident memory, for example.
//
// Each run is a new process (this program again, with --child FILE), timed by the parent
// from QProcess::start() until the child reports the table's first paint. The child builds
// the window as the app does for an opened shop: the database, the order book, the outbox,
// the main window. Goals (issue 8): under 1 s, and within 3 times the baseline.

#include "core/fulfillment/FulfillmentDesk.h"
#include "core/fulfillment/FulfillmentSettings.h"
#include "core/outbox/Outbox.h"
#include "core/shopify/ShopifyClient.h"
#include "core/storage/Database.h"
#include "core/storage/OrderBook.h"
#include "core/sync/OrderSync.h"
#include "tests/bench/BenchOrders.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// Quits the child at the first paint of the table's viewport.
class FirstPaint final : public QObject
{
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            // After the paint event is handled: the frame is drawn.
            QMetaObject::invokeMethod(
                qApp,
                [] {
                    std::printf("painted\n");
                    std::fflush(stdout);
                    QCoreApplication::exit(0);
                },
                Qt::QueuedConnection);
            watched->removeEventFilter(this);
        }
        return false;
    }
};

int child(const QString &file)
{
    Database db;
    if (db.open(file).isError())
        return 2;
    OrderBook book(db.connection());
    if (book.load().isError())
        return 2;
    Outbox outbox(db.connection(), &book);
    if (outbox.load().isError())
        return 2;
    QNetworkAccessManager network;
    ShopifyClient client(&network);
    OrderSync sync(&client, &book);
    FulfillmentDesk desk(&book, &outbox);
    MainWindow window(&book, &sync, &outbox, &desk, FulfillmentSettings());
    FirstPaint firstPaint;
    auto *table = window.findChild<QTableView *>(u"orderTable"_s);
    if (!table)
        return 2;
    table->viewport()->installEventFilter(&firstPaint);
    window.resize(1280, 800);
    window.show();
    return QApplication::exec();
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

// Milliseconds from starting the program until it printed `marker` (or ended, if empty).
double timeProcess(const QString &program, const QStringList &arguments, const QByteArray &marker)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForStarted())
        return -1;
    if (marker.isEmpty()) {
        process.waitForFinished(120000);
        return double(timer.nsecsElapsed()) / 1e6;
    }
    QByteArray seen;
    while (!seen.contains(marker)) {
        if (!process.waitForReadyRead(120000))
            return -1;
        seen += process.readAllStandardOutput();
    }
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    process.waitForFinished(30000);
    return ms;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption ordersOption(u"orders"_s,
                                          u"Orders in the local store."_s,
                                          u"n"_s,
                                          u"100000"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Starts of each program."_s, u"n"_s, u"5"_s);
    const QCommandLineOption childOption(u"child"_s,
                                         u"Internal: start the window on FILE."_s,
                                         u"file"_s);
    const QCommandLineOption databaseOption(u"database"_s,
                                            u"Keep the local store in FILE."_s,
                                            u"file"_s);
    parser.addOptions({ordersOption, runsOption, childOption, databaseOption});
    parser.addHelpOption();
    parser.process(app);
    if (parser.isSet(childOption))
        return child(parser.value(childOption));

    QTemporaryDir dir;
    const QString file = parser.isSet(databaseOption) ? parser.value(databaseOption)
                                                      : dir.filePath(u"cold.sqlite"_s);
    {
        Database db;
        if (db.open(file).isError())
            return 2;
        OrderBook book(db.connection());
        if (book.load().isError())
            return 2;
        const QString problem = book.count() > 0
                                    ? QString()
                                    : fillWithDemoOrders(&book,
                                                         parser.value(ordersOption).toInt(),
                                                         17);
        if (!problem.isEmpty()) {
            std::fprintf(stderr, "filling the store failed: %s\n", qPrintable(problem));
            return 2;
        }
        std::printf("cold start: %d orders in the local store\n", book.count());
    }

    // The same columns the app reads at start, by the sqlite3 command line.
    const QString query
        = u"SELECT id, name, number, created_at, updated_at, customer_name, email, item_count, "
          u"total_minor, currency, financial_status, fulfillment_status, location_names, "
          u"tracking_numbers, skus, cancelled_at IS NOT NULL, closed FROM orders "
          u"ORDER BY created_at, number"_s;
    const int runs = std::max(1, parser.value(runsOption).toInt());
    QList<double> ours, baseline;
    for (int run = 0; run < runs; ++run) {
        ours.append(
            timeProcess(QCoreApplication::applicationFilePath(), {u"--child"_s, file}, "painted"));
        baseline.append(timeProcess(u"sqlite3"_s, {file, query}, {}));
    }
    if (std::find(ours.cbegin(), ours.cend(), -1.0) != ours.cend()) {
        std::fprintf(stderr, "a start did not paint\n");
        return 1;
    }
    const double smidig = median(ours);
    const double sqlite = median(baseline);
    std::printf("  smidig to the first painted table: median %.0f ms of %d starts (goal < 1000)\n",
                smidig,
                runs);
    std::printf("  sqlite3 reading the same rows:     median %.0f ms\n", sqlite);
    std::printf("  ratio smidig/sqlite3: %.2f (goal <= 3)\n", sqlite > 0 ? smidig / sqlite : 0.0);
    return 0;
}
