#include "core/shopify/OrderParser.h"

#include "core/shopify/JsonCursor.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

using Problems = JsonCursor::Problems;

// The fields of an order that hold protected customer data: Shopify leaves them out (null,
// with an ACCESS_DENIED error) when the app may not read them.
bool isCustomerField(const QString &name)
{
    return name == "customer"_L1 || name == "email"_L1 || name == "phone"_L1
           || name == "shippingAddress"_L1 || name == "billingAddress"_L1
           || name == "displayAddress"_L1;
}

// Whether Shopify left customer data of the order at orderPath out of its answer.
bool customerDataLeftOut(const FieldErrors &errors, const QStringList &orderPath)
{
    for (const FieldError &error : errors) {
        if (error.code != "ACCESS_DENIED"_L1 || !error.isUnder(orderPath))
            continue;
        for (qsizetype i = orderPath.size(); i < error.path.size(); ++i) {
            if (isCustomerField(error.path.at(i)))
                return true;
        }
    }
    return false;
}

// Customer.displayName of a customer whose name, email and phone the app may not read is
// masked ("•••") rather than left out: it names nobody.
bool isMasked(const QString &name)
{
    return !name.isEmpty() && std::all_of(name.cbegin(), name.cend(), [](QChar c) {
        return c == QChar(0x2022) || c.isSpace();
    });
}

Money readMoneyBag(const JsonCursor &bag)
{
    const JsonCursor money = bag.field("shopMoney"_L1);
    const QString currency = money.field("currencyCode"_L1).string();
    const QString amount = money.field("amount"_L1).string();
    const auto parsed = Money::fromDecimal(amount, currency);
    if (!parsed && !amount.isNull() && !currency.isNull())
        money.field("amount"_L1)
            .fail(u"not a decimal amount in %1: \"%2\""_s.arg(currency, amount.left(30)));
    return parsed.value_or(Money{0, currency});
}

PageCursor readPageInfo(const JsonCursor &connection)
{
    const JsonCursor info = connection.field("pageInfo"_L1);
    PageCursor cursor;
    cursor.hasNextPage = info.field("hasNextPage"_L1).boolean();
    cursor.endCursor = info.field("endCursor"_L1).stringOrNull();
    if (cursor.hasNextPage && cursor.endCursor.isEmpty())
        info.fail(u"has a next page but no end cursor"_s);
    return cursor;
}

LineItem readLineItem(const JsonCursor &node)
{
    LineItem item;
    item.id = node.field("id"_L1).string();
    item.title = node.field("title"_L1).string();
    item.variantTitle = node.field("variantTitle"_L1).stringOrNull();
    item.sku = node.field("sku"_L1).stringOrNull();
    item.quantity = node.field("quantity"_L1).int32();
    item.currentQuantity = node.field("currentQuantity"_L1).int32();
    item.unfulfilledQuantity = node.field("unfulfilledQuantity"_L1).int32();
    item.unitPrice = readMoneyBag(node.field("originalUnitPriceSet"_L1));
    const JsonCursor variant = node.field("variant"_L1);
    if (variant.isPresentObject()) {
        item.variantId = variant.field("id"_L1).string();
        item.barcode = variant.field("barcode"_L1).stringOrNull();
        // Shopify always gives a variant an inventory item; a null one would be a changed API.
        item.inventoryItemId = variant.field("inventoryItem"_L1).field("id"_L1).string();
    }
    return item;
}

FulfillmentOrderLineItem readFulfillmentOrderLineItem(const JsonCursor &node)
{
    FulfillmentOrderLineItem item;
    item.id = node.field("id"_L1).string();
    item.totalQuantity = node.field("totalQuantity"_L1).int32();
    item.remainingQuantity = node.field("remainingQuantity"_L1).int32();
    item.lineItemId = node.field("lineItem"_L1).field("id"_L1).string();
    return item;
}

