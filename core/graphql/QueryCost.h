#pragma once

#include "core/graphql/Document.h"

#include <QJsonObject>
#include <QString>

// Shopify's query cost, as the client prices a request before sending it (to choose page
// sizes that keep it under the single-query limit) and the demo store charges its bucket.
//
// Requested cost (static, from the query and its variables):
// - a scalar or enum field (no selection set), and __typename: 0
// - an object field: 1 + the cost of its selection
// - a connection, that is a field with a `first` or `last` argument whose selection holds
//   `nodes`, `edges` or `pageInfo`: 2 + page size x (1 + the node's selection). `edges`,
//   `cursor` and `pageInfo` are covered by the 2; when a query selects both `nodes` and
//   `edges { node }` the dearer of the two prices a node
// - a list field with `first`/`last` and a selection but no nodes/edges/pageInfo (such as
//   Order.fulfillments(first: 5)): page size x (1 + its selection)
// - a list field without a size argument (fulfillmentHolds, supportedActions): as an object
// - a field with an `ids` list argument (nodes(ids:)): the number of ids x (1 + its selection)
// - each top-level field of a mutation: 10, its selection not added
// Fragments are expanded and @include/@skip applied. Type conditions are not checked: every
// fragment counts (Shopify takes the dearest possible type; this errs on the high side).
// A page size comes from its literal or variable; a variable that is missing or null counts
// as its default value, else 0. When `first` and `last` are both given the larger counts.
// A document too large to price in reasonable time costs maxCost().
//
// The actual cost, computed from what an execution returned, is documented in Executor.h.

namespace graphql {

// The cost reported for anything too big to count: never under any limit.
constexpr int maxCost()
{
    return 2147483647;
}

// The requested cost of the named operation (empty name: the only one); 0 when there is no
// such operation.
int requestedCost(const Document &document,
                  const QString &operationName,
                  const QJsonObject &variables);
int requestedCost(const Document &document,
                  const OperationDefinition &operation,
                  const QJsonObject &variables);

} // namespace graphql
