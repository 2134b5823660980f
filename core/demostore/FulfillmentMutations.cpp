#include "core/demostore/FulfillmentMutations.h"

#include "core/demostore/OrderRules.h"
#include "core/demostore/TrackingUrls.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace demostore {

namespace {

QStringList selectionField(int entry, const QStringList &rest)
{
    return QStringList{QStringLiteral("fulfillment"),
                       QStringLiteral("lineItemsByFulfillmentOrder"),
                       QString::number(entry)}
           + rest;
}

// Why a fulfillment order cannot be fulfilled now; empty when it can. Worded like Shopify's
// answer for a fulfillment order in the wrong status ("... has an unfulfillable status= closed.").
QString unfulfillableReason(const FulfillmentOrder &fulfillmentOrder,
                            const Location &location,
                            Fulfiller by)
{
    const auto status = fulfillmentOrder.status;
    if (status != FulfillmentOrderStatus::Open && status != FulfillmentOrderStatus::InProgress) {
        return QStringLiteral("Fulfillment order %1 has an unfulfillable status= %2.")
            .arg(fulfillmentOrder.id)
            .arg(shopifyName(status).toLower());
    }
    if (by == Fulfiller::FulfillmentService) {
        // The service ships only what it was asked for and accepted, at its own location.
        const bool accepted = location.isFulfillmentService()
                              && fulfillmentOrder.requestStatus == RequestStatus::Accepted;
        return accepted ? QString()
                        : QStringLiteral(
                              "Fulfillment order %1 was not accepted by a fulfillment service.")
                              .arg(fulfillmentOrder.id);
    }
    if (!OrderRules::supportedActions(fulfillmentOrder, location)
             .contains(FulfillmentOrderAction::CreateFulfillment)) {
        // Open, but packed by a fulfillment service: the merchant may only request it.
        return QStringLiteral("Fulfillment order %1 is assigned to the fulfillment service %2 and "
                              "can't be fulfilled by the merchant.")
            .arg(fulfillmentOrder.id)
            .arg(location.fulfillmentServiceName);
    }
    return {};
}

} // namespace

FulfillmentMutations::FulfillmentMutations(StoreData &data, Clock clock)
    : m_data(data)
    , m_clock(std::move(clock))
{}

std::optional<std::pair<int, int>> FulfillmentMutations::visibleFulfillmentOrder(qint64 id) const
{
    const auto position = m_data.fulfillmentOrderIndex(id);
    if (position && m_visible && !m_visible(m_data.orders[position->first]))
        return std::nullopt;
    return position;
}

std::optional<std::pair<int, int>> FulfillmentMutations::visibleFulfillment(qint64 id) const
{
    const auto position = m_data.fulfillmentIndex(id);
    if (position && m_visible && !m_visible(m_data.orders[position->first]))
        return std::nullopt;
    return position;
}

QList<TrackingInfo> FulfillmentMutations::trackingFrom(const TrackingInput &input)
{
    QList<TrackingInfo> tracking;
    if (input.numbers.isEmpty()) {
        for (const QString &url : input.urls)
            tracking.append({input.company, QString(), url});
        if (tracking.isEmpty() && !input.company.isNull())
            tracking.append({input.company, QString(), QString()});
        return tracking;
    }
    for (qsizetype i = 0; i < input.numbers.size(); ++i) {
        const QString &number = input.numbers[i];
        QString url = input.urls.value(i);
        if (url.isEmpty())
            url = TrackingUrls::urlFor(input.company, number);
        tracking.append({input.company, number, url});
    }
    return tracking;
}