// A fulfillment order's own fields, without its line items.
FulfillmentOrder readFulfillmentOrderFields(const JsonCursor &node)
{
    FulfillmentOrder fo;
    fo.id = node.field("id"_L1).string();
    fo.statusName = node.field("status"_L1).string();
    fo.status = fulfillmentOrderStatusFromShopify(fo.statusName);
    fo.requestStatus = node.field("requestStatus"_L1).string();
    fo.fulfillAt = node.field("fulfillAt"_L1).dateTimeOrNull();
    fo.updatedAt = node.field("updatedAt"_L1).dateTime();
    const JsonCursor delivery = node.field("deliveryMethod"_L1);
    if (delivery.isPresentObject()) {
        fo.deliveryMethodName = delivery.field("methodType"_L1).string();
        fo.deliveryMethod = deliveryMethodFromShopify(fo.deliveryMethodName);
    }

    const JsonCursor assigned = node.field("assignedLocation"_L1);
    fo.location.name = assigned.field("name"_L1).string();
    const JsonCursor location = assigned.field("location"_L1);
    if (location.isPresentObject()) {
        fo.location.id = location.field("id"_L1).string();
        const JsonCursor service = location.field("fulfillmentService"_L1);
        if (service.isPresentObject())
            fo.fulfillmentService = service.field("serviceName"_L1).string();
    }

    for (const JsonCursor &hold : node.field("fulfillmentHolds"_L1).array()) {
        FulfillmentHold h;
        h.reasonName = hold.field("reason"_L1).string();
        h.reason = fulfillmentHoldReasonFromShopify(h.reasonName);
        h.notes = hold.field("reasonNotes"_L1).stringOrNull();
        fo.holds.append(h);
    }
    for (const JsonCursor &action : node.field("supportedActions"_L1).array())
        fo.supportedActions.append(action.field("action"_L1).string());
    return fo;
}

FulfillmentOrder readFulfillmentOrder(const JsonCursor &node, PageCursor *lineItemsPage)
{
    FulfillmentOrder fo = readFulfillmentOrderFields(node);
    const JsonCursor lineItems = node.field("lineItems"_L1);
    for (const JsonCursor &item : lineItems.field("nodes"_L1).array())
        fo.lineItems.append(readFulfillmentOrderLineItem(item));
    *lineItemsPage = readPageInfo(lineItems);
    return fo;
}

Fulfillment readFulfillment(const JsonCursor &node)
{
    Fulfillment f;
    f.id = node.field("id"_L1).string();
    f.name = node.field("name"_L1).string();
    f.statusName = node.field("status"_L1).string();
    f.status = fulfillmentStatusFromShopify(f.statusName);
    f.createdAt = node.field("createdAt"_L1).dateTime();
    const JsonCursor location = node.field("location"_L1);
    if (location.isPresentObject()) {
        f.location.id = location.field("id"_L1).string();
        f.location.name = location.field("name"_L1).string();
    }
    for (const JsonCursor &info : node.field("trackingInfo"_L1).array()) {
        TrackingInfo t;
        t.company = info.field("company"_L1).stringOrNull();
        t.number = info.field("number"_L1).stringOrNull();
        t.url = info.field("url"_L1).stringOrNull();
        f.tracking.append(t);
    }
    return f;
}

// A plain list as long as it was asked for may have been cut by Shopify.
bool isCut(const QList<Fulfillment> &fulfillments, int fulfillmentsAsked, int trackingInfoAsked)
{
    if (fulfillments.size() >= fulfillmentsAsked)
        return true;
    return std::any_of(fulfillments.cbegin(),
                       fulfillments.cend(),
                       [trackingInfoAsked](const Fulfillment &f) {
                           return f.tracking.size() >= trackingInfoAsked;
                       });
}

