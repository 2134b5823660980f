#include "core/fulfillment/TrackingImport.h"

#include "core/fulfillment/FulfillmentDesk.h"
#include "core/storage/OrderBook.h"
#include "core/storage/OrderLookup.h"
#include "core/tracking/TrackingCompanies.h"

#include <algorithm>
#include <optional>

TrackingImport::TrackingImport(OrderBook *book, FulfillmentDesk *desk)
    : m_book(book)
    , m_desk(desk)
{}

QList<TrackingImportOrder> TrackingImport::groupByOrder(const QList<TrackingImportRow> &rows)
{
    QList<TrackingImportOrder> groups;
    for (const TrackingImportRow &row : rows) {
        auto it = std::find_if(groups.begin(), groups.end(), [&row](const TrackingImportOrder &g) {
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
    for (TrackingImportOrder &group : groups) {
        if (TrackingCompanies::contains(group.tracking.company)) {
            for (TrackedParcel &parcel : group.tracking.parcels)
                parcel.url.clear();
        }
    }
    return groups;
}

const Fulfillment *TrackingImport::latestShipment(const Order &order)
{
    const Fulfillment *latest = nullptr;
    for (const Fulfillment &f : order.fulfillments) {
        if (f.status != FulfillmentStatus::Cancelled
            && (!latest || f.createdAt >= latest->createdAt))
            latest = &f;
    }
    return latest;
}

TrackingInput TrackingImport::addedToShipment(const TrackingInput &added,
                                              const Fulfillment &shipment)
{
    // The update replaces the shipment's tracking: what it has must be sent again, first.
    TrackingInput tracking = added;
    if (tracking.company.isEmpty() && !shipment.tracking.isEmpty())
        tracking.company = shipment.tracking.first().company;
    const bool ownLinks = !TrackingCompanies::contains(tracking.company);
    for (auto info = shipment.tracking.crbegin(); info != shipment.tracking.crend(); ++info) {
        if (!info->number.isEmpty() && !tracking.containsNumber(info->number))
            tracking.parcels.prepend({info->number, ownLinks ? info->url : QString()});
    }
    return tracking;
}

TrackingImportOutcome TrackingImport::apply(const TrackingImportOrder &rows,
                                            NotifyCustomer notify,
                                            StoreError *error) const
{
    TrackingImportOutcome outcome;
    *error = {};
    const QString id = OrderLookup::find(*m_book, rows.reference);
    if (id.isEmpty())
        return outcome; // NoSuchOrder
    outcome.linksDropped = rows.tracking.dropsUrls();

    FulfillmentPlanner::Plan plan = m_desk->planWhole({id}, error);
    if (error->isError())
        return outcome;
    if (!plan.requests.isEmpty()) {
        // Numbers go with the first shipment; an order split across locations gets its
        // other parts fulfilled without tracking (a row names no location).
        plan.requests.first().tracking = rows.tracking;
        for (FulfillmentRequest &request : plan.requests)
            request.notify = notify;
        // Another station packs or fulfils it (with several stations on one store): refused.
        QList<FulfillmentPlanner::Refusal> elsewhere;
        *error = m_desk->fulfill(plan.requests, &outcome.entryIds, &elsewhere);
        outcome.kind = elsewhere.isEmpty() ? TrackingImportOutcome::Kind::Fulfilled
                                           : TrackingImportOutcome::Kind::Refused;
        outcome.refusals = elsewhere;
        outcome.orderName = plan.requests.first().orderName;
        return outcome;
    }

    std::optional<Order> order;
    *error = m_book->order(id, &order);
    if (error->isError())
        return outcome;
    outcome.orderName = order ? order->name : QString();
    const bool shipped = !plan.refusals.isEmpty()
                         && plan.refusals.first().reason
                                == FulfillmentPlanner::Reason::AlreadyFulfilled;
    const Fulfillment *shipment = order ? latestShipment(*order) : nullptr;
    if (!shipped || !shipment) {
        outcome.kind = TrackingImportOutcome::Kind::Refused;
        outcome.refusals = plan.refusals;
        return outcome;
    }
    // A copy that may miss shipments or parcels (Shopify cut its lists) cannot tell which
    // shipment is the latest, nor which numbers it has: sending would drop the others.
    if (!order->fulfillmentsComplete) {
        outcome.kind = TrackingImportOutcome::Kind::MayBeCut;
        return outcome;
    }
    qint64 entryId = 0;
    *error = m_desk->updateTracking(id,
                                    shipment->id,
                                    addedToShipment(rows.tracking, *shipment),
                                    notify,
                                    &entryId);
    outcome.kind = TrackingImportOutcome::Kind::TrackingAdded;
    outcome.shipmentName = shipment->name;
    outcome.entryIds = {entryId};
    return outcome;
}
