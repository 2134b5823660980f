#include "core/demostore/AccessScopes.h"

#include <QRegularExpression>

namespace demostore {

AccessScopes::AccessScopes(const QStringList &handles, const CustomerDataAccess &customerData)
    : m_customerData(customerData)
{
    for (const QString &handle : handles) {
        if (!m_handles.contains(handle))
            m_handles.append(handle);
    }
}

QStringList AccessScopes::smidigScopes()
{
    return {QStringLiteral("read_orders"),
            QStringLiteral("read_merchant_managed_fulfillment_orders"),
            QStringLiteral("write_merchant_managed_fulfillment_orders"),
            QStringLiteral("read_third_party_fulfillment_orders"),
            QStringLiteral("read_fulfillments"),
            QStringLiteral("write_fulfillments"),
            QStringLiteral("read_inventory"),
            QStringLiteral("read_locations"),
            QStringLiteral("read_products")};
}

QStringList AccessScopes::optionalScopes()
{
    return {QStringLiteral("read_all_orders")};
}

std::optional<QStringList> AccessScopes::parse(const QString &text, QString *error)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    static const QRegularExpression handle(
        QStringLiteral("^(read|write|unauthenticated_read|unauthenticated_write)_[a-z][a-z_]*$"));
    QStringList handles;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        if (!handle.match(part).hasMatch()) {
            if (error)
                *error = QStringLiteral("'%1' is not an access scope (like read_orders)").arg(part);
            return std::nullopt;
        }
        if (!handles.contains(part))
            handles.append(part);
    }
    return handles;
}

bool AccessScopes::allows(const QString &handle) const
{
    if (m_handles.contains(handle))
        return true;
    if (handle.startsWith(QStringLiteral("read_")))
        return m_handles.contains(QStringLiteral("write_") + handle.mid(5));
    if (handle.startsWith(QStringLiteral("unauthenticated_read_")))
        return m_handles.contains(QStringLiteral("unauthenticated_write_") + handle.mid(21));
    return false;
}

bool AccessScopes::allowsAny(const QStringList &handles) const
{
    for (const QString &handle : handles) {
        if (allows(handle))
            return true;
    }
    return false;
}

graphql::Error AccessScopes::accessDenied(const QString &field, const QStringList &oneOf)
{
    QStringList named;
    for (const QString &scope : oneOf)
        named.append(QStringLiteral("`%1` access scope").arg(scope));
    QString required = named.value(0);
    if (named.size() > 1)
        required = named.mid(0, named.size() - 1).join(QStringLiteral(", "))
                   + QStringLiteral(" or ") + named.last();
    required += u'.';
    graphql::Error error
        = graphql::Error::withCode(QStringLiteral("Access denied for %1 field. Required access: %2")
                                       .arg(field, required),
                                   QStringLiteral("ACCESS_DENIED"));
    error.extensions.insert(QStringLiteral("documentation"),
                            QStringLiteral("https://shopify.dev/api/usage/access-scopes"));
    error.extensions.insert(QStringLiteral("requiredAccess"), required);
    return error;
}

} // namespace demostore
