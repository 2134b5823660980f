#pragma once

#include "core/demostore/AccessScopes.h"
#include "core/demostore/StoreData.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace demostore {

// The store's objects as the JSON trees Shopify's Admin API would return for them, with every
// field the demo store can answer (more than any one query asks for: the executor picks the
// selected ones). Objects carry "__typename"; global ids look like "gid://shopify/Order/123";
// times are ISO 8601 in UTC ("2026-01-15T09:30:12Z"); money is a decimal string as Shopify
// writes it ("129.95", "200.0") with the shop's currency.
class StoreJson final
{
public:
    explicit StoreJson(const StoreData &data);

    // With scopes, an order lists only the fulfillment orders they let the app see, as
    // Shopify does (merchant-managed ones need read_merchant_managed_fulfillment_orders,
    // those at a fulfillment service read_third_party_fulfillment_orders), and protected
    // customer data the app is not approved for is denied field by field; without, all.
    void setScopes(const AccessScopes *scopes) { m_scopes = scopes; }
    bool isVisible(const FulfillmentOrder &fulfillmentOrder) const;
    // The scope that shows a fulfillment order.
    QString readScopeFor(const FulfillmentOrder &fulfillmentOrder) const;

    QJsonObject shop() const;
    QJsonObject order(const Order &order) const;
    // With `withOrder` it also holds its order (for the root field fulfillmentOrder(id:)); the
    // copies inside an order do not, as the tree cannot loop.
    QJsonObject fulfillmentOrder(const Order &order, int index, bool withOrder) const;
    // A fulfillment; with `withOrder` it holds its order too (for mutation payloads).
    QJsonObject fulfillment(const Order &order, int index, bool withOrder) const;
    QJsonObject location(int index) const;
    // A variant's inventory item with its variants and its stock per location
    // (inventoryLevels, each with every quantity name Shopify keeps).
    QJsonObject inventoryItem(int variantIndex) const;

    static QString gid(QStringView type, qint64 id);
    // The number of a global id of the given type; nothing for anything else.
    static std::optional<qint64> idFromGid(QStringView gid, QStringView type);
    static QString dateTime(Timestamp time);
    // Shopify's Decimal: at least one decimal, no trailing zeros beyond it ("200.0").
    static QString decimal(qint64 minorUnits, const QString &currencyCode);

private:
    CustomerDataAccess customerDataAccess() const;
    // The customer and an address with what the app may not read replaced by Shopify's
    // ACCESS_DENIED error (graphql::Error::toFieldValue()).
    QJsonValue customer(const Customer &customer) const;
    QJsonValue mailingAddress(const MailingAddress &address, qint64 ownerId) const;
    QJsonObject moneyBag(qint64 minorUnits) const;
    QList<QJsonObject> lineItems(const Order &order) const;
    QJsonObject lineItem(const Order &order, int index) const;
    QJsonObject fulfillmentOrder(const Order &order,
                                 int index,
                                 const QList<QJsonObject> &lines) const;
    QJsonObject fulfillment(const Order &order, int index, const QList<QJsonObject> &lines) const;
    // Catalogue objects repeat across orders: made once per data version.
    void refreshCaches() const;

    const StoreData &m_data;
    const AccessScopes *m_scopes = nullptr;
    mutable quint64 m_cachedVersion = ~quint64(0);
    mutable QList<QJsonObject> m_locations;
    mutable QList<QJsonObject> m_products; // per variant
    mutable QList<QJsonObject> m_variants;
    mutable QHash<qint64, QJsonObject> m_moneyBags;
};

} // namespace demostore
