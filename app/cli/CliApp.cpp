#include "app/cli/CliApp.h"

#include "app/AppSettings.h"
#include "app/LogFile.h"
#include "app/Translations.h"
#include "app/cli/CliOptions.h"
#include "app/cli/CliSession.h"
#include "app/cli/Console.h"
#include "app/cli/FulfilCommand.h"
#include "app/cli/ImportTrackingCommand.h"
#include "app/cli/OrderOutput.h"
#include "app/cli/OrdersCommand.h"
#include "app/cli/PrintCommand.h"
#include "app/cli/StockCommand.h"
#include "app/cli/TrackingCommand.h"

#include "core/model/StationNaming.h"
#include "core/stock/InventorySync.h"
#include "core/sync/SyncResult.h"

#include <QCommandLineParser>
#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace {

const QStringList kCommands{u"sync"_s,
                            u"orders"_s,
                            u"fulfil"_s,
                            u"import-tracking"_s,
                            u"tracking"_s,
                            u"stock"_s,
                            u"print"_s};

// Accepts Shopify's spelling in any case, with hyphens or underscores: "partially-fulfilled";
// a status means the open orders of that status, as in the window's sidebar.
std::optional<OrderView> viewFromArgument(const QString &text)
{
    const QString name = text.trimmed().toUpper().replace(u'-', u'_');
    if (name == "ALL"_L1)
        return OrderView::all();
    if (name == "ARCHIVED"_L1)
        return OrderView::archived();
    if (name == "CANCELLED"_L1 || name == "CANCELED"_L1)
        return OrderView::cancelled();
    const OrderFulfillmentStatus status = orderFulfillmentStatusFromShopify(name);
    if (status == OrderFulfillmentStatus::Unknown)
        return std::nullopt;
    return OrderView::ofStatus(status);
}

// A sentence for people, and with --verbose the technical detail after it.
QString withDetail(const QString &message, const QString &detail, bool verbose)
{
    return verbose && !detail.isEmpty() ? message + u" ["_s + detail + u']' : message;
}

// Whether a command needs the stock read after its sync: `sync` and `stock` report it; the
// others (listing, fulfilling) say when it failed and go on with the orders, which are saved.
enum class StockMatters { Yes, No };

// Says what the sync saved and what did not work, each on its own: orders that were saved
// stay saved when the stock read after them fails.
int reportSync(const SyncResult &result,
               const std::optional<InventorySyncResult> &stock,
               qint64 elapsedMs,
               bool verbose,
               StockMatters stockMatters)
{
    if (!result.isOk()) {
        Console::err(withDetail(CliApp::tr("Sync failed: %1").arg(result.userMessage()),
                                result.detail(),
                                verbose));
        return result.shopError.isError() ? Console::ShopError : Console::StoreFailure;
    }
    Console::err(
        CliApp::tr("Synced %n order(s)", nullptr, result.orderCount) + u' '
        + CliApp::tr("in %1 s.").arg(QLocale().toString(double(elapsedMs) / 1000.0, 'f', 1)));
    if (result.customerHiddenCount > 0)
        Console::err(CliApp::tr("Customer details hidden in %n order(s): the app has no access "
                                "to protected customer data. Orders sync and ship as usual; to "
                                "see names, emails and addresses, request access to protected "
                                "customer data for the app in Shopify, then sync again.",
                                nullptr,
                                result.customerHiddenCount));
    if (result.unreadableCount > 0)
        Console::err(CliApp::tr("%n open order(s) older than 60 days are no longer shown by "
                                "Shopify and were kept as last read. Give the app the "
                                "read_all_orders scope to keep reading them.",
                                nullptr,
                                result.unreadableCount));
    if (stock && !stock->isOk()) {
        Console::err(withDetail(stock->userMessage(), stock->detail(), verbose));
        if (stockMatters == StockMatters::Yes)
            return stock->shopError.isError() ? Console::ShopError : Console::StoreFailure;
    }
    return Console::Ok;
}

