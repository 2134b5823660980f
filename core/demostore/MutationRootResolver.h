#pragma once

#include "core/demostore/AccessScopes.h"
#include "core/demostore/FulfillmentMutations.h"
#include "core/demostore/StoreData.h"
#include "core/demostore/StoreJson.h"
#include "core/demostore/graphql/RootResolver.h"

namespace demostore {

struct DemoStoreStats;

// Answers the root fields of mutations (Mutation): fulfillmentCreate,
// fulfillmentTrackingInfoUpdate, fulfillmentCancel and
// fulfillmentOrderLineItemsPreparedForPickup. It reads their input objects as
// Shopify's GraphQL layer does (a missing required field, a value of the wrong type, a field
// the input type lacks or an id that is not a global id of the right type is an error for the
// whole request), lets FulfillmentMutations do the work, and answers the payload
// {fulfillment, userErrors}; the fulfillment carries its order, so
// `fulfillment { order { ... } }` shows the order as it is afterwards. Every other mutation
// field "doesn't exist". Each of the first three needs one of the write_*_fulfillment_orders
// scopes, the pickup one write_merchant_managed_fulfillment_orders, as Shopify documents;
// without, it answers ACCESS_DENIED and does nothing. Without read_all_orders, the objects of
// orders older than 60 days do not exist for them, as for the queries.
class MutationRootResolver final : public graphql::RootResolver
{
public:
    MutationRootResolver(StoreData &data,
                         DemoStoreStats &stats,
                         const AccessScopes &scopes,
                         const FulfillmentMutations::Clock &clock);

    graphql::Resolution resolve(const graphql::RootField &field) override;

private:
    enum class Kind { Create, TrackingUpdate, Cancel };

    graphql::Resolution fulfillmentCreate(const QJsonObject &arguments);
    graphql::Resolution fulfillmentTrackingInfoUpdate(const QJsonObject &arguments);
    graphql::Resolution fulfillmentCancel(const QJsonObject &arguments);
    graphql::Resolution preparedForPickup(const QJsonObject &arguments);
    // The payload, and the counters for what was done.
    graphql::Resolution payload(Kind kind, const MutationOutcome &outcome);

    StoreData &m_data;
    DemoStoreStats &m_stats;
    const AccessScopes &m_scopes;
    StoreJson m_json;
    FulfillmentMutations::Clock m_clock;
    FulfillmentMutations m_mutations;
};

} // namespace demostore
