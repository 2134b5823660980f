#include "core/demostore/StoreData.h"

#include <algorithm>
#include <array>

namespace demostore {

namespace {

template<typename Enum, std::size_t N>
QString nameIn(const std::array<const char *, N> &names, Enum value)
{
    const auto i = std::size_t(value);
    return i < N ? QString::fromLatin1(names[i]) : QString();
}

} // namespace

QString shopifyName(RequestStatus status)
{
    static constexpr std::array names{"UNSUBMITTED",
                                      "SUBMITTED",
                                      "ACCEPTED",
                                      "REJECTED",
                                      "CANCELLATION_REQUESTED",
                                      "CANCELLATION_ACCEPTED",
                                      "CANCELLATION_REJECTED",
                                      "CLOSED"};
    return nameIn(names, status);
}

QString shopifyName(FulfillmentOrderAction action)
{
    static constexpr std::array names{"CREATE_FULFILLMENT",
                                      "REQUEST_FULFILLMENT",
                                      "CANCEL_FULFILLMENT_ORDER",
                                      "REQUEST_CANCELLATION",
                                      "HOLD",
                                      "RELEASE_HOLD",
                                      "MOVE",
                                      "SPLIT",
                                      "MERGE",
                                      "MARK_AS_OPEN",
                                      "EXTERNAL"};
    return nameIn(names, action);
}

QString shopifyName(DeliveryMethod method)
{
    static constexpr std::array names{"SHIPPING", "PICK_UP", "NONE"};
    return nameIn(names, method);
}

QString Customer::displayName() const
{
    if (firstName.isEmpty() && lastName.isEmpty())
        return email;
    if (firstName.isEmpty())
        return lastName;
    if (lastName.isEmpty())
        return firstName;
    return firstName + u' ' + lastName;
}

bool Order::requiresShipping() const
{
    return std::any_of(lineItems.cbegin(), lineItems.cend(), [](const LineItem &item) {
        return item.requiresShipping;
    });
}

int FulfillmentOrder::remainingQuantity() const
{
    int sum = 0;
    for (const auto &item : lineItems)
        sum += item.remainingQuantity;
    return sum;
}

int Fulfillment::totalQuantity() const
{
    int sum = 0;
    for (const auto &item : lineItems)
        sum += item.quantity;
    return sum;
}

qint64 Order::originalTotal() const
{
    qint64 sum = shippingPrice;
    for (const auto &item : lineItems)
        sum += item.unitPrice * item.quantity;
    return sum;
}

qint64 Order::currentTotal() const
{
    qint64 sum = 0;
    for (const auto &item : lineItems)
        sum += item.unitPrice * item.currentQuantity;
    // A cancelled order refunded its shipping too; a refund never goes below zero.
    if (!isCancelled())
        sum += shippingPrice;
    return std::max<qint64>(0, sum - refunded);
}

void StoreData::touch()
{
    m_orderById.clear();
    m_fulfillmentOrderById.clear();
    m_fulfillmentById.clear();
    m_orderById.reserve(orders.size());
    for (int i = 0; i < orders.size(); ++i)
        indexOrder(i);
    ++m_version;
}

void StoreData::orderChanged(int orderIndex)
{
    indexOrder(orderIndex);
    ++m_version;
}

void StoreData::indexOrder(int orderIndex)
{
    const Order &order = orders[orderIndex];
    m_orderById.insert(order.id, orderIndex);
    for (int j = 0; j < order.fulfillmentOrders.size(); ++j)
        m_fulfillmentOrderById.insert(order.fulfillmentOrders[j].id, {orderIndex, j});
    for (int j = 0; j < order.fulfillments.size(); ++j)
        m_fulfillmentById.insert(order.fulfillments[j].id, {orderIndex, j});
}

std::optional<int> StoreData::orderIndex(qint64 orderId) const
{
    const auto it = m_orderById.constFind(orderId);
    return it == m_orderById.cend() ? std::nullopt : std::optional<int>(*it);
}

std::optional<std::pair<int, int>> StoreData::fulfillmentOrderIndex(qint64 fulfillmentOrderId) const
{
    const auto it = m_fulfillmentOrderById.constFind(fulfillmentOrderId);
    return it == m_fulfillmentOrderById.cend() ? std::nullopt
                                               : std::optional<std::pair<int, int>>(*it);
}

std::optional<std::pair<int, int>> StoreData::fulfillmentIndex(qint64 fulfillmentId) const
{
    const auto it = m_fulfillmentById.constFind(fulfillmentId);
    return it == m_fulfillmentById.cend() ? std::nullopt : std::optional<std::pair<int, int>>(*it);
}

} // namespace demostore
