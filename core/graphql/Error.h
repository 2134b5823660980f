#pragma once

#include "core/graphql/Ast.h"

#include <QCborArray>
#include <QCborMap>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace graphql {

// One entry of a response's "errors" list, as the GraphQL spec and Shopify shape it:
// {message, locations: [{line, column}], path: [...], extensions: {code, ...}}.
struct Error
{
    QString message;
    QList<SourceLocation> locations;
    QCborArray path; // response keys and list indexes
    QCborMap extensions;

    static Error withCode(const QString &message, const QString &code);
    // The entry with the members that are set, in Shopify's order.
    QCborMap toCbor() const;

    // A field error carried inside the data a resolver hands the executor, in place of a
    // field's value (a field the app may not read): {"__typename": "__FieldError", message,
    // extensions}. The executor reports it at that field's path and nulls the field as
    // GraphQL's rules say.
    QJsonObject toFieldValue() const;
    // The error such a value carries; nothing for any other value.
    static std::optional<Error> fromFieldValue(const QJsonObject &value);
    static QString fieldErrorTypeName() { return QStringLiteral("__FieldError"); }
};

} // namespace graphql
