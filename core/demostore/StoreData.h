#pragma once

#include "core/model/Statuses.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QtGlobal>

#include <optional>

// The demo store's data: a shop as Shopify keeps it, in plain structs that refer to each other
// by position (orders hold their line items, fulfillment orders and fulfillments; those refer
// to line items, locations and variants by index). Ids are the numbers of Shopify's global
// ids; times are seconds since the epoch, UTC. Derived numbers (unfulfilled quantities, the
// order's display status) are computed by OrderRules, so that later mutations that change
// fulfillment orders or fulfillments only call OrderRules::update() to stay consistent.

namespace demostore {

using Timestamp = qint64; // seconds since 1970-01-01T00:00:00Z; 0 means "none"

// FulfillmentOrderRequestStatus: what a fulfillment service was asked and answered.
enum class RequestStatus {
    Unsubmitted,
    Submitted,
    Accepted,
    Rejected,
    CancellationRequested,
    CancellationAccepted,
    CancellationRejected,
    Closed,
};
QString shopifyName(RequestStatus status);

// FulfillmentOrderAction
enum class FulfillmentOrderAction {
    CreateFulfillment,
    RequestFulfillment,
    CancelFulfillmentOrder,
    RequestCancellation,
    Hold,
    ReleaseHold,
    Move,
    Split,
    Merge,
    MarkAsOpen,
    External,
};
QString shopifyName(FulfillmentOrderAction action);

// DeliveryMethodType: how a fulfillment order reaches the customer (the schema has LOCAL,
// PICKUP_POINT and RETAIL too, which the demo store does not make).
enum class DeliveryMethod {
    Shipping, // sent as parcels
    PickUp,   // collected in a shop by the customer
    None,     // nothing to deliver: gift cards
};
QString shopifyName(DeliveryMethod method);

struct Shop
{
    qint64 id = 0;
    QString name;
    QString myshopifyDomain;
    QString email;
    QString currencyCode;
    QString ianaTimezone;
};

struct Location
{
    qint64 id = 0;
    QString name;
    QString address1;
    QString city;
    QString zip;
    QString countryCode;
    qint64 fulfillmentServiceId = 0; // a third-party fulfillment service's location
    QString fulfillmentServiceName;  // empty for the merchant's own locations

    bool isFulfillmentService() const { return fulfillmentServiceId != 0; }
};

// Stock of one inventory item at one location, with Shopify's quantity names.
struct InventoryLevel
{
    int location = 0;
    int onHand = 0;
    int committed = 0; // ordered, not yet shipped: derived from the open fulfillment orders
    int reserved = 0;
    int damaged = 0;
    int qualityControl = 0;
    int safetyStock = 0;
    int incoming = 0;

    // What can still be sold; below zero when a variant kept selling out of stock.
    int available() const
    {
        return onHand - committed - reserved - damaged - qualityControl - safetyStock;
    }
};

struct Product
{
    qint64 id = 0;
    QString title;
    QString vendor;
    QString productType;
};

struct Variant
{
    qint64 id = 0;
    qint64 inventoryItemId = 0; // stock belongs to the inventory item, one per variant
    int product = 0;
    QString title;    // "Default Title" for a product without options
    QString sku;      // not unique; null for none (Shopify sends null): as in real shops
    QString barcode;  // EAN-13; null for none
    qint64 price = 0; // minor units of the shop currency
    bool continueSellingWhenOutOfStock = false; // inventoryPolicy CONTINUE
    bool tracked = true;   // InventoryItem.tracked: Shopify counts its stock (gift cards: no)
    bool giftCard = false; // needs no shipping (requiresShipping false)
    QList<InventoryLevel> inventory;
};

struct Customer
{
    qint64 id = 0;
    QString firstName; // both empty for a customer known only by an email address
    QString lastName;
    QString email;

    // Shopify's Customer.displayName: the name; without one the email address, then the
    // phone number (none here), else "".
    QString displayName() const;
    bool hasName() const { return !firstName.isEmpty() || !lastName.isEmpty(); }
};

struct MailingAddress
{
    QString name;
    QString company; // a business's name; null for none
    QString address1;
    QString address2; // null for none
    QString city;
    QString zip;
    QString countryCode;
};

struct LineItem
{
    qint64 id = 0;
    int variant = -1;    // -1 once the variant was deleted, and for a custom line item
    bool custom = false; // a custom item (no product, no variant, no SKU, no inventory item)
    bool requiresShipping = true; // false for gift cards
    bool giftCard = false;
    QString title;
    QString variantTitle;        // empty for a "Default Title" variant: Shopify sends null
    QString sku;                 // null for none
    int quantity = 0;            // as ordered
    int currentQuantity = 0;     // after removals and refunds
    int unfulfilledQuantity = 0; // derived by OrderRules
    qint64 unitPrice = 0;
};

struct FulfillmentOrderLineItem
{
    qint64 id = 0;
    int lineItem = 0;
    int totalQuantity = 0;
    int remainingQuantity = 0;
};

struct FulfillmentHold
{
    qint64 id = 0;
    FulfillmentHoldReason reason = FulfillmentHoldReason::Other;
    QString reasonNotes; // null QString: Shopify sends null
};

struct FulfillmentOrder
{
    qint64 id = 0;
    int location = 0;
    DeliveryMethod deliveryMethod = DeliveryMethod::Shipping;
    // OPEN: to be prepared (or packed); IN_PROGRESS for a pickup: ready for pickup.
    FulfillmentOrderStatus status = FulfillmentOrderStatus::Open;
    RequestStatus requestStatus = RequestStatus::Unsubmitted;
    Timestamp createdAt = 0;
    Timestamp updatedAt = 0;
    Timestamp fulfillAt = 0; // when a scheduled one opens; 0: null
    QList<FulfillmentHold> holds;
    QList<FulfillmentOrderLineItem> lineItems;