MutationOutcome FulfillmentMutations::create(const FulfillmentRequest &request, Fulfiller by)
{
    MutationOutcome outcome;
    auto refuse = [&outcome](const QStringList &field, const QString &message) {
        outcome.userErrors.append({field, message});
    };
    if (request.lineItemsByFulfillmentOrder.isEmpty()) {
        refuse({QStringLiteral("fulfillment"), QStringLiteral("lineItemsByFulfillmentOrder")},
               QStringLiteral("Line items by fulfillment order can't be blank."));
        return outcome;
    }

    // Check everything first: a refused request changes nothing.
    struct Shipment
    {
        int fulfillmentOrder = 0;
        QList<std::pair<int, int>> items; // (position in the fulfillment order, quantity)
    };
    QList<Shipment> shipments;
    int orderIndex = -1;
    int location = -1;
    QSet<int> seen;
    for (int i = 0; i < request.lineItemsByFulfillmentOrder.size(); ++i) {
        const FulfillmentOrderSelection &selection = request.lineItemsByFulfillmentOrder[i];
        const QStringList idField = selectionField(i, {QStringLiteral("fulfillmentOrderId")});
        if (selection.items && selection.items->size() > kMaxLineItemsPerFulfillmentOrder) {
            refuse(selectionField(i, {QStringLiteral("fulfillmentOrderLineItems")}),
                   QStringLiteral("Fulfillment order line items accept at most %1 line items per "
                                  "fulfillment order; %2 were given.")
                       .arg(kMaxLineItemsPerFulfillmentOrder)
                       .arg(selection.items->size()));
            continue;
        }
        const auto position = visibleFulfillmentOrder(selection.fulfillmentOrderId);
        if (!position) {
            refuse(idField, QStringLiteral("Fulfillment order does not exist."));
            continue;
        }
        const auto [o, f] = *position;
        const FulfillmentOrder &fo = m_data.orders[o].fulfillmentOrders[f];
        if (orderIndex < 0) {
            orderIndex = o;
            location = fo.location;
        } else if (o != orderIndex) {
            refuse(idField, QStringLiteral("All fulfillment orders must belong to the same order."));
            continue;
        } else if (fo.location != location) {
            refuse(idField,
                   QStringLiteral("All fulfillment orders must be assigned to the same location."));
            continue;
        }
        if (seen.contains(f)) {
            refuse(idField,
                   QStringLiteral("Fulfillment order %1 is listed more than once.").arg(fo.id));
            continue;
        }
        seen.insert(f);
        const QString reason = unfulfillableReason(fo, m_data.locations[fo.location], by);
        if (!reason.isEmpty()) {
            outcome.duplicate |= fo.status == FulfillmentOrderStatus::Closed;
            refuse(idField, reason);
            continue;
        }

        Shipment shipment;
        shipment.fulfillmentOrder = f;
        if (!selection.items || selection.items->isEmpty()) {
            for (int k = 0; k < fo.lineItems.size(); ++k) {
                if (fo.lineItems[k].remainingQuantity > 0)
                    shipment.items.append({k, fo.lineItems[k].remainingQuantity});
            }
            if (shipment.items.isEmpty()) {
                outcome.duplicate = true;
                refuse(idField,
                       QStringLiteral("Fulfillment order %1 has nothing left to fulfill.")
                           .arg(fo.id));
                continue;
            }
        } else {
            QSet<int> listed;
            for (int j = 0; j < selection.items->size(); ++j) {
                const auto &item = selection.items->at(j);
                const QStringList itemField = selectionField(i,
                                                             {QStringLiteral(
                                                                  "fulfillmentOrderLineItems"),
                                                              QString::number(j)});
                const auto found = std::find_if(fo.lineItems.cbegin(),
                                                fo.lineItems.cend(),
                                                [&item](const FulfillmentOrderLineItem &line) {
                                                    return line.id
                                                           == item.fulfillmentOrderLineItemId;
                                                });
                if (found == fo.lineItems.cend()) {
                    refuse(itemField + QStringList{QStringLiteral("id")},
                           QStringLiteral("Fulfillment order line item %1 does not belong to "
                                          "fulfillment order %2.")
                               .arg(item.fulfillmentOrderLineItemId)
                               .arg(fo.id));
                    continue;
                }
                const int k = int(found - fo.lineItems.cbegin());
                if (listed.contains(k)) {
                    refuse(itemField + QStringList{QStringLiteral("id")},
                           QStringLiteral(
                               "Fulfillment order line item %1 is listed more than once.")
                               .arg(item.fulfillmentOrderLineItemId));
                    continue;
                }
                listed.insert(k);
                if (item.quantity <= 0 || item.quantity > found->remainingQuantity) {
                    outcome.duplicate |= item.quantity > 0 && item.quantity <= found->totalQuantity;
                    refuse(itemField + QStringList{QStringLiteral("quantity")},
                           QStringLiteral(
                               "Invalid fulfillment order line item quantity requested: %1 "
                               "(%2 remaining).")
                               .arg(item.quantity)
                               .arg(found->remainingQuantity));
                    continue;
                }
                shipment.items.append({k, item.quantity});
            }
        }
        shipments.append(shipment);
    }
    if (!outcome.userErrors.isEmpty())
        return outcome;

    const Timestamp now = m_clock();
    Order &order = m_data.orders[orderIndex];
    Fulfillment fulfillment;
    fulfillment.id = m_data.newId();
    fulfillment.sequence = int(order.fulfillments.size()) + 1;
    fulfillment.status = FulfillmentStatus::Success;
    fulfillment.location = location;
    fulfillment.createdAt = now;
    fulfillment.updatedAt = now;
    if (request.tracking)
        fulfillment.tracking = trackingFrom(*request.tracking);
    for (const Shipment &shipment : std::as_const(shipments)) {
        FulfillmentOrder &fo = order.fulfillmentOrders[shipment.fulfillmentOrder];
        for (const auto &[k, quantity] : shipment.items) {
            FulfillmentOrderLineItem &line = fo.lineItems[k];
            line.remainingQuantity -= quantity;
            fulfillment.lineItems.append(
                {m_data.newId(), line.lineItem, shipment.fulfillmentOrder, quantity});
            moveStock(order, line.lineItem, fo.location, quantity);
        }
        fo.updatedAt = now;
        if (fo.remainingQuantity() == 0)
            fo.status = FulfillmentOrderStatus::Closed;
        else if (fo.status == FulfillmentOrderStatus::Open)
            fo.status = FulfillmentOrderStatus::InProgress;
    }
    order.fulfillments.append(fulfillment);
    // Fulfilling is news that supersedes a pinned legacy status.
    order.legacyDisplayStatus.reset();
    finish(orderIndex, now);

    outcome.order = orderIndex;
    outcome.fulfillment = int(order.fulfillments.size() - 1);
    outcome.customerNotified = request.notifyCustomer == NotifyCustomer::Yes
                               && !order.email.isEmpty();
    return outcome;
}

