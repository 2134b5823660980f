#include "core/demostore/AdminRootResolver.h"

#include "core/demostore/StoreClock.h"

namespace demostore {

AdminRootResolver::AdminRootResolver(StoreData &data,
                                     DemoStoreStats &stats,
                                     const AccessScopes &scopes,
                                     const StoreClock &clock,
                                     int maxPageSize)
    : m_queries(data, scopes, clock, maxPageSize)
    , m_mutations(data, stats, scopes, FulfillmentMutations::Clock([&clock] { return clock.now(); }))
{}

graphql::Resolution AdminRootResolver::resolve(const graphql::RootField &field)
{
    if (field.operationType == graphql::OperationDefinition::Type::Mutation)
        return m_mutations.resolve(field);
    return m_queries.resolve(field);
}

} // namespace demostore
