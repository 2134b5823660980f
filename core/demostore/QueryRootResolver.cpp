#include "core/demostore/QueryRootResolver.h"

#include "core/demostore/OrderSearch.h"
#include "core/demostore/StoreClock.h"
#include "core/demostore/graphql/Cursor.h"
#include "core/demostore/graphql/PageRequest.h"

#include <QJsonArray>

#include <algorithm>

namespace demostore {

using graphql::Error;
using graphql::Resolution;

namespace {

Resolution invalidId(const QString &id)
{
    return Resolution::failure(Error::withCode(QStringLiteral("Invalid global id '%1'").arg(id),
                                               QStringLiteral("argumentLiteralsIncompatible")));
}

} // namespace

QueryRootResolver::QueryRootResolver(const StoreData &data,
                                     const AccessScopes &scopes,
                                     const StoreClock &clock,
                                     int maxPageSize)
    : m_data(data)
    , m_scopes(scopes)
    , m_clock(clock)
    , m_json(data)
    , m_index(data)
    , m_maxPageSize(maxPageSize)
{
    m_json.setScopes(&m_scopes);
}

QHash<QString, QStringList> QueryRootResolver::possibleTypes()
{
    const QStringList nodes{QStringLiteral("Order"),
                            QStringLiteral("LineItem"),
                            QStringLiteral("FulfillmentOrder"),
                            QStringLiteral("FulfillmentOrderLineItem"),
                            QStringLiteral("FulfillmentHold"),
                            QStringLiteral("Fulfillment"),
                            QStringLiteral("FulfillmentLineItem"),
                            QStringLiteral("Customer"),
                            QStringLiteral("Location"),
                            QStringLiteral("Product"),
                            QStringLiteral("ProductVariant"),
                            QStringLiteral("InventoryItem"),
                            QStringLiteral("MailingAddress"),
                            QStringLiteral("Shop")};
    return {{QStringLiteral("Node"), nodes},
            {QStringLiteral("LegacyInteroperability"),
             {QStringLiteral("Order"),
              QStringLiteral("Fulfillment"),
              QStringLiteral("Customer"),
              QStringLiteral("Location"),
              QStringLiteral("Product"),
              QStringLiteral("ProductVariant"),
              QStringLiteral("InventoryItem")}}};
}

Resolution QueryRootResolver::resolve(const graphql::RootField &field)
{
    if (field.operationType != graphql::OperationDefinition::Type::Query)
        return Resolution::unknownField();
    const bool ordersField = field.name == u"orders" || field.name == u"ordersCount"
                             || field.name == u"order";
    if (ordersField && !m_scopes.allows(QStringLiteral("read_orders")))
        return Resolution::failure(
            AccessScopes::accessDenied(field.name, {QStringLiteral("read_orders")}));
    if (field.name == u"orders")
        return orders(field.arguments);
    if (field.name == u"ordersCount")
        return ordersCount(field.arguments);
    if (field.name == u"order")
        return order(field.arguments);
    if (field.name == u"fulfillmentOrder")
        return fulfillmentOrder(field.arguments);
    if (field.name == u"nodes")
        return nodes(field.arguments);
    if (field.name == u"shop")
        return Resolution::of(m_json.shop());
    if (field.name == u"currentAppInstallation")
        return currentAppInstallation();
    return Resolution::unknownField();
}

bool QueryRootResolver::isVisible(const Order &order) const
{
    return m_scopes.allowsOrderCreatedAt(order.createdAt, m_clock.now());
}

Resolution QueryRootResolver::currentAppInstallation() const
{
    QJsonArray scopes;
    for (const QString &handle : m_scopes.handles()) {
        // "read_merchant_managed_fulfillment_orders" -> "Read merchant managed fulfillment orders"
        QString description = handle;
        description.replace(u'_', u' ');
        description[0] = description[0].toUpper();
        scopes.append(QJsonObject{{QStringLiteral("__typename"), QStringLiteral("AccessScope")},
                                  {QStringLiteral("handle"), handle},
                                  {QStringLiteral("description"), description}});
    }
    const QJsonObject app{{QStringLiteral("__typename"), QStringLiteral("App")},
                          {QStringLiteral("id"), StoreJson::gid(u"App", 1)},
                          {QStringLiteral("title"), QStringLiteral("Smidig")},
                          {QStringLiteral("handle"), QStringLiteral("smidig")}};
    return Resolution::of(
        QJsonObject{{QStringLiteral("__typename"), QStringLiteral("AppInstallation")},
                    {QStringLiteral("id"), StoreJson::gid(u"AppInstallation", 1)},
                    {QStringLiteral("accessScopes"), scopes},
                    {QStringLiteral("app"), app}});
}

Resolution QueryRootResolver::orders(const QJsonObject &arguments)
{
    Error error;
    const auto request = graphql::PageRequest::from(arguments, m_maxPageSize, &error);
    if (!request)
        return Resolution::failure(error);
    const QString sortName
        = arguments.value(QStringLiteral("sortKey")).toString(QStringLiteral("PROCESSED_AT"));
    const auto key = OrderIndex::keyFromShopify(sortName);
    if (!key) {
        return Resolution::failure(
            Error::withCode(QStringLiteral(
                                "Argument 'sortKey' on Field 'orders' has an invalid value (%1). "
                                "Expected type 'OrderSortKeys'.")
                                .arg(sortName),
                            QStringLiteral("argumentLiteralsIncompatible")));
    }
    const bool reverse = arguments.value(QStringLiteral("reverse")).toBool(false);
    const OrderSearch search(arguments.value(QStringLiteral("query")).toString(), m_clock.nowMs());

    const QList<int> &sorted = m_index.ascending(*key);
    const qsizetype n = sorted.size();
    const auto &orders = m_data.orders;
    // Positions below are logical: the page's order, which is `sorted` read backwards when
    // `reverse` is set.
    auto at = [&](qsizetype logical) -> const Order & {
        return orders[sorted[reverse ? n - 1 - logical : logical]];
    };
    const bool everyOrder = m_scopes.allowsAllOrders();
    auto matches = [&](qsizetype logical) {
        const Order &order = at(logical);
        return (everyOrder || isVisible(order))
               && (search.isEmpty() || search.matches(order, m_data));
    };
    // Whether a match lies before `to`, or from `from` on: searched outwards from the page,
    // where a match is likeliest when paging through a filtered, sorted list.
    auto anyMatchBefore = [&](qsizetype to) {
        for (qsizetype i = to - 1; i >= 0; --i) {
            if (matches(i))
                return true;
        }
        return false;
    };
    auto anyMatchFrom = [&](qsizetype from) {
        for (qsizetype i = from; i < n; ++i) {
            if (matches(i))
                return true;
        }
        return false;
    };
    // Where a cursor's (value, id) falls in `sorted`: the first element not before it, and
    // the first element after it.
    struct Bounds
    {
        qsizetype lower;
        qsizetype upper;
    };
    auto locate = [&](const QString &cursor) -> std::optional<Bounds> {
        const auto position = graphql::decodeCursor(cursor);
        if (!position)
            return std::nullopt;
        bool ok = false;
        const qint64 value
            = position->value(QStringLiteral("last_value")).toString().toLongLong(&ok);
        const QJsonValue idValue = position->value(QStringLiteral("last_id"));
        if (!ok || !idValue.isDouble())
            return std::nullopt;
        const qint64 id = idValue.toInteger();
        auto before = [&](int i) {
            const qint64 v = OrderIndex::sortValue(orders[i], *key);
            return v != value ? v < value : orders[i].id < id;
        };
        auto notAfter = [&](int i) {
            const qint64 v = OrderIndex::sortValue(orders[i], *key);
            return v != value ? v < value : orders[i].id <= id;
        };
        const auto lower = std::partition_point(sorted.cbegin(), sorted.cend(), before)
                           - sorted.cbegin();
        const auto upper = std::partition_point(sorted.cbegin(), sorted.cend(), notAfter)
                           - sorted.cbegin();
        return Bounds{lower, upper};
    };
    qsizetype start = 0;
    qsizetype end = n;
    for (const auto &[cursor, isAfter] :
         {std::pair{request->after, true}, {request->before, false}}) {
        if (cursor.isEmpty())
            continue;
        const auto bounds = locate(cursor);
        if (!bounds)
            return Resolution::failure(
                Error{QStringLiteral("Invalid cursor: %1").arg(cursor), {}, {}, {}});
        if (isAfter)
            start = std::max(start, reverse ? n - bounds->lower : bounds->upper);
        else
            end = std::min(end, reverse ? n - bounds->upper : bounds->lower);
    }
    end = std::max(start, end);

    QList<qsizetype> page;
    graphql::ConnectionPage connection;
    if (request->first) {
        qsizetype p = start;
        for (; p < end && page.size() < *request->first; ++p) {
            if (matches(p))
                page.append(p);
        }
        connection.hasNextPage = anyMatchFrom(p);
        connection.hasPreviousPage = anyMatchBefore(start);
        if (request->last && page.size() > *request->last) {
            page = page.mid(page.size() - *request->last);
            connection.hasPreviousPage = true;
        }
    } else {
        qsizetype p = end;
        while (p > start && page.size() < *request->last) {
            --p;
            if (matches(p))
                page.prepend(p);
        }
        connection.hasPreviousPage = anyMatchBefore(p);
        connection.hasNextPage = anyMatchFrom(end);
    }
    connection.nodeTypeName = QStringLiteral("Order");
    for (const qsizetype logical : std::as_const(page)) {
        const Order &o = at(logical);
        connection.nodes.append(m_json.order(o));
        connection.cursors.append(graphql::encodeCursor(
            {{QStringLiteral("last_id"), o.id},
             {QStringLiteral("last_value"), QString::number(OrderIndex::sortValue(o, *key))}}));
    }
    return Resolution::connection(connection);
}

Resolution QueryRootResolver::ordersCount(const QJsonObject &arguments)
{
    // Shopify counts up to `limit` (10,000 unless given; null for no limit).
    qint64 limit = 10000;
    if (arguments.contains(QStringLiteral("limit"))) {
        const QJsonValue v = arguments.value(QStringLiteral("limit"));
        limit = v.isNull() ? -1 : qint64(v.toDouble());
    }
    const OrderSearch search(arguments.value(QStringLiteral("query")).toString(), m_clock.nowMs());
    qint64 count = 0;
    for (const auto &o : m_data.orders) {
        if (isVisible(o) && search.matches(o, m_data) && ++count > limit && limit >= 0)
            break;
    }
    const bool capped = limit >= 0 && count > limit;
    return Resolution::of(
        QJsonObject{{QStringLiteral("__typename"), QStringLiteral("Count")},
                    {QStringLiteral("count"), capped ? limit : count},
                    {QStringLiteral("precision"),
                     capped ? QStringLiteral("AT_LEAST") : QStringLiteral("EXACT")}});
}

Resolution QueryRootResolver::order(const QJsonObject &arguments)
{
    const QString id = arguments.value(QStringLiteral("id")).toString();
    const auto number = StoreJson::idFromGid(id, u"Order");
    if (!number)
        return invalidId(id);
    const auto index = m_data.orderIndex(*number);
    if (!index || !isVisible(m_data.orders[*index]))
        return Resolution::of(QJsonValue::Null);
    return Resolution::of(m_json.order(m_data.orders[*index]));
}

Resolution QueryRootResolver::fulfillmentOrder(const QJsonObject &arguments)
{
    const QStringList readScopes{QStringLiteral("read_assigned_fulfillment_orders"),
                                 QStringLiteral("read_merchant_managed_fulfillment_orders"),
                                 QStringLiteral("read_third_party_fulfillment_orders")};
    if (!m_scopes.allowsAny(readScopes))
        return Resolution::failure(
            AccessScopes::accessDenied(QStringLiteral("fulfillmentOrder"), readScopes));
    const QString id = arguments.value(QStringLiteral("id")).toString();
    const auto number = StoreJson::idFromGid(id, u"FulfillmentOrder");
    if (!number)
        return invalidId(id);
    const auto index = m_data.fulfillmentOrderIndex(*number);
    // One the scopes do not show is not there, for this app.
    if (!index || !m_json.isVisible(m_data.orders[index->first].fulfillmentOrders[index->second])
        || !isVisible(m_data.orders[index->first]))
        return Resolution::of(QJsonValue::Null);
    return Resolution::of(m_json.fulfillmentOrder(m_data.orders[index->first], index->second, true));
}

Resolution QueryRootResolver::nodes(const QJsonObject &arguments)
{
    const QJsonArray ids = arguments.value(QStringLiteral("ids")).toArray();
    if (ids.size() > 250) {
        return Resolution::failure(Error::withCode(
            QStringLiteral("The input array size of %1 is greater than the maximum allowed of 250.")
                .arg(ids.size()),
            QStringLiteral("MAX_INPUT_SIZE_EXCEEDED")));
    }
    QJsonArray result;
    for (const QJsonValue &value : ids) {
        const QString id = value.toString();
        if (const auto number = StoreJson::idFromGid(id, u"InventoryItem")) {
            if (!m_scopes.allowsAny(
                    {QStringLiteral("read_inventory"), QStringLiteral("read_products")}))
                return Resolution::failure(
                    AccessScopes::accessDenied(QStringLiteral("nodes"),
                                               {QStringLiteral("read_inventory"),
                                                QStringLiteral("read_products")}));
            QJsonValue item = QJsonValue::Null;
            for (int v = 0; v < m_data.variants.size(); ++v) {
                if (m_data.variants[v].inventoryItemId == *number) {
                    item = m_json.inventoryItem(v);
                    break;
                }
            }
            result.append(item);
        } else if (const auto order = StoreJson::idFromGid(id, u"Order")) {
            if (!m_scopes.allows(QStringLiteral("read_orders")))
                return Resolution::failure(
                    AccessScopes::accessDenied(QStringLiteral("nodes"),
                                               {QStringLiteral("read_orders")}));
            const auto index = m_data.orderIndex(*order);
            result.append(index && isVisible(m_data.orders[*index])
                              ? QJsonValue(m_json.order(m_data.orders[*index]))
                              : QJsonValue(QJsonValue::Null));
        } else if (!id.startsWith(QStringLiteral("gid://shopify/"))) {
            return invalidId(id);
        } else {
            result.append(QJsonValue::Null);
        }
    }
    return Resolution::of(result);
}

} // namespace demostore