// The fields an order's table row shows, which OrderList reads as well as Orders.
void readOrderColumns(const JsonCursor &node, Order *order)
{
    order->id = node.field("id"_L1).string();
    order->name = node.field("name"_L1).string();
    order->number = node.field("number"_L1).integer();
    order->createdAt = node.field("createdAt"_L1).dateTime();
    order->updatedAt = node.field("updatedAt"_L1).dateTime();
    order->processedAt = node.field("processedAt"_L1).dateTime();
    order->cancelledAt = node.field("cancelledAt"_L1).dateTimeOrNull();
    order->closed = node.field("closed"_L1).boolean();
    order->email = node.field("email"_L1).stringOrNull();
    const JsonCursor customer = node.field("customer"_L1);
    if (customer.isPresentObject()) {
        order->customerName = customer.field("displayName"_L1).string();
        if (isMasked(order->customerName)) {
            order->customerName.clear();
            order->customerHidden = true;
        }
    }
    order->test = node.field("test"_L1).boolean();
    order->financialStatusName = node.field("displayFinancialStatus"_L1).stringOrNull();
    order->financialStatus = orderFinancialStatusFromShopify(order->financialStatusName);
    order->fulfillmentStatusName = node.field("displayFulfillmentStatus"_L1).string();
    order->fulfillmentStatus = orderFulfillmentStatusFromShopify(order->fulfillmentStatusName);
    order->total = readMoneyBag(node.field("currentTotalPriceSet"_L1));
}

// An order of OrderList: its columns, and its details still to come.
Order readListedOrder(const JsonCursor &node)
{
    Order order;
    readOrderColumns(node, &order);
    order.listedItemCount = int(node.field("currentSubtotalLineItemsQuantity"_L1).integer());
    order.detailsPending = true;
    return order;
}

// An order's own fields, without its line items, fulfillment orders and shipments.
Order readOrderFields(const JsonCursor &node)
{
    Order order;
    readOrderColumns(node, &order);
    const JsonCursor address = node.field("shippingAddress"_L1);
    if (address.isPresentObject()) {
        order.shippingName = address.field("name"_L1).stringOrNull();
        ShippingAddress &to = order.shippingAddress;
        to.company = address.field("company"_L1).stringOrNull();
        to.address1 = address.field("address1"_L1).stringOrNull();
        to.address2 = address.field("address2"_L1).stringOrNull();
        to.zip = address.field("zip"_L1).stringOrNull();
        to.city = address.field("city"_L1).stringOrNull();
        to.province = address.field("province"_L1).stringOrNull();
        to.countryCode = address.field("countryCodeV2"_L1).stringOrNull();
    }
    const JsonCursor shippingLine = node.field("shippingLine"_L1);
    if (shippingLine.isPresentObject())
        order.shippingMethod = shippingLine.field("title"_L1).string();
    order.note = node.field("note"_L1).stringOrNull();

    return order;
}

// An order's shipments, a plain list that may have been cut.
void readFulfillments(const JsonCursor &node,
                      const OrderPageSizes &sizes,
                      Order *order,
                      OrderOverflow *overflow)
{
    const QList<JsonCursor> fulfillments = node.field("fulfillments"_L1).array();
    order->fulfillments.reserve(fulfillments.size());
    for (const JsonCursor &fulfillment : fulfillments)
        order->fulfillments.append(readFulfillment(fulfillment));
    overflow->fulfillmentsMayBeCut = isCut(order->fulfillments,
                                           sizes.fulfillments,
                                           sizes.trackingInfo);
}

Order readOrder(const JsonCursor &node, const OrderPageSizes &sizes, OrderOverflow *overflow)
{
    Order order = readOrderFields(node);
    overflow->orderId = order.id;
    const JsonCursor lineItems = node.field("lineItems"_L1);
    for (const JsonCursor &item : lineItems.field("nodes"_L1).array())
        order.lineItems.append(readLineItem(item));
    overflow->lineItems = readPageInfo(lineItems);

    const JsonCursor fulfillmentOrders = node.field("fulfillmentOrders"_L1);
    for (const JsonCursor &fo : fulfillmentOrders.field("nodes"_L1).array()) {
        PageCursor more;
        order.fulfillmentOrders.append(readFulfillmentOrder(fo, &more));
        if (more.hasNextPage)
            overflow->fulfillmentOrderLineItems.append(
                {order.fulfillmentOrders.last().id, more.endCursor});
    }
    overflow->fulfillmentOrders = readPageInfo(fulfillmentOrders);

    readFulfillments(node, sizes, &order, overflow);
    return order;
}

