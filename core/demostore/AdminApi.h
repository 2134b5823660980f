#pragma once

#include "AdminRootResolver.h"
#include "CostBucket.h"
#include "DemoStoreStats.h"
#include "FaultInjector.h"
#include "StoreData.h"
#include "graphql/Document.h"
#include "graphql/Executor.h"
#include "graphql/PreparedOperation.h"

#include <QByteArray>
#include <QCborMap>

#include <memory>
#include <optional>

namespace demostore {

struct ApiReply
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = QByteArrayLiteral("application/json; charset=utf-8");
    // Faults for the HTTP side to carry out: close the connection there instead of answering
    // (the work is done), and answer (or close) only after this many milliseconds.
    std::optional<FaultPlan::DropPoint> drop;
    int delayMs = 0;
};

// The Admin GraphQL endpoint without the HTTP around it: takes a request body
// ({query, variables, operationName}) and answers as Shopify does. The request is parsed,
// its operation picked and variables checked, then priced: over the single-query limit it is
// refused with MAX_COST_EXCEEDED, over what the bucket holds with THROTTLED (nothing charged
// and nothing done). Otherwise the requested cost is charged, the operation runs (a
// mutation changes the store), and the difference to the actual cost is given back. Every
// answer carries extensions.cost. Before any of that the fault injector may decide that the
// request fails with a 5xx (nothing done), or that its answer is late or never sent.
class AdminApi final
{
public:
    AdminApi(StoreData &data, CostBucket &bucket, DemoStoreStats &stats, FaultInjector &faults,
             int maxQueryCost, int maxPageSize, FulfillmentMutations::Clock clock);

    ApiReply handle(const QByteArray &body);

private:
    // A request read as far as it can be without running it.
    struct Request
    {
        std::optional<ApiReply> refusal; // a bad body, a syntax error, wrong variables
        std::unique_ptr<graphql::Document> document; // the prepared operation points into it
        graphql::PreparedOperation prepared;
        bool isMutation = false;
    };

    Request read(const QByteArray &body) const;
    ApiReply run(const Request &request);
    static ApiReply serverError(int status);
    // The response: {errors, data, extensions}, `data` being JSON text already.
    QByteArray respond(const QList<graphql::Error> &errors, const QByteArray *data, int requested,
                       std::optional<int> actual) const;

    CostBucket &m_bucket;
    DemoStoreStats &m_stats;
    FaultInjector &m_faults;
    AdminRootResolver m_resolver;
    graphql::Executor m_executor;
    int m_maxQueryCost;
};

} // namespace demostore
