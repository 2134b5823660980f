#include "app/cli/ImportTrackingCommand.h"

#include "app/cli/CliSession.h"
#include "app/cli/Console.h"

#include "core/fulfillment/TrackingImport.h"

#include "core/tracking/TrackingCsvParser.h"
#include "core/tracking/TrackingNumberDetector.h"

using namespace Qt::StringLiterals;

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
    const TrackingImport import(session.book(), session.desk());
    const NotifyCustomer notify = options.notify ? NotifyCustomer::Yes : NotifyCustomer::No;
    for (const TrackingImportOrder &group : TrackingImport::groupByOrder(file.rows)) {
        StoreError error;
        const TrackingImportOutcome outcome = import.apply(group, notify, &error);
        if (error.isError()) {
            Console::err(error.userMessage());
            return Console::StoreFailure;
        }
        if (outcome.linksDropped) {
            Console::err(tr("Line %1: no tracking links are sent for \"%2\": Shopify needs a link "
                            "for every number or for none, and some of its numbers have none.")
                             .arg(group.firstLine)
                             .arg(group.reference));
        }
        switch (outcome.kind) {
        case TrackingImportOutcome::Kind::Fulfilled:
            for (qint64 entryId : outcome.entryIds)
                applied.append({entryId, outcome.orderName, tr("fulfilled with tracking")});
            break;
        case TrackingImportOutcome::Kind::TrackingAdded:
            applied.append({outcome.entryIds.value(0),
                            outcome.orderName,
                            tr("tracking added to %1").arg(outcome.shipmentName)});
            break;
        case TrackingImportOutcome::Kind::NoSuchOrder:
            Console::err(tr("Line %1: no order \"%2\" in the shop.")
                             .arg(group.firstLine)
                             .arg(group.reference));
            refused = true;
            break;
        case TrackingImportOutcome::Kind::Refused:
            for (const FulfillmentPlanner::Refusal &refusal : outcome.refusals)
                Console::err(tr("Line %1: %2: %3")
                                 .arg(group.firstLine)
                                 .arg(refusal.orderName, refusal.message()));
            refused = true;
            break;
        case TrackingImportOutcome::Kind::MayBeCut:
            Console::err(tr("Line %1: %2: Shopify did not give every shipment or parcel of this "
                            "order, so Smidig does not change its tracking; add the numbers in "
                            "Shopify's admin.")
                             .arg(group.firstLine)
                             .arg(outcome.orderName));
            refused = true;
            break;
        }
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
