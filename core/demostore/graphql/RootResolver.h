#pragma once

#include "core/graphql/Ast.h"
#include "core/graphql/Error.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace graphql {

// One page of a connection that the resolver sliced itself (the store's orders: too many to
// hand over whole). Nested connections need no page: the executor slices JSON arrays.
struct ConnectionPage
{
    QList<QJsonObject> nodes;
    QStringList cursors; // one per node
    bool hasNextPage = false;
    bool hasPreviousPage = false;
    QString nodeTypeName; // "Order": gives OrderConnection, OrderEdge for __typename
};

// A root field the executor asks its resolver for.
struct RootField
{
    OperationDefinition::Type operationType = OperationDefinition::Type::Query;
    QString name;
    QJsonObject arguments; // with variables substituted; unprovided ones left out
    const Selection *selection = nullptr;
};

// What a resolver answers: a JSON value the executor walks with the field's selection
// (objects, arrays for lists and connections, null), a ready page of a connection, an error
// for this field, or "no such field".
struct Resolution
{
    enum class Kind { Value, Connection, FieldError, UnknownField };

    Kind kind = Kind::Value;
    QJsonValue value;
    ConnectionPage page;
    Error error; // message and extensions; the executor adds path and location

    static Resolution of(const QJsonValue &value) { return {Kind::Value, value, {}, {}}; }
    static Resolution connection(ConnectionPage page)
    {
        return {Kind::Connection, {}, std::move(page), {}};
    }
    static Resolution failure(Error error) { return {Kind::FieldError, {}, {}, std::move(error)}; }
    static Resolution unknownField() { return {Kind::UnknownField, {}, {}, {}}; }
};

// Resolves the root fields of operations; the executor does everything below them.
class RootResolver
{
public:
    virtual ~RootResolver() = default;
    virtual Resolution resolve(const RootField &field) = 0;
};

} // namespace graphql
