#pragma once

#include "core/fulfillment/FulfillmentPlanner.h"
#include "core/model/FulfillmentRequest.h"
#include "core/model/TrackingInput.h"
#include "core/storage/StoreError.h"
#include "core/tracking/TrackingCsvParser.h"

#include <QList>
#include <QString>
#include <QStringList>

class FulfillmentDesk;
class OrderBook;
struct Fulfillment;
struct Order;

// The rows of one order in a tracking file, merged into one shipment's tracking.
struct TrackingImportOrder
{
    QString reference; // as the first of its rows wrote it ("#1001", "1001", a global id)
    int firstLine = 0;
    TrackingInput tracking;
};

// What applying one order's rows did, for the caller to tell.
struct TrackingImportOutcome
{
    enum class Kind {
        Fulfilled,     // the order could ship: fulfilled with the numbers
        TrackingAdded, // already shipped: the numbers were added to its latest shipment
        NoSuchOrder,   // no order in the local store answers to the reference
        Refused,       // it cannot ship and has no shipment to add to: see `refusals`
        MayBeCut,      // shipped, but its copy may miss shipments or parcels: nothing sent
    };

    Kind kind = Kind::NoSuchOrder;
    QString orderName;                           // "#1001"; empty for NoSuchOrder
    QString shipmentName;                        // TrackingAdded: the shipment the numbers went to
    QList<qint64> entryIds;                      // the outbox entries queued
    QList<FulfillmentPlanner::Refusal> refusals; // Refused: why, per planned part
    bool linksDropped = false; // some numbers had no link, so none is sent (TrackingInput)
};

// The rules of a tracking import, whoever reads the file (the command line today): rows are
// grouped by order; an order that can still ship is fulfilled whole with its numbers; one that
// has shipped gets them added to its latest shipment, keeping the numbers it has; an order
// whose shipments Shopify may have cut short is left alone, since sending would drop numbers.
class TrackingImport final
{
public:
    TrackingImport(OrderBook *book, FulfillmentDesk *desk);

    // Rows naming the same order (case aside) become one, in the order of their first rows;
    // a number given twice counts once; the first company named is the order's. Links are
    // cleared for the companies Shopify builds links for.
    static QList<TrackingImportOrder> groupByOrder(const QList<TrackingImportRow> &rows);
    // The newest shipment that is not cancelled, or null.
    static const Fulfillment *latestShipment(const Order &order);
    // `added` put after the numbers `shipment` already has (each once), with the shipment's
    // company when `added` names none, and its links when the company is not Shopify's.
    static TrackingInput addedToShipment(const TrackingInput &added, const Fulfillment &shipment);

    // Plans and queues one order's rows. A store error ends the import: it is returned in
    // `error` and the outcome says nothing more.
    TrackingImportOutcome apply(const TrackingImportOrder &rows,
                                NotifyCustomer notify,
                                StoreError *error) const;

private:
    OrderBook *m_book;
    FulfillmentDesk *m_desk;
};