PickupOutcome FulfillmentMutations::prepareForPickup(const QList<qint64> &fulfillmentOrderIds)
{
    PickupOutcome outcome;
    auto refuse = [&outcome](int entry, const QString &message, const QString &code) {
        outcome.userErrors.append({{QStringLiteral("input"),
                                    QStringLiteral("lineItemsByFulfillmentOrder"),
                                    QString::number(entry),
                                    QStringLiteral("fulfillmentOrderId")},
                                   message,
                                   code});
    };
    const QString invalid = QStringLiteral("FULFILLMENT_ORDER_INVALID");
    if (fulfillmentOrderIds.isEmpty()) {
        outcome.userErrors.append(
            {{QStringLiteral("input"), QStringLiteral("lineItemsByFulfillmentOrder")},
             QStringLiteral("Line items by fulfillment order can't be blank."),
             QString()});
        return outcome;
    }
    QList<std::pair<int, int>> prepared;
    for (int i = 0; i < fulfillmentOrderIds.size(); ++i) {
        const qint64 id = fulfillmentOrderIds[i];
        const auto position = visibleFulfillmentOrder(id);
        if (!position) {
            refuse(i, QStringLiteral("Fulfillment order does not exist."), invalid);
            continue;
        }
        if (prepared.contains(*position)) {
            refuse(i,
                   QStringLiteral("Fulfillment order %1 is listed more than once.").arg(id),
                   invalid);
            continue;
        }
        const FulfillmentOrder &fo
            = m_data.orders[position->first].fulfillmentOrders[position->second];
        if (fo.deliveryMethod != DeliveryMethod::PickUp) {
            refuse(i,
                   QStringLiteral("Fulfillment order %1 is not for local pickup.").arg(id),
                   invalid);
            continue;
        }
        if (fo.status != FulfillmentOrderStatus::Open || fo.remainingQuantity() == 0) {
            // Already ready for pickup (IN_PROGRESS), on hold, closed, ...
            refuse(i,
                   QStringLiteral("Fulfillment order %1 has no line items that can be prepared "
                                  "for pickup (its status is %2).")
                       .arg(id)
                       .arg(shopifyName(fo.status).toLower()),
                   QStringLiteral("NO_LINE_ITEMS_TO_PREPARE_FOR_FULFILLMENT_ORDER"));
            continue;
        }
        prepared.append(*position);
    }
    if (!outcome.userErrors.isEmpty())
        return outcome;

    const Timestamp now = m_clock();
    for (const auto &[o, f] : std::as_const(prepared)) {
        FulfillmentOrder &fo = m_data.orders[o].fulfillmentOrders[f];
        fo.status = FulfillmentOrderStatus::InProgress;
        fo.updatedAt = std::max(fo.updatedAt, now);
        if (!outcome.orders.contains(o))
            outcome.orders.append(o);
    }
    for (const int o : std::as_const(outcome.orders)) {
        finish(o, now);
        // Shopify sends the "Ready for pickup" notification by itself.
        if (!m_data.orders[o].email.isEmpty())
            ++outcome.customersNotified;
    }
    return outcome;
}

