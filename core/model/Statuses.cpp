#include "core/model/Statuses.h"

#include <QCoreApplication>
#include <QList>

#include <array>
#include <utility>

namespace {

template<typename Status>
struct Entry
{
    Status status;
    const char *shopify;
    const char *display; // marked for translation in the "Status" context
};

// A fixed table from Shopify's names to the enum and the text people read.
template<typename Status, std::size_t N>
Status fromShopify(const std::array<Entry<Status>, N> &table, QStringView name)
{
    for (const auto &e : table) {
        if (name == QLatin1StringView(e.shopify))
            return e.status;
    }
    return Status::Unknown;
}

template<typename Status, std::size_t N>
QString toShopify(const std::array<Entry<Status>, N> &table, Status status)
{
    for (const auto &e : table) {
        if (e.status == status)
            return QString::fromLatin1(e.shopify);
    }
    return {};
}

template<typename Status, std::size_t N>
QString toDisplay(const std::array<Entry<Status>, N> &table, Status status)
{
    for (const auto &e : table) {
        if (e.status == status)
            return QCoreApplication::translate("Status", e.display);
    }
    return QCoreApplication::translate("Status", "Unknown");
}

using OFS = OrderFulfillmentStatus;
constexpr std::array kOrderFulfillment{
    Entry<OFS>{OFS::Unfulfilled, "UNFULFILLED", QT_TRANSLATE_NOOP("Status", "Unfulfilled")},
    Entry<OFS>{OFS::PartiallyFulfilled,
               "PARTIALLY_FULFILLED",
               QT_TRANSLATE_NOOP("Status", "Partially fulfilled")},
    Entry<OFS>{OFS::OnHold, "ON_HOLD", QT_TRANSLATE_NOOP("Status", "On hold")},
    Entry<OFS>{OFS::Scheduled, "SCHEDULED", QT_TRANSLATE_NOOP("Status", "Scheduled")},
    Entry<OFS>{OFS::InProgress, "IN_PROGRESS", QT_TRANSLATE_NOOP("Status", "In progress")},
    Entry<OFS>{OFS::PendingFulfillment,
               "PENDING_FULFILLMENT",
               QT_TRANSLATE_NOOP("Status", "Pending fulfillment")},
    Entry<OFS>{OFS::RequestDeclined,
               "REQUEST_DECLINED",
               QT_TRANSLATE_NOOP("Status", "Request declined")},
    Entry<OFS>{OFS::Fulfilled, "FULFILLED", QT_TRANSLATE_NOOP("Status", "Fulfilled")},
    Entry<OFS>{OFS::Restocked, "RESTOCKED", QT_TRANSLATE_NOOP("Status", "Restocked")},
    Entry<OFS>{OFS::Open, "OPEN", QT_TRANSLATE_NOOP("Status", "Open")},
};

using OFin = OrderFinancialStatus;
constexpr std::array kOrderFinancial{
    Entry<OFin>{OFin::Pending, "PENDING", QT_TRANSLATE_NOOP("Status", "Payment pending")},
    Entry<OFin>{OFin::Authorized, "AUTHORIZED", QT_TRANSLATE_NOOP("Status", "Authorized")},
    Entry<OFin>{OFin::PartiallyPaid,
                "PARTIALLY_PAID",
                QT_TRANSLATE_NOOP("Status", "Partially paid")},
    Entry<OFin>{OFin::Paid, "PAID", QT_TRANSLATE_NOOP("Status", "Paid")},
    Entry<OFin>{OFin::PartiallyRefunded,
                "PARTIALLY_REFUNDED",
                QT_TRANSLATE_NOOP("Status", "Partially refunded")},
    Entry<OFin>{OFin::Refunded, "REFUNDED", QT_TRANSLATE_NOOP("Status", "Refunded")},
    Entry<OFin>{OFin::Voided, "VOIDED", QT_TRANSLATE_NOOP("Status", "Voided")},
    Entry<OFin>{OFin::Expired, "EXPIRED", QT_TRANSLATE_NOOP("Status", "Expired")},
};

using FOS = FulfillmentOrderStatus;
constexpr std::array kFulfillmentOrder{
    Entry<FOS>{FOS::Open, "OPEN", QT_TRANSLATE_NOOP("Status", "Open")},
    Entry<FOS>{FOS::InProgress, "IN_PROGRESS", QT_TRANSLATE_NOOP("Status", "In progress")},
    Entry<FOS>{FOS::OnHold, "ON_HOLD", QT_TRANSLATE_NOOP("Status", "On hold")},
    Entry<FOS>{FOS::Scheduled, "SCHEDULED", QT_TRANSLATE_NOOP("Status", "Scheduled")},
    Entry<FOS>{FOS::Incomplete, "INCOMPLETE", QT_TRANSLATE_NOOP("Status", "Incomplete")},
    Entry<FOS>{FOS::Closed, "CLOSED", QT_TRANSLATE_NOOP("Status", "Closed")},
    Entry<FOS>{FOS::Cancelled, "CANCELLED", QT_TRANSLATE_NOOP("Status", "Cancelled")},
};

using FHR = FulfillmentHoldReason;
constexpr std::array kHoldReason{
    Entry<FHR>{FHR::AwaitingPayment,
               "AWAITING_PAYMENT",
               QT_TRANSLATE_NOOP("Status", "Awaiting payment")},
    Entry<FHR>{FHR::AwaitingReturnItems,
               "AWAITING_RETURN_ITEMS",
               QT_TRANSLATE_NOOP("Status", "Awaiting returned items")},
    Entry<FHR>{FHR::HighRiskOfFraud,
               "HIGH_RISK_OF_FRAUD",
               QT_TRANSLATE_NOOP("Status", "High risk of fraud")},
    Entry<FHR>{FHR::IncorrectAddress,
               "INCORRECT_ADDRESS",
               QT_TRANSLATE_NOOP("Status", "Incorrect address")},
    Entry<FHR>{FHR::InventoryOutOfStock,
               "INVENTORY_OUT_OF_STOCK",
               QT_TRANSLATE_NOOP("Status", "Out of stock")},
    Entry<FHR>{FHR::OnlineStorePostPurchaseCrossSell,
               "ONLINE_STORE_POST_PURCHASE_CROSS_SELL",
               QT_TRANSLATE_NOOP("Status", "Post-purchase offer")},
    Entry<FHR>{FHR::UnknownDeliveryDate,
               "UNKNOWN_DELIVERY_DATE",
               QT_TRANSLATE_NOOP("Status", "Unknown delivery date")},
    Entry<FHR>{FHR::Other, "OTHER", QT_TRANSLATE_NOOP("Status", "Other reason")},
};

using FS = FulfillmentStatus;
constexpr std::array kFulfillment{
    Entry<FS>{FS::Success, "SUCCESS", QT_TRANSLATE_NOOP("Status", "Fulfilled")},
    Entry<FS>{FS::Cancelled, "CANCELLED", QT_TRANSLATE_NOOP("Status", "Cancelled")},
    Entry<FS>{FS::Error, "ERROR", QT_TRANSLATE_NOOP("Status", "Error")},
    Entry<FS>{FS::Failure, "FAILURE", QT_TRANSLATE_NOOP("Status", "Failed")},
    Entry<FS>{FS::Open, "OPEN", QT_TRANSLATE_NOOP("Status", "Open")},
    Entry<FS>{FS::Pending, "PENDING", QT_TRANSLATE_NOOP("Status", "Pending")},
};

using DM = DeliveryMethod;
constexpr std::array kDeliveryMethod{
    Entry<DM>{DM::Shipping, "SHIPPING", QT_TRANSLATE_NOOP("Status", "Shipping")},
    Entry<DM>{DM::PickUp, "PICK_UP", QT_TRANSLATE_NOOP("Status", "Local pickup")},
    Entry<DM>{DM::Local, "LOCAL", QT_TRANSLATE_NOOP("Status", "Local delivery")},
    Entry<DM>{DM::PickupPoint, "PICKUP_POINT", QT_TRANSLATE_NOOP("Status", "Pickup point")},
    Entry<DM>{DM::Retail, "RETAIL", QT_TRANSLATE_NOOP("Status", "In store")},
    Entry<DM>{DM::None, "NONE", QT_TRANSLATE_NOOP("Status", "No delivery")},
};

} // namespace

