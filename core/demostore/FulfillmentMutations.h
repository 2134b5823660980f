#pragma once

#include "core/demostore/StoreData.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace demostore {

// Shopify's UserError: what was wrong with a mutation's input, and where in it
// (["fulfillment", "lineItemsByFulfillmentOrder", "0", "fulfillmentOrderId"]).
struct UserError
{
    UserError(QStringList field, QString message, QString code = {})
        : field(std::move(field))
        , message(std::move(message))
        , code(std::move(code))
    {}

    QStringList field;
    QString message;
    QString code; // for payloads whose errors carry one (null QString: none)
};

enum class NotifyCustomer { No, Yes };

// Who creates a fulfillment: the merchant (the app, or staff in Shopify's admin), who may
// fulfil at the shop's own locations; or the fulfillment service, which ships what it
// accepted at its location.
enum class Fulfiller { Merchant, FulfillmentService };

// FulfillmentTrackingInput, read: numbers (from `number` or `numbers`) and their URLs (from
// `url` or `urls`, position by position).
struct TrackingInput
{
    QString company; // null: none given
    QStringList numbers;
    QStringList urls;
};

// One entry of FulfillmentInput.lineItemsByFulfillmentOrder.
struct FulfillmentOrderSelection
{
    struct Item
    {
        qint64 fulfillmentOrderLineItemId = 0;
        int quantity = 0;
    };

    qint64 fulfillmentOrderId = 0;
    std::optional<QList<Item>> items; // nothing (or empty): everything that remains
};

// FulfillmentInput, read.
struct FulfillmentRequest
{
    QList<FulfillmentOrderSelection> lineItemsByFulfillmentOrder;
    std::optional<TrackingInput> tracking;
    NotifyCustomer notifyCustomer = NotifyCustomer::No;
};

// What a mutation did: the fulfillment it created or changed, or the userErrors that stopped
// it (then nothing changed).
struct MutationOutcome
{
    int order = -1; // positions in StoreData, when it succeeded
    int fulfillment = -1;
    QList<UserError> userErrors;
    bool customerNotified = false;
    // Refused because what it asked for was fulfilled already (a closed fulfillment order,
    // nothing left, or more than what remains): the mark of a request sent twice.
    bool duplicate = false;

    bool succeeded() const { return userErrors.isEmpty() && fulfillment >= 0; }
};

// What fulfillmentOrderLineItemsPreparedForPickup did: the orders whose fulfillment orders
// are now ready for pickup, or the userErrors that stopped it (then nothing changed).
struct PickupOutcome
{
    QList<int> orders; // positions in StoreData
    QList<UserError> userErrors;
    int customersNotified = 0;
};

// fulfillmentCreate, fulfillmentTrackingInfoUpdate and fulfillmentCancel on the store's data,
// with Shopify's rules. Each either changes nothing and says why in userErrors, or makes the
// whole change: fulfillment orders, fulfillments, line items' unfulfilled quantities and the
// order's display status (OrderRules), committed and on-hand stock at the location, and the
// updatedAt times. The numbers stay as consistent as the generator makes them.
class FulfillmentMutations final
{
public:
    using Clock = std::function<Timestamp()>;
    using Visibility = std::function<bool(const Order &)>;

    // FulfillmentOrderLineItemsInput.fulfillmentOrderLineItems "Accepts a maximum of 512 line
    // items" (the schema).
    static constexpr int kMaxLineItemsPerFulfillmentOrder = 512;

    FulfillmentMutations(StoreData &data, Clock clock);

    // The orders the caller may see (an app without read_all_orders: the last 60 days); the
    // objects of the others are answered as if they did not exist. All, unless set.
    void setVisibility(Visibility visible) { m_visible = std::move(visible); }

    // Ships the selected fulfillment order line items (all that remains of a fulfillment order
    // without a selection) as one fulfillment. The fulfillment orders must belong to one
    // order and one location and be fulfillable: OPEN or IN_PROGRESS, with CREATE_FULFILLMENT
    // among their supported actions. A fulfillment order with nothing left closes; a partly
    // shipped OPEN one becomes IN_PROGRESS, as Shopify does. A fulfillment service fulfils
    // instead what it accepted at its own location.
    MutationOutcome create(const FulfillmentRequest &request, Fulfiller by = Fulfiller::Merchant);

    // Marks local pickup fulfillment orders ready for the customer to collect (Shopify's
    // fulfillmentOrderLineItemsPreparedForPickup): each must be a pickup (deliveryMethod
    // PICK_UP), OPEN and with something in it; it becomes IN_PROGRESS, can still be fulfilled
    // when the customer comes, and the customer is told ("Ready for pickup"). All or nothing.
    PickupOutcome prepareForPickup(const QList<qint64> &fulfillmentOrderIds);

    // Replaces a fulfillment's tracking information.
    MutationOutcome updateTracking(qint64 fulfillmentId,
                                   const TrackingInput &tracking,
                                   NotifyCustomer notifyCustomer);

    // Cancels a fulfillment: its items are to be shipped again. A fulfillment order it
    // closed stays closed and a new OPEN one at the same location holds the items; one still
    // open gets its remaining quantities back (and is OPEN again when nothing of it stays
    // shipped).
    MutationOutcome cancel(qint64 fulfillmentId);

    // The tracking entries Shopify stores for an input: one per number, with the given URL,
    // or the one Shopify builds for a supported company; a company or URL without a number
    // still makes one entry.
    static QList<TrackingInfo> trackingFrom(const TrackingInput &input);

private:
    // Ships (positive) or takes back (negative) a quantity of a line item from a location.
    void moveStock(const Order &order, int lineItem, int location, int quantity);
    // updatedAt, the derived numbers and the lookups, after a change to an order.
    void finish(int orderIndex, Timestamp now);

    std::optional<std::pair<int, int>> visibleFulfillmentOrder(qint64 id) const;
    std::optional<std::pair<int, int>> visibleFulfillment(qint64 id) const;

    StoreData &m_data;
    Clock m_clock;
    Visibility m_visible;
};

} // namespace demostore
