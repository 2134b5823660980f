#pragma once

#include "model/Statuses.h"

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
    QString title;                              // "Default Title" for a product without options
    QString sku;                                // not unique, may be empty: as in real shops
    qint64 price = 0;                           // minor units of the shop currency
    bool continueSellingWhenOutOfStock = false; // inventoryPolicy CONTINUE
    bool tracked = true; // InventoryItem.tracked: Shopify counts its stock (gift cards: no)
    QList<InventoryLevel> inventory;
};

struct Customer
{
    qint64 id = 0;
    QString firstName;
    QString lastName;
    QString email;

    QString displayName() const;
};

struct MailingAddress
{
    QString name;
    QString address1;
    QString city;
    QString zip;
    QString countryCode;
};

struct LineItem
{
    qint64 id = 0;
    int variant = -1; // -1 once the variant was deleted
    QString title;
    QString variantTitle; // empty for a "Default Title" variant: Shopify sends null
    QString sku;
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
    int location = 0;
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
    MailingAddress shippingAddress;
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
    bool isClosed() const { return closedAt != 0; }
    qint64 originalTotal() const;
    qint64 currentTotal() const;
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
