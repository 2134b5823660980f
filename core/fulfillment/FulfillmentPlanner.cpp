#include "FulfillmentPlanner.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>

namespace {

// The key requests are grouped by: Shopify takes one location per fulfillmentCreate.
QString locationKey(const Location &location)
{
    return location.id.isEmpty() ? location.name : location.id;
}

bool isOpenWork(const FulfillmentOrder &fo)
{
    return fo.status != FulfillmentOrderStatus::Closed
           && fo.status != FulfillmentOrderStatus::Cancelled && fo.remainingQuantity() > 0;
}

FulfillmentRequest &requestFor(QList<FulfillmentRequest> &requests,
                               const Order &order,
                               const Location &location)
{
    for (FulfillmentRequest &request : requests) {
        if (request.orderId == order.id && locationKey(request.location) == locationKey(location))
            return request;
    }
    FulfillmentRequest request;
    request.orderId = order.id;
    request.orderName = order.name;
    request.location = location;
    requests.append(request);
    return requests.last();
}

} // namespace

int FulfillmentPlanner::Plan::orderCount() const
{
    QSet<QString> orders;
    for (const FulfillmentRequest &request : requests)
        orders.insert(request.orderId);
    return int(orders.size());
}

QString FulfillmentPlanner::Refusal::message() const
{
    QString text;
    switch (reason) {
    case Reason::Cancelled:
        text = tr("the order was cancelled");
        break;
    case Reason::AlreadyFulfilled:
        text = tr("already fulfilled");
        break;
    case Reason::OnHold:
        text = detail.isEmpty() ? tr("on hold") : tr("on hold: %1").arg(detail);
        break;
    case Reason::Scheduled:
        text = detail.isEmpty() ? tr("scheduled for later") : tr("scheduled for %1").arg(detail);
        break;
    case Reason::FulfillmentService:
        text = tr("shipped by %1").arg(detail);
        break;
    case Reason::AwaitingRequest:
        text = tr("requested from %1, not shipped here").arg(detail);
        break;
    case Reason::Pending:
        text = tr("Smidig is already sending a change for it");
        break;
    case Reason::NotFulfillable:
        text = detail.isEmpty() ? tr("Shopify does not allow fulfilling it now")
                                : tr("Shopify does not allow fulfilling it now (%1)").arg(detail);
        break;
    case Reason::NothingChosen:
        text = tr("no quantities chosen");
        break;
    }
    return partly ? tr("partly: %1").arg(text) : text;
}

FulfillmentPlanner::Refusal FulfillmentPlanner::refusalFor(const Order &order,
                                                           const FulfillmentOrder &fo,
                                                           bool partly)
{
    Refusal refusal{order.id, order.name, Reason::NotFulfillable, {}, partly};
    if (fo.status == FulfillmentOrderStatus::OnHold || !fo.holds.isEmpty()) {
        refusal.reason = Reason::OnHold;
        QStringList reasons;
        for (const FulfillmentHold &hold : fo.holds)
            reasons.append(displayName(hold.reason));
        refusal.detail = reasons.join(QStringLiteral(", "));
    } else if (fo.status == FulfillmentOrderStatus::Scheduled) {
        refusal.reason = Reason::Scheduled;
        if (fo.fulfillAt.isValid())
            refusal.detail = QLocale().toString(fo.fulfillAt.toLocalTime(), QLocale::ShortFormat);
    } else if (!fo.fulfillmentService.isEmpty()) {
        const bool requested = fo.requestStatus == QLatin1StringView("SUBMITTED")
                               || fo.requestStatus == QLatin1StringView("ACCEPTED")
                               || fo.requestStatus == QLatin1StringView("REJECTED");
        refusal.reason = requested ? Reason::AwaitingRequest : Reason::FulfillmentService;
        refusal.detail = fo.fulfillmentService;
    } else {
        refusal.detail = displayName(fo.status);
    }
    // When other parts of the order go, say which part stays.
    if (partly && !fo.location.name.isEmpty()) {
        refusal.detail = refusal.detail.isEmpty()
                             ? fo.location.name
                             : fo.location.name + QStringLiteral(", ") + refusal.detail;
    }
    return refusal;
}

std::optional<FulfillmentPlanner::Refusal> FulfillmentPlanner::orderRefusal(const Order &order) const
{
    if (m_pending.contains(order.id))
        return Refusal{order.id, order.name, Reason::Pending, {}, false};
    if (order.cancelledAt.isValid())
        return Refusal{order.id, order.name, Reason::Cancelled, {}, false};
    const bool anythingLeft = std::any_of(order.fulfillmentOrders.cbegin(),
                                          order.fulfillmentOrders.cend(),
                                          isOpenWork);
    if (!anythingLeft)
        return Refusal{order.id, order.name, Reason::AlreadyFulfilled, {}, false};
    return std::nullopt;
}

FulfillmentPlanner::Plan FulfillmentPlanner::planWhole(const QList<Order> &orders) const
{
    Plan plan;
    for (const Order &order : orders) {
        if (const auto refusal = orderRefusal(order)) {
            plan.refusals.append(*refusal);
            continue;
        }
        const bool anyFulfillable = std::any_of(order.fulfillmentOrders.cbegin(),
                                                order.fulfillmentOrders.cend(),
                                                [](const FulfillmentOrder &fo) {
                                                    return fo.isFulfillable();
                                                });
        QList<Refusal> blocked;
        for (const FulfillmentOrder &fo : order.fulfillmentOrders) {
            if (!isOpenWork(fo))
                continue;
            if (!fo.isFulfillable()) {
                blocked.append(refusalFor(order, fo, anyFulfillable));
                continue;
            }
            FulfillmentRequest &request = requestFor(plan.requests, order, fo.location);
            for (const FulfillmentOrderLineItem &line : fo.lineItems) {
                if (line.remainingQuantity > 0)
                    request.lines.append({fo.id,
                                          line.id,
                                          line.lineItemId,
                                          line.remainingQuantity,
                                          line.remainingQuantity});
            }
        }
        // When nothing of the order goes, one reason says it; when some goes, each part that
        // stays behind is named.
        if (!anyFulfillable && !blocked.isEmpty())
            blocked.resize(1);
        plan.refusals.append(blocked);
    }
    return plan;
}

FulfillmentPlanner::Plan FulfillmentPlanner::planPartial(const Order &order,
                                                         const QHash<QString, int> &quantities) const
{
    Plan plan;
    if (const auto refusal = orderRefusal(order)) {
        plan.refusals.append(*refusal);
        return plan;
    }
    std::optional<Refusal> blocked;
    for (const LineItem &item : order.lineItems) {
        int wanted = quantities.value(item.id, 0);
        for (const FulfillmentOrder &fo : order.fulfillmentOrders) {
            if (wanted <= 0)
                break;
            for (const FulfillmentOrderLineItem &line : fo.lineItems) {
                if (wanted <= 0 || line.lineItemId != item.id || line.remainingQuantity <= 0)
                    continue;
                if (!fo.isFulfillable()) {
                    if (!blocked && isOpenWork(fo))
                        blocked = refusalFor(order, fo, false);
                    continue;
                }
                const int take = std::min(wanted, line.remainingQuantity);
                requestFor(plan.requests, order, fo.location)
                    .lines.append({fo.id, line.id, line.lineItemId, take, line.remainingQuantity});
                wanted -= take;
            }
        }
    }
    if (plan.requests.isEmpty())
        plan.refusals.append(
            blocked.value_or(Refusal{order.id, order.name, Reason::NothingChosen, {}, false}));
    return plan;
}
