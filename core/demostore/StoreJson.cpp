#include "core/demostore/StoreJson.h"

#include "core/demostore/OrderRules.h"
#include "core/model/Money.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

namespace demostore {

namespace {

const QString kTypename = QStringLiteral("__typename");

QJsonValue stringOrNull(const QString &text)
{
    return text.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString holdDisplayReason(FulfillmentHoldReason reason)
{
    switch (reason) {
    case FulfillmentHoldReason::AwaitingPayment:
        return QStringLiteral("Awaiting payment");
    case FulfillmentHoldReason::AwaitingReturnItems:
        return QStringLiteral("Awaiting return items");
    case FulfillmentHoldReason::HighRiskOfFraud:
        return QStringLiteral("High risk of fraud");
    case FulfillmentHoldReason::IncorrectAddress:
        return QStringLiteral("Incorrect address");
    case FulfillmentHoldReason::InventoryOutOfStock:
        return QStringLiteral("Inventory out of stock");
    case FulfillmentHoldReason::OnlineStorePostPurchaseCrossSell:
        return QStringLiteral("Online store post purchase cross sell");
    case FulfillmentHoldReason::UnknownDeliveryDate:
        return QStringLiteral("Unknown delivery date");
    case FulfillmentHoldReason::Other:
    case FulfillmentHoldReason::Unknown:
        break;
    }
    return QStringLiteral("Other");
}

// FulfillmentOrderLineItem.inventoryItemId: its variant's inventory item, null for a custom
// line item or a deleted variant.
QJsonValue inventoryItemId(const QJsonObject &lineItem)
{
    const QJsonValue variant = lineItem.value(QStringLiteral("variant"));
    if (!variant.isObject())
        return QJsonValue::Null;
    return variant.toObject()
        .value(QStringLiteral("inventoryItem"))
        .toObject()
        .value(QStringLiteral("id"));
}

// What the checkout showed the buyer, as a Danish shop names its rates.
QJsonValue presentedName(DeliveryMethod method)
{
    switch (method) {
    case DeliveryMethod::Shipping:
        return QStringLiteral("Standardlevering");
    case DeliveryMethod::PickUp:
        return QString::fromUtf8("Afhentning i butikken");
    case DeliveryMethod::None:
        break;
    }
    return QJsonValue::Null;
}

QJsonValue serviceCode(DeliveryMethod method)
{
    switch (method) {
    case DeliveryMethod::Shipping:
        return QStringLiteral("standard");
    case DeliveryMethod::PickUp:
        return QStringLiteral("pickup");
    case DeliveryMethod::None:
        break;
    }
    return QJsonValue::Null;
}

// A value the app may read, or Shopify's error in its place (made only when needed: most
// answers deny nothing).
template<typename Denial>
QJsonValue readable(bool allowed, const QJsonValue &value, Denial denial)
{
    return allowed ? value : QJsonValue(denial().toFieldValue());
}

} // namespace

StoreJson::StoreJson(const StoreData &data)
    : m_data(data)
{}

QString StoreJson::readScopeFor(const FulfillmentOrder &fulfillmentOrder) const
{
    return m_data.locations.value(fulfillmentOrder.location).isFulfillmentService()
               ? QStringLiteral("read_third_party_fulfillment_orders")
               : QStringLiteral("read_merchant_managed_fulfillment_orders");
}

bool StoreJson::isVisible(const FulfillmentOrder &fulfillmentOrder) const
{
    return !m_scopes || m_scopes->allows(readScopeFor(fulfillmentOrder));
}

QString StoreJson::gid(QStringView type, qint64 id)
{
    return QStringLiteral("gid://shopify/") + type + u'/' + QString::number(id);
}

std::optional<qint64> StoreJson::idFromGid(QStringView gid, QStringView type)
{
    const QString prefix = QStringLiteral("gid://shopify/") + type + u'/';
    if (!gid.startsWith(prefix))
        return std::nullopt;
    bool ok = false;
    const qint64 id = gid.mid(prefix.size()).toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

QString StoreJson::dateTime(Timestamp time)
{
    // Written by hand: QDateTime::toString() was a tenth of the cost of a whole order.
    // Days to a civil date by the proleptic Gregorian calendar (the "days from civil" method
    // run backwards), valid for years 0 to 9999; anything else goes through QDateTime.
    const qint64 days = time >= 0 ? time / 86400 : (time - 86399) / 86400;
    const qint64 seconds = time - days * 86400;
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 dayOfEra = z - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096)
                             / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 monthFromMarch = (5 * dayOfYear + 2) / 153;
    const qint64 day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1;
    const qint64 month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
    const qint64 year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    if (year < 0 || year > 9999) {
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
        return QDateTime::fromSecsSinceEpoch(time, Qt::UTC).toString(Qt::ISODate);
#else
        return QDateTime::fromSecsSinceEpoch(time, QTimeZone::UTC).toString(Qt::ISODate);
#endif
    }
    char16_t text[20];
    auto put = [&text](int at, qint64 value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            text[at + i] = char16_t(u'0' + value % 10);
    };
    put(0, year, 4);
    text[4] = u'-';
    put(5, month, 2);
    text[7] = u'-';
    put(8, day, 2);
    text[10] = u'T';
    put(11, seconds / 3600, 2);
    text[13] = u':';
    put(14, seconds / 60 % 60, 2);
    text[16] = u':';
    put(17, seconds % 60, 2);
    text[19] = u'Z';
    return QString(reinterpret_cast<const QChar *>(text), 20);
}

QString StoreJson::decimal(qint64 minorUnits, const QString &currencyCode)
{
    QString text = Money{minorUnits, currencyCode}.toDecimalString();
    // Money gives every decimal of the currency; Shopify drops the trailing zeros.
    const qsizetype point = text.indexOf(u'.');
    if (point < 0)
        return text + QStringLiteral(".0");
    while (text.endsWith(u'0') && text.size() > point + 2)
        text.chop(1);
    return text;
}

QJsonObject StoreJson::moneyBag(qint64 minorUnits) const
{
    // The same few amounts recur across orders (prices times small quantities).
    const auto cached = m_moneyBags.constFind(minorUnits);
    if (cached != m_moneyBags.cend())
        return *cached;
    const QJsonObject money{{kTypename, QStringLiteral("MoneyV2")},
                            {QStringLiteral("amount"),
                             decimal(minorUnits, m_data.shop.currencyCode)},
                            {QStringLiteral("currencyCode"), m_data.shop.currencyCode}};
    const QJsonObject bag{{kTypename, QStringLiteral("MoneyBag")},
                          {QStringLiteral("shopMoney"), money},
                          {QStringLiteral("presentmentMoney"), money}};
    if (m_moneyBags.size() < 100000)
        m_moneyBags.insert(minorUnits, bag);
    return bag;
}

QJsonObject StoreJson::shop() const
{
    const Shop &shop = m_data.shop;
    return {{kTypename, QStringLiteral("Shop")},
            {QStringLiteral("id"), gid(u"Shop", shop.id)},
            {QStringLiteral("name"), shop.name},
            {QStringLiteral("email"), shop.email},
            {QStringLiteral("myshopifyDomain"), shop.myshopifyDomain},
            {QStringLiteral("url"), QString(QStringLiteral("https://") + shop.myshopifyDomain)},
            {QStringLiteral("currencyCode"), shop.currencyCode},
            {QStringLiteral("ianaTimezone"), shop.ianaTimezone},
            {QStringLiteral("timezoneAbbreviation"), QStringLiteral("CET")},
            {QStringLiteral("weightUnit"), QStringLiteral("KILOGRAMS")}};
}

QJsonObject StoreJson::location(int index) const
{
    refreshCaches();
    return m_locations.value(index);
}

QJsonObject StoreJson::inventoryItem(int variantIndex) const
{
    refreshCaches();
    const Variant &v = m_data.variants[variantIndex];
    QJsonObject item = m_variants[variantIndex].value(QStringLiteral("inventoryItem")).toObject();
    item.insert(QStringLiteral("variants"), QJsonArray{m_variants[variantIndex]});
    item.insert(QStringLiteral("variant"), m_variants[variantIndex]);
    QJsonArray levels;
    for (const InventoryLevel &level : v.inventory) {
        const qint64 locationId = m_data.locations[level.location].id;
        const std::pair<const char *, int> quantities[] = {{"available", level.available()},
                                                           {"committed", level.committed},
                                                           {"damaged", level.damaged},
                                                           {"incoming", level.incoming},
                                                           {"on_hand", level.onHand},
                                                           {"quality_control", level.qualityControl},
                                                           {"reserved", level.reserved},
                                                           {"safety_stock", level.safetyStock}};
        QJsonArray list;
        for (const auto &[name, quantity] : quantities) {
            list.append(
                QJsonObject{{kTypename, QStringLiteral("InventoryQuantity")},
                            {QStringLiteral("id"),
                             QStringLiteral(
                                 "gid://shopify/InventoryQuantity/%1?name=%2&location_id=%3")
                                 .arg(v.inventoryItemId)
                                 .arg(QLatin1StringView(name))
                                 .arg(locationId)},
                            {QStringLiteral("name"), QLatin1StringView(name)},
                            {QStringLiteral("quantity"), quantity},
                            {QStringLiteral("updatedAt"), QJsonValue::Null}});
        }
        levels.append(QJsonObject{
            {kTypename, QStringLiteral("InventoryLevel")},
            // Shopify's inventory level ids carry the item: "gid://shopify/InventoryLevel/<location>?inventory_item_id=<item>"
            {QStringLiteral("id"),
             QStringLiteral("gid://shopify/InventoryLevel/%1?inventory_item_id=%2")
                 .arg(locationId)
                 .arg(v.inventoryItemId)},
            {QStringLiteral("location"), m_locations[level.location]},
            {QStringLiteral("quantities"), list},
            {QStringLiteral("canDeactivate"), level.committed == 0 && level.incoming == 0},
            {QStringLiteral("createdAt"),
             dateTime(m_data.orders.isEmpty() ? 0 : m_data.orders.first().createdAt)},
            {QStringLiteral("updatedAt"),
             dateTime(m_data.orders.isEmpty() ? 0 : m_data.orders.last().updatedAt)}});
    }
    item.insert(QStringLiteral("inventoryLevels"), levels);
    return item;
}

void StoreJson::refreshCaches() const
{
    if (m_cachedVersion == m_data.version())
        return;
    m_cachedVersion = m_data.version();
    m_locations.clear();
    for (const Location &l : m_data.locations) {
        QJsonValue service = QJsonValue::Null;
        if (l.isFulfillmentService()) {
            service = QJsonObject{{kTypename, QStringLiteral("FulfillmentService")},
                                  {QStringLiteral("id"),
                                   gid(u"FulfillmentService", l.fulfillmentServiceId)},
                                  {QStringLiteral("serviceName"), l.fulfillmentServiceName},
                                  {QStringLiteral("handle"),
                                   l.fulfillmentServiceName.toLower().replace(u' ', u'-')},
                                  {QStringLiteral("type"), QStringLiteral("THIRD_PARTY")},
                                  {QStringLiteral("inventoryManagement"), true},
                                  {QStringLiteral("trackingSupport"), true}};
        }
        m_locations.append(QJsonObject{{kTypename, QStringLiteral("Location")},
                                       {QStringLiteral("id"), gid(u"Location", l.id)},
                                       {QStringLiteral("legacyResourceId"), QString::number(l.id)},
                                       {QStringLiteral("name"), l.name},
                                       {QStringLiteral("isActive"), true},
                                       {QStringLiteral("fulfillsOnlineOrders"), true},
                                       {QStringLiteral("shipsInventory"), true},
                                       {QStringLiteral("fulfillmentService"), service}});
    }
    m_products.clear();
    m_variants.clear();
    for (const Variant &v : m_data.variants) {
        const Product &p = m_data.products[v.product];
        m_products.append(QJsonObject{{kTypename, QStringLiteral("Product")},
                                      {QStringLiteral("id"), gid(u"Product", p.id)},
                                      {QStringLiteral("title"), p.title},
                                      {QStringLiteral("vendor"), p.vendor},
                                      {QStringLiteral("productType"), p.productType}});
        const QJsonObject inventoryItem{{kTypename, QStringLiteral("InventoryItem")},
                                        {QStringLiteral("id"),
                                         gid(u"InventoryItem", v.inventoryItemId)},
                                        {QStringLiteral("sku"), stringOrNull(v.sku)},
                                        {QStringLiteral("tracked"), v.tracked},
                                        {QStringLiteral("requiresShipping"), !v.giftCard}};
        m_variants.append(
            QJsonObject{{kTypename, QStringLiteral("ProductVariant")},
                        {QStringLiteral("id"), gid(u"ProductVariant", v.id)},
                        {QStringLiteral("title"), v.title},
                        {QStringLiteral("displayName"),
                         QString(p.title + QStringLiteral(" - ") + v.title)},
                        {QStringLiteral("sku"), stringOrNull(v.sku)},
                        {QStringLiteral("barcode"), stringOrNull(v.barcode)},
                        {QStringLiteral("price"), decimal(v.price, m_data.shop.currencyCode)},
                        {QStringLiteral("inventoryPolicy"),
                         v.continueSellingWhenOutOfStock ? QStringLiteral("CONTINUE")
                                                         : QStringLiteral("DENY")},
                        {QStringLiteral("inventoryItem"), inventoryItem}});
    }
}

QJsonObject StoreJson::lineItem(const Order &order, int index) const
{
    refreshCaches();
    const LineItem &item = order.lineItems[index];
    QJsonValue variant = QJsonValue::Null;
    QJsonValue product = QJsonValue::Null;
    QString vendor;
    if (!item.custom && item.variant >= 0 && item.variant < m_variants.size()) {
        variant = m_variants[item.variant];
        product = m_products[item.variant];
        vendor = m_data.products[m_data.variants[item.variant].product].vendor;
    }
    const QString name = item.variantTitle.isEmpty()
                             ? item.title
                             : item.title + QStringLiteral(" - ") + item.variantTitle;
    const int fulfillable = item.unfulfilledQuantity;
    return {{kTypename, QStringLiteral("LineItem")},
            {QStringLiteral("id"), gid(u"LineItem", item.id)},
            {QStringLiteral("name"), name},
            {QStringLiteral("title"), item.title},
            {QStringLiteral("variantTitle"),
             item.variantTitle.isEmpty() ? QJsonValue(QJsonValue::Null)
                                         : QJsonValue(item.variantTitle)},
            {QStringLiteral("sku"), stringOrNull(item.sku)},
            {QStringLiteral("vendor"), stringOrNull(vendor)},
            {QStringLiteral("quantity"), item.quantity},
            {QStringLiteral("currentQuantity"), item.currentQuantity},
            {QStringLiteral("unfulfilledQuantity"), item.unfulfilledQuantity},
            {QStringLiteral("fulfillableQuantity"), fulfillable},
            {QStringLiteral("nonFulfillableQuantity"), item.quantity - fulfillable},
            {QStringLiteral("refundableQuantity"), item.currentQuantity},
            {QStringLiteral("requiresShipping"), item.requiresShipping},
            {QStringLiteral("isGiftCard"), item.giftCard},
            {QStringLiteral("originalUnitPriceSet"), moneyBag(item.unitPrice)},
            {QStringLiteral("discountedUnitPriceSet"), moneyBag(item.unitPrice)},
            {QStringLiteral("originalTotalSet"), moneyBag(item.unitPrice * item.quantity)},
            {QStringLiteral("unfulfilledOriginalTotalSet"),
             moneyBag(item.unitPrice * item.unfulfilledQuantity)},
            {QStringLiteral("product"), product},
            {QStringLiteral("variant"), variant}};
}

QList<QJsonObject> StoreJson::lineItems(const Order &order) const
{
    QList<QJsonObject> lines;
    lines.reserve(order.lineItems.size());
    for (int i = 0; i < order.lineItems.size(); ++i)
        lines.append(lineItem(order, i));
    return lines;
}

QJsonObject StoreJson::fulfillmentOrder(const Order &order, int index, bool withOrder) const
{
    QJsonObject json = fulfillmentOrder(order, index, lineItems(order));
    if (withOrder)
        json.insert(QStringLiteral("order"), this->order(order));
    return json;
}

QJsonObject StoreJson::fulfillment(const Order &order, int index, bool withOrder) const
{
    QJsonObject json = fulfillment(order, index, lineItems(order));
    if (withOrder)
        json.insert(QStringLiteral("order"), this->order(order));
    return json;
}

QJsonObject StoreJson::fulfillmentOrder(const Order &order,
                                        int index,
                                        const QList<QJsonObject> &lines) const
{
    const FulfillmentOrder &fo = order.fulfillmentOrders[index];
    const Location &location = m_data.locations[fo.location];
    QJsonArray holds;
    for (const auto &hold : fo.holds) {
        holds.append(QJsonObject{{kTypename, QStringLiteral("FulfillmentHold")},
                                 {QStringLiteral("id"), gid(u"FulfillmentHold", hold.id)},
                                 {QStringLiteral("reason"), shopifyName(hold.reason)},
                                 {QStringLiteral("reasonNotes"), stringOrNull(hold.reasonNotes)},
                                 {QStringLiteral("displayReason"), holdDisplayReason(hold.reason)},
                                 {QStringLiteral("handle"), QJsonValue::Null},
                                 {QStringLiteral("heldByRequestingApp"), false}});
    }
    QJsonArray actions;
    for (const auto action : OrderRules::supportedActions(fo, location)) {
        actions.append(QJsonObject{{kTypename, QStringLiteral("FulfillmentOrderSupportedAction")},
                                   {QStringLiteral("action"), shopifyName(action)},
                                   {QStringLiteral("externalUrl"), QJsonValue::Null}});
    }
    QJsonArray lineItems;
    for (const auto &item : fo.lineItems) {
        const QJsonObject &li = lines[item.lineItem];
        const LineItem &orderLine = order.lineItems[item.lineItem];
        lineItems.append(
            QJsonObject{{kTypename, QStringLiteral("FulfillmentOrderLineItem")},
                        {QStringLiteral("id"), gid(u"FulfillmentOrderLineItem", item.id)},
                        {QStringLiteral("totalQuantity"), item.totalQuantity},
                        {QStringLiteral("remainingQuantity"), item.remainingQuantity},
                        {QStringLiteral("lineItem"), li},
                        {QStringLiteral("sku"), stringOrNull(orderLine.sku)},
                        {QStringLiteral("productTitle"), orderLine.title},
                        {QStringLiteral("variantTitle"), li.value(QStringLiteral("variantTitle"))},
                        {QStringLiteral("variant"), li.value(QStringLiteral("variant"))},
                        {QStringLiteral("inventoryItemId"), inventoryItemId(li)},
                        {QStringLiteral("requiresShipping"), orderLine.requiresShipping},
                        {QStringLiteral("warnings"), QJsonArray()}});
    }
    const QJsonObject assignedLocation{{kTypename,
                                        QStringLiteral("FulfillmentOrderAssignedLocation")},
                                       {QStringLiteral("name"), location.name},
                                       {QStringLiteral("address1"), location.address1},
                                       {QStringLiteral("address2"), QJsonValue::Null},
                                       {QStringLiteral("city"), location.city},
                                       {QStringLiteral("zip"), location.zip},
                                       {QStringLiteral("province"), QJsonValue::Null},
                                       {QStringLiteral("phone"), QJsonValue::Null},
                                       {QStringLiteral("countryCode"), location.countryCode},
                                       {QStringLiteral("location"), this->location(fo.location)}};
    const QJsonObject deliveryMethod{{kTypename, QStringLiteral("DeliveryMethod")},
                                     {QStringLiteral("id"), gid(u"DeliveryMethod", fo.id)},
                                     {QStringLiteral("methodType"), shopifyName(fo.deliveryMethod)},
                                     {QStringLiteral("presentedName"),
                                      presentedName(fo.deliveryMethod)},
                                     {QStringLiteral("serviceCode"), serviceCode(fo.deliveryMethod)},
                                     {QStringLiteral("minDeliveryDateTime"), QJsonValue::Null},
                                     {QStringLiteral("maxDeliveryDateTime"), QJsonValue::Null},
                                     {QStringLiteral("additionalInformation"), QJsonValue::Null},
                                     {QStringLiteral("brandedPromise"), QJsonValue::Null},
                                     {QStringLiteral("sourceReference"), QJsonValue::Null}};
    return {{kTypename, QStringLiteral("FulfillmentOrder")},
            {QStringLiteral("id"), gid(u"FulfillmentOrder", fo.id)},
            {QStringLiteral("status"), shopifyName(fo.status)},
            {QStringLiteral("deliveryMethod"), deliveryMethod},
            {QStringLiteral("requestStatus"), shopifyName(fo.requestStatus)},
            {QStringLiteral("fulfillAt"),
             fo.fulfillAt ? QJsonValue(dateTime(fo.fulfillAt)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("createdAt"), dateTime(fo.createdAt)},
            {QStringLiteral("updatedAt"), dateTime(fo.updatedAt)},
            {QStringLiteral("orderId"), gid(u"Order", order.id)},
            {QStringLiteral("orderName"), order.name()},
            {QStringLiteral("orderProcessedAt"), dateTime(order.processedAt)},
            {QStringLiteral("assignedLocation"), assignedLocation},
            {QStringLiteral("fulfillmentHolds"), holds},
            {QStringLiteral("supportedActions"), actions},
            {QStringLiteral("lineItems"), lineItems}};
}

QJsonObject StoreJson::fulfillment(const Order &order,
                                   int index,
                                   const QList<QJsonObject> &lines) const
{
    const Fulfillment &f = order.fulfillments[index];
    QJsonArray tracking;
    for (const auto &t : f.tracking) {
        tracking.append(QJsonObject{{kTypename, QStringLiteral("FulfillmentTrackingInfo")},
                                    {QStringLiteral("company"), stringOrNull(t.company)},
                                    {QStringLiteral("number"), stringOrNull(t.number)},
                                    {QStringLiteral("url"), stringOrNull(t.url)}});
    }
    QJsonArray lineItems;
    for (const auto &item : f.lineItems) {
        lineItems.append(QJsonObject{{kTypename, QStringLiteral("FulfillmentLineItem")},
                                     {QStringLiteral("id"), gid(u"FulfillmentLineItem", item.id)},
                                     {QStringLiteral("quantity"), item.quantity},
                                     {QStringLiteral("lineItem"), lines[item.lineItem]}});
    }
    const bool cancelled = f.status == FulfillmentStatus::Cancelled;
    const bool requiresShipping
        = std::any_of(f.lineItems.cbegin(), f.lineItems.cend(), [&order](const auto &item) {
              return order.lineItems.value(item.lineItem).requiresShipping;
          });
    return {{kTypename, QStringLiteral("Fulfillment")},
            {QStringLiteral("id"), gid(u"Fulfillment", f.id)},
            {QStringLiteral("legacyResourceId"), QString::number(f.id)},
            {QStringLiteral("name"),
             QString(order.name() + QStringLiteral("-F") + QString::number(f.sequence))},
            {QStringLiteral("status"), shopifyName(f.status)},
            {QStringLiteral("displayStatus"),
             cancelled ? QStringLiteral("CANCELED") : QStringLiteral("FULFILLED")},
            {QStringLiteral("createdAt"), dateTime(f.createdAt)},
            {QStringLiteral("updatedAt"), dateTime(f.updatedAt)},
            {QStringLiteral("deliveredAt"), QJsonValue::Null},
            {QStringLiteral("inTransitAt"), QJsonValue::Null},
            {QStringLiteral("estimatedDeliveryAt"), QJsonValue::Null},
            {QStringLiteral("requiresShipping"), requiresShipping},
            {QStringLiteral("totalQuantity"), f.totalQuantity()},
            {QStringLiteral("location"),
             f.locationUnknown ? QJsonValue(QJsonValue::Null) : QJsonValue(location(f.location))},
            {QStringLiteral("trackingInfo"), tracking},
            {QStringLiteral("fulfillmentLineItems"), lineItems}};
}

CustomerDataAccess StoreJson::customerDataAccess() const
{
    return m_scopes ? m_scopes->customerData() : CustomerDataAccess::full();
}

QJsonValue StoreJson::customer(const Customer &c) const
{
    const CustomerDataAccess access = customerDataAccess();
    if (!access.customerData)
        return CustomerDataAccess::objectDenied(QStringLiteral("Customer")).toFieldValue();
    // Shopify's example answers a Customer's unapproved field with the object's words.
    auto denied = [] { return CustomerDataAccess::objectDenied(QStringLiteral("Customer")); };
    // displayName is the name, else the email address, else the phone number, each only
    // when the app may read it; "•••" when it may not (shopify.dev/changelog,
    // "displayName no longer exposes unapproved email or phone").
    QString displayName = c.displayName();
    if ((c.hasName() && !access.name) || (!c.hasName() && !c.email.isEmpty() && !access.email))
        displayName = QStringLiteral("\u2022\u2022\u2022");
    return QJsonObject{{kTypename, QStringLiteral("Customer")},
                       {QStringLiteral("id"), gid(u"Customer", c.id)},
                       {QStringLiteral("displayName"), displayName},
                       {QStringLiteral("firstName"),
                        readable(access.name, stringOrNull(c.firstName), denied)},
                       {QStringLiteral("lastName"),
                        readable(access.name, stringOrNull(c.lastName), denied)},
                       {QStringLiteral("email"), readable(access.email, c.email, denied)},
                       {QStringLiteral("phone"),
                        readable(access.phone, QJsonValue(QJsonValue::Null), denied)}};
}

QJsonValue StoreJson::mailingAddress(const MailingAddress &a, qint64 ownerId) const
{
    const CustomerDataAccess access = customerDataAccess();
    if (!access.customerData)
        return CustomerDataAccess::objectDenied(QStringLiteral("MailingAddress")).toFieldValue();
    // Level 2's fields one by one: names; address lines, zip code and geolocation; phone
    // (city, province, country and company are not among them).
    auto named = [&access](const QString &field, const QJsonValue &value) {
        return readable(access.name, value, [&field] {
            return CustomerDataAccess::fieldDenied(field);
        });
    };
    auto located = [&access](const QString &field, const QJsonValue &value) {
        return readable(access.address, value, [&field] {
            return CustomerDataAccess::fieldDenied(field);
        });
    };
    const QString firstName = a.name.section(u' ', 0, 0);
    return QJsonObject{
        {kTypename, QStringLiteral("MailingAddress")},
        {QStringLiteral("id"),
         QString(gid(u"MailingAddress", ownerId) + QStringLiteral("?model_name=Address"))},
        {QStringLiteral("name"), named(QStringLiteral("name"), a.name)},
        {QStringLiteral("firstName"), named(QStringLiteral("firstName"), firstName)},
        {QStringLiteral("lastName"), named(QStringLiteral("lastName"), a.name.section(u' ', 1))},
        {QStringLiteral("address1"), located(QStringLiteral("address1"), a.address1)},
        {QStringLiteral("address2"), located(QStringLiteral("address2"), stringOrNull(a.address2))},
        {QStringLiteral("city"), a.city},
        {QStringLiteral("zip"), located(QStringLiteral("zip"), a.zip)},
        {QStringLiteral("province"), QJsonValue::Null},
        {QStringLiteral("countryCodeV2"), a.countryCode},
        {QStringLiteral("company"), stringOrNull(a.company)},
        {QStringLiteral("latitude"), located(QStringLiteral("latitude"), QJsonValue::Null)},
        {QStringLiteral("longitude"), located(QStringLiteral("longitude"), QJsonValue::Null)},
        {QStringLiteral("phone"), readable(access.phone, QJsonValue(QJsonValue::Null), [] {
             return CustomerDataAccess::fieldDenied(QStringLiteral("phone"));
         })}};
}

QJsonObject StoreJson::order(const Order &order) const
{
    const CustomerDataAccess access = customerDataAccess();
    QJsonValue customer = QJsonValue::Null;
    if (order.customer >= 0)
        customer = this->customer(m_data.customers[order.customer]);
    const QJsonValue address = mailingAddress(order.shippingAddress, order.id);
    const QList<QJsonObject> lines = lineItems(order);
    QJsonArray lineItems;
    int quantity = 0;
    int currentQuantity = 0;
    qint64 subtotal = 0;
    qint64 currentSubtotal = 0;
    for (int i = 0; i < order.lineItems.size(); ++i) {
        const LineItem &item = order.lineItems[i];
        lineItems.append(lines[i]);
        quantity += item.quantity;
        currentQuantity += item.currentQuantity;
        subtotal += item.unitPrice * item.quantity;
        currentSubtotal += item.unitPrice * item.currentQuantity;
    }
    QJsonArray fulfillmentOrders;
    for (int i = 0; i < order.fulfillmentOrders.size(); ++i) {
        if (isVisible(order.fulfillmentOrders[i]))
            fulfillmentOrders.append(fulfillmentOrder(order, i, lines));
    }
    QJsonArray fulfillments;
    for (int i = 0; i < order.fulfillments.size(); ++i)
        fulfillments.append(fulfillment(order, i, lines));
    auto timeOrNull = [](Timestamp t) {
        return t ? QJsonValue(dateTime(t)) : QJsonValue(QJsonValue::Null);
    };
    const bool paid = order.financialStatus == OrderFinancialStatus::Paid
                      || order.financialStatus == OrderFinancialStatus::PartiallyRefunded
                      || order.financialStatus == OrderFinancialStatus::Refunded;
    return {{kTypename, QStringLiteral("Order")},
            {QStringLiteral("id"), gid(u"Order", order.id)},
            {QStringLiteral("legacyResourceId"), QString::number(order.id)},
            {QStringLiteral("name"), order.name()},
            {QStringLiteral("number"), order.number},
            {QStringLiteral("createdAt"), dateTime(order.createdAt)},
            {QStringLiteral("updatedAt"), dateTime(order.updatedAt)},
            {QStringLiteral("processedAt"), dateTime(order.processedAt)},
            {QStringLiteral("cancelledAt"), timeOrNull(order.cancelledAt)},
            {QStringLiteral("cancelReason"),
             order.isCancelled() ? QJsonValue(QStringLiteral("CUSTOMER"))
                                 : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("closed"), order.isClosed()},
            {QStringLiteral("closedAt"), timeOrNull(order.closedAt)},
            {QStringLiteral("confirmed"), true},
            {QStringLiteral("test"), order.test},
            {QStringLiteral("email"),
             access.customerData && access.email
                 ? stringOrNull(order.email)
                 : QJsonValue(
                     CustomerDataAccess::fieldDenied(QStringLiteral("email")).toFieldValue())},
            {QStringLiteral("phone"),
             access.customerData && access.phone
                 ? QJsonValue(QJsonValue::Null)
                 : QJsonValue(
                     CustomerDataAccess::fieldDenied(QStringLiteral("phone")).toFieldValue())},
            {QStringLiteral("note"), stringOrNull(order.note)},
            {QStringLiteral("tags"), QJsonArray()},
            {QStringLiteral("currencyCode"), m_data.shop.currencyCode},
            {QStringLiteral("presentmentCurrencyCode"), m_data.shop.currencyCode},
            {QStringLiteral("customer"), customer},
            {QStringLiteral("shippingAddress"),
             order.hasShippingAddress ? address : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("billingAddress"), address},
            {QStringLiteral("shippingLine"),
             order.shippingTitle.isEmpty()
                 ? QJsonValue(QJsonValue::Null)
                 : QJsonValue(QJsonObject{{kTypename, QStringLiteral("ShippingLine")},
                                          {QStringLiteral("title"), order.shippingTitle}})},
            {QStringLiteral("displayFinancialStatus"), shopifyName(order.financialStatus)},
            {QStringLiteral("displayFulfillmentStatus"),
             shopifyName(order.displayFulfillmentStatus)},
            {QStringLiteral("fullyPaid"), paid},
            {QStringLiteral("requiresShipping"), order.requiresShipping()},
            {QStringLiteral("subtotalLineItemsQuantity"), quantity},
            {QStringLiteral("currentSubtotalLineItemsQuantity"), currentQuantity},
            {QStringLiteral("totalPriceSet"), moneyBag(order.originalTotal())},
            {QStringLiteral("currentTotalPriceSet"), moneyBag(order.currentTotal())},
            {QStringLiteral("subtotalPriceSet"), moneyBag(subtotal)},
            {QStringLiteral("currentSubtotalPriceSet"), moneyBag(currentSubtotal)},
            {QStringLiteral("totalShippingPriceSet"), moneyBag(order.shippingPrice)},
            {QStringLiteral("totalRefundedSet"),
             moneyBag(order.originalTotal() - order.currentTotal())},
            {QStringLiteral("lineItems"), lineItems},
            {QStringLiteral("fulfillmentOrders"), fulfillmentOrders},
            {QStringLiteral("fulfillments"), fulfillments}};
}

} // namespace demostore
