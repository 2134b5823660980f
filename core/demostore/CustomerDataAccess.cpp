#include "core/demostore/CustomerDataAccess.h"

#include <QRegularExpression>
#include <QStringList>

namespace demostore {

namespace {

graphql::Error denied(const QString &what)
{
    // Shopify names the app's page in its Partner Dashboard; these numbers stand for ours.
    return graphql::Error::withCode(
        QStringLiteral("This app is not approved to %1. See "
                       "https://partners.shopify.com/1234567/apps/7654321/customer_data for more "
                       "details.")
            .arg(what),
        QStringLiteral("ACCESS_DENIED"));
}

} // namespace

graphql::Error CustomerDataAccess::objectDenied(const QString &typeName)
{
    return denied(QStringLiteral("access the %1 object").arg(typeName));
}

graphql::Error CustomerDataAccess::fieldDenied(const QString &fieldName)
{
    return denied(QStringLiteral("use the %1 field").arg(fieldName));
}

std::optional<CustomerDataAccess> CustomerDataAccess::parse(const QString &level,
                                                            const QString &fields,
                                                            QString *error)
{
    auto refuse = [error](const QString &why) -> std::optional<CustomerDataAccess> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QString name = level.trimmed().toLower();
    CustomerDataAccess access;
    if (name == u"none")
        access = none();
    else if (name == u"level1")
        access = level1();
    else if (name != u"level2" && name != u"full")
        return refuse(QStringLiteral("'%1' is not a level of protected customer data "
                                     "(none, level1, level2)")
                          .arg(level));
    if (fields.trimmed().isEmpty())
        return access;
    if (!access.customerData || name == u"level1")
        return refuse(QStringLiteral("fields are approved at level 2 only"));
    access = level1();
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    for (const QString &field : fields.split(separators, Qt::SkipEmptyParts)) {
        const QString f = field.toLower();
        if (f == u"name")
            access.name = true;
        else if (f == u"email")
            access.email = true;
        else if (f == u"phone")
            access.phone = true;
        else if (f == u"address")
            access.address = true;
        else
            return refuse(QStringLiteral("'%1' is not a protected customer field "
                                         "(name, email, phone, address)")
                              .arg(field));
    }
    return access;
}

} // namespace demostore
