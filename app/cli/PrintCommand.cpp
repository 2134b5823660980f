#include "app/cli/PrintCommand.h"

#include "app/AppSettings.h"
#include "app/cli/CliSession.h"
#include "app/cli/Console.h"

#include "core/storage/OrderBook.h"
#include "core/storage/OrderLookup.h"
#include "print/PrintDocuments.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

std::optional<PrintDocuments::Kind> kindOf(const QString &document)
{
    if (document == "slips"_L1)
        return PrintDocuments::Kind::Slips;
    if (document == "pick-list"_L1)
        return PrintDocuments::Kind::PickList;
    if (document == "command-sheet"_L1)
        return PrintDocuments::Kind::CommandSheet;
    return std::nullopt;
}

} // namespace

QStringList PrintCommand::documents()
{
    return {u"slips"_s, u"pick-list"_s, u"command-sheet"_s};
}

QString PrintCommand::checkOptions(const CliOptions &options)
{
    if (options.arguments.isEmpty() || !kindOf(options.arguments.first()))
        return tr("Say what to print: slips, pick-list or command-sheet. See --help.");
    if (options.pdfPath.isEmpty())
        return tr("Give the file to write with --pdf FILE (print it with lp FILE).");
    if (!options.paper.isEmpty() && !PaperKeys::fromKey(options.paper))
        return tr("Unknown paper \"%1\". Use a4, letter, a6 or 4x6.").arg(options.paper);
    const bool ordersNamed = options.arguments.size() > 1;
    if (!needsOrders(options)) {
        if (ordersNamed)
            return tr("The command sheet takes no orders.");
        return {};
    }
    if (!ordersNamed && !options.filterGiven)
        return tr("Name the orders (#1001, 1001 or an order id), or choose them with --status "
                  "or --search, such as --status unfulfilled.");
    if (ordersNamed && options.filterGiven)
        return tr("Name the orders or choose them with --status or --search, not both.");
    return {};
}

bool PrintCommand::needsOrders(const CliOptions &options)
{
    return !options.arguments.isEmpty()
           && kindOf(options.arguments.first()) != PrintDocuments::Kind::CommandSheet;
}

int PrintCommand::run(CliSession *session, const CliOptions &options)
{
    const PrintDocuments::Kind kind = *kindOf(options.arguments.first());
    QList<Order> orders;
    if (session) {
        QList<Order> all;
        if (const StoreError read = session->book()->allOrders(&all); read.isError()) {
            Console::err(read.userMessage());
            return Console::StoreFailure;
        }
        bool refused = false;
        if (options.arguments.size() > 1) {
            // In the order given, each once.
            QStringList ids;
            for (const QString &reference : options.arguments.mid(1)) {
                const QString id = OrderLookup::find(*session->book(), reference);
                if (id.isEmpty()) {
                    Console::err(tr("%1: no such order in the shop.").arg(reference));
                    refused = true;
                } else if (!ids.contains(id)) {
                    ids.append(id);
                }
            }
            for (const QString &id : std::as_const(ids)) {
                const auto found = std::find_if(all.cbegin(), all.cend(), [&id](const Order &o) {
                    return o.id == id;
                });
                if (found != all.cend())
                    orders.append(*found);
            }
        } else {
            QSet<QString> wanted;
            for (const OrderSummary &row : session->book()->rows()) {
                if (options.filter.matches(row))
                    wanted.insert(row.id);
            }
            for (Order &order : all) {
                if (wanted.contains(order.id))
                    orders.append(std::move(order));
            }
            std::sort(orders.begin(), orders.end(), [](const Order &a, const Order &b) {
                return a.number < b.number;
            });
        }
        QStringList stillReading;
        orders = PrintDocuments::readWhole(orders, &stillReading);
        if (!stillReading.isEmpty()) {
            Console::err(PrintDocuments::stillBeingRead(stillReading));
            // An order asked for by name and not printed is a refusal; one a filter chose is
            // left for the next run.
            refused = refused || options.arguments.size() > 1;
        }
        if (refused)
            return Console::Refused;
        if (orders.isEmpty()) {
            Console::err(tr("No orders to print: none has that status or text."));
            return Console::Refused;
        }
    }

    PrintSettings settings = AppSettings::printSettings();
    if (!options.paper.isEmpty())
        settings.paper = *PaperKeys::fromKey(options.paper);
    QString problem;
    if (!PrintDocuments::writePdf(options.pdfPath,
                                  kind,
                                  orders,
                                  settings,
                                  QDateTime::currentDateTime(),
                                  &problem)) {
        Console::err(problem);
        return Console::UsageError;
    }
    if (kind == PrintDocuments::Kind::CommandSheet)
        Console::err(tr("Wrote the command sheet to %1.").arg(options.pdfPath));
    else if (kind == PrintDocuments::Kind::Slips)
        Console::err(tr("Wrote the packing slips of %n order(s) to %1.", nullptr, int(orders.size()))
                         .arg(options.pdfPath));
    else
        Console::err(tr("Wrote the pick list of %n order(s) to %1.", nullptr, int(orders.size()))
                         .arg(options.pdfPath));
    return Console::Ok;
}

bool PrintCommand::isPrinting(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "print") == 0)
            return true;
    }
    return false;
}
