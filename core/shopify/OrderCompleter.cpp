#include "core/shopify/OrderCompleter.h"

#include "core/shopify/ShopifyClient.h"
#include "core/shopify/ShopifyReply.h"

#include <QLoggingCategory>
#include <QMetaObject>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCompleter, "smidig.sync.completer")

namespace {

const QString kOperations = u":/graphql/orders.graphql"_s;

// The most entries Shopify gives in one list.
constexpr int kMaxListSize = 250;
// The first re-read of an order's shipments: room for any real order's shipments and parcels
// (most have one or two of each), at about 300 points.
constexpr int kFirstFulfillmentsRead = 25;
constexpr int kFirstTrackingInfoRead = 10;

ShopifyError badShape(const QString &problem)
{
    ShopifyError error;
    error.kind = ShopifyError::Kind::BadResponse;
    error.detail = problem;
    return error;
}

} // namespace

OrderCompleter::OrderCompleter(ShopifyClient *client, const OrderPageSizes &sizes, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_sizes(sizes)
    , m_lineItemsOperation(GraphqlOperation::load(kOperations, u"OrderLineItems"_s))
    , m_fulfillmentOrdersOperation(GraphqlOperation::load(kOperations, u"OrderFulfillmentOrders"_s))
    , m_foLineItemsOperation(GraphqlOperation::load(kOperations, u"FulfillmentOrderLineItems"_s))
    , m_fulfillmentsOperation(GraphqlOperation::load(kOperations, u"OrderFulfillments"_s))
{}

void OrderCompleter::complete(QList<Order> orders, const QList<OrderOverflow> &overflow)
{
    m_running = true;
    m_orders = std::move(orders);
    m_followUps.clear();
    for (const OrderOverflow &o : overflow) {
        if (o.lineItems.hasNextPage)
            m_followUps.append({FollowUp::Kind::LineItems, o.orderId, {}, o.lineItems.endCursor});
        if (o.fulfillmentOrders.hasNextPage)
            m_followUps.append(
                {FollowUp::Kind::FulfillmentOrders, o.orderId, {}, o.fulfillmentOrders.endCursor});
        for (const auto &[foId, cursor] : o.fulfillmentOrderLineItems)
            m_followUps.append({FollowUp::Kind::FulfillmentOrderLineItems, o.orderId, foId, cursor});
        if (o.fulfillmentsMayBeCut)
            m_followUps.append({FollowUp::Kind::Fulfillments,
                                o.orderId,
                                {},
                                {},
                                std::max(kFirstFulfillmentsRead, 2 * m_sizes.fulfillments),
                                std::max(kFirstTrackingInfoRead, 2 * m_sizes.trackingInfo)});
    }
    // Always answer from the event loop, so callers can rely on the signal coming later.
    QMetaObject::invokeMethod(this, &OrderCompleter::runNext, Qt::QueuedConnection);
}

void OrderCompleter::cancel()
{
    if (!m_running)
        return;
    if (m_current)
        m_current->abort();
}

Order *OrderCompleter::orderById(const QString &id)
{
    const auto it = std::find_if(m_orders.begin(), m_orders.end(), [&id](const Order &o) {
        return o.id == id;
    });
    return it == m_orders.end() ? nullptr : &*it;
}

void OrderCompleter::fail(const ShopifyError &error)
{
    m_running = false;
    m_orders.clear();
    m_followUps.clear();
    emit failed(error);
}

const GraphqlOperation &OrderCompleter::operationFor(FollowUp::Kind kind) const
{
    switch (kind) {
    case FollowUp::Kind::LineItems:
        return m_lineItemsOperation;
    case FollowUp::Kind::FulfillmentOrders:
        return m_fulfillmentOrdersOperation;
    case FollowUp::Kind::Fulfillments:
        return m_fulfillmentsOperation;
    case FollowUp::Kind::FulfillmentOrderLineItems:
        break;
    }
    return m_foLineItemsOperation;
}

QJsonObject OrderCompleter::variablesFor(const FollowUp &followUp) const
{
    switch (followUp.kind) {
    case FollowUp::Kind::LineItems:
        return {{"id"_L1, followUp.orderId}, {"after"_L1, followUp.after}};
    case FollowUp::Kind::FulfillmentOrders:
        return {{"id"_L1, followUp.orderId},
                {"after"_L1, followUp.after},
                {"fulfillmentOrderLineItems"_L1, m_sizes.fulfillmentOrderLineItems}};
    case FollowUp::Kind::Fulfillments:
        return {{"id"_L1, followUp.orderId},
                {"fulfillments"_L1, followUp.fulfillments},
                {"trackingInfo"_L1, followUp.trackingInfo}};
    case FollowUp::Kind::FulfillmentOrderLineItems:
        break;
    }
    return {{"id"_L1, followUp.fulfillmentOrderId}, {"after"_L1, followUp.after}};
}

int OrderCompleter::plannedFirst(const FollowUp &followUp, int wanted) const
{
    const GraphqlOperation &operation = operationFor(followUp.kind);
    QJsonObject variables = variablesFor(followUp);
    const double limit = m_client->costLimit();
    int first = std::max(1, wanted);
    while (first > 1) {
        variables.insert("first"_L1, first);
        const int cost = m_client->estimatedCost(operation, variables);
        if (cost <= limit)
            break;
        first = std::clamp(int(double(first) * limit / double(cost)), 1, first - 1);
    }
    return first;
}

void OrderCompleter::runNext()
{
    if (!m_running)
        return;
    if (m_followUps.isEmpty()) {
        m_running = false;
        emit finished(std::exchange(m_orders, {}));
        return;
    }
    FollowUp followUp = m_followUps.takeFirst();
    int first = 0;
    ShopifyReply *reply = nullptr;
    if (followUp.kind == FollowUp::Kind::Fulfillments) {
        // Plain lists: sized to stay under the limit at the price the client knows now.
        const std::optional<FollowUp> fitted = fittedFulfillmentsRead(followUp);
        if (!fitted) {
            markIncomplete(followUp.orderId);
            return runNext();
        }
        followUp = *fitted;
        reply = m_client->send(m_fulfillmentsOperation, variablesFor(followUp));
    } else {
        int wanted = followUp.kind == FollowUp::Kind::FulfillmentOrders
                         ? std::max(1, m_sizes.followUp / m_sizes.fulfillmentOrderLineItems)
                         : m_sizes.followUp;
        if (followUp.maxFirst > 0)
            wanted = std::min(wanted, followUp.maxFirst);
        first = plannedFirst(followUp, wanted);
        QJsonObject variables = variablesFor(followUp);
        variables.insert("first"_L1, first);
        reply = m_client->send(operationFor(followUp.kind), variables);
    }
    ++m_requests;
    m_current = reply;
    connect(reply, &ShopifyReply::finished, this, [this, reply, followUp, first] {
        handle(reply, followUp, first);
    });
}

void OrderCompleter::handle(ShopifyReply *reply, const FollowUp &followUp, int sentFirst)
{
    reply->deleteLater();
    if (!m_running)
        return;
    if (!reply->isOk()) {
        // A read of an order's shipments that Shopify finds too costly: again, smaller, at the
        // price Shopify just taught the client; when no smaller read is left, the order keeps
        // the shipments read so far, marked as possibly cut.
        if (reply->error().kind == ShopifyError::Kind::MaxCostExceeded
            && followUp.kind == FollowUp::Kind::Fulfillments) {
            const std::optional<FollowUp> fitted = fittedFulfillmentsRead(followUp);
            if (fitted
                && (fitted->fulfillments < followUp.fulfillments
                    || fitted->trackingInfo < followUp.trackingInfo))
                m_followUps.prepend(*fitted);
            else
                markIncomplete(followUp.orderId);
            return runNext();
        }
        // Shopify prices the page higher than we did: ask again for a smaller one, as small as
        // the price Shopify just taught the client needs, else half the size.
        if (reply->error().kind == ShopifyError::Kind::MaxCostExceeded && sentFirst > 1) {
            FollowUp smaller = followUp;
            const int planned = plannedFirst(followUp, sentFirst);
            smaller.maxFirst = planned < sentFirst ? planned : sentFirst / 2;
            m_followUps.prepend(smaller);
            return runNext();
        }
        return fail(reply->error());
    }
    Order *order = orderById(followUp.orderId);
    if (!order)
        return fail(badShape(u"a follow-up answered for an order that is not being completed"_s));
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
        const Parsed<FulfillmentOrdersPage> page = OrderParser::orderFulfillmentOrders(
            reply->data());
        if (!page.isOk())
            return fail(badShape(page.problem));
        order->fulfillmentOrders.append(page.value.fulfillmentOrders);
        for (const auto &[foId, cursor] : page.value.lineItemOverflow)
            m_followUps.prepend(
                {FollowUp::Kind::FulfillmentOrderLineItems, followUp.orderId, foId, cursor});
        next = page.value.page;
        break;
    }
    case FollowUp::Kind::FulfillmentOrderLineItems: {
        const Parsed<FulfillmentOrderLineItemsPage> page = OrderParser::fulfillmentOrderLineItems(
            reply->data());
        if (!page.isOk())
            return fail(badShape(page.problem));
        const auto fo = std::find_if(order->fulfillmentOrders.begin(),
                                     order->fulfillmentOrders.end(),
                                     [&](const FulfillmentOrder &f) {
                                         return f.id == followUp.fulfillmentOrderId;
                                     });
        if (fo == order->fulfillmentOrders.end())
            return fail(badShape(u"line items for a fulfillment order the order does not have"_s));
        fo->lineItems.append(page.value.lineItems);
        next = page.value.page;
        break;
    }
    case FollowUp::Kind::Fulfillments: {
        Parsed<FulfillmentsRead> read = OrderParser::orderFulfillments(reply->data(),
                                                                       followUp.fulfillments,
                                                                       followUp.trackingInfo);
        if (!read.isOk())
            return fail(badShape(read.problem));
        // The whole list replaces the cut one: it starts with the same shipments.
        order->fulfillments = read.value.fulfillments;
        if (read.value.fulfillmentsFull || read.value.trackingFull) {
            if (const std::optional<FollowUp> wider = widerFulfillmentsRead(followUp, read.value))
                m_followUps.prepend(*wider);
            else
                markIncomplete(followUp.orderId);
        }
        break;
    }
    }
    if (next.hasNextPage) {
        FollowUp more = followUp;
        more.after = next.endCursor;
        m_followUps.prepend(more);
    }
    runNext();
}

