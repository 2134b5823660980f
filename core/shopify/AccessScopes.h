#pragma once

#include <QCoreApplication>
#include <QStringList>

// The Admin API access scopes Smidig needs, and which of them a shop's app lacks. A write
// scope includes reading the same data, as Shopify grants it.
class AccessScopes final
{
    Q_DECLARE_TR_FUNCTIONS(AccessScopes)

public:
    // read_orders, the fulfillment order scopes, read_inventory, read_locations.
    static QStringList required();
    static QStringList missing(const QStringList &granted);
    // Scopes Smidig works without but does more with: read_all_orders (open orders older than
    // 60 days, such as backorders and pre-orders, stay readable).
    static QStringList optional();
    static QStringList missingOptional(const QStringList &granted);
    // What a scope lets Smidig do, for the connect dialog.
    static QString purpose(const QString &scope);
};