// The order at orderPath, read and marked with what Shopify left out of it.
Order readOrderAt(const JsonCursor &node,
                  const OrderPageSizes &sizes,
                  const FieldErrors &errors,
                  const QStringList &orderPath,
                  OrderOverflow *overflow)
{
    Order order = readOrder(node, sizes, overflow);
    if (customerDataLeftOut(errors, orderPath))
        order.customerHidden = true;
    return order;
}

template<typename T>
Parsed<T> finish(T value, const Problems &problems)
{
    Parsed<T> result;
    if (problems.isEmpty())
        result.value = std::move(value);
    else
        result.problem = problems.first();
    return result;
}

// data.orders, a connection of orders, each node read by `readNode` into the page with its
// path for the field errors ("orders", "nodes", index).
template<typename ReadNode>
Parsed<OrdersPage> readOrdersConnection(const QJsonObject &data, const ReadNode &readNode)
{
    Problems problems;
    const JsonCursor root(data, "data"_L1, &problems);
    const JsonCursor orders = root.field("orders"_L1);
    OrdersPage page;
    const QList<JsonCursor> nodes = orders.field("nodes"_L1).array();
    page.orders.reserve(nodes.size());
    for (qsizetype i = 0; i < nodes.size(); ++i)
        readNode(nodes.at(i), QStringList{u"orders"_s, u"nodes"_s, QString::number(i)}, &page);
    page.page = readPageInfo(orders);
    return finish(std::move(page), problems);
}

} // namespace