MutationOutcome FulfillmentMutations::updateTracking(qint64 fulfillmentId,
                                                     const TrackingInput &tracking,
                                                     NotifyCustomer notifyCustomer)
{
    MutationOutcome outcome;
    const QStringList idField{QStringLiteral("fulfillmentId")};
    const auto position = visibleFulfillment(fulfillmentId);
    if (!position) {
        outcome.userErrors.append({idField, QStringLiteral("Fulfillment does not exist.")});
        return outcome;
    }
    const auto [o, f] = *position;
    Order &order = m_data.orders[o];
    Fulfillment &fulfillment = order.fulfillments[f];
    if (fulfillment.status == FulfillmentStatus::Cancelled) {
        outcome.userErrors.append(
            {idField,
             QStringLiteral("Tracking information can't be updated on a cancelled fulfillment.")});
        return outcome;
    }
    const Timestamp now = m_clock();
    fulfillment.tracking = trackingFrom(tracking);
    fulfillment.updatedAt = std::max(fulfillment.updatedAt, now);
    finish(o, now);
    outcome.order = o;
    outcome.fulfillment = f;
    outcome.customerNotified = notifyCustomer == NotifyCustomer::Yes && !order.email.isEmpty();
    return outcome;
}

MutationOutcome FulfillmentMutations::cancel(qint64 fulfillmentId)
{
    MutationOutcome outcome;
    const QStringList idField{QStringLiteral("id")};
    const auto position = visibleFulfillment(fulfillmentId);
    if (!position) {
        outcome.userErrors.append({idField, QStringLiteral("Fulfillment does not exist.")});
        return outcome;
    }
    const auto [o, f] = *position;
    Order &order = m_data.orders[o];
    if (order.fulfillments[f].status != FulfillmentStatus::Success) {
        outcome.userErrors.append({idField,
                                   QStringLiteral("Fulfillment can't be cancelled: it is %1.")
                                       .arg(shopifyName(order.fulfillments[f].status).toLower())});
        return outcome;
    }

    const Timestamp now = m_clock();
    Fulfillment &fulfillment = order.fulfillments[f];
    fulfillment.status = FulfillmentStatus::Cancelled;
    fulfillment.updatedAt = std::max(fulfillment.updatedAt, now);

    // What goes back to each fulfillment order it shipped from, line item by line item, in
    // the order the fulfillment lists them.
    QList<int> touched;
    QHash<int, QList<std::pair<int, int>>> returned; // fulfillment order -> (line item, quantity)
    for (const auto &item : std::as_const(fulfillment.lineItems)) {
        if (!returned.contains(item.fulfillmentOrder))
            touched.append(item.fulfillmentOrder);
        auto &lines = returned[item.fulfillmentOrder];
        const auto same = std::find_if(lines.begin(), lines.end(), [&item](const auto &line) {
            return line.first == item.lineItem;
        });
        if (same == lines.end())
            lines.append({item.lineItem, item.quantity});
        else
            same->second += item.quantity;
    }
    for (const int index : std::as_const(touched)) {
        const auto &lines = returned[index];
        const FulfillmentOrderStatus status = order.fulfillmentOrders[index].status;
        const int location = order.fulfillmentOrders[index].location;
        const bool finished = status == FulfillmentOrderStatus::Closed
                              || status == FulfillmentOrderStatus::Cancelled
                              || status == FulfillmentOrderStatus::Incomplete;
        if (finished) {
            // Shopify leaves a finished fulfillment order alone and opens a new one.
            FulfillmentOrder fresh;
            fresh.id = m_data.newId();
            fresh.location = location;
            fresh.status = FulfillmentOrderStatus::Open;
            fresh.createdAt = now;
            fresh.updatedAt = now;
            fresh.fulfillAt = now;
            for (const auto &[lineItem, quantity] : lines)
                fresh.lineItems.append({m_data.newId(), lineItem, quantity, quantity});
            order.fulfillmentOrders.append(fresh);
        } else {
            FulfillmentOrder &open = order.fulfillmentOrders[index];
            for (const auto &[lineItem, quantity] : lines) {
                for (auto &line : open.lineItems) {
                    if (line.lineItem == lineItem) {
                        line.remainingQuantity += quantity;
                        break;
                    }
                }
            }
            open.updatedAt = now;
            bool stillShipped = false;
            for (const auto &other : std::as_const(order.fulfillments)) {
                if (other.status != FulfillmentStatus::Success)
                    continue;
                for (const auto &item : other.lineItems)
                    stillShipped = stillShipped || item.fulfillmentOrder == index;
            }
            if (open.status == FulfillmentOrderStatus::InProgress && !stillShipped)
                open.status = FulfillmentOrderStatus::Open;
        }
        for (const auto &[lineItem, quantity] : lines)
            moveStock(order, lineItem, location, -quantity);
    }
    order.legacyDisplayStatus.reset();
    finish(o, now);
    outcome.order = o;
    outcome.fulfillment = f;
    return outcome;
}

void FulfillmentMutations::moveStock(const Order &order, int lineItem, int location, int quantity)
{
    const int variant = order.lineItems.value(lineItem).variant;
    if (variant < 0 || variant >= m_data.variants.size())
        return; // a deleted variant has no stock to move
    auto &levels = m_data.variants[variant].inventory;
    auto level = std::find_if(levels.begin(), levels.end(), [location](const InventoryLevel &l) {
        return l.location == location;
    });
    if (level == levels.end()) {
        InventoryLevel empty;
        empty.location = location;
        levels.append(empty);
        level = levels.end() - 1;
    }
    level->onHand -= quantity;
    // Committed is what open fulfillment orders of orders not cancelled still owe
    // (OrderRules::updateCommitted); shipping takes from it, cancelling gives it back.
    if (!order.isCancelled())
        level->committed -= quantity;
}

void FulfillmentMutations::finish(int orderIndex, Timestamp now)
{
    Order &order = m_data.orders[orderIndex];
    order.updatedAt = std::max(order.updatedAt, now);
    OrderRules::update(order);
    m_data.orderChanged(orderIndex);
}

} // namespace demostore
