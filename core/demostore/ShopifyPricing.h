#pragma once

#include "core/graphql/Document.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace demostore {

// What the demo store charges for a request, from Shopify's published rules ("GraphQL Admin
// API rate limits" on shopify.dev: scalar 0, enum 0, object 1, interface and union the
// maximum of possible selections, connection sized by first and last, mutation 10; and
// Shopify's engineering blog "Rate Limiting GraphQL APIs by Calculating Query Complexity":
// a connection is two points plus its objects). Written apart from the client's estimator
// (graphql/QueryCost) on purpose: were they one function, a mistake in it would be made by
// the store and the client alike, and no test could see it.
//
// The requested cost, before anything runs:
// - a field without a selection set (a scalar or an enum), and __typename: 0
// - a field with one: an object, 1 + the fields selected on it
// - when the selection has fragments for different types (an interface or a union): the
//   dearest of the possible types, each priced with the fields that apply to it
// - a connection (its selection holds nodes, edges or pageInfo): 2 + first (or last, the
//   larger when both) x the node, 1 + its fields; of `nodes` and `edges { node }` the dearer.
//   The edges, cursors and pageInfo are in the 2; without nodes the connection costs the 2
// - a list sized by first or last without that wrapper (Order.fulfillments): the size x the
//   element, 1 + its fields
// - a list of ids (nodes(ids:)): one object per id
// - a mutation: 10 for each top-level field, whatever it selects
// Fields selected twice under one response key count once, their selections merged. @skip
// and @include are applied.
//
// For tests only, a price factor: the store charges that multiple of the published price,
// rounded up (Shopify "reserves the right to set manual costs on fields"), so a client that
// plans with the published rules alone asks for too much at once. The actual cost (what the
// execution returned, graphql/Executor) is scaled alike and never exceeds the requested one.
class ShopifyPricing final
{
public:
    // possibleTypes: the object types of each interface or union, as the resolver serves them.
    explicit ShopifyPricing(QHash<QString, QStringList> possibleTypes, double priceFactor = 1.0);

    double priceFactor() const { return m_priceFactor; }

    // The requested cost of the operation with its (coerced) variables.
    int requestedCost(const graphql::Document &document,
                      const graphql::OperationDefinition &operation,
                      const QJsonObject &variables) const;
    // What is charged in the end, from the executor's count of what came back.
    int actualCost(int executedCost, int requestedCost) const;

private:
    QHash<QString, QStringList> m_possibleTypes;
    double m_priceFactor;
};

} // namespace demostore
