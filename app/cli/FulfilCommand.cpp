#include "app/cli/FulfilCommand.h"

#include "app/cli/CliSession.h"
#include "app/cli/Console.h"
#include "core/storage/OrderLookup.h"

#include "core/tracking/TrackingCompanies.h"
#include "core/tracking/TrackingNumberDetector.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace {

// Shopify builds the links for the companies in its list; for any other the link comes from
// each number's own detection (a post outside the list), and Smidig knows no other.
QString linkFor(const TrackingDetection &detection, const QString &company)
{
    if (company.isEmpty() || TrackingCompanies::contains(company))
        return {};
    for (const TrackingCandidate &candidate : detection.candidates) {
        if (candidate.carrierName == company)
            return candidate.url;
    }
    return TrackingNumberDetector::trackingUrl(company, detection.input.number);
}

// The tracking the options give, checked; nullopt with a message when it is not usable.
std::optional<TrackingInput> trackingFromOptions(const CliOptions &options,
                                                 QString *problem,
                                                 bool warnings = true)
{
    TrackingInput tracking;
    if (!options.company.isEmpty()) {
        const std::optional<QString> canonical = TrackingCompanies::canonical(options.company);
        if (!canonical) {
            const QStringList suggestions = TrackingCompanies::suggestions(options.company);
            *problem
                = suggestions.isEmpty()
                      ? FulfilCommand::tr("\"%1\" is not one of Shopify's tracking companies.")
                            .arg(options.company)
                      : FulfilCommand::tr(
                            "\"%1\" is not one of Shopify's tracking companies. Did you mean: %2?")
                            .arg(options.company, suggestions.join(u", "_s));
            return std::nullopt;
        }
        tracking.company = *canonical;
    }
    const TrackingNumberDetector detector;
    QList<TrackingDetection> detections;
    for (const QString &raw : options.trackingNumbers) {
        const TrackingDetection detection = detector.detect(raw);
        if (!detection.isValidInput()) {
            *problem = FulfilCommand::tr("Tracking number \"%1\": %2")
                           .arg(raw.left(60), detection.message());
            return std::nullopt;
        }
        if (detection.hasWrongCheckDigit() && warnings)
            Console::err(FulfilCommand::tr("Warning: %1: %2")
                             .arg(detection.input.number, detection.message()));
        // Without --company the first number with a carrier names it.
        if (tracking.company.isEmpty() && options.company.isEmpty()) {
            if (const auto best = detection.best())
                tracking.company = best->company.isEmpty() ? best->carrierName : best->company;
        }
        detections.append(detection);
    }
    for (const TrackingDetection &detection : std::as_const(detections)) {
        // The number as the carrier tracks it: a barcode's routing digits left out.
        const std::optional<TrackingCandidate> candidate = options.company.isEmpty()
                                                               ? detection.best()
                                                               : detection.candidateFor(
                                                                   tracking.company);
        const QString number = candidate ? candidate->number : detection.input.number;
        tracking.parcels.append({number, linkFor(detection, tracking.company)});
    }
    if (tracking.dropsUrls() && warnings) {
        //: %1 is a carrier outside Shopify's list
        Console::err(FulfilCommand::tr("Warning: no tracking links are sent: Shopify needs a link "
                                       "for every number or for none, and Smidig knows no "
                                       "tracking page of %1 for some of them.")
                         .arg(tracking.company));
    }
    return tracking;
}

} // namespace

QString FulfilCommand::checkOptions(const CliOptions &options)
{
    if (options.arguments.isEmpty())
        return tr("Say which orders to fulfil, such as #1001 or 1001.");
    if (!options.trackingNumbers.isEmpty() && options.arguments.size() > 1)
        return tr("Tracking numbers belong to one order: give one order with --tracking, or use "
                  "import-tracking.");
    QString problem;
    trackingFromOptions(options, &problem, false);
    return problem;
}

