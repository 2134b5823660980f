#include "core/storage/OrderRepository.h"

#include "core/storage/BulkInsert.h"
#include "core/storage/BulkStatement.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

std::optional<qint64> msOrNone(const QDateTime &time)
{
    return time.isValid() ? std::optional<qint64>(time.toMSecsSinceEpoch()) : std::nullopt;
}

QDateTime timeOrNull(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

// Bound values: a null QString would be stored as SQL NULL, but the schema keeps "no text" as
// an empty string, so text is always bound as text.
QVariant bindable(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}
template<typename Value>
QVariant bindable(const Value &value)
{
    return QVariant::fromValue(value);
}

// A prepared statement that reports the first failure as a StoreError.
class Statement final
{
public:
    Statement(QSqlDatabase db, const QString &sql)
        : m_query(db)
        , m_sql(sql)
    {
        m_query.setForwardOnly(true);
        if (!m_query.prepare(sql))
            m_error = StoreError::fromSql(m_query.lastError(), sql.simplified().left(60));
    }

    template<typename... Values>
    bool run(const Values &...values)
    {
        return runWith({bindable(values)...});
    }

    // The same with values known only at run time, bound in their order.
    bool runWith(const QVariantList &values)
    {
        if (m_error.isError())
            return false;
        for (int index = 0; index < values.size(); ++index)
            m_query.bindValue(index, values.at(index));
        if (!m_query.exec()) {
            m_error = StoreError::fromSql(m_query.lastError(), m_sql.simplified().left(60));
            return false;
        }
        return true;
    }

    QSqlQuery &query() { return m_query; }
    const StoreError &error() const { return m_error; }

private:
    QSqlQuery m_query;
    QString m_sql;
    StoreError m_error;
};

} // namespace

OrderRepository::OrderRepository(QSqlDatabase db)
    : m_db(db)
{}