    int remainingQuantity() const;
};

struct FulfillmentLineItem
{
    qint64 id = 0;
    int lineItem = 0;
    int fulfillmentOrder = 0;
    int quantity = 0;
};

struct TrackingInfo
{
    QString company; // null QString: Shopify sends null
    QString number;
    QString url;
};

struct Fulfillment
{
    qint64 id = 0;
    int sequence = 1; // the name is "#1001-F1", "#1001-F2"...
    FulfillmentStatus status = FulfillmentStatus::Success;
    int location = 0; // where it left from, for the stock
    // Shopify answers null for some fulfillments' location (older ones, or a location since
    // deactivated): location then shows as null, though the stock still knows where.
    bool locationUnknown = false;
    Timestamp createdAt = 0;
    Timestamp updatedAt = 0;
    QList<TrackingInfo> tracking;
    QList<FulfillmentLineItem> lineItems;

    int totalQuantity() const;
};

struct Order
{
    qint64 id = 0;
    int number = 0; // the name is "#" + number
    Timestamp createdAt = 0;
    Timestamp updatedAt = 0;
    Timestamp processedAt = 0;
    Timestamp cancelledAt = 0;
    Timestamp closedAt = 0;
    int customer = -1; // -1: no customer
    QString email;     // null QString: Shopify sends null
    bool test = false; // placed with a test payment gateway
    // The customer's address: the billing address, and the shipping address unless
    // hasShippingAddress is false (local pickup, only gift cards: Shopify sends null).
    MailingAddress shippingAddress;
    bool hasShippingAddress = true;
    QString shippingTitle; // ShippingLine.title; empty: no shipping line (Shopify sends null)
    QString note;          // null for none
    // Shopify makes an order's fulfillment orders a few seconds after the order: until then
    // it has none (StoreData::pendingRoutings holds them) and every line is unfulfilled.
    bool awaitingFulfillmentOrders = false;
    OrderFinancialStatus financialStatus = OrderFinancialStatus::Paid;
    // Derived by OrderRules, unless a legacy status (OPEN, RESTOCKED) is pinned.
    OrderFulfillmentStatus displayFulfillmentStatus = OrderFulfillmentStatus::Unfulfilled;
    std::optional<OrderFulfillmentStatus> legacyDisplayStatus;
    qint64 shippingPrice = 0;
    qint64 refunded = 0; // money given back without removing items
    QList<LineItem> lineItems;
    QList<FulfillmentOrder> fulfillmentOrders;
    QList<Fulfillment> fulfillments;

    QString name() const { return u'#' + QString::number(number); }
    bool isCancelled() const { return cancelledAt != 0; }
    bool requiresShipping() const;
    bool isClosed() const { return closedAt != 0; }
    qint64 originalTotal() const;
    qint64 currentTotal() const;
};

// Fulfillment orders Shopify has yet to make for an order (it routes an order to its
// locations a few seconds after it was placed). OrderRouting adds them when the store's clock
// reaches `at`.
struct PendingRouting
{
    qint64 orderId = 0;
    Timestamp at = 0;
    QList<FulfillmentOrder> fulfillmentOrders;
};

// Orders the generator makes on purpose, so tests and people can find them (positions in
// StoreData::orders, -1 when the store is too small to have them; docs/demostore.md).
struct NotableOrders
{
    int manyShipments = -1;     // open, six shipments, one of five parcels, more to ship
    int wholesale = -1;         // open, more than 260 line items at one location
    QList<int> olderThan60Days; // open backorders and pre-orders, 61 to 120 days old
    QList<int> awaitingRouting; // placed seconds before `now`, fulfillment orders to come
    int readyForPickup = -1;    // a local pickup, prepared (IN_PROGRESS)
    int pickupToPrepare = -1;   // a local pickup, OPEN
    int giftCardsOnly = -1;     // nothing to ship: no shipping address
};

// Everything the store holds, with lookups by id. Whoever changes the data calls touch(),
// which rebuilds the lookups and bumps version() so caches (sort orders) know to refresh; a
// mutation that changed one order calls orderChanged() instead, which is cheap in a big store.
class StoreData final
{
public:
    Shop shop;
    QList<Location> locations;
    QList<Product> products;
    QList<Variant> variants;
    QList<Customer> customers;
    QList<Order> orders;
    QList<PendingRouting> pendingRoutings; // in the order they are due
    NotableOrders notable;

    void touch();
    // Brings the lookups up to date with one order's fulfillment orders and fulfillments
    // (added ones; nothing is ever removed) and bumps version().
    void orderChanged(int orderIndex);
    quint64 version() const { return m_version; }

    // Positions by id; nothing when there is no such object.
    std::optional<int> orderIndex(qint64 orderId) const;
    // The order and the fulfillment order's position in it.
    std::optional<std::pair<int, int>> fulfillmentOrderIndex(qint64 fulfillmentOrderId) const;
    // The order and the fulfillment's position in it.
    std::optional<std::pair<int, int>> fulfillmentIndex(qint64 fulfillmentId) const;

    // A fresh id for an object made after generation (ids stay unique across all types).
    qint64 newId() { return ++m_lastId; }
    void setLastId(qint64 id) { m_lastId = id; }

private:
    void indexOrder(int orderIndex);

    QHash<qint64, int> m_orderById;
    QHash<qint64, std::pair<int, int>> m_fulfillmentOrderById;
    QHash<qint64, std::pair<int, int>> m_fulfillmentById;
    quint64 m_version = 0;
    qint64 m_lastId = 0;
};

} // namespace demostore
