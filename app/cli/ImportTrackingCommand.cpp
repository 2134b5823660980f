#include "app/cli/ImportTrackingCommand.h"

#include "app/cli/CliSession.h"
#include "app/cli/Console.h"
#include "app/cli/OrderLookup.h"

#include "core/tracking/TrackingCompanies.h"
#include "core/tracking/TrackingCsvParser.h"
#include "core/tracking/TrackingNumberDetector.h"

using namespace Qt::StringLiterals;

namespace {

// The rows of one order, merged into one shipment's tracking.
struct OrderRows
{
    QString reference;
    int firstLine = 0;
    TrackingInput tracking;
};

QList<OrderRows> groupByOrder(const QList<TrackingImportRow> &rows)
{
    QList<OrderRows> groups;
    for (const TrackingImportRow &row : rows) {
        auto it = std::find_if(groups.begin(), groups.end(), [&row](const OrderRows &g) {
            return g.reference.compare(row.order, Qt::CaseInsensitive) == 0;
        });
        if (it == groups.end()) {
            groups.append({row.order, row.line, {}});
            it = groups.end() - 1;
        }
        // The first company named (or detected) for the order is its carrier.
        if (it->tracking.company.isEmpty())
            it->tracking.company = row.company;
        if (!it->tracking.containsNumber(row.number))
            it->tracking.parcels.append({row.number, row.url});
    }
    // Shopify builds the links for the companies in its list: only others send their own.
    for (OrderRows &group : groups) {
        if (TrackingCompanies::contains(group.tracking.company)) {
            for (TrackedParcel &parcel : group.tracking.parcels)
                parcel.url.clear();
        }
    }
    return groups;
}

const Fulfillment *latestShipment(const Order &order)
{
    const Fulfillment *latest = nullptr;
    for (const Fulfillment &f : order.fulfillments) {
        if (f.status != FulfillmentStatus::Cancelled
            && (!latest || f.createdAt >= latest->createdAt))
            latest = &f;
    }
    return latest;
}

} // namespace

int ImportTrackingCommand::run(CliSession &session, const CliOptions &options)
{
    if (options.arguments.size() != 1) {
        Console::err(tr("Give one CSV file to import."));
        return Console::UsageError;
    }
    const TrackingNumberDetector detector;
    const TrackingImportResult file = TrackingCsvParser(detector).parseFile(
        options.arguments.first());
    if (!file.isReadable()) {
        Console::err(file.fileErrorMessage);
        return Console::UsageError;
    }
    bool refused = !file.problems.isEmpty();
    for (const TrackingImportProblem &problem : file.problems)
        Console::err(tr("Line %1: %2 The row was skipped.").arg(problem.line).arg(problem.message));

    struct Applied
    {
        qint64 entryId;
        QString orderName;
        QString what;
    };
    QList<Applied> applied;
    for (const OrderRows &group : groupByOrder(file.rows)) {
        const QString id = OrderLookup::find(*session.book(), group.reference);
        if (id.isEmpty()) {
            Console::err(tr("Line %1: no order \"%2\" in the shop.")
                             .arg(group.firstLine)
                             .arg(group.reference));
            refused = true;
            continue;
        }
        StoreError error;
        FulfillmentPlanner::Plan plan = session.desk()->planWhole({id}, &error);
        if (error.isError()) {
            Console::err(error.userMessage());
            return Console::StoreFailure;
        }
        if (group.tracking.dropsUrls()) {
            Console::err(tr("Line %1: no tracking links are sent for \"%2\": Shopify needs a link "
                            "for every number or for none, and some of its numbers have none.")
                             .arg(group.firstLine)
                             .arg(group.reference));
        }
        if (!plan.requests.isEmpty()) {
            // Numbers go with the first shipment; an order split across locations gets its
            // other parts fulfilled without tracking (a row names no location).
            plan.requests.first().tracking = group.tracking;
            for (FulfillmentRequest &request : plan.requests)
                request.notify = options.notify ? NotifyCustomer::Yes : NotifyCustomer::No;
            QList<qint64> ids;
            error = session.desk()->fulfill(plan.requests, &ids);
            if (error.isError()) {
                Console::err(error.userMessage());
                return Console::StoreFailure;
            }
            for (qint64 entryId : ids)
                applied.append(
                    {entryId, plan.requests.first().orderName, tr("fulfilled with tracking")});
            continue;
        }
        const bool shipped = !plan.refusals.isEmpty()
                             && plan.refusals.first().reason
                                    == FulfillmentPlanner::Reason::AlreadyFulfilled;
        std::optional<Order> order;
        session.book()->order(id, &order);
        const Fulfillment *shipment = order ? latestShipment(*order) : nullptr;
        if (!shipped || !shipment) {
            for (const FulfillmentPlanner::Refusal &refusal : plan.refusals)
                Console::err(tr("Line %1: %2: %3")
                                 .arg(group.firstLine)
                                 .arg(refusal.orderName, refusal.message()));
            refused = true;
            continue;
        }
        // A copy that may miss shipments or parcels (Shopify cut its lists) cannot tell which
        // shipment is the latest, nor which numbers it has: sending would drop the others.
        if (!order->fulfillmentsComplete) {
            Console::err(tr("Line %1: %2: Shopify did not give every shipment or parcel of this "
                            "order, so Smidig does not change its tracking; add the numbers in "
                            "Shopify's admin.")
                             .arg(group.firstLine)
                             .arg(order->name));
            refused = true;
            continue;
        }
        // Already shipped: add the numbers to its latest shipment, keeping those it has.
        TrackingInput tracking = group.tracking;
        if (tracking.company.isEmpty() && !shipment->tracking.isEmpty())
            tracking.company = shipment->tracking.first().company;
        const bool ownLinks = !TrackingCompanies::contains(tracking.company);
        for (auto info = shipment->tracking.crbegin(); info != shipment->tracking.crend(); ++info) {
            if (!info->number.isEmpty() && !tracking.containsNumber(info->number))
                tracking.parcels.prepend({info->number, ownLinks ? info->url : QString()});
        }
        qint64 entryId = 0;
        error = session.desk()->updateTracking(id,
                                               shipment->id,
                                               tracking,
                                               options.notify ? NotifyCustomer::Yes
                                                              : NotifyCustomer::No,
                                               &entryId);
        if (error.isError()) {
            Console::err(error.userMessage());
            return Console::StoreFailure;
        }
        applied.append({entryId, order->name, tr("tracking added to %1").arg(shipment->name)});
    }

    const int pending = session.drainOutbox();
    int failed = 0;
    for (const Applied &a : applied) {
        const std::optional<OutboxEntry> entry = session.outbox()->entry(a.entryId);
        if (!entry)
            Console::out((a.orderName + u": "_s + a.what + u'\n').toUtf8());
        else if (entry->state == OutboxEntry::State::Failed) {
            Console::err(tr("%1: failed: %2").arg(a.orderName, entry->message));
            ++failed;
        }
    }
    Console::err(
        tr("%n row(s) read, %1 skipped.", nullptr, int(file.rows.size() + file.problems.size()))
            .arg(file.problems.size()));
    if (pending > 0) {
        Console::err(
            tr("%n action(s) wait in the outbox; smidig-cli sync sends them when the shop answers.",
               nullptr,
               pending));
        return Console::ShopError;
    }
    return refused || failed > 0 ? Console::Refused : Console::Ok;
}