namespace OrderParser {

Parsed<OrdersPage> ordersPage(const QJsonObject &data,
                              const OrderPageSizes &sizes,
                              const FieldErrors &errors)
{
    return readOrdersConnection(data,
                                [&](const JsonCursor &node,
                                    const QStringList &path,
                                    OrdersPage *page) {
                                    OrderOverflow overflow;
                                    page->orders.append(
                                        readOrderAt(node, sizes, errors, path, &overflow));
                                    if (!overflow.isEmpty())
                                        page->overflow.append(overflow);
                                });
}

Parsed<OrdersPage> orderList(const QJsonObject &data, const FieldErrors &errors)
{
    return readOrdersConnection(data,
                                [&](const JsonCursor &node,
                                    const QStringList &path,
                                    OrdersPage *page) {
                                    Order order = readListedOrder(node);
                                    if (customerDataLeftOut(errors, path))
                                        order.customerHidden = true;
                                    page->orders.append(std::move(order));
                                });
}

Parsed<int> ordersCount(const QJsonObject &data)
{
    Problems problems;
    const JsonCursor root(data, "data"_L1, &problems);
    const JsonCursor count = root.field("ordersCount"_L1);
    int value = -1; // Shopify may give no count at all
    if (count.isPresentObject())
        value = count.field("count"_L1).int32();
    return finish(value, problems);
}

int openOrdersCount(const QJsonObject &data)
{
    // Only for sizing pages: an answer without it (or a null count) is as good as no count.
    const QJsonValue count = data.value("openOrdersCount"_L1)[QLatin1StringView("count")];
    return count.isDouble() ? std::max(0, count.toInt(-1)) : -1;
}

Parsed<QStringList> grantedScopes(const QJsonObject &data)
{
    Problems problems;
    const JsonCursor root(data, "data"_L1, &problems);
    QStringList scopes;
    for (const JsonCursor &scope :
         root.field("currentAppInstallation"_L1).field("accessScopes"_L1).array())
        scopes.append(scope.field("handle"_L1).string());
    return finish(scopes, problems);
}

Parsed<std::optional<Order>> order(const QJsonObject &data,
                                   const OrderPageSizes &sizes,
                                   OrderOverflow *overflow,
                                   const FieldErrors &errors)
{
    Problems problems;
    const JsonCursor root(data, "data"_L1, &problems);
    const JsonCursor node = root.field("order"_L1);
    std::optional<Order> result;
    if (node.isPresentObject())
        result = readOrderAt(node, sizes, errors, {u"order"_s}, overflow);
    return finish(std::move(result), problems);
}

Parsed<Order> bulkOrder(const QJsonObject &order,
                        const QList<QJsonObject> &lineItems,
                        const QList<QJsonObject> &fulfillmentOrders,
                        const OrderPageSizes &sizes,
                        OrderOverflow *overflow)
{
    // Read in the order and with the paths of order(): the same checks, the same problems.
    Problems problems;
    const JsonCursor root(QJsonValue(QJsonValue::Undefined), "data"_L1, &problems);
    const JsonCursor node = root.field("order"_L1, order);
    Order result = readOrderFields(node);
    overflow->orderId = result.id;

    const JsonCursor lineItemNodes
        = node.field("lineItems"_L1, QJsonValue::Undefined).field("nodes"_L1, QJsonValue::Undefined);
    result.lineItems.reserve(lineItems.size());
    for (qsizetype i = 0; i < lineItems.size(); ++i)
        result.lineItems.append(readLineItem(lineItemNodes.element(i, lineItems.at(i))));

    // The query reads no fulfillment order lines (a bulk query nests two connections deep at
    // most): a closed order has none left to fulfil.
    const JsonCursor fulfillmentOrderNodes = node.field("fulfillmentOrders"_L1,
                                                        QJsonValue::Undefined)
                                                 .field("nodes"_L1, QJsonValue::Undefined);
    result.fulfillmentOrders.reserve(fulfillmentOrders.size());
    for (qsizetype i = 0; i < fulfillmentOrders.size(); ++i)
        result.fulfillmentOrders.append(
            readFulfillmentOrderFields(fulfillmentOrderNodes.element(i, fulfillmentOrders.at(i))));

    readFulfillments(node, sizes, &result, overflow);
    return finish(std::move(result), problems);
}

Parsed<FulfillmentsRead> orderFulfillments(const QJsonObject &data,
                                           int fulfillmentsAsked,
                                           int trackingInfoAsked)
{
    Problems problems;
    const JsonCursor root(data, "data"_L1, &problems);
    const JsonCursor order = root.field("order"_L1);
    FulfillmentsRead read;
    if (!order.isPresentObject()) {
        order.fail(u"the order no longer exists"_s);
        return finish(std::move(read), problems);
    }
    for (const JsonCursor &fulfillment : order.field("fulfillments"_L1).array())
        read.fulfillments.append(readFulfillment(fulfillment));
    read.fulfillmentsFull = read.fulfillments.size() >= fulfillmentsAsked;
    for (const Fulfillment &f : std::as_const(read.fulfillments)) {
        read.mostParcels = std::max(read.mostParcels, int(f.tracking.size()));
        if (f.tracking.size() >= trackingInfoAsked)
            read.trackingFull = true;
    }
    return finish(std::move(read), problems);
}

Parsed<LineItemsPage> orderLineItems(const QJsonObject &data)
{
    Problems problems;
    const JsonCursor root(data, "data"_L1, &problems);
    const JsonCursor order = root.field("order"_L1);
    LineItemsPage page;
    if (!order.isPresentObject()) {
        order.fail(u"the order no longer exists"_s);
        return finish(std::move(page), problems);
    }
    const JsonCursor lineItems = order.field("lineItems"_L1);
    for (const JsonCursor &item : lineItems.field("nodes"_L1).array())
        page.lineItems.append(readLineItem(item));
    page.page = readPageInfo(lineItems);
    return finish(std::move(page), problems);
}

Parsed<FulfillmentOrdersPage> orderFulfillmentOrders(const QJsonObject &data)
{
    Problems problems;
    const JsonCursor root(data, "data"_L1, &problems);
    const JsonCursor order = root.field("order"_L1);
    FulfillmentOrdersPage page;
    if (!order.isPresentObject()) {
        order.fail(u"the order no longer exists"_s);
        return finish(std::move(page), problems);
    }
    const JsonCursor fulfillmentOrders = order.field("fulfillmentOrders"_L1);
    for (const JsonCursor &node : fulfillmentOrders.field("nodes"_L1).array()) {
        PageCursor more;
        page.fulfillmentOrders.append(readFulfillmentOrder(node, &more));
        if (more.hasNextPage)
            page.lineItemOverflow.append({page.fulfillmentOrders.last().id, more.endCursor});
    }
    page.page = readPageInfo(fulfillmentOrders);
    return finish(std::move(page), problems);
}

Parsed<FulfillmentOrderLineItemsPage> fulfillmentOrderLineItems(const QJsonObject &data)
{
    Problems problems;
    const JsonCursor root(data, "data"_L1, &problems);
    const JsonCursor fo = root.field("fulfillmentOrder"_L1);
    FulfillmentOrderLineItemsPage page;
    if (!fo.isPresentObject()) {
        fo.fail(u"the fulfillment order no longer exists"_s);
        return finish(std::move(page), problems);
    }
    const JsonCursor lineItems = fo.field("lineItems"_L1);
    for (const JsonCursor &item : lineItems.field("nodes"_L1).array())
        page.lineItems.append(readFulfillmentOrderLineItem(item));
    page.page = readPageInfo(lineItems);
    return finish(std::move(page), problems);
}

} // namespace OrderParser

