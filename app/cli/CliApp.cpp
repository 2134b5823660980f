#include "CliApp.h"

#include "ConnectionOptions.h"
#include "Translations.h"
#include "cli/CliSession.h"
#include "cli/OrderOutput.h"

#include "model/OrderFilter.h"
#include "model/OrderSummary.h"
#include "sync/SyncResult.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSet>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// Exit codes scripts can tell apart.
enum ExitCode { Ok = 0, UsageError = 1, ShopError = 2, StoreFailure = 3 };

void printOut(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void printErr(const QString &text)
{
    const QByteArray bytes = (text + u'\n').toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

int reportSync(const SyncResult &result, qint64 elapsedMs)
{
    if (!result.isOk()) {
        printErr(CliApp::tr("Sync failed: %1").arg(result.userMessage()));
        return result.shopError.isError() ? ShopError : StoreFailure;
    }
    printErr(CliApp::tr("Synced %n order(s)", nullptr, result.orderCount) + u' '
             + CliApp::tr("in %1 s.").arg(QLocale().toString(double(elapsedMs) / 1000.0, 'f', 1)));
    return Ok;
}

// Accepts Shopify's spelling in any case, with hyphens or underscores: "partially-fulfilled".
std::optional<OrderFulfillmentStatus> statusFromArgument(const QString &text, bool *ok)
{
    *ok = true;
    const QString name = text.trimmed().toUpper().replace(u'-', u'_');
    if (name == "ALL"_L1)
        return std::nullopt;
    const OrderFulfillmentStatus status = orderFulfillmentStatusFromShopify(name);
    *ok = status != OrderFulfillmentStatus::Unknown;
    return status;
}

} // namespace

int CliApp::run(QCoreApplication &app)
{
    Translations::install(&app, qEnvironmentVariable("SMIDIG_LANG"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Smidig's order desk from the command line.\n\n"
           "Commands:\n"
           "  sync     fetch every order from the shop into the local store\n"
           "  orders   list orders from the local store (with --demo: from the demo store)"));
    parser.addHelpOption();
    parser.addVersionOption();
    const ConnectionOptions connectionOptions;
    connectionOptions.addTo(parser);
    const QCommandLineOption statusOption(u"status"_s, tr("Only orders with this fulfillment status, such as unfulfilled or partially-fulfilled."), tr("status"));
    const QCommandLineOption searchOption(u"search"_s, tr("Only orders whose name, customer, email, SKU or tracking number contains this text."), tr("text"));
    const QCommandLineOption formatOption(u"format"_s, tr("Output format: table, csv or json."), tr("format"), u"table"_s);
    parser.addOptions({statusOption, searchOption, formatOption});
    parser.addPositionalArgument(u"command"_s, tr("sync or orders"));
    parser.process(app);

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        printErr(positional.isEmpty() ? tr("Say what to do: sync or orders. See --help.")
                                      : tr("Give one command, not %1. See --help.").arg(positional.join(u' ')));
        return UsageError;
    }
    const QString command = positional.first();
    if (command != "sync"_L1 && command != "orders"_L1) {
        printErr(tr("Unknown command \"%1\". The commands are sync and orders.").arg(command));
        return UsageError;
    }

    ConnectionOptions::Resolved connection;
    QString problem;
    if (!connectionOptions.resolve(parser, &connection, &problem)) {
        printErr(problem);
        return UsageError;
    }
    const auto format = OrderOutput::formatFromName(parser.value(formatOption));
    if (!format) {
        printErr(tr("Unknown format \"%1\". Use table, csv or json.").arg(parser.value(formatOption)));
        return UsageError;
    }
    OrderFilter filter;
    if (parser.isSet(statusOption)) {
        bool ok = false;
        filter.setStatus(statusFromArgument(parser.value(statusOption), &ok));
        if (!ok) {
            printErr(tr("Unknown status \"%1\". Use one of: all, unfulfilled, partially-fulfilled, "
                        "fulfilled, on-hold, scheduled, in-progress, pending-fulfillment, "
                        "request-declined, restocked, open.").arg(parser.value(statusOption)));
            return UsageError;
        }
    }
    filter.setSearchText(parser.value(searchOption));

    CliSession session;
    if (!session.open(connection, &problem)) {
        printErr(problem);
        return connection.demo ? ShopError : StoreFailure;
    }

    if (command == "sync"_L1 || session.isDemo()) {
        if (!session.canReachShop()) {
            printErr(tr("No shop to sync with: give --shop and --token-env, or --demo."));
            return UsageError;
        }
        QElapsedTimer timer;
        timer.start();
        const SyncResult result = session.sync();
        const int code = reportSync(result, timer.elapsed());
        if (code != Ok || command == "sync"_L1)
            return code;
    }

    // orders: from the local store, filtered like the window's table.
    QSet<QString> wanted;
    for (const OrderSummary &row : session.book()->rows()) {
        if (filter.matches(row))
            wanted.insert(row.id);
    }
    QList<Order> all;
    const StoreError read = session.book()->allOrders(&all);
    if (read.isError()) {
        printErr(read.userMessage());
        return StoreFailure;
    }
    QList<Order> orders;
    for (Order &order : all) {
        if (wanted.contains(order.id))
            orders.append(std::move(order));
    }
    std::sort(orders.begin(), orders.end(), [](const Order &a, const Order &b) { return a.number < b.number; });
    printOut(OrderOutput::render(orders, *format));
    return Ok;
}
