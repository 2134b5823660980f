#pragma once

#include "core/model/Money.h"
#include "core/model/Statuses.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// The order aggregate as the order desk knows it: what Shopify says about an order, its line
// items, the fulfillment orders that say where and whether items can ship, and the
// fulfillments (shipments) already made. Ids are Shopify's global ids ("gid://shopify/...").

struct Location
{
    QString id;
    QString name;
    friend bool operator==(const Location &, const Location &) = default;
};

struct LineItem
{
    QString id;
    QString title;
    QString variantTitle;
    QString sku;
    QString variantId;
    QString inventoryItemId;     // stock is per inventory item, never per SKU
    QString barcode;             // the variant's (EAN, UPC, ...); empty when it has none
    int quantity = 0;            // as ordered
    int currentQuantity = 0;     // after edits and removals
    int unfulfilledQuantity = 0; // still to ship
    Money unitPrice;

    int fulfilledQuantity() const;
    friend bool operator==(const LineItem &, const LineItem &) = default;
};

struct FulfillmentHold
{
    FulfillmentHoldReason reason = FulfillmentHoldReason::Unknown;
    QString reasonName; // Shopify's spelling, kept for values the app does not know
    QString notes;
    friend bool operator==(const FulfillmentHold &, const FulfillmentHold &) = default;
};

struct FulfillmentOrderLineItem
{
    QString id;
    QString lineItemId;
    int totalQuantity = 0;
    int remainingQuantity = 0;
    friend bool operator==(const FulfillmentOrderLineItem &, const FulfillmentOrderLineItem &)
        = default;
};

struct FulfillmentOrder
{
    QString id;
    FulfillmentOrderStatus status = FulfillmentOrderStatus::Unknown;
    QString statusName;
    QString requestStatus; // Shopify's FulfillmentOrderRequestStatus, for fulfillment services
    Location location;
    QString fulfillmentService; // empty unless a third-party service handles this location
    QDateTime fulfillAt;        // when a scheduled fulfillment order opens
    QDateTime updatedAt;
    DeliveryMethod deliveryMethod = DeliveryMethod::Unknown;
    QString deliveryMethodName; // Shopify's spelling; empty when Shopify sent none
    QList<FulfillmentHold> holds;
    QStringList supportedActions; // FulfillmentOrderAction names, such as CREATE_FULFILLMENT
    QList<FulfillmentOrderLineItem> lineItems;

    bool supports(QStringView action) const;
    int remainingQuantity() const;
    // Shopify accepts a fulfillment for it: not closed or cancelled, it offers
    // CREATE_FULFILLMENT, and something is left to ship.
    bool isFulfillable() const;
    // The customer collects it here: it is made ready for pickup, not shipped as a parcel.
    bool isPickup() const { return deliveryMethod == DeliveryMethod::PickUp; }
    friend bool operator==(const FulfillmentOrder &, const FulfillmentOrder &) = default;
};

// Where an order goes, less the recipient's name (Order::shippingName). Empty fields are
// ones the address does not have, or that Shopify left out (Order::customerHidden).
struct ShippingAddress
{
    QString company;
    QString address1;
    QString address2;
    QString zip;
    QString city;
    QString province;
    QString countryCode; // ISO 3166-1 alpha-2, as Shopify's CountryCode
    bool isEmpty() const;
    // The lines under the recipient's name, as on a parcel: company, street lines, zip and
    // city, province, and the country in its own language ("Danmark", "Deutschland"), which
    // reads right to the carriers of the country it goes to. Empty parts leave no line.
    QStringList lines() const;
    friend bool operator==(const ShippingAddress &, const ShippingAddress &) = default;
};

struct TrackingInfo
{
    QString company;
    QString number;
    QString url;
    friend bool operator==(const TrackingInfo &, const TrackingInfo &) = default;
};

struct Fulfillment
{
    QString id;
    QString name; // "#1001-F1"
    FulfillmentStatus status = FulfillmentStatus::Unknown;
    QString statusName;
    QDateTime createdAt;
    Location location;
    QList<TrackingInfo> tracking;
    friend bool operator==(const Fulfillment &, const Fulfillment &) = default;
};

// Shopify makes an order's fulfillment orders seconds after the order. One that still shows
// none an hour later has them where the app cannot see them (a marketplace, or a location of
// another app whose fulfillment orders need a scope Smidig does not ask for).
constexpr qint64 kRoutingPatienceMs = qint64(60) * 60 * 1000;

struct Order
{
    QString id;
    QString name; // "#1001"
    qint64 number = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime processedAt;
    QDateTime cancelledAt; // null unless cancelled
    bool closed = false;
    QString email;
    QString customerName; // Customer.displayName; empty when there is no customer (a guest)
    QString shippingName; // the shipping address's name; empty when there is no address
    ShippingAddress shippingAddress;
    QString shippingMethod; // ShippingLine.title ("Standard"); empty for an order without one
    QString note;           // the customer's or staff's note on the order; empty for none
    OrderFinancialStatus financialStatus = OrderFinancialStatus::Unknown;
    QString financialStatusName; // Shopify's spelling; empty when Shopify sent null
    OrderFulfillmentStatus fulfillmentStatus = OrderFulfillmentStatus::Unknown;
    QString fulfillmentStatusName;
    Money total;
    bool test = false; // placed in the shop's test mode: nothing is paid or shipped for real
    // Shopify left the customer's name, email or address out: the app has no access to
    // protected customer data. What is empty here is unknown, not missing.
    bool customerHidden = false;
    // Shopify cuts Order.fulfillments and Fulfillment.trackingInfo at the size asked for. False
    // when even the follow-up read could not be sure it had every shipment and parcel: such an
    // order's shipments are shown but never edited, checked or cancelled from this copy.
    bool fulfillmentsComplete = true;
    // Set when Shopify stopped showing this open order to the app (it is older than the 60
    // days an app without read_all_orders may read); invalid while Shopify still shows it.
    QDateTime unreadableSince;
    // Listed by a first sync's cheap first read (the table's columns only, so that the open
    // orders show within seconds): its lines, fulfillment orders and shipments are still
    // being read. Nothing can be planned, packed or printed from it; listedItemCount is the
    // item count Shopify gave (currentSubtotalLineItemsQuantity) until the lines come.
    bool detailsPending = false;
    int listedItemCount = 0;
    QList<LineItem> lineItems;
    QList<FulfillmentOrder> fulfillmentOrders;
    QList<Fulfillment> fulfillments;

    // Shopify shows no fulfillment orders of it though something is left to ship: it has not
    // split it yet (it does so shortly after the order is placed), or, after
    // kRoutingPatienceMs, keeps them out of the app's sight. Nothing can be planned.
    bool isAwaitingRouting() const;
    // The distinct locations its fulfillment orders are assigned to, in order of appearance.
    QList<Location> locations() const;
    int itemCount() const;
    friend bool operator==(const Order &, const Order &) = default;
};
