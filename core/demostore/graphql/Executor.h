#pragma once

#include "core/demostore/graphql/FieldTypes.h"
#include "core/demostore/graphql/RootResolver.h"
#include "core/graphql/Error.h"
#include "core/graphql/PreparedOperation.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QStringList>

// Runs an operation: the resolver answers the root fields, the executor walks the selection
// over the returned JSON trees. An object's field is read from the member of the same name (a
// missing member is null); `__typename` from the member "__typename". A field with a
// selection whose value is an array is a connection when the selection holds `nodes`, `edges`
// or `pageInfo` (sliced with first/after/last/before, cursors made from each node's id, or
// its position when it has none), else a plain list (first/last keep that many; a `names`
// argument keeps the elements whose "name" is listed, as InventoryLevel.quantities does). The result
// holds exactly the selected fields, in selection order.
//
// Actual cost, from what was returned (never more than the requested cost):
// - scalars, enums, __typename, and null objects: 0
// - an object: 1 + its fields
// - a connection: 2 + for each returned node 1 + its fields (the dearer of `nodes` and
//   `edges { node }` when both are selected)
// - a list with first/last: for each returned element 1 + its fields
// - a list without a size argument: 1 + the dearest element's fields, 0 when empty
// - each top-level field of a mutation: 10
//
// A field error (from the resolver, bad page arguments, a value the resolver marked as an
// error with Error::toFieldValue()) makes that field null and the execution goes on; a field
// the schema says may not be null passes the null up to the nearest one that may be, as
// GraphQL's spec says (the types come from setFieldTypes(); unlisted fields may be null).
// The answer then holds both data and errors. What a validating server refuses before running
// anything (an unknown root field, selections on a scalar, none on an object) and a response
// too large end the execution with data null.

namespace graphql {

struct ExecutionResult
{
    bool executed = false; // false: refused before running (invalid request): no data at all
    // The data as JSON text, written as the walk goes (no tree is built): an object with the
    // fields in selection order, or "null" after a field error. Empty when not executed.
    QByteArray data;
    QList<Error> errors;
    int actualCost = 0;
};

class Executor final
{
public:
    explicit Executor(RootResolver &resolver);

    // Abstract types (interfaces, unions) and the object types in each, so that
    // `... on Node` applies to an Order. Objects without "__typename" match any condition.
    void setPossibleTypes(const QHash<QString, QStringList> &possibleTypes);
    // The schema's types of the fields served, for the nullability of each (GraphQL's
    // field-error rule needs it); the root types are "QueryRoot" and "Mutation".
    void setFieldTypes(const FieldTypes &types) { m_fieldTypes = types; }
    // The largest page a connection may ask for; larger ones are a field error.
    void setMaxPageSize(int size) { m_maxPageSize = size; }
    // Stops an execution whose response would hold more values than this.
    void setMaxResultValues(qint64 count) { m_maxResultValues = count; }

    ExecutionResult execute(const PreparedOperation &operation) const;

private:
    RootResolver &m_resolver;
    QHash<QString, QStringList> m_possibleTypes;
    FieldTypes m_fieldTypes;
    int m_maxPageSize = 250;
    qint64 m_maxResultValues = 5000000;
};

} // namespace graphql
