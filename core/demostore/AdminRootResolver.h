#pragma once

#include "core/demostore/MutationRootResolver.h"
#include "core/demostore/QueryRootResolver.h"

namespace demostore {

class BulkOperations;
class StoreClock;

// The store's root resolver: queries go to QueryRootResolver, mutations to
// MutationRootResolver, bulk operations (both kinds) to BulkOperations. The executor runs a mutation's top-level fields one after the other.
class AdminRootResolver final : public graphql::RootResolver
{
public:
    AdminRootResolver(StoreData &data,
                      DemoStoreStats &stats,
                      const AccessScopes &scopes,
                      const StoreClock &clock,
                      int maxPageSize,
                      BulkOperations &bulk);

    graphql::Resolution resolve(const graphql::RootField &field) override;

private:
    QueryRootResolver m_queries;
    MutationRootResolver m_mutations;
    BulkOperations &m_bulk;
};

} // namespace demostore
