#pragma once

#include "CostBucket.h"
#include "DemoStoreStats.h"
#include "QueryRootResolver.h"
#include "StoreData.h"
#include "graphql/Executor.h"

#include <QByteArray>
#include <QCborMap>

#include <optional>

namespace demostore {

struct ApiReply
{
    int status = 200;
    QByteArray body; // JSON
};

// The Admin GraphQL endpoint without the HTTP around it: takes a request body
// ({query, variables, operationName}) and answers as Shopify does. The request is parsed,
// its operation picked and variables checked, then priced: over the single-query limit it is
// refused with MAX_COST_EXCEEDED, over what the bucket holds with THROTTLED (nothing charged).
// Otherwise the requested cost is charged, the operation runs, and the difference to the
// actual cost is given back. Every answer carries extensions.cost.
class AdminApi final
{
public:
    AdminApi(const StoreData &data, CostBucket &bucket, DemoStoreStats &stats, int maxQueryCost,
             int maxPageSize);

    ApiReply handle(const QByteArray &body);

private:
    // The response: {errors, data, extensions}, `data` being JSON text already.
    QByteArray respond(const QList<graphql::Error> &errors, const QByteArray *data, int requested,
                       std::optional<int> actual) const;

    CostBucket &m_bucket;
    DemoStoreStats &m_stats;
    QueryRootResolver m_resolver;
    graphql::Executor m_executor;
    int m_maxQueryCost;
};

} // namespace demostore
