#include "core/model/Order.h"

#include <QLocale>

#include <algorithm>

bool ShippingAddress::isEmpty() const
{
    return company.isEmpty() && address1.isEmpty() && address2.isEmpty() && zip.isEmpty()
           && city.isEmpty() && province.isEmpty() && countryCode.isEmpty();
}

QStringList ShippingAddress::lines() const
{
    QStringList lines;
    for (const QString &part : {company, address1, address2}) {
        if (!part.trimmed().isEmpty())
            lines.append(part.trimmed());
    }
    const QString place = QString(zip.trimmed() + u' ' + city.trimmed()).trimmed();
    if (!place.isEmpty())
        lines.append(place);
    if (!province.trimmed().isEmpty())
        lines.append(province.trimmed());
    if (!countryCode.isEmpty()) {
        const QLocale::Territory territory = QLocale::codeToTerritory(countryCode);
        QString country;
        if (territory != QLocale::AnyTerritory)
            country = QLocale(QLocale::AnyLanguage, territory).nativeTerritoryName();
        lines.append(country.isEmpty() ? countryCode : country);
    }
    return lines;
}

int LineItem::fulfilledQuantity() const
{
    return std::max(0, currentQuantity - unfulfilledQuantity);
}

bool FulfillmentOrder::supports(QStringView action) const
{
    return std::any_of(supportedActions.cbegin(),
                       supportedActions.cend(),
                       [action](const QString &a) { return a == action; });
}

int FulfillmentOrder::remainingQuantity() const
{
    int sum = 0;
    for (const auto &item : lineItems)
        sum += item.remainingQuantity;
    return sum;
}

bool FulfillmentOrder::isFulfillable() const
{
    if (status == FulfillmentOrderStatus::Closed || status == FulfillmentOrderStatus::Cancelled)
        return false;
    return supports(u"CREATE_FULFILLMENT") && remainingQuantity() > 0;
}

QList<Location> Order::locations() const
{
    QList<Location> result;
    for (const auto &fo : fulfillmentOrders) {
        const bool known = std::any_of(result.cbegin(), result.cend(), [&fo](const Location &l) {
            return l.id == fo.location.id && l.name == fo.location.name;
        });
        if (!known)
            result.append(fo.location);
    }
    return result;
}

int Order::itemCount() const
{
    if (detailsPending)
        return listedItemCount;
    int sum = 0;
    for (const auto &item : lineItems)
        sum += item.currentQuantity;
    return sum;
}

bool Order::isAwaitingRouting() const
{
    if (!fulfillmentOrders.isEmpty() || cancelledAt.isValid() || closed || detailsPending)
        return false;
    return std::any_of(lineItems.cbegin(), lineItems.cend(), [](const LineItem &item) {
        return item.unfulfilledQuantity > 0;
    });
}
