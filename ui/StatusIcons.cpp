#include "ui/StatusIcons.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace {

QIcon cached(const QString &name)
{
    static QHash<QString, QIcon> icons;
    auto it = icons.find(name);
    if (it == icons.end())
        it = icons.insert(name, QIcon(u":/icons/"_s + name + u".svg"_s));
    return it.value();
}

} // namespace

namespace StatusIcons {

QIcon forStatus(OrderFulfillmentStatus status)
{
    switch (status) {
    case OrderFulfillmentStatus::Unfulfilled:
        return cached(u"status-unfulfilled"_s);
    case OrderFulfillmentStatus::PartiallyFulfilled:
        return cached(u"status-partially-fulfilled"_s);
    case OrderFulfillmentStatus::Fulfilled:
        return cached(u"status-fulfilled"_s);
    case OrderFulfillmentStatus::InProgress:
        return cached(u"status-in-progress"_s);
    case OrderFulfillmentStatus::OnHold:
        return cached(u"status-on-hold"_s);
    case OrderFulfillmentStatus::Scheduled:
        return cached(u"status-scheduled"_s);
    case OrderFulfillmentStatus::PendingFulfillment:
        return cached(u"status-pending"_s);
    case OrderFulfillmentStatus::RequestDeclined:
        return cached(u"status-declined"_s);
    case OrderFulfillmentStatus::Restocked:
        return cached(u"status-restocked"_s);
    case OrderFulfillmentStatus::Open:
        return cached(u"status-open"_s);
    case OrderFulfillmentStatus::Unknown:
        break;
    }
    return cached(u"status-unknown"_s);
}

QIcon forStatus(FulfillmentOrderStatus status)
{
    switch (status) {
    case FulfillmentOrderStatus::Open:
        return cached(u"status-unfulfilled"_s);
    case FulfillmentOrderStatus::InProgress:
        return cached(u"status-in-progress"_s);
    case FulfillmentOrderStatus::OnHold:
        return cached(u"status-on-hold"_s);
    case FulfillmentOrderStatus::Scheduled:
        return cached(u"status-scheduled"_s);
    case FulfillmentOrderStatus::Incomplete:
        return cached(u"status-partially-fulfilled"_s);
    case FulfillmentOrderStatus::Closed:
        return cached(u"status-fulfilled"_s);
    case FulfillmentOrderStatus::Cancelled:
        return cached(u"status-declined"_s);
    case FulfillmentOrderStatus::Unknown:
        break;
    }
    return cached(u"status-unknown"_s);
}

QIcon archived()
{
    return cached(u"status-archived"_s);
}

QIcon cancelled()
{
    return cached(u"status-cancelled"_s);
}

QIcon allOrders()
{
    return cached(u"status-all"_s);
}

QIcon sending()
{
    return cached(u"outbox-sending"_s);
}

QIcon warning()
{
    return cached(u"warning"_s);
}

QIcon error()
{
    return cached(u"error"_s);
}

QIcon detected()
{
    return cached(u"tracking-detected"_s);
}

QIcon information()
{
    return cached(u"info"_s);
}

QIcon offline()
{
    return cached(u"offline"_s);
}

} // namespace StatusIcons
