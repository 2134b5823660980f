#include "core/demostore/AdminRootResolver.h"

#include "core/demostore/BulkOperations.h"
#include "core/demostore/StoreClock.h"

namespace demostore {

AdminRootResolver::AdminRootResolver(StoreData &data,
                                     DemoStoreStats &stats,
                                     const AccessScopes &scopes,
                                     const StoreClock &clock,
                                     int maxPageSize,
                                     BulkOperations &bulk)
    : m_queries(data, scopes, clock, maxPageSize)
    , m_mutations(data, stats, scopes, FulfillmentMutations::Clock([&clock] { return clock.now(); }))
    , m_bulk(bulk)
{}

graphql::Resolution AdminRootResolver::resolve(const graphql::RootField &field)
{
    if (BulkOperations::serves(field.name)) {
        const bool mutation = field.name == u"bulkOperationRunQuery"
                              || field.name == u"bulkOperationCancel";
        if (mutation != (field.operationType == graphql::OperationDefinition::Type::Mutation))
            return graphql::Resolution::unknownField();
        return m_bulk.resolve(field);
    }
    if (field.operationType == graphql::OperationDefinition::Type::Mutation)
        return m_mutations.resolve(field);
    return m_queries.resolve(field);
}

} // namespace demostore
