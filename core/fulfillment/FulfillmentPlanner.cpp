#include "core/fulfillment/FulfillmentPlanner.h"

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

// What goes out as a parcel: a local pickup is collected instead (planPickedUp).
bool isShippable(const FulfillmentOrder &fo)
{
    return fo.isFulfillable() && !fo.isPickup();
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

// Every line of the fulfillment order with something left, all of what is left.
void addEverythingLeft(FulfillmentRequest &request, const FulfillmentOrder &fo)
{
    for (const FulfillmentOrderLineItem &line : fo.lineItems) {
        if (line.remainingQuantity > 0)
            request.lines.append(
                {fo.id, line.id, line.lineItemId, line.remainingQuantity, line.remainingQuantity});
    }
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
    case Reason::AwaitingRouting:
        text = tr("Shopify is still assigning it to a location; try again in a minute");
        break;
    case Reason::DetailsPending:
        text = tr("Smidig is still reading its items from Shopify; try again in a moment");
        break;
    case Reason::NoFulfillmentOrders:
        text = tr("Shopify shows Smidig no fulfillment orders of it (a marketplace or another "
                  "app may handle it); fulfil it in Shopify's admin");
        break;
    case Reason::Unreadable:
        text = tr("Shopify no longer shows this order to Smidig (it is older than 60 days); "
                  "fulfil it in Shopify's admin, or give the app the read_all_orders scope");
        break;
    case Reason::Pickup:
        text = detail.isEmpty()
                   ? tr("local pickup: use Ready for Pickup, then Picked Up")
                   : tr("local pickup at %1: use Ready for Pickup, then Picked Up").arg(detail);
        break;
    case Reason::PickupNotReady:
        text = tr("local pickup not marked ready yet: use Ready for Pickup first");
        break;
    case Reason::NoPickup:
        text = tr("not a local pickup order");
        break;
    case Reason::ExternalService:
        text = detail.isEmpty()
                   ? tr("fulfilled outside Shopify; Smidig may not fulfil it")
                   : tr("fulfilled outside Shopify (%1); Smidig may not fulfil it").arg(detail);
        break;
    case Reason::ClaimedElsewhere:
        //: %1 is a station, such as "Station 2 (Anna)"
        text = tr("being packed at %1").arg(detail);
        break;
    case Reason::QueuedElsewhere:
        //: %1 is a station, such as "Station 2 (Anna)"
        text = tr("already being fulfilled at %1").arg(detail);
        break;
    case Reason::ChangedMeanwhile:
        text = tr("fulfilled meanwhile, at another station or in Shopify");
        break;
    }
    return partly ? tr("partly: %1").arg(text) : text;
}

FulfillmentPlanner::Refusal FulfillmentPlanner::refusalFor(const Order &order,
                                                           const FulfillmentOrder &fo,
                                                           bool partly)
{
    Refusal refusal{order.id, order.name, Reason::NotFulfillable, {}, partly};
    if (fo.isPickup() && fo.supports(u"CREATE_FULFILLMENT")
        && fo.status != FulfillmentOrderStatus::OnHold && fo.holds.isEmpty()) {
        refusal.reason = Reason::Pickup;
        refusal.detail = fo.location.name;
        return refusal;
    }
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
    } else if (fo.supports(u"EXTERNAL") || fo.supports(u"REQUEST_FULFILLMENT")) {
        // Shopify offers only to pass it on: a marketplace or service ships it, or the app
        // may not fulfil from this location.
        refusal.reason = Reason::ExternalService;
        refusal.detail = fo.location.name;
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
    if (order.unreadableSince.isValid())
        return Refusal{order.id, order.name, Reason::Unreadable, {}, false};
    if (order.detailsPending)
        return Refusal{order.id, order.name, Reason::DetailsPending, {}, false};
    if (order.isAwaitingRouting()) {
        const bool overdue = order.createdAt.msecsTo(m_now) > kRoutingPatienceMs;
        return Refusal{order.id,
                       order.name,
                       overdue ? Reason::NoFulfillmentOrders : Reason::AwaitingRouting,
                       {},
                       false};
    }
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
                                                isShippable);
        QList<Refusal> blocked;
        for (const FulfillmentOrder &fo : order.fulfillmentOrders) {
            if (!isOpenWork(fo))
                continue;
            if (!isShippable(fo)) {
                blocked.append(refusalFor(order, fo, anyFulfillable));
                continue;
            }
            addEverythingLeft(requestFor(plan.requests, order, fo.location), fo);
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
                if (!isShippable(fo)) {
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

FulfillmentPlanner::PickupPlan FulfillmentPlanner::planPickupReady(const QList<Order> &orders) const
{
    PickupPlan plan;
    for (const Order &order : orders) {
        if (const auto refusal = orderRefusal(order)) {
            plan.refusals.append(*refusal);
            continue;
        }
        QList<PickupRequest> requests;
        for (const FulfillmentOrder &fo : order.fulfillmentOrders) {
            // Ready once: an in-progress pickup has been made ready already.
            if (!fo.isPickup() || !isOpenWork(fo) || fo.status != FulfillmentOrderStatus::Open
                || !fo.holds.isEmpty())
                continue;
            auto it = std::find_if(requests.begin(), requests.end(), [&fo](const PickupRequest &r) {
                return locationKey(r.location) == locationKey(fo.location);
            });
            if (it == requests.end()) {
                requests.append({order.id, order.name, fo.location, {}, 0});
                it = requests.end() - 1;
            }
            it->fulfillmentOrderIds.append(fo.id);
            it->itemCount += fo.remainingQuantity();
        }
        if (requests.isEmpty()) {
            const bool anyPickup = std::any_of(order.fulfillmentOrders.cbegin(),
                                               order.fulfillmentOrders.cend(),
                                               [](const FulfillmentOrder &fo) {
                                                   return fo.isPickup() && isOpenWork(fo);
                                               });
            plan.refusals.append({order.id,
                                  order.name,
                                  anyPickup ? Reason::NotFulfillable : Reason::NoPickup,
                                  {},
                                  false});
        }
        plan.requests.append(requests);
    }
    return plan;
}

FulfillmentPlanner::Plan FulfillmentPlanner::planPickedUp(const QList<Order> &orders) const
{
    Plan plan;
    for (const Order &order : orders) {
        if (const auto refusal = orderRefusal(order)) {
            plan.refusals.append(*refusal);
            continue;
        }
        bool anyPickup = false;
        bool anyReady = false;
        for (const FulfillmentOrder &fo : order.fulfillmentOrders) {
            if (!fo.isPickup() || !isOpenWork(fo))
                continue;
            anyPickup = true;
            // Made ready (in progress) and Shopify lets it be fulfilled.
            if (fo.status != FulfillmentOrderStatus::InProgress || !fo.isFulfillable())
                continue;
            anyReady = true;
            addEverythingLeft(requestFor(plan.requests, order, fo.location), fo);
        }
        if (!anyReady)
            plan.refusals.append({order.id,
                                  order.name,
                                  anyPickup ? Reason::PickupNotReady : Reason::NoPickup,
                                  {},
                                  false});
    }
    return plan;
}