std::optional<OrderCompleter::FollowUp> OrderCompleter::widerFulfillmentsRead(
    const FollowUp &last, const FulfillmentsRead &read) const
{
    // Double the list that came back full; ask the other for what it held, plus one.
    FollowUp wider = last;
    wider.fulfillments = read.fulfillmentsFull ? 2 * last.fulfillments
                                               : int(read.fulfillments.size()) + 1;
    wider.trackingInfo = read.trackingFull ? 2 * last.trackingInfo : read.mostParcels + 1;
    wider.fulfillments = std::min(wider.fulfillments, kMaxListSize);
    wider.trackingInfo = std::min(wider.trackingInfo, kMaxListSize);
    const bool grew = (read.fulfillmentsFull && wider.fulfillments > last.fulfillments)
                      || (read.trackingFull && wider.trackingInfo > last.trackingInfo);
    const int cost = m_client->estimatedCost(m_fulfillmentsOperation, variablesFor(wider));
    if (!grew || cost > m_client->costLimit())
        return std::nullopt;
    return wider;
}

std::optional<OrderCompleter::FollowUp> OrderCompleter::fittedFulfillmentsRead(FollowUp read) const
{
    // Room for at least one more than the orders page asked for, or the read tells nothing.
    const int fewestShipments = m_sizes.fulfillments + 1;
    const int fewestParcels = m_sizes.trackingInfo + 1;
    while (m_client->estimatedCost(m_fulfillmentsOperation, variablesFor(read))
           > m_client->costLimit()) {
        if (read.fulfillments > fewestShipments)
            read.fulfillments = std::max(fewestShipments, read.fulfillments / 2);
        else if (read.trackingInfo > fewestParcels)
            read.trackingInfo = std::max(fewestParcels, read.trackingInfo / 2);
        else
            return std::nullopt;
    }
    return read;
}

void OrderCompleter::markIncomplete(const QString &orderId)
{
    if (Order *order = orderById(orderId)) {
        order->fulfillmentsComplete = false;
        qCWarning(lcCompleter) << order->name
                               << "has more shipments or parcels than one request can read; "
                                  "its shipments are shown but not edited";
    }
}
