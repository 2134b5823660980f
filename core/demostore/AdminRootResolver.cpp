#include "AdminRootResolver.h"

namespace demostore {

AdminRootResolver::AdminRootResolver(StoreData &data, DemoStoreStats &stats, int maxPageSize,
                                     FulfillmentMutations::Clock clock)
    : m_queries(data, maxPageSize)
    , m_mutations(data, stats, std::move(clock))
{
}

graphql::Resolution AdminRootResolver::resolve(const graphql::RootField &field)
{
    if (field.operationType == graphql::OperationDefinition::Type::Mutation)
        return m_mutations.resolve(field);
    return m_queries.resolve(field);
}

} // namespace demostore
