#include "core/graphql/Error.h"

namespace graphql {

Error Error::withCode(const QString &message, const QString &code)
{
    Error error;
    error.message = message;
    error.extensions.insert(QStringLiteral("code"), code);
    return error;
}

QCborMap Error::toCbor() const
{
    QCborMap map;
    map.insert(QStringLiteral("message"), message);
    if (!locations.isEmpty()) {
        QCborArray list;
        for (const auto &l : locations) {
            QCborMap location;
            location.insert(QStringLiteral("line"), l.line);
            location.insert(QStringLiteral("column"), l.column);
            list.append(location);
        }
        map.insert(QStringLiteral("locations"), list);
    }
    if (!path.isEmpty())
        map.insert(QStringLiteral("path"), path);
    if (!extensions.isEmpty())
        map.insert(QStringLiteral("extensions"), extensions);
    return map;
}

QJsonObject Error::toFieldValue() const
{
    return {{QStringLiteral("__typename"), fieldErrorTypeName()},
            {QStringLiteral("message"), message},
            {QStringLiteral("extensions"), extensions.toJsonObject()}};
}

std::optional<Error> Error::fromFieldValue(const QJsonObject &value)
{
    if (value.value(QStringLiteral("__typename")).toString() != fieldErrorTypeName())
        return std::nullopt;
    Error error;
    error.message = value.value(QStringLiteral("message")).toString();
    error.extensions = QCborMap::fromJsonObject(
        value.value(QStringLiteral("extensions")).toObject());
    return error;
}

} // namespace graphql