// Whether a command is there to sync (`sync`), or syncs on the way to its own work.
enum class SyncIs { TheCommand, OnTheWay };

// Sends what the outbox holds, then pulls every order: the local store then shows the shop
// as it is, this app's own work included. On a store several stations share, only the
// station holding the sync role syncs (docs/architecture.md, "One sync, and the others
// follow"): when another holds it, `sync` ends with AnotherStation and the other commands
// work on the orders as that station stored them.
int sendAndSync(CliSession &session, bool verbose, StockMatters stockMatters, SyncIs syncIs)
{
    if (!session.canReachShop()) {
        Console::err(CliApp::tr(
            "No shop to sync with: give --shop with --token-env (or --client-id), or --demo."));
        return Console::UsageError;
    }
    const int waiting = session.drainOutbox();
    if (waiting > 0)
        Console::err(CliApp::tr("%n action(s) could not be sent yet and wait in the outbox.",
                                nullptr,
                                waiting));
    if (!session.claimSync()) {
        if (syncIs == SyncIs::TheCommand) {
            Console::err(CliApp::tr("%1 syncs this shop for every station; this store follows "
                                    "its syncs. Nothing was synced here.")
                             .arg(session.syncer()));
            return Console::AnotherStation;
        }
        Console::err(CliApp::tr("%1 syncs this shop for every station; working on the orders "
                                "as it last stored them.")
                         .arg(session.syncer()));
        return Console::Ok;
    }
    QElapsedTimer timer;
    timer.start();
    const SyncResult result = session.sync();
    session.releaseSync();
    return reportSync(result, session.stockRead(), timer.elapsed(), verbose, stockMatters);
}

} // namespace