OrderFulfillmentStatus orderFulfillmentStatusFromShopify(QStringView name)
{
    return fromShopify(kOrderFulfillment, name);
}
OrderFinancialStatus orderFinancialStatusFromShopify(QStringView name)
{
    return fromShopify(kOrderFinancial, name);
}
FulfillmentOrderStatus fulfillmentOrderStatusFromShopify(QStringView name)
{
    return fromShopify(kFulfillmentOrder, name);
}
FulfillmentHoldReason fulfillmentHoldReasonFromShopify(QStringView name)
{
    return fromShopify(kHoldReason, name);
}
FulfillmentStatus fulfillmentStatusFromShopify(QStringView name)
{
    return fromShopify(kFulfillment, name);
}

DeliveryMethod deliveryMethodFromShopify(QStringView name)
{
    return fromShopify(kDeliveryMethod, name);
}

QString shopifyName(OrderFulfillmentStatus status)
{
    return toShopify(kOrderFulfillment, status);
}
QString shopifyName(OrderFinancialStatus status)
{
    return toShopify(kOrderFinancial, status);
}
QString shopifyName(FulfillmentOrderStatus status)
{
    return toShopify(kFulfillmentOrder, status);
}
QString shopifyName(FulfillmentHoldReason reason)
{
    return toShopify(kHoldReason, reason);
}
QString shopifyName(FulfillmentStatus status)
{
    return toShopify(kFulfillment, status);
}

QString shopifyName(DeliveryMethod method)
{
    return toShopify(kDeliveryMethod, method);
}

QString displayName(OrderFulfillmentStatus status)
{
    return toDisplay(kOrderFulfillment, status);
}
QString displayName(OrderFinancialStatus status)
{
    return toDisplay(kOrderFinancial, status);
}
QString displayName(FulfillmentOrderStatus status)
{
    return toDisplay(kFulfillmentOrder, status);
}
QString displayName(FulfillmentHoldReason reason)
{
    return toDisplay(kHoldReason, reason);
}
QString displayName(FulfillmentStatus status)
{
    return toDisplay(kFulfillment, status);
}

QString displayName(DeliveryMethod method)
{
    return toDisplay(kDeliveryMethod, method);
}

const QList<OrderFulfillmentStatus> &allOrderFulfillmentStatuses()
{
    static const QList<OrderFulfillmentStatus> all = [] {
        QList<OrderFulfillmentStatus> list;
        for (const auto &e : kOrderFulfillment)
            list.append(e.status);
        return list;
    }();
    return all;
}
