#include "OrderSync.h"

#include "shopify/OrderParser.h"
#include "shopify/ShopifyClient.h"
#include "shopify/ShopifyReply.h"
#include "storage/OrderBook.h"

#include <QLoggingCategory>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSync, "smidig.sync")

namespace {

// Shopify refuses a query whose requested cost is above this, whatever the bucket holds.
constexpr int kMaxQueryCost = 1000;
const QString kOperations = u":/graphql/orders.graphql"_s;

ShopifyError badShape(const QString &problem)
{
    ShopifyError error;
    error.kind = ShopifyError::Kind::BadResponse;
    error.detail = problem;
    return error;
}

} // namespace

OrderSync::OrderSync(ShopifyClient *client, OrderBook *book, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_book(book)
    , m_ordersOperation(GraphqlOperation::load(kOperations, u"Orders"_s))
    , m_countOperation(GraphqlOperation::load(kOperations, u"OrdersCount"_s))
    , m_lineItemsOperation(GraphqlOperation::load(kOperations, u"OrderLineItems"_s))
    , m_fulfillmentOrdersOperation(GraphqlOperation::load(kOperations, u"OrderFulfillmentOrders"_s))
    , m_foLineItemsOperation(GraphqlOperation::load(kOperations, u"FulfillmentOrderLineItems"_s))
{
}

void OrderSync::setMaxPageSize(int orders)
{
    m_maxPageSize = std::clamp(orders, 1, 250);
}

QJsonObject OrderSync::pageVariables(int pageSize) const
{
    QJsonObject variables{
        {"first"_L1, pageSize},
        {"query"_L1, QJsonValue::Null},
        {"lineItems"_L1, m_sizes.lineItems},
        {"fulfillmentOrders"_L1, m_sizes.fulfillmentOrders},
        {"fulfillmentOrderLineItems"_L1, m_sizes.fulfillmentOrderLineItems},
        {"fulfillments"_L1, m_sizes.fulfillments},
        {"trackingInfo"_L1, m_sizes.trackingInfo},
    };
    variables.insert("after"_L1, m_cursor.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(m_cursor));
    return variables;
}

int OrderSync::plannedPageSize() const
{
    double limit = kMaxQueryCost;
    // A bucket smaller than the query limit caps the query too: a larger one could never run.
    if (m_client->throttle().isKnown())
        limit = std::min(limit, m_client->throttle().maximumAvailable());
    int low = 1;
    int high = m_maxPageSize;
    if (m_ordersOperation.requestedCost(pageVariables(low)) > limit)
        return 1;
    while (low < high) {
        const int middle = (low + high + 1) / 2;
        if (m_ordersOperation.requestedCost(pageVariables(middle)) <= limit)
            low = middle;
        else
            high = middle - 1;
    }
    return low;
}

ShopifyReply *OrderSync::send(const GraphqlOperation &operation, const QJsonObject &variables)
{
    ++m_requests;
    ShopifyReply *reply = m_client->send(operation, variables);
    m_current = reply;
    return reply;
}

void OrderSync::start()
{
    if (m_running)
        return;
    m_running = true;
    m_total = -1;
    m_pageSize = m_maxPageSize;
    m_cursor.clear();
    m_hasNextPage = false;
    m_orders.clear();
    m_orderIndex.clear();
    m_followUps.clear();
    m_requests = 0;
    emit started();
    emit progress(0, -1);
    requestCount();
}

void OrderSync::cancel()
{
    if (!m_running)
        return;
    if (m_current)
        m_current->abort(); // finishes with Cancelled, which fails the sync
    else {
        ShopifyError cancelled;
        cancelled.kind = ShopifyError::Kind::Cancelled;
        fail(cancelled);
    }
}

void OrderSync::requestCount()
{
    ShopifyReply *reply = send(m_countOperation, QJsonObject{{"query"_L1, QJsonValue::Null}});
    connect(reply, &ShopifyReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (!m_running)
            return;
        if (!reply->isOk()) {
            fail(reply->error());
            return;
        }
        const Parsed<int> count = OrderParser::ordersCount(reply->data());
        if (!count.isOk()) {
            fail(badShape(count.problem));
            return;
        }
        m_total = count.value;
        emit progress(0, m_total);
        requestPage();
    });
}