StoreError OrderRepository::save(const QList<Order> &orders, const QList<OrderSummary> &summaries)
{
    Q_ASSERT(orders.size() == summaries.size());
    // An order listed twice is written as it is last, as deleting and inserting each in turn
    // would leave it.
    QList<qsizetype> written;
    written.reserve(orders.size());
    {
        QHash<QString, qsizetype> last;
        last.reserve(orders.size());
        for (qsizetype n = 0; n < orders.size(); ++n)
            last.insert(orders.at(n).id, n);
        for (qsizetype n = 0; n < orders.size(); ++n) {
            if (last.value(orders.at(n).id) == n)
                written.append(n);
        }
    }

    // Deleting an order removes its parts by cascade; the inserts then write the new ones,
    // table by table, each table's rows in the orders' order, parents before the rows that
    // refer to them (BulkInsert.h). The first failure ends the writing: on PostgreSQL every
    // later statement of the transaction would only fail too.
    BulkStatement deleteOrder(m_db, u"DELETE FROM orders WHERE id = ?"_s);
    for (const qsizetype n : std::as_const(written)) {
        if (!deleteOrder.run(orders.at(n).id))
            return deleteOrder.error();
    }

    BulkInsert insertOrder(m_db,
                           uR"(orders (id, name, number, created_at, updated_at,
        processed_at, cancelled_at, closed, email, customer_name, shipping_name, financial_status,
        fulfillment_status, total_minor, currency, item_count, location_names, tracking_numbers,
        skus, test, customer_hidden, fulfillments_complete, unreadable_since, awaiting_routing,
        pickup, shipping_company, shipping_address1, shipping_address2, shipping_zip,
        shipping_city, shipping_province, shipping_country, shipping_method, note,
        details_pending))"_s,
                           written.size());
    for (const qsizetype n : std::as_const(written)) {
        const Order &order = orders.at(n);
        const OrderSummary &s = summaries.at(n);
        insertOrder.add(order.id,
                        order.name,
                        order.number,
                        s.createdAtMs,
                        s.updatedAtMs,
                        msOrNone(order.processedAt),
                        msOrNone(order.cancelledAt),
                        int(order.closed),
                        order.email,
                        order.customerName,
                        order.shippingName,
                        order.financialStatusName,
                        order.fulfillmentStatusName,
                        order.total.minorUnits,
                        order.total.currencyCode,
                        s.itemCount,
                        s.locationNames,
                        s.trackingNumbers,
                        s.skus,
                        int(order.test),
                        int(order.customerHidden),
                        int(order.fulfillmentsComplete),
                        msOrNone(order.unreadableSince),
                        int(s.awaitingRouting),
                        int(s.pickup),
                        order.shippingAddress.company,
                        order.shippingAddress.address1,
                        order.shippingAddress.address2,
                        order.shippingAddress.zip,
                        order.shippingAddress.city,
                        order.shippingAddress.province,
                        order.shippingAddress.countryCode,
                        order.shippingMethod,
                        order.note,
                        int(order.detailsPending));
    }
    if (!insertOrder.finish())
        return insertOrder.error();

    qsizetype lineItemCount = 0;
    qsizetype fulfillmentOrderCount = 0;
    qsizetype holdCount = 0;
    qsizetype foLineItemCount = 0;
    qsizetype fulfillmentCount = 0;
    qsizetype trackingCount = 0;
    for (const qsizetype n : std::as_const(written)) {
        const Order &order = orders.at(n);
        lineItemCount += order.lineItems.size();
        fulfillmentOrderCount += order.fulfillmentOrders.size();
        for (const FulfillmentOrder &fo : order.fulfillmentOrders) {
            holdCount += fo.holds.size();
            foLineItemCount += fo.lineItems.size();
        }
        fulfillmentCount += order.fulfillments.size();
        for (const Fulfillment &f : order.fulfillments)
            trackingCount += f.tracking.size();
    }

    BulkInsert insertLineItem(m_db,
                              uR"(line_items (id, order_id, position, title,
        variant_title, sku, variant_id, inventory_item_id, quantity, current_quantity,
        unfulfilled_quantity, unit_price_minor, currency, barcode))"_s,
                              lineItemCount);
    for (const qsizetype n : std::as_const(written)) {
        const Order &order = orders.at(n);
        for (int i = 0; i < order.lineItems.size(); ++i) {
            const LineItem &item = order.lineItems.at(i);
            insertLineItem.add(item.id,
                               order.id,
                               i,
                               item.title,
                               item.variantTitle,
                               item.sku,
                               item.variantId,
                               item.inventoryItemId,
                               item.quantity,
                               item.currentQuantity,
                               item.unfulfilledQuantity,
                               item.unitPrice.minorUnits,
                               item.unitPrice.currencyCode,
                               item.barcode);
        }
    }
    if (!insertLineItem.finish())
        return insertLineItem.error();

    BulkInsert insertFulfillmentOrder(m_db,
                                      uR"(fulfillment_orders (id, order_id,
        position, status, request_status, location_id, location_name, fulfillment_service,
        fulfill_at, updated_at, supported_actions, delivery_method))"_s,
                                      fulfillmentOrderCount);
    for (const qsizetype n : std::as_const(written)) {
        const Order &order = orders.at(n);
        for (int i = 0; i < order.fulfillmentOrders.size(); ++i) {
            const FulfillmentOrder &fo = order.fulfillmentOrders.at(i);
            insertFulfillmentOrder.add(fo.id,
                                       order.id,
                                       i,
                                       fo.statusName,
                                       fo.requestStatus,
                                       fo.location.id,
                                       fo.location.name,
                                       fo.fulfillmentService,
                                       msOrNone(fo.fulfillAt),
                                       msOrNone(fo.updatedAt),
                                       fo.supportedActions.join(u' '),
                                       fo.deliveryMethodName);
        }
    }
    if (!insertFulfillmentOrder.finish())
        return insertFulfillmentOrder.error();

    BulkInsert insertHold(m_db,
                          uR"(fulfillment_holds (fulfillment_order_id, position, reason,
        notes))"_s,
                          holdCount);
    BulkInsert insertFoLineItem(m_db,
                                uR"(fulfillment_order_line_items (id,
        fulfillment_order_id, position, line_item_id, total_quantity, remaining_quantity))"_s,
                                foLineItemCount);
    for (const qsizetype n : std::as_const(written)) {
        for (const FulfillmentOrder &fo : orders.at(n).fulfillmentOrders) {
            for (int h = 0; h < fo.holds.size(); ++h)
                insertHold.add(fo.id, h, fo.holds.at(h).reasonName, fo.holds.at(h).notes);
            for (int l = 0; l < fo.lineItems.size(); ++l) {
                const FulfillmentOrderLineItem &line = fo.lineItems.at(l);
                insertFoLineItem.add(line.id,
                                     fo.id,
                                     l,
                                     line.lineItemId,
                                     line.totalQuantity,
                                     line.remainingQuantity);
            }
        }
    }
    if (!insertHold.finish())
        return insertHold.error();
    if (!insertFoLineItem.finish())
        return insertFoLineItem.error();

    BulkInsert insertFulfillment(m_db,
                                 uR"(fulfillments (id, order_id, position, name, status,
        created_at, location_id, location_name))"_s,
                                 fulfillmentCount);
    for (const qsizetype n : std::as_const(written)) {
        const Order &order = orders.at(n);
        for (int i = 0; i < order.fulfillments.size(); ++i) {
            const Fulfillment &f = order.fulfillments.at(i);
            insertFulfillment.add(f.id,
                                  order.id,
                                  i,
                                  f.name,
                                  f.statusName,
                                  f.createdAt.toMSecsSinceEpoch(),
                                  f.location.id,
                                  f.location.name);
        }
    }
    if (!insertFulfillment.finish())
        return insertFulfillment.error();

    BulkInsert insertTracking(m_db,
                              uR"(tracking_info (fulfillment_id, position, company,
        number, url))"_s,
                              trackingCount);
    for (const qsizetype n : std::as_const(written)) {
        for (const Fulfillment &f : orders.at(n).fulfillments) {
            for (int t = 0; t < f.tracking.size(); ++t) {
                const TrackingInfo &info = f.tracking.at(t);
                insertTracking.add(f.id, t, info.company, info.number, info.url);
            }
        }
    }
    if (!insertTracking.finish())
        return insertTracking.error();
    return {};
}

