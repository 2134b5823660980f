#pragma once

#include <QString>
#include <QStringView>

// Shopify's status vocabularies (Admin API 2026-01), each with Unknown for a value a newer
// API version may add: an unknown value is kept as Shopify's text and shown as "Unknown".
// shopifyName() gives the API's spelling; displayName() the translated text for people.

enum class OrderFulfillmentStatus {
    Unknown,
    Unfulfilled,
    PartiallyFulfilled,
    Fulfilled,
    InProgress,
    OnHold,
    Scheduled,
    PendingFulfillment,
    RequestDeclined,
    Restocked,
    Open,
};

enum class OrderFinancialStatus {
    Unknown,
    Pending,
    Authorized,
    PartiallyPaid,
    Paid,
    PartiallyRefunded,
    Refunded,
    Voided,
    Expired,
};

enum class FulfillmentOrderStatus {
    Unknown,
    Open,
    InProgress,
    OnHold,
    Scheduled,
    Incomplete,
    Closed,
    Cancelled,
};

enum class FulfillmentHoldReason {
    Unknown,
    AwaitingPayment,
    AwaitingReturnItems,
    HighRiskOfFraud,
    IncorrectAddress,
    InventoryOutOfStock,
    OnlineStorePostPurchaseCrossSell,
    UnknownDeliveryDate,
    Other,
};

enum class FulfillmentStatus {
    Unknown,
    Success,
    Cancelled,
    Error,
    Failure,
    Open,
    Pending,
};

// How a fulfillment order reaches the customer (Shopify's DeliveryMethodType). Local pickup
// is not shipped as a parcel: it is made ready, then collected.
enum class DeliveryMethod {
    Unknown, // a value a newer API adds, or Shopify sent no delivery method
    Shipping,
    PickUp,      // the customer collects it at the location
    Local,       // the shop's own local delivery
    PickupPoint, // a carrier's pickup point: shipped as a parcel
    Retail,      // sold and handed over in a shop (point of sale)
    None,        // nothing to deliver (digital goods, gift cards)
};

OrderFulfillmentStatus orderFulfillmentStatusFromShopify(QStringView name);
OrderFinancialStatus orderFinancialStatusFromShopify(QStringView name);
FulfillmentOrderStatus fulfillmentOrderStatusFromShopify(QStringView name);
FulfillmentHoldReason fulfillmentHoldReasonFromShopify(QStringView name);
FulfillmentStatus fulfillmentStatusFromShopify(QStringView name);
DeliveryMethod deliveryMethodFromShopify(QStringView name);

QString shopifyName(OrderFulfillmentStatus status);
QString shopifyName(OrderFinancialStatus status);
QString shopifyName(FulfillmentOrderStatus status);
QString shopifyName(FulfillmentHoldReason reason);
QString shopifyName(FulfillmentStatus status);
QString shopifyName(DeliveryMethod method);

QString displayName(OrderFulfillmentStatus status);
QString displayName(OrderFinancialStatus status);
QString displayName(FulfillmentOrderStatus status);
QString displayName(FulfillmentHoldReason reason);
QString displayName(FulfillmentStatus status);
QString displayName(DeliveryMethod method);

// Every known order fulfilment status, in the order the status sidebar lists them.
const QList<OrderFulfillmentStatus> &allOrderFulfillmentStatuses();