int CliApp::run(QCoreApplication &app)
{
    Translations::install(&app,
                          Translations::languageArgument(app.arguments(),
                                                         qEnvironmentVariable("SMIDIG_LANG")));

    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Smidig's order desk from the command line.\n\n"
        "Commands:\n"
        "  sync                 send waiting actions, then fetch every order into the local store\n"
        "  orders               list orders from the local store (with --demo: from the demo "
        "store)\n"
        "  fulfil ORDER...      fulfil orders (#1001, 1001 or an order id), optionally with "
        "tracking\n"
        "  import-tracking FILE apply a CSV file of order, tracking number and optional company\n"
        "  tracking NUMBER...   check tracking numbers: carrier, check digit and tracking link\n"
        "  stock                stock per SKU and location with the open orders' demand and the "
        "oversell risk\n"
        "  print slips ORDER... --pdf FILE       packing slips with the orders' barcodes\n"
        "  print pick-list ORDER... --pdf FILE   what to take from the shelves, by location and "
        "SKU\n"
        "  print command-sheet --pdf FILE        pack mode's commands as barcodes\n"
        "  (print: --status or --search instead of ORDER... chooses the orders)"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption
        riskOption(u"risk"_s,
                   tr("stock: only oversold items, those at risk or worse (at-risk), or all."),
                   tr("risk"),
                   u"all"_s);
    parser.addOption(riskOption);
    const ConnectionOptions connectionOptions;
    connectionOptions.addTo(parser);
    const QCommandLineOption
        statusOption(u"status"_s,
                     tr("Only open orders with this fulfillment status, such as unfulfilled or "
                        "partially-fulfilled; or archived, cancelled or all."),
                     tr("status"));
    const QCommandLineOption searchOption(
        u"search"_s,
        tr("Only orders whose name, customer, email, SKU or tracking number contains this text."),
        tr("text"));
    const QCommandLineOption
        formatOption(u"format"_s,
                     tr("Output format: table, csv or json (tracking: table or json)."),
                     tr("format"),
                     u"table"_s);
    const QCommandLineOption trackingOption(
        u"tracking"_s,
        tr("A tracking number for the order being fulfilled; repeat it for several parcels."),
        tr("number"));
    const QCommandLineOption companyOption(
        u"company"_s,
        tr("The carrier, as Shopify names it (detected from the number when left out)."),
        tr("name"));
    const QCommandLineOption notifyOption(u"notify"_s,
                                          tr("Tell the customer by email that the order shipped."));
    const QCommandLineOption stationOption(
        u"station"_s,
        tr("This station's name, recorded with what it fulfils and shown to other stations "
           "(default: as saved in the window's preferences, else the computer's name)."),
        tr("name"));
    const QCommandLineOption packerOption(
        u"packer"_s,
        tr("Who packs at this station, recorded with what it fulfils (default: as saved in the "
           "window; an empty name records none)."),
        tr("name"));
    const QCommandLineOption takeOverOption(
        u"take-over"_s,
        tr("fulfil: also fulfil orders another station is packing, taking them over from it."));
    const QCommandLineOption pdfOption(u"pdf"_s, tr("print: the PDF file to write."), tr("file"));
    const QCommandLineOption paperOption(
        u"paper"_s,
        tr("print: the paper, a4, letter, a6 or 4x6 (default: as saved in the window's Print "
           "Settings, else a4)."),
        tr("paper"));
    const QCommandLineOption verboseOption(
        u"verbose"_s,
        tr("Also print the log (requests, errors with their technical detail) on stderr."));
    // The window's wording, in the window's context, so both programs share one translation.
    const QCommandLineOption languageOption(
        u"lang"_s,
        QCoreApplication::translate("main",
                                    "Use this language (da, de, en) instead of the system's."),
        QCoreApplication::translate("main", "language"));
    parser.addOptions({statusOption,
                       searchOption,
                       formatOption,
                       trackingOption,
                       companyOption,
                       notifyOption,
                       stationOption,
                       packerOption,
                       takeOverOption,
                       pdfOption,
                       paperOption,
                       verboseOption,
                       languageOption});
    parser.addPositionalArgument(u"command"_s,
                                 tr("sync, orders, fulfil, import-tracking, tracking, stock or "
                                    "print"));
    parser.process(app);

    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        Console::err(tr("Say what to do: sync, orders, fulfil, import-tracking, tracking, stock "
                        "or print. See --help."));
        return Console::UsageError;
    }
    CliOptions options;
    options.command = positional.takeFirst();
    if (options.command == "fulfill"_L1) // Shopify's spelling works too
        options.command = u"fulfil"_s;
    options.arguments = positional;
    if (!kCommands.contains(options.command)) {
        Console::err(tr("Unknown command \"%1\". The commands are sync, orders, fulfil, "
                        "import-tracking, tracking, stock and print.")
                         .arg(options.command));
        return Console::UsageError;
    }
    const bool takesArguments = options.command == "fulfil"_L1
                                || options.command == "import-tracking"_L1
                                || options.command == "tracking"_L1
                                || options.command == "print"_L1;
    if (!takesArguments && !options.arguments.isEmpty()) {
        Console::err(tr("Give one command, not %1. See --help.").arg(positional.join(u' ')));
        return Console::UsageError;
    }

    options.format = parser.value(formatOption);
    const bool tracking = options.command == "tracking"_L1;
    if (!OrderOutput::formatFromName(options.format) || (tracking && options.format == "csv"_L1)) {
        Console::err(tr("Unknown format \"%1\". Use table, csv or json.").arg(options.format));
        return Console::UsageError;
    }
    if (parser.isSet(statusOption)) {
        const std::optional<OrderView> view = viewFromArgument(parser.value(statusOption));
        if (!view) {
            Console::err(
                tr("Unknown status \"%1\". Use one of: all, unfulfilled, partially-fulfilled, "
                   "fulfilled, on-hold, scheduled, in-progress, pending-fulfillment, "
                   "request-declined, restocked, open, archived, cancelled.")
                    .arg(parser.value(statusOption)));
            return Console::UsageError;
        }
        options.filter.setView(*view);
    }
    options.filter.setSearchText(parser.value(searchOption));
    options.filterGiven = parser.isSet(statusOption) || parser.isSet(searchOption);
    options.pdfPath = parser.value(pdfOption);
    options.paper = parser.value(paperOption);
    options.trackingNumbers = parser.values(trackingOption);
    options.company = parser.value(companyOption);
    options.notify = parser.isSet(notifyOption);
    const StationIdentity saved = AppSettings::stationIdentity();
    options.station = StationNaming::identity(parser.isSet(stationOption)
                                                  ? parser.value(stationOption)
                                                  : saved.station,
                                              parser.isSet(packerOption)
                                                  ? parser.value(packerOption)
                                                  : saved.packer);
    options.takeOver = parser.isSet(takeOverOption);
    options.verbose = parser.isSet(verboseOption);
    // The log keeps every detail; stderr shows it only when asked, being for sentences.
    LogFile::install(LogFile::defaultPath(),
                     options.verbose ? LogFile::Echo::ToStderr : LogFile::Echo::No);

    // Checking tracking numbers needs neither a shop nor a store.
    if (tracking)
        return TrackingCommand::run(options);
    if (options.command == "fulfil"_L1) {
        if (const QString problem = FulfilCommand::checkOptions(options); !problem.isEmpty()) {
            Console::err(problem);
            return Console::UsageError;
        }
    }
    if (options.command == "print"_L1) {
        if (const QString problem = PrintCommand::checkOptions(options); !problem.isEmpty()) {
            Console::err(problem);
            return Console::UsageError;
        }
        // The command sheet is the same for every shop: no store to open.
        if (!PrintCommand::needsOrders(options))
            return PrintCommand::run(nullptr, options);
    }
    if (options.command == "import-tracking"_L1 && options.arguments.size() != 1) {
        Console::err(tr("Give one CSV file to import."));
        return Console::UsageError;
    }

    QString problem;
    if (!connectionOptions.resolve(parser, &options.connection, &problem)) {
        Console::err(problem);
        return Console::UsageError;
    }
    // Never in the log, on stderr or in a file, even with --verbose.
    LogFile::addSecret(options.connection.credentials.secret());
    CliSession session;
    session.setStation(options.station);
    if (!session.open(options.connection, &problem)) {
        Console::err(problem);
        return options.connection.demo ? Console::ShopError : Console::StoreFailure;
    }

    if (options.command == "stock"_L1) {
        if (!StockCommand::isRiskFilter(parser.value(riskOption))) {
            Console::err(tr("Unknown risk \"%1\". Use oversold, at-risk or all.")
                             .arg(parser.value(riskOption)));
            return Console::UsageError;
        }
        if (session.isDemo()) {
            if (const int code
                = sendAndSync(session, options.verbose, StockMatters::Yes, SyncIs::OnTheWay);
                code != Console::Ok)
                return code;
        }
        return StockCommand::run(session, options, parser.value(riskOption));
    }
    if (options.command == "print"_L1) {
        // Printed from the local store as the last sync left it; the demo store lives for
        // this command only, so its orders are fetched first.
        if (session.isDemo()) {
            if (const int code
                = sendAndSync(session, options.verbose, StockMatters::No, SyncIs::OnTheWay);
                code != Console::Ok)
                return code;
        }
        return PrintCommand::run(&session, options);
    }
    if (options.command == "orders"_L1) {
        // The demo store lives for this command only, so its orders are fetched first.
        if (session.isDemo()) {
            if (const int code
                = sendAndSync(session, options.verbose, StockMatters::No, SyncIs::OnTheWay);
                code != Console::Ok)
                return code;
        }
        return OrdersCommand::run(session, options);
    }
    // Everything else talks to the shop: send what waits, and work on the orders as they are.
    const bool justSync = options.command == "sync"_L1;
    if (const int code = sendAndSync(session,
                                     options.verbose,
                                     justSync ? StockMatters::Yes : StockMatters::No,
                                     justSync ? SyncIs::TheCommand : SyncIs::OnTheWay);
        code != Console::Ok || justSync)
        return code;
    if (options.command == "fulfil"_L1)
        return FulfilCommand::run(session, options);
    return ImportTrackingCommand::run(session, options);
}
