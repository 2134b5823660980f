#pragma once

#include "MutationRootResolver.h"
#include "QueryRootResolver.h"

namespace demostore {

// The store's root resolver: queries go to QueryRootResolver, mutations to
// MutationRootResolver. The executor runs a mutation's top-level fields one after the other.
class AdminRootResolver final : public graphql::RootResolver
{
public:
    AdminRootResolver(StoreData &data, DemoStoreStats &stats, int maxPageSize,
                      FulfillmentMutations::Clock clock);

    graphql::Resolution resolve(const graphql::RootField &field) override;

private:
    QueryRootResolver m_queries;
    MutationRootResolver m_mutations;
};

} // namespace demostore