int FulfilCommand::run(CliSession &session, const CliOptions &options)
{
    QString problem;
    const std::optional<TrackingInput> tracking = trackingFromOptions(options, &problem);
    if (!tracking) {
        Console::err(problem);
        return Console::UsageError;
    }

    QStringList ids;
    bool refused = false;
    for (const QString &reference : options.arguments) {
        const QString id = OrderLookup::find(*session.book(), reference);
        if (id.isEmpty()) {
            Console::err(tr("%1: no such order in the shop.").arg(reference));
            refused = true;
        } else if (!ids.contains(id)) {
            ids.append(id);
        }
    }

    // Each order is claimed before it is planned: one that another station packs is left to
    // it, unless --take-over says to take it (which is logged with both stations).
    QStringList claimed;
    int skipped = 0;
    OrderClaims *claims = session.claims();
    auto letGo = [claims, &claimed] {
        for (const QString &id : std::as_const(claimed))
            claims->release(id);
    };
    for (const QString &id : std::as_const(ids)) {
        OrderClaims::Attempt attempt = claims->claim(id);
        const Lease before = attempt.lease;
        if (attempt.result == OrderClaims::Result::HeldElsewhere && options.takeOver)
            attempt = claims->takeOver(id);
        if (attempt.result == OrderClaims::Result::Failed) {
            letGo();
            Console::err(attempt.error.userMessage());
            return Console::StoreFailure;
        }
        const int row = session.book()->rowOf(id);
        const QString name = row >= 0 ? session.book()->at(row).name : id;
        if (attempt.result == OrderClaims::Result::HeldElsewhere) {
            //: %1 is an order, %2 a station such as "Station 2 (Anna)", %3 seconds
            Console::err(tr("%1: skipped: being packed at %2 (for %3 s); --take-over fulfils "
                            "it anyway.")
                             .arg(name, OrderClaims::describe(attempt.lease.who))
                             .arg(attempt.lease.heldForMs / 1000));
            ++skipped;
            continue;
        }
        if (before.holder != claims->holder())
            //: %1 is an order, %2 a station such as "Station 2 (Anna)"
            Console::err(tr("%1: taken over from %2.").arg(name, OrderClaims::describe(before.who)));
        claimed.append(id);
    }

    StoreError error;
    FulfillmentPlanner::Plan plan = session.desk()->planWhole(claimed, &error);
    if (error.isError()) {
        letGo();
        Console::err(error.userMessage());
        return Console::StoreFailure;
    }
    for (const FulfillmentPlanner::Refusal &refusal : plan.refusals) {
        Console::err(tr("%1: not fulfilled: %2").arg(refusal.orderName, refusal.message()));
        refused = true;
    }
    for (FulfillmentRequest &request : plan.requests) {
        request.tracking = *tracking;
        request.notify = options.notify ? NotifyCustomer::Yes : NotifyCustomer::No;
    }
    // The desk reads the store for another station's work on each order before queueing it.
    QList<qint64> entryIds;
    QList<FulfillmentPlanner::Refusal> elsewhere;
    error = session.desk()->fulfill(plan.requests, &entryIds, &elsewhere);
    letGo();
    if (error.isError()) {
        Console::err(error.userMessage());
        return Console::StoreFailure;
    }
    for (const FulfillmentPlanner::Refusal &refusal : std::as_const(elsewhere)) {
        Console::err(tr("%1: not fulfilled: %2").arg(refusal.orderName, refusal.message()));
        const bool leftToAnother = refusal.reason == FulfillmentPlanner::Reason::ClaimedElsewhere
                                   || refusal.reason == FulfillmentPlanner::Reason::QueuedElsewhere
                                   || refusal.reason
                                          == FulfillmentPlanner::Reason::ChangedMeanwhile;
        if (leftToAnother)
            ++skipped;
        else
            refused = true;
        plan.requests.removeIf(
            [&refusal](const FulfillmentRequest &r) { return r.orderId == refusal.orderId; });
    }

    const int pending = session.drainOutbox();
    int failed = 0;
    for (int i = 0; i < entryIds.size(); ++i) {
        const FulfillmentRequest &request = plan.requests.at(i);
        const std::optional<OutboxEntry> entry = session.outbox()->entry(entryIds.at(i));
        if (!entry) {
            const QString line
                = request.location.name.isEmpty()
                      ? tr("%1: fulfilled (%n item(s))", nullptr, request.itemCount())
                            .arg(request.orderName)
                      : tr("%1: fulfilled (%n item(s) from %2)", nullptr, request.itemCount())
                            .arg(request.orderName, request.location.name);
            Console::out(line.toUtf8() + '\n');
        } else if (entry->state == OutboxEntry::State::Failed) {
            Console::err(tr("%1: failed: %2").arg(request.orderName, entry->message));
            ++failed;
        } else {
            Console::err(tr("%1: not sent yet: %2").arg(request.orderName, entry->message));
        }
    }
    if (pending > 0) {
        Console::err(
            tr("%n action(s) wait in the outbox; smidig-cli sync sends them when the shop answers.",
               nullptr,
               pending));
        return Console::ShopError;
    }
    if (refused || failed > 0)
        return Console::Refused;
    return skipped > 0 ? Console::AnotherStation : Console::Ok;
}
