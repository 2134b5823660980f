#pragma once

#include "core/demostore/CustomerDataAccess.h"
#include "core/graphql/Error.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace demostore {

// What the app may read and do: the access scopes a merchant granted it (Shopify's handles,
// "read_orders", "write_merchant_managed_fulfillment_orders"), applied as Shopify applies
// them (a write scope includes the read scope of the same resource), and the protected
// customer data Shopify approved it for. What is missing answers ACCESS_DENIED.
class AccessScopes final
{
public:
    AccessScopes() = default;
    explicit AccessScopes(const QStringList &handles,
                          const CustomerDataAccess &customerData = CustomerDataAccess::full());

    // What Smidig's operations need (docs/demostore.md explains each).
    static QStringList smidigScopes();
    // What Smidig asks for without needing it: read_all_orders (orders older than 60 days).
    static QStringList optionalScopes();
    // The demo store's default grant: all of the above, as a merchant who accepts what the
    // app asks for grants it.
    static QStringList defaultGrant() { return smidigScopes() + optionalScopes(); }
    // Scopes from text: handles separated by commas or spaces. Nothing, with *error set,
    // for a handle that is not `read_…`, `write_…` or `unauthenticated_…` in lower case.
    static std::optional<QStringList> parse(const QString &text, QString *error = nullptr);

    // As granted, in the order given (duplicates dropped).
    const QStringList &handles() const { return m_handles; }
    // Granted itself, or through the write scope of the same resource.
    bool allows(const QString &handle) const;
    bool allowsAny(const QStringList &handles) const;
    // Orders of any age; without read_all_orders only those created in the last 60 days
    // (seconds since the epoch, UTC, both), as Shopify documents for Order.
    bool allowsAllOrders() const { return allows(QStringLiteral("read_all_orders")); }
    bool allowsOrderCreatedAt(qint64 createdAt, qint64 now) const
    {
        constexpr qint64 kSixtyDays = qint64(60) * 86400;
        return createdAt >= now - kSixtyDays || allowsAllOrders();
    }

    const CustomerDataAccess &customerData() const { return m_customerData; }
    void setCustomerData(const CustomerDataAccess &access) { m_customerData = access; }

    // Shopify's error for a field the app lacks the scope for: "Access denied for orders
    // field. Required access: `read_orders` access scope." with extensions {code:
    // ACCESS_DENIED, documentation, requiredAccess}. `oneOf` lists the scopes any of which
    // would do.
    static graphql::Error accessDenied(const QString &field, const QStringList &oneOf);

private:
    QStringList m_handles;
    CustomerDataAccess m_customerData;
};

} // namespace demostore
