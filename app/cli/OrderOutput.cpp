#include "app/cli/OrderOutput.h"

#include "app/cli/Console.h"

#include "core/model/OrderSummary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate))
                          : QJsonValue(QJsonValue::Null);
}

QJsonObject moneyBag(const Money &money)
{
    return {{"shopMoney"_L1,
             QJsonObject{{"amount"_L1, money.toDecimalString()},
                         {"currencyCode"_L1, money.currencyCode}}}};
}

QString outcomeName(PackingRecord::Outcome outcome)
{
    switch (outcome) {
    case PackingRecord::Outcome::Pending:
        return u"pending"_s;
    case PackingRecord::Outcome::Failed:
        return u"failed"_s;
    case PackingRecord::Outcome::Done:
        break;
    }
    return u"done"_s;
}

// How pack mode counted each line of a record, with the line's SKU and title from the order
// (null when the order no longer has the line); empty when it was not packed in pack mode.
QJsonArray packedLinesJson(const Order &order, const QList<PackedLine> &lines)
{
    QJsonArray array;
    for (const PackedLine &packed : lines) {
        const LineItem *item = nullptr;
        for (const LineItem &candidate : order.lineItems) {
            if (candidate.id == packed.lineItemId)
                item = &candidate;
        }
        array.append(QJsonObject{
            {"lineItemId"_L1, packed.lineItemId},
            {"sku"_L1, item ? stringOrNull(item->sku) : QJsonValue(QJsonValue::Null)},
            {"title"_L1, item ? QJsonValue(item->title) : QJsonValue(QJsonValue::Null)},
            {"scanned"_L1, packed.scanned},
            {"typed"_L1, packed.typed},
            {"confirmedByHand"_L1, packed.confirmed},
        });
    }
    return array;
}

QJsonArray packingJson(const Order &order, const QList<PackingRecord> &records)
{
    QJsonArray array;
    for (const PackingRecord &record : records)
        array.append(QJsonObject{{"station"_L1, record.who.station},
                                 {"packer"_L1, stringOrNull(record.who.packer)},
                                 {"at"_L1, timeOrNull(record.at)},
                                 {"action"_L1, OutboxEntry::actionName(record.action)},
                                 {"outcome"_L1, outcomeName(record.outcome)},
                                 {"outboxEntryId"_L1, record.outboxEntryId},
                                 {"lines"_L1, packedLinesJson(order, record.lines)}});
    return array;
}

QJsonObject orderJson(const Order &order, const QList<PackingRecord> &packing)
{
    QJsonArray lineItems;
    for (const LineItem &item : order.lineItems) {
        lineItems.append(QJsonObject{
            {"id"_L1, item.id},
            {"title"_L1, item.title},
            {"variantTitle"_L1, stringOrNull(item.variantTitle)},
            {"sku"_L1, stringOrNull(item.sku)},
            {"barcode"_L1, stringOrNull(item.barcode)},
            {"quantity"_L1, item.quantity},
            {"currentQuantity"_L1, item.currentQuantity},
            {"unfulfilledQuantity"_L1, item.unfulfilledQuantity},
            {"originalUnitPriceSet"_L1, moneyBag(item.unitPrice)},
        });
    }
    QJsonArray fulfillmentOrders;
    for (const FulfillmentOrder &fo : order.fulfillmentOrders) {
        QJsonArray holds;
        for (const FulfillmentHold &hold : fo.holds)
            holds.append(QJsonObject{{"reason"_L1, hold.reasonName},
                                     {"reasonNotes"_L1, stringOrNull(hold.notes)}});
        fulfillmentOrders.append(QJsonObject{
            {"id"_L1, fo.id},
            {"status"_L1, fo.statusName},
            {"assignedLocation"_L1,
             QJsonObject{{"name"_L1, fo.location.name},
                         {"location"_L1,
                          fo.location.id.isEmpty()
                              ? QJsonValue(QJsonValue::Null)
                              : QJsonValue(QJsonObject{{"id"_L1, fo.location.id}})}}},
            {"fulfillAt"_L1, timeOrNull(fo.fulfillAt)},
            {"deliveryMethod"_L1,
             fo.deliveryMethodName.isEmpty()
                 ? QJsonValue(QJsonValue::Null)
                 : QJsonValue(QJsonObject{{"methodType"_L1, fo.deliveryMethodName}})},
            {"fulfillmentHolds"_L1, holds},
        });
    }
    QJsonArray fulfillments;
    for (const Fulfillment &f : order.fulfillments) {
        QJsonArray tracking;
        for (const TrackingInfo &t : f.tracking)
            tracking.append(QJsonObject{{"company"_L1, stringOrNull(t.company)},
                                        {"number"_L1, stringOrNull(t.number)},
                                        {"url"_L1, stringOrNull(t.url)}});
        fulfillments.append(QJsonObject{{"id"_L1, f.id},
                                        {"name"_L1, f.name},
                                        {"status"_L1, f.statusName},
                                        {"createdAt"_L1, timeOrNull(f.createdAt)},
                                        {"trackingInfo"_L1, tracking}});
    }
    return QJsonObject{
        {"id"_L1, order.id},
        {"name"_L1, order.name},
        {"createdAt"_L1, timeOrNull(order.createdAt)},
        {"updatedAt"_L1, timeOrNull(order.updatedAt)},
        {"cancelledAt"_L1, timeOrNull(order.cancelledAt)},
        {"closed"_L1, order.closed},
        {"test"_L1, order.test},
        {"email"_L1, stringOrNull(order.email)},
        // Shopify's nulls stay null: a guest checkout has no customer, a digital order no
        // shipping address.
        {"customer"_L1,
         order.customerName.isEmpty()
             ? QJsonValue(QJsonValue::Null)
             : QJsonValue(QJsonObject{{"displayName"_L1, order.customerName}})},
        {"shippingAddress"_L1,
         order.shippingName.isEmpty() && order.shippingAddress.isEmpty()
             ? QJsonValue(QJsonValue::Null)
             : QJsonValue(QJsonObject{{"name"_L1, stringOrNull(order.shippingName)},
                                      {"company"_L1, stringOrNull(order.shippingAddress.company)},
                                      {"address1"_L1, stringOrNull(order.shippingAddress.address1)},
                                      {"address2"_L1, stringOrNull(order.shippingAddress.address2)},
                                      {"zip"_L1, stringOrNull(order.shippingAddress.zip)},
                                      {"city"_L1, stringOrNull(order.shippingAddress.city)},
                                      {"province"_L1, stringOrNull(order.shippingAddress.province)},
                                      {"countryCodeV2"_L1,
                                       stringOrNull(order.shippingAddress.countryCode)}})},
        {"shippingLine"_L1,
         order.shippingMethod.isEmpty()
             ? QJsonValue(QJsonValue::Null)
             : QJsonValue(QJsonObject{{"title"_L1, order.shippingMethod}})},
        {"note"_L1, stringOrNull(order.note)},
        {"displayFinancialStatus"_L1, stringOrNull(order.financialStatusName)},
        {"displayFulfillmentStatus"_L1, order.fulfillmentStatusName},
        {"currentTotalPriceSet"_L1, moneyBag(order.total)},
        {"lineItems"_L1, lineItems},
        {"fulfillmentOrders"_L1, fulfillmentOrders},
        {"fulfillments"_L1, fulfillments},
        // Smidig's own: who sent the fulfilments, not a field of Shopify's.
        {"packingHistory"_L1, packingJson(order, packing)},
    };
}