StoreError OrderRepository::remove(const QStringList &orderIds)
{
    Statement deleteOrder(m_db, u"DELETE FROM orders WHERE id = ?"_s);
    for (const QString &id : orderIds)
        deleteOrder.run(id);
    return deleteOrder.error();
}

StoreError OrderRepository::markUnreadable(const QStringList &orderIds, const QDateTime &when)
{
    Statement mark(m_db,
                   u"UPDATE orders SET unreadable_since = ? "
                   "WHERE id = ? AND unreadable_since IS NULL"_s);
    for (const QString &id : orderIds)
        mark.run(when.toMSecsSinceEpoch(), id);
    return mark.error();
}

namespace {

// The columns of an order's table row; a guest's row shows the ship-to name as
// OrderSummary::from does.
const QString kSummaryColumns = uR"(id, name, number, created_at, updated_at,
        CASE customer_name WHEN '' THEN shipping_name ELSE customer_name END, email, item_count,
        total_minor, currency, financial_status, fulfillment_status, location_names,
        tracking_numbers, skus, cancelled_at IS NOT NULL, closed, test, customer_hidden,
        unreadable_since IS NOT NULL, awaiting_routing, pickup, details_pending)"_s;

// A row of kSummaryColumns, from a BulkStatement or a QSqlQuery (through QueryRow).
template<typename Row>
OrderSummary summaryAt(const Row &row)
{
    OrderSummary s;
    s.id = row.text(0);
    s.name = row.text(1);
    s.number = row.integer(2);
    s.createdAtMs = row.integer(3);
    s.updatedAtMs = row.integer(4);
    s.customerName = row.text(5);
    s.email = row.text(6);
    s.itemCount = int(row.integer(7));
    s.total = Money{row.integer(8), row.text(9)};
    s.financialStatusName = row.text(10);
    s.financialStatus = orderFinancialStatusFromShopify(s.financialStatusName);
    s.fulfillmentStatusName = row.text(11);
    s.fulfillmentStatus = orderFulfillmentStatusFromShopify(s.fulfillmentStatusName);
    s.locationNames = row.text(12);
    s.trackingNumbers = row.text(13);
    s.skus = row.text(14);
    s.cancelled = row.integer(15) != 0;
    s.closed = row.integer(16) != 0;
    s.test = row.integer(17) != 0;
    s.customerHidden = row.integer(18) != 0;
    s.unreadable = row.integer(19) != 0;
    s.awaitingRouting = row.integer(20) != 0;
    s.pickup = row.integer(21) != 0;
    s.detailsPending = row.integer(22) != 0;
    return s;
}

struct QueryRow
{
    const QSqlQuery &query;
    QString text(int column) const { return query.value(column).toString(); }
    // PostgreSQL answers a truth value (x IS NULL) as a boolean.
    qint64 integer(int column) const
    {
        const QVariant value = query.value(column);
        return value.typeId() == QMetaType::Bool ? qint64(value.toBool()) : value.toLongLong();
    }
};

} // namespace

