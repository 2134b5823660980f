#include "AccessScopes.h"

using namespace Qt::StringLiterals;

QStringList AccessScopes::required()
{
    return {u"read_orders"_s,
            u"read_merchant_managed_fulfillment_orders"_s,
            u"write_merchant_managed_fulfillment_orders"_s,
            u"read_third_party_fulfillment_orders"_s,
            u"read_inventory"_s,
            u"read_locations"_s,
            // The stock panel reads each item's variant for its inventory policy.
            u"read_products"_s};
}

QStringList AccessScopes::missing(const QStringList &granted)
{
    QStringList result;
    for (const QString &scope : required()) {
        QString write = scope;
        if (write.startsWith("read_"_L1))
            write.replace(0, 4, u"write"_s);
        if (!granted.contains(scope) && !granted.contains(write))
            result.append(scope);
    }
    return result;
}

QString AccessScopes::purpose(const QString &scope)
{
    if (scope == "read_orders"_L1)
        return tr("read orders");
    if (scope == "read_merchant_managed_fulfillment_orders"_L1)
        return tr("read what the shop ships itself");
    if (scope == "write_merchant_managed_fulfillment_orders"_L1)
        return tr("fulfil orders and add tracking");
    if (scope == "read_third_party_fulfillment_orders"_L1)
        return tr("see what fulfillment services ship");
    if (scope == "read_inventory"_L1)
        return tr("read stock levels");
    if (scope == "read_locations"_L1)
        return tr("read the shop's locations");
    if (scope == "read_products"_L1)
        return tr("see whether an item sells on when out of stock");
    return scope;
}
