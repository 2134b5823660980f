#include "core/shopify/AccessScopes.h"

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

QStringList AccessScopes::optional()
{
    return {u"read_all_orders"_s};
}

namespace {

QStringList notGranted(const QStringList &wanted, const QStringList &granted)
{
    QStringList result;
    for (const QString &scope : wanted) {
        QString write = scope;
        if (write.startsWith("read_"_L1))
            write.replace(0, 4, u"write"_s);
        if (!granted.contains(scope) && !granted.contains(write))
            result.append(scope);
    }
    return result;
}

} // namespace

QStringList AccessScopes::missing(const QStringList &granted)
{
    return notGranted(required(), granted);
}

QStringList AccessScopes::missingOptional(const QStringList &granted)
{
    return notGranted(optional(), granted);
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
    if (scope == "read_all_orders"_L1)
        return tr("keep reading open orders older than 60 days, such as backorders and "
                  "pre-orders");
    return scope;
}