StoreError OrderRepository::loadSummaries(QList<OrderSummary> *summaries) const
{
    // Every order's row at start: SQLite's own interface, one QString per text cell and no
    // QVariant (BulkStatement.h).
    BulkStatement select(m_db,
                         u"SELECT "_s + kSummaryColumns
                             + u" FROM orders ORDER BY created_at, number"_s);
    summaries->clear();
    while (select.next())
        summaries->append(summaryAt(select));
    if (select.error().isError())
        summaries->clear();
    return select.error();
}

StoreError OrderRepository::loadSummaries(const QStringList &orderIds,
                                          QList<OrderSummary> *summaries) const
{
    // A few orders another station changed: plain bound queries, in batches that stay well
    // below either engine's limit on bound values.
    constexpr qsizetype kBatch = 500;
    summaries->clear();
    for (qsizetype from = 0; from < orderIds.size(); from += kBatch) {
        const QStringList batch = orderIds.mid(from, kBatch);
        QStringList marks(batch.size(), u"?"_s);
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.prepare(u"SELECT "_s + kSummaryColumns + u" FROM orders WHERE id IN ("_s
                           + marks.join(u", "_s) + u") ORDER BY created_at, number"_s)) {
            summaries->clear();
            return StoreError::fromSql(query.lastError(), u"prepare reading order rows"_s);
        }
        for (int i = 0; i < batch.size(); ++i)
            query.bindValue(i, batch.at(i));
        if (!query.exec()) {
            summaries->clear();
            return StoreError::fromSql(query.lastError(), u"read order rows"_s);
        }
        while (query.next())
            summaries->append(summaryAt(QueryRow{query}));
    }
    return {};
}

StoreError OrderRepository::load(const QString &orderId, std::optional<Order> *order) const
{
    QList<Order> found;
    const StoreError error = loadWhere(u"id = ?"_s, {orderId}, &found);
    order->reset();
    if (!error.isError() && !found.isEmpty())
        *order = found.takeFirst();
    return error;
}

StoreError OrderRepository::load(const QStringList &orderIds, QList<Order> *orders) const
{
    // Six queries for a batch of orders instead of six for each order: a reconciliation
    // compares thousands of orders with their stored copies. The batches stay well below
    // either engine's limit on bound values.
    constexpr qsizetype kBatch = 500;
    orders->clear();
    QHash<QString, Order> found;
    found.reserve(orderIds.size());
    for (qsizetype from = 0; from < orderIds.size(); from += kBatch) {
        const QStringList batch = orderIds.mid(from, kBatch);
        const QStringList marks(batch.size(), u"?"_s);
        QList<Order> read;
        const StoreError error = loadWhere(u"id IN ("_s + marks.join(u", "_s) + u')',
                                           QVariantList(batch.cbegin(), batch.cend()),
                                           &read);
        if (error.isError())
            return error;
        for (Order &order : read) {
            const QString id = order.id;
            found.emplace(id, std::move(order));
        }
    }
    for (const QString &id : orderIds) {
        const auto order = found.constFind(id);
        if (order != found.cend())
            orders->append(*order);
    }
    return {};
}

StoreError OrderRepository::loadAll(QList<Order> *orders) const
{
    return loadWhere(u"1 = 1"_s, {}, orders);
}

