#pragma once

#include "graphql/Error.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace demostore {

// The access scopes a merchant granted the app (Shopify's handles, "read_orders",
// "write_merchant_managed_fulfillment_orders"), and how Shopify applies them: a write scope
// includes the read scope of the same resource. What is missing answers ACCESS_DENIED.
class AccessScopes final
{
public:
    AccessScopes() = default;
    explicit AccessScopes(const QStringList &handles);

    // What Smidig's operations need (docs/demostore.md explains each): the default grant.
    static QStringList smidigScopes();
    // Scopes from text: handles separated by commas or spaces. Nothing, with *error set,
    // for a handle that is not `read_…`, `write_…` or `unauthenticated_…` in lower case.
    static std::optional<QStringList> parse(const QString &text, QString *error = nullptr);

    // As granted, in the order given (duplicates dropped).
    const QStringList &handles() const { return m_handles; }
    // Granted itself, or through the write scope of the same resource.
    bool allows(const QString &handle) const;
    bool allowsAny(const QStringList &handles) const;

    // Shopify's error for a field the app lacks the scope for: "Access denied for orders
    // field. Required access: `read_orders` access scope." with extensions {code:
    // ACCESS_DENIED, documentation, requiredAccess}. `oneOf` lists the scopes any of which
    // would do.
    static graphql::Error accessDenied(const QString &field, const QStringList &oneOf);

private:
    QStringList m_handles;
};

} // namespace demostore