namespace OrderParser {

Parsed<QStringList> userErrorsOnly(const QJsonObject &data, QLatin1StringView mutationField)
{
    Problems problems;
    const JsonCursor root(data, "data"_L1, &problems);
    const JsonCursor payload = root.field(mutationField);
    QStringList messages;
    if (!payload.isPresentObject()) {
        payload.fail(u"the mutation returned nothing"_s);
        return finish(messages, problems);
    }
    for (const JsonCursor &error : payload.field("userErrors"_L1).array())
        messages.append(error.field("message"_L1).string());
    return finish(messages, problems);
}

Parsed<MutationResult> fulfillmentMutation(const QJsonObject &data,
                                           QLatin1StringView mutationField,
                                           const OrderPageSizes &sizes,
                                           const FieldErrors &errors)
{
    Problems problems;
    const JsonCursor root(data, "data"_L1, &problems);
    const JsonCursor payload = root.field(mutationField);
    MutationResult result;
    if (!payload.isPresentObject()) {
        payload.fail(u"the mutation returned nothing"_s);
        return finish(std::move(result), problems);
    }
    for (const JsonCursor &error : payload.field("userErrors"_L1).array()) {
        result.userErrors.append(error.field("message"_L1).string());
        const JsonCursor path = error.field("field"_L1);
        if (!path.isNull()) {
            for (const JsonCursor &part : path.array())
                part.string(); // only checked: the message says what is wrong
        }
    }
    const JsonCursor fulfillment = payload.field("fulfillment"_L1);
    if (fulfillment.isPresentObject()) {
        const JsonCursor order = fulfillment.field("order"_L1);
        if (order.isPresentObject())
            result.order = readOrderAt(order,
                                       sizes,
                                       errors,
                                       {QString(mutationField), u"fulfillment"_s, u"order"_s},
                                       &result.overflow);
    }
    if (result.userErrors.isEmpty() && !result.order)
        payload.fail(u"neither a fulfillment nor user errors"_s);
    return finish(std::move(result), problems);
}

} // namespace OrderParser