StoreError OrderRepository::loadWhere(const QString &condition,
                                      const QVariantList &arguments,
                                      QList<Order> *orders) const
{
    orders->clear();
    const QString orderIds = u"SELECT id FROM orders WHERE "_s + condition;
    const QString foIds = u"SELECT id FROM fulfillment_orders WHERE order_id IN ("_s + orderIds
                          + u')';
    const QString fulfillmentIds = u"SELECT id FROM fulfillments WHERE order_id IN ("_s + orderIds
                                   + u')';
    // The condition is in each statement once, so each binds the same values.
    auto run = [&arguments](Statement &statement) { return statement.runWith(arguments); };

    Statement selectOrders(m_db,
                           uR"(SELECT id, name, number, created_at, updated_at,
        processed_at, cancelled_at, closed, email, customer_name, financial_status,
        fulfillment_status, total_minor, currency, test, customer_hidden, fulfillments_complete,
        unreadable_since, shipping_name, shipping_company, shipping_address1, shipping_address2,
        shipping_zip, shipping_city, shipping_province, shipping_country, shipping_method, note,
        details_pending, item_count
        FROM orders WHERE )"_s + condition
                               + u" ORDER BY created_at, number"_s);
    if (!run(selectOrders))
        return selectOrders.error();
    QHash<QString, qsizetype> orderIndex;
    for (QSqlQuery &q = selectOrders.query(); q.next();) {
        Order o;
        o.id = q.value(0).toString();
        o.name = q.value(1).toString();
        o.number = q.value(2).toLongLong();
        o.createdAt = timeOrNull(q.value(3));
        o.updatedAt = timeOrNull(q.value(4));
        o.processedAt = timeOrNull(q.value(5));
        o.cancelledAt = timeOrNull(q.value(6));
        o.closed = q.value(7).toBool();
        o.email = q.value(8).toString();
        o.customerName = q.value(9).toString();
        o.financialStatusName = q.value(10).toString();
        o.financialStatus = orderFinancialStatusFromShopify(o.financialStatusName);
        o.fulfillmentStatusName = q.value(11).toString();
        o.fulfillmentStatus = orderFulfillmentStatusFromShopify(o.fulfillmentStatusName);
        o.total = Money{q.value(12).toLongLong(), q.value(13).toString()};
        o.test = q.value(14).toBool();
        o.customerHidden = q.value(15).toBool();
        o.fulfillmentsComplete = q.value(16).toBool();
        o.unreadableSince = timeOrNull(q.value(17));
        o.shippingName = q.value(18).toString();
        o.shippingAddress.company = q.value(19).toString();
        o.shippingAddress.address1 = q.value(20).toString();
        o.shippingAddress.address2 = q.value(21).toString();
        o.shippingAddress.zip = q.value(22).toString();
        o.shippingAddress.city = q.value(23).toString();
        o.shippingAddress.province = q.value(24).toString();
        o.shippingAddress.countryCode = q.value(25).toString();
        o.shippingMethod = q.value(26).toString();
        o.note = q.value(27).toString();
        o.detailsPending = q.value(28).toBool();
        if (o.detailsPending)
            o.listedItemCount = q.value(29).toInt();
        orderIndex.insert(o.id, orders->size());
        orders->append(std::move(o));
    }

    Statement selectLineItems(m_db,
                              uR"(SELECT order_id, id, title, variant_title, sku,
        variant_id, inventory_item_id, quantity, current_quantity, unfulfilled_quantity,
        unit_price_minor, currency, barcode FROM line_items WHERE order_id IN ()"_s
                                  + orderIds + u") ORDER BY order_id, position"_s);
    if (!run(selectLineItems))
        return selectLineItems.error();
    for (QSqlQuery &q = selectLineItems.query(); q.next();) {
        LineItem item;
        item.id = q.value(1).toString();
        item.title = q.value(2).toString();
        item.variantTitle = q.value(3).toString();
        item.sku = q.value(4).toString();
        item.variantId = q.value(5).toString();
        item.inventoryItemId = q.value(6).toString();
        item.quantity = q.value(7).toInt();
        item.currentQuantity = q.value(8).toInt();
        item.unfulfilledQuantity = q.value(9).toInt();
        item.unitPrice = Money{q.value(10).toLongLong(), q.value(11).toString()};
        item.barcode = q.value(12).toString();
        (*orders)[orderIndex.value(q.value(0).toString())].lineItems.append(std::move(item));
    }

    Statement selectFos(m_db,
                        uR"(SELECT order_id, id, status, request_status, location_id,
        location_name, fulfillment_service, fulfill_at, updated_at, supported_actions,
        delivery_method FROM fulfillment_orders WHERE order_id IN ()"_s
                            + orderIds + u") ORDER BY order_id, position"_s);
    if (!run(selectFos))
        return selectFos.error();
    QHash<QString, std::pair<qsizetype, qsizetype>> foIndex; // order, fulfillment order
    for (QSqlQuery &q = selectFos.query(); q.next();) {
        FulfillmentOrder fo;
        fo.id = q.value(1).toString();
        fo.statusName = q.value(2).toString();
        fo.status = fulfillmentOrderStatusFromShopify(fo.statusName);
        fo.requestStatus = q.value(3).toString();
        fo.location = Location{q.value(4).toString(), q.value(5).toString()};
        fo.fulfillmentService = q.value(6).toString();
        fo.fulfillAt = timeOrNull(q.value(7));
        fo.updatedAt = timeOrNull(q.value(8));
        fo.supportedActions = q.value(9).toString().split(u' ', Qt::SkipEmptyParts);
        fo.deliveryMethodName = q.value(10).toString();
        fo.deliveryMethod = deliveryMethodFromShopify(fo.deliveryMethodName);
        Order &owner = (*orders)[orderIndex.value(q.value(0).toString())];
        foIndex.insert(fo.id,
                       {orderIndex.value(q.value(0).toString()), owner.fulfillmentOrders.size()});
        owner.fulfillmentOrders.append(std::move(fo));
    }
    auto fulfillmentOrder = [&](const QString &id) -> FulfillmentOrder & {
        const auto [o, f] = foIndex.value(id);
        return (*orders)[o].fulfillmentOrders[f];
    };

    Statement selectHolds(m_db,
                          uR"(SELECT fulfillment_order_id, reason, notes
        FROM fulfillment_holds WHERE fulfillment_order_id IN ()"_s
                              + foIds + u") ORDER BY fulfillment_order_id, position"_s);
    if (!run(selectHolds))
        return selectHolds.error();
    for (QSqlQuery &q = selectHolds.query(); q.next();) {
        FulfillmentHold hold;
        hold.reasonName = q.value(1).toString();
        hold.reason = fulfillmentHoldReasonFromShopify(hold.reasonName);
        hold.notes = q.value(2).toString();
        fulfillmentOrder(q.value(0).toString()).holds.append(std::move(hold));
    }

    Statement selectFoLines(m_db,
                            uR"(SELECT fulfillment_order_id, id, line_item_id,
        total_quantity, remaining_quantity FROM fulfillment_order_line_items
        WHERE fulfillment_order_id IN ()"_s
                                + foIds + u") ORDER BY fulfillment_order_id, position"_s);
    if (!run(selectFoLines))
        return selectFoLines.error();
    for (QSqlQuery &q = selectFoLines.query(); q.next();) {
        FulfillmentOrderLineItem line;
        line.id = q.value(1).toString();
        line.lineItemId = q.value(2).toString();
        line.totalQuantity = q.value(3).toInt();
        line.remainingQuantity = q.value(4).toInt();
        fulfillmentOrder(q.value(0).toString()).lineItems.append(std::move(line));
    }

    Statement selectFulfillments(m_db,
                                 uR"(SELECT order_id, id, name, status, created_at,
        location_id, location_name FROM fulfillments WHERE order_id IN ()"_s
                                     + orderIds + u") ORDER BY order_id, position"_s);
    if (!run(selectFulfillments))
        return selectFulfillments.error();
    QHash<QString, std::pair<qsizetype, qsizetype>> fulfillmentIndex;
    for (QSqlQuery &q = selectFulfillments.query(); q.next();) {
        Fulfillment f;
        f.id = q.value(1).toString();
        f.name = q.value(2).toString();
        f.statusName = q.value(3).toString();
        f.status = fulfillmentStatusFromShopify(f.statusName);
        f.createdAt = timeOrNull(q.value(4));
        f.location = Location{q.value(5).toString(), q.value(6).toString()};
        const qsizetype o = orderIndex.value(q.value(0).toString());
        fulfillmentIndex.insert(f.id, {o, (*orders)[o].fulfillments.size()});
        (*orders)[o].fulfillments.append(std::move(f));
    }

    Statement selectTracking(m_db,
                             uR"(SELECT fulfillment_id, company, number, url
        FROM tracking_info WHERE fulfillment_id IN ()"_s
                                 + fulfillmentIds + u") ORDER BY fulfillment_id, position"_s);
    if (!run(selectTracking))
        return selectTracking.error();
    for (QSqlQuery &q = selectTracking.query(); q.next();) {
        const auto [o, f] = fulfillmentIndex.value(q.value(0).toString());
        (*orders)[o].fulfillments[f].tracking.append(
            TrackingInfo{q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    }
    return {};
}

StoreError OrderRepository::syncValue(const QString &key, QString *value) const
{
    Statement select(m_db, u"SELECT value FROM sync_state WHERE key = ?"_s);
    if (!select.run(key))
        return select.error();
    *value = select.query().next() ? select.query().value(0).toString() : QString();
    return {};
}

StoreError OrderRepository::setSyncValue(const QString &key, const QString &value)
{
    Statement upsert(m_db,
                     u"INSERT INTO sync_state (key, value) VALUES (?, ?) "
                     "ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    upsert.run(key, value);
    return upsert.error();
}
