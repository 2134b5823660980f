#pragma once

#include "core/demostore/AccessScopes.h"
#include "core/demostore/OrderIndex.h"
#include "core/demostore/StoreData.h"
#include "core/demostore/StoreJson.h"
#include "core/demostore/graphql/RootResolver.h"

#include <QHash>
#include <QStringList>

namespace demostore {

class StoreClock;

// Answers the root fields of queries (QueryRoot) from the store's data: orders (filtered,
// sorted and paged here, since a store can hold 100,000 of them), ordersCount, order(id:),
// fulfillmentOrder(id:), nodes(ids:) (inventory items and orders, null for anything else),
// shop and currentAppInstallation. Everything below a root field is a
// JSON tree the executor walks. Any other root field "doesn't exist"; mutations are
// MutationRootResolver's. Orders need read_orders; fulfillment orders the read scope of
// their location's kind (without it they are left out of an order, and fulfillmentOrder(id:)
// finds nothing); a field without its scope answers ACCESS_DENIED. Without read_all_orders
// only orders created in the 60 days before the store's clock are there: older ones are left
// out of orders and ordersCount, and order(id:), fulfillmentOrder(id:) and nodes(ids:) answer
// null for them, as for an id that does not exist (Shopify's REST API answers 404).
class QueryRootResolver final : public graphql::RootResolver
{
public:
    QueryRootResolver(const StoreData &data,
                      const AccessScopes &scopes,
                      const StoreClock &clock,
                      int maxPageSize);

    graphql::Resolution resolve(const graphql::RootField &field) override;

    // The abstract types queries may use in fragments (`... on Node`), for the executor.
    static QHash<QString, QStringList> possibleTypes();

private:
    graphql::Resolution orders(const QJsonObject &arguments);
    graphql::Resolution ordersCount(const QJsonObject &arguments);
    graphql::Resolution order(const QJsonObject &arguments);
    graphql::Resolution fulfillmentOrder(const QJsonObject &arguments);
    graphql::Resolution nodes(const QJsonObject &arguments);
    graphql::Resolution currentAppInstallation() const;
    // Inside the window the scopes allow (see above).
    bool isVisible(const Order &order) const;

    const StoreData &m_data;
    const AccessScopes &m_scopes;
    const StoreClock &m_clock;
    StoreJson m_json;
    OrderIndex m_index;
    int m_maxPageSize;
};

} // namespace demostore