void OrderSync::requestPage()
{
    const int pageSize = std::min(m_pageSize, plannedPageSize());
    ShopifyReply *reply = send(m_ordersOperation, pageVariables(pageSize));
    connect(reply, &ShopifyReply::finished, this, [this, reply] { handlePage(reply); });
}

void OrderSync::handlePage(ShopifyReply *reply)
{
    reply->deleteLater();
    if (!m_running)
        return;
    if (!reply->isOk()) {
        // A price above the limit means our estimate and Shopify's differ: halve and retry.
        if (reply->error().kind == ShopifyError::Kind::MaxCostExceeded && m_pageSize > 1) {
            m_pageSize = std::max(1, std::min(m_pageSize, plannedPageSize()) / 2);
            qCWarning(lcSync) << "page too costly for Shopify; trying" << m_pageSize << "orders";
            requestPage();
            return;
        }
        fail(reply->error());
        return;
    }
    Parsed<OrdersPage> page = OrderParser::ordersPage(reply->data());
    if (!page.isOk()) {
        fail(badShape(page.problem));
        return;
    }
    for (Order &order : page.value.orders)
        keepOrder(std::move(order));
    for (const OrderOverflow &overflow : std::as_const(page.value.overflow)) {
        if (overflow.lineItems.hasNextPage)
            m_followUps.append({FollowUp::Kind::LineItems, overflow.orderId, {},
                                overflow.lineItems.endCursor});
        if (overflow.fulfillmentOrders.hasNextPage)
            m_followUps.append({FollowUp::Kind::FulfillmentOrders, overflow.orderId, {},
                                overflow.fulfillmentOrders.endCursor});
        for (const auto &[foId, cursor] : overflow.fulfillmentOrderLineItems)
            m_followUps.append({FollowUp::Kind::FulfillmentOrderLineItems, overflow.orderId, foId, cursor});
    }
    m_hasNextPage = page.value.page.hasNextPage;
    m_cursor = page.value.page.endCursor;
    emit progress(int(m_orders.size()), std::max(m_total, int(m_orders.size())));
    runNextFollowUp();
}

void OrderSync::keepOrder(Order order)
{
    // Sorted by update time, an order changed during the sync comes again later: keep the
    // newer copy.
    const auto it = m_orderIndex.constFind(order.id);
    if (it != m_orderIndex.constEnd()) {
        m_orders[it.value()] = std::move(order);
        return;
    }
    m_orderIndex.insert(order.id, m_orders.size());
    m_orders.append(std::move(order));
}

Order *OrderSync::orderById(const QString &id)
{
    const auto it = m_orderIndex.constFind(id);
    return it == m_orderIndex.constEnd() ? nullptr : &m_orders[it.value()];
}

void OrderSync::runNextFollowUp()
{
    if (m_followUps.isEmpty()) {
        if (m_hasNextPage)
            requestPage();
        else
            finish();
        return;
    }
    const FollowUp followUp = m_followUps.takeFirst();
    ShopifyReply *reply = nullptr;
    switch (followUp.kind) {
    case FollowUp::Kind::LineItems:
        reply = send(m_lineItemsOperation, {{"id"_L1, followUp.orderId},
                                            {"first"_L1, m_sizes.followUp},
                                            {"after"_L1, followUp.after}});
        break;
    case FollowUp::Kind::FulfillmentOrders:
        reply = send(m_fulfillmentOrdersOperation,
                     {{"id"_L1, followUp.orderId},
                      {"first"_L1, std::max(1, m_sizes.followUp / m_sizes.fulfillmentOrderLineItems)},
                      {"after"_L1, followUp.after},
                      {"fulfillmentOrderLineItems"_L1, m_sizes.fulfillmentOrderLineItems}});
        break;
    case FollowUp::Kind::FulfillmentOrderLineItems:
        reply = send(m_foLineItemsOperation, {{"id"_L1, followUp.fulfillmentOrderId},
                                              {"first"_L1, m_sizes.followUp},
                                              {"after"_L1, followUp.after}});
        break;
    }
    connect(reply, &ShopifyReply::finished, this,
            [this, reply, followUp] { handleFollowUp(reply, followUp); });
}

