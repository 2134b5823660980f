#pragma once

#include "Ast.h"

#include <QCborArray>
#include <QCborMap>
#include <QList>
#include <QString>

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
};

} // namespace graphql
