#pragma once

#include "core/demostore/AccessScopes.h"
#include "core/demostore/AdminRootResolver.h"
#include "core/demostore/ApiReply.h"
#include "core/demostore/CostBucket.h"
#include "core/demostore/DemoStoreStats.h"
#include "core/demostore/FaultInjector.h"
#include "core/demostore/ShopifyPricing.h"
#include "core/demostore/StoreData.h"
#include "core/demostore/graphql/Executor.h"
#include "core/graphql/Document.h"
#include "core/graphql/PreparedOperation.h"

#include <QByteArray>
#include <QCborMap>

#include <functional>
#include <memory>
#include <optional>

namespace demostore {

class BulkOperations;
class StoreClock;

// The Admin GraphQL endpoint without the HTTP around it: takes a request body
// ({query, variables, operationName}) and answers as Shopify does. The request is parsed,
// its operation picked and variables checked, then priced: over the single-query limit it is
// refused with MAX_COST_EXCEEDED, over what the bucket holds with THROTTLED (nothing charged
// and nothing done). Otherwise the requested cost is charged, the operation runs (a
// mutation changes the store), and the difference to the actual cost is given back. Prices
// are Shopify's published ones (ShopifyPricing), times the configured price factor. Every
// answer carries extensions.cost. Fields the granted scopes do not cover answer
// ACCESS_DENIED. Before any of that the fault injector may decide that the request fails
// with an error status (nothing done), or that its answer is late, never sent, or spoilt.
class AdminApi final
{
public:
    AdminApi(StoreData &data,
             CostBucket &bucket,
             DemoStoreStats &stats,
             FaultInjector &faults,
             const AccessScopes &scopes,
             const StoreClock &clock,
             int maxQueryCost,
             int maxPageSize,
             BulkOperations &bulk,
             double priceFactor = 1.0);

    // Runs first for every request (the store catches up with its own activity there).
    void setBeforeRequest(std::function<void()> work) { m_beforeRequest = std::move(work); }

    ApiReply handle(const QByteArray &body);

private:
    // A request read as far as it can be without running it.
    struct Request
    {
        std::optional<ApiReply> refusal;             // a bad body, a syntax error, wrong variables
        std::unique_ptr<graphql::Document> document; // the prepared operation points into it
        graphql::PreparedOperation prepared;
        bool isMutation = false;
    };

    Request read(const QByteArray &body) const;
    ApiReply run(const Request &request);
    // The response: {errors, data, extensions}, `data` being JSON text already.
    QByteArray respond(const QList<graphql::Error> &errors,
                       const QByteArray *data,
                       int requested,
                       std::optional<int> actual) const;

    CostBucket &m_bucket;
    DemoStoreStats &m_stats;
    FaultInjector &m_faults;
    AdminRootResolver m_resolver;
    graphql::Executor m_executor;
    ShopifyPricing m_pricing;
    int m_maxQueryCost;
    std::function<void()> m_beforeRequest;
};

} // namespace demostore