// RFC 4180: quote when needed, double the quotes inside.
QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n')
        && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

} // namespace

std::optional<OrderOutput::Format> OrderOutput::formatFromName(const QString &name)
{
    if (name == "table"_L1)
        return Format::Table;
    if (name == "csv"_L1)
        return Format::Csv;
    if (name == "json"_L1)
        return Format::Json;
    return std::nullopt;
}

QByteArray OrderOutput::render(const QList<Order> &orders,
                               Format format,
                               const PackingByOrder &packing)
{
    switch (format) {
    case Format::Table:
        return table(orders);
    case Format::Csv:
        return csv(orders);
    case Format::Json:
        return json(orders, packing);
    }
    return {};
}

QByteArray OrderOutput::json(const QList<Order> &orders, const PackingByOrder &packing)
{
    QJsonArray array;
    for (const Order &order : orders)
        array.append(orderJson(order, packing.value(order.id)));
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QByteArray OrderOutput::csv(const QList<Order> &orders)
{
    // Machine-readable: Shopify's names as headers, ISO times in UTC, decimal amounts.
    QStringList lines{u"id,name,createdAt,customer,email,items,total,currencyCode,"
                      "displayFinancialStatus,displayFulfillmentStatus,locations,trackingNumbers"_s};
    for (const Order &order : orders) {
        const OrderSummary s = OrderSummary::from(order);
        lines.append(QStringList{csvField(order.id),
                                 csvField(order.name),
                                 order.createdAt.toUTC().toString(Qt::ISODate),
                                 csvField(s.customerName),
                                 csvField(order.email),
                                 QString::number(s.itemCount),
                                 order.total.toDecimalString(),
                                 order.total.currencyCode,
                                 order.financialStatusName,
                                 order.fulfillmentStatusName,
                                 csvField(s.locationNames),
                                 csvField(s.trackingNumbers)}
                         .join(u','));
    }
    return (lines.join(u"\r\n"_s) + u"\r\n"_s).toUtf8();
}

QByteArray OrderOutput::table(const QList<Order> &orders)
{
    const QLocale locale;
    QList<QStringList> rows{{tr("Order"),
                             tr("Date"),
                             tr("Customer"),
                             tr("Items"),
                             tr("Total"),
                             tr("Payment"),
                             tr("Fulfillment"),
                             tr("Location"),
                             tr("Tracking")}};
    for (const Order &order : orders) {
        const OrderSummary s = OrderSummary::from(order);
        rows.append(
            {order.name,
             locale.toString(order.createdAt.toLocalTime(), QLocale::ShortFormat),
             s.customerName.isEmpty() ? order.email : s.customerName,
             locale.toString(s.itemCount),
             order.total.toDecimalString() + u' ' + order.total.currencyCode,
             order.financialStatusName.isEmpty() ? QString() : displayName(order.financialStatus),
             displayName(order.fulfillmentStatus),
             s.locationNames,
             s.trackingNumbers});
    }
    QString text = QString::fromUtf8(Console::table(rows));
    text += tr("%n order(s)", nullptr, int(orders.size())) + u'\n';
    return text.toUtf8();
}