void OrderSync::handleFollowUp(ShopifyReply *reply, const FollowUp &followUp)
{
    reply->deleteLater();
    if (!m_running)
        return;
    if (!reply->isOk()) {
        fail(reply->error());
        return;
    }
    Order *order = orderById(followUp.orderId);
    if (!order) {
        fail(badShape(u"a follow-up answered for an order the sync does not have"_s));
        return;
    }
    PageCursor next;
    switch (followUp.kind) {
    case FollowUp::Kind::LineItems: {
        const Parsed<LineItemsPage> page = OrderParser::orderLineItems(reply->data());
        if (!page.isOk())
            return fail(badShape(page.problem));
        order->lineItems.append(page.value.lineItems);
        next = page.value.page;
        break;
    }
    case FollowUp::Kind::FulfillmentOrders: {
        const Parsed<FulfillmentOrdersPage> page = OrderParser::orderFulfillmentOrders(reply->data());
        if (!page.isOk())
            return fail(badShape(page.problem));
        order->fulfillmentOrders.append(page.value.fulfillmentOrders);
        for (const auto &[foId, cursor] : page.value.lineItemOverflow)
            m_followUps.prepend({FollowUp::Kind::FulfillmentOrderLineItems, followUp.orderId, foId, cursor});
        next = page.value.page;
        break;
    }
    case FollowUp::Kind::FulfillmentOrderLineItems: {
        const Parsed<FulfillmentOrderLineItemsPage> page =
            OrderParser::fulfillmentOrderLineItems(reply->data());
        if (!page.isOk())
            return fail(badShape(page.problem));
        const auto fo = std::find_if(order->fulfillmentOrders.begin(), order->fulfillmentOrders.end(),
                                     [&](const FulfillmentOrder &f) { return f.id == followUp.fulfillmentOrderId; });
        if (fo == order->fulfillmentOrders.end())
            return fail(badShape(u"line items for a fulfillment order the order does not have"_s));
        fo->lineItems.append(page.value.lineItems);
        next = page.value.page;
        break;
    }
    }
    if (next.hasNextPage) {
        FollowUp more = followUp;
        more.after = next.endCursor;
        m_followUps.prepend(more);
    }
    runNextFollowUp();
}

void OrderSync::fail(const ShopifyError &error)
{
    m_running = false;
    m_orders.clear();
    m_orderIndex.clear();
    m_followUps.clear();
    SyncResult result;
    result.shopError = error;
    result.requestCount = m_requests;
    result.finishedAt = QDateTime::currentDateTimeUtc();
    qCWarning(lcSync) << "sync failed:" << error.kindName() << error.detail;
    emit finished(result);
}

void OrderSync::finish()
{
    m_running = false;
    SyncResult result;
    result.requestCount = m_requests;
    result.finishedAt = QDateTime::currentDateTimeUtc();
    result.storeError = m_book->replaceAll(m_orders);
    if (!result.storeError.isError()) {
        result.orderCount = int(m_orders.size());
        QDateTime watermark;
        for (const Order &order : std::as_const(m_orders))
            watermark = std::max(watermark, order.updatedAt);
        // The sync values are bookkeeping: failing to write them costs a full sync next time.
        m_book->setSyncValue(QString::fromLatin1(kLastSyncKey),
                             result.finishedAt.toString(Qt::ISODateWithMs));
        if (watermark.isValid())
            m_book->setSyncValue(QString::fromLatin1(kWatermarkKey),
                                 watermark.toString(Qt::ISODateWithMs));
    } else {
        qCWarning(lcSync) << "storing the sync failed:" << result.storeError.detail;
    }
    m_orders.clear();
    m_orderIndex.clear();
    emit finished(result);
}
