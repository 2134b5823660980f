#include "core/demostore/AdminApi.h"

#include "core/demostore/FaultReplies.h"
#include "core/demostore/ServedFieldTypes.h"
#include "core/demostore/StoreClock.h"
#include "core/demostore/graphql/JsonWriter.h"
#include "core/graphql/Parser.h"

#include <QCborArray>
#include <QJsonDocument>

#include <cmath>

namespace demostore {

namespace {

ApiReply jsonReply(int status, const QByteArray &body)
{
    ApiReply reply;
    reply.status = status;
    reply.body = body;
    return reply;
}

ApiReply badRequest(const QString &parameter)
{
    // Shopify's answer to a body it cannot use.
    QCborMap problem;
    problem.insert(parameter, QStringLiteral("Required parameter missing or invalid"));
    QCborMap body;
    body.insert(QStringLiteral("errors"), problem);
    return jsonReply(400, graphql::toJson(body));
}

} // namespace

AdminApi::AdminApi(StoreData &data,
                   CostBucket &bucket,
                   DemoStoreStats &stats,
                   FaultInjector &faults,
                   const AccessScopes &scopes,
                   const StoreClock &clock,
                   int maxQueryCost,
                   int maxPageSize,
                   BulkOperations &bulk,
                   double priceFactor)
    : m_bucket(bucket)
    , m_stats(stats)
    , m_faults(faults)
    , m_resolver(data, stats, scopes, clock, maxPageSize, bulk)
    , m_executor(m_resolver)
    , m_pricing(QueryRootResolver::possibleTypes(), priceFactor)
    , m_maxQueryCost(maxQueryCost)
{
    m_executor.setPossibleTypes(QueryRootResolver::possibleTypes());
    m_executor.setFieldTypes(ServedFieldTypes::all());
    m_executor.setMaxPageSize(maxPageSize);
}

QByteArray AdminApi::respond(const QList<graphql::Error> &errors,
                             const QByteArray *data,
                             int requested,
                             std::optional<int> actual) const
{
    QByteArray response = QByteArrayLiteral("{");
    if (!errors.isEmpty()) {
        QCborArray list;
        for (const auto &e : errors)
            list.append(e.toCbor());
        response += QByteArrayLiteral("\"errors\":") + graphql::toJson(list) + ',';
    }
    if (data)
        response += QByteArrayLiteral("\"data\":") + *data + ',';
    QCborMap throttle;
    throttle.insert(QStringLiteral("maximumAvailable"), m_bucket.maximumAvailable());
    throttle.insert(QStringLiteral("currentlyAvailable"),
                    qint64(std::floor(m_bucket.currentlyAvailable())));
    throttle.insert(QStringLiteral("restoreRate"), m_bucket.restoreRate());
    QCborMap cost;
    cost.insert(QStringLiteral("requestedQueryCost"), requested);
    cost.insert(QStringLiteral("actualQueryCost"),
                actual ? QCborValue(*actual) : QCborValue(QCborValue::Null));
    cost.insert(QStringLiteral("throttleStatus"), throttle);
    QCborMap extensions;
    extensions.insert(QStringLiteral("cost"), cost);
    response += QByteArrayLiteral("\"extensions\":") + graphql::toJson(extensions) + '}';
    return response;
}

AdminApi::Request AdminApi::read(const QByteArray &body) const
{
    Request request;
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !json.isObject()) {
        request.refusal = badRequest(QStringLiteral("query"));
        return request;
    }
    const QJsonObject object = json.object();
    const QJsonValue query = object.value(QStringLiteral("query"));
    if (!query.isString()) {
        request.refusal = badRequest(QStringLiteral("query"));
        return request;
    }
    QJsonValue variablesValue = object.value(QStringLiteral("variables"));
    if (variablesValue.isString()) // some clients send the variables as JSON text
        variablesValue = QJsonDocument::fromJson(variablesValue.toString().toUtf8()).object();
    if (!variablesValue.isObject() && !variablesValue.isNull() && !variablesValue.isUndefined()) {
        request.refusal = badRequest(QStringLiteral("variables"));
        return request;
    }
    const QJsonValue nameValue = object.value(QStringLiteral("operationName"));
    if (!nameValue.isString() && !nameValue.isNull() && !nameValue.isUndefined()) {
        request.refusal = badRequest(QStringLiteral("operationName"));
        return request;
    }

    graphql::SyntaxError syntaxError;
    auto document = graphql::parse(query.toString(), syntaxError);
    if (!document) {
        graphql::Error error;
        error.message = QStringLiteral("Parse error at [%1, %2]: %3")
                            .arg(syntaxError.location.line)
                            .arg(syntaxError.location.column)
                            .arg(syntaxError.message);
        error.locations.append(syntaxError.location);
        request.refusal = jsonReply(200, respond({error}, nullptr, 0, std::nullopt));
        return request;
    }
    request.document = std::make_unique<graphql::Document>(std::move(*document));
    request.prepared = graphql::PreparedOperation::prepare(*request.document,
                                                           nameValue.toString(),
                                                           variablesValue.toObject());
    if (!request.prepared.isValid()) {
        request.refusal = jsonReply(200,
                                    respond(request.prepared.errors(), nullptr, 0, std::nullopt));
        return request;
    }
    request.isMutation = request.prepared.operation()->type
                         == graphql::OperationDefinition::Type::Mutation;
    return request;
}

ApiReply AdminApi::run(const Request &request)
{
    const graphql::PreparedOperation &prepared = request.prepared;
    const int requested = m_pricing.requestedCost(*request.document,
                                                  *prepared.operation(),
                                                  prepared.variables());
    if (requested > m_maxQueryCost) {
        ++m_stats.maxCostExceeded;
        graphql::Error error = graphql::Error::withCode(
            QStringLiteral("Query cost is %1, which exceeds the single query max cost limit (%2).")
                .arg(requested)
                .arg(m_maxQueryCost),
            QStringLiteral("MAX_COST_EXCEEDED"));
        error.extensions.insert(QStringLiteral("cost"), requested);
        error.extensions.insert(QStringLiteral("maxCost"), m_maxQueryCost);
        return jsonReply(200, respond({error}, nullptr, requested, std::nullopt));
    }
    if (!m_bucket.tryCharge(requested)) {
        // Refused before running: a throttled mutation changes nothing.
        ++m_stats.throttled;
        graphql::Error error = graphql::Error::withCode(QStringLiteral("Throttled"),
                                                        QStringLiteral("THROTTLED"));
        error.extensions.insert(QStringLiteral("documentation"),
                                QStringLiteral("https://shopify.dev/api/usage/rate-limits"));
        return jsonReply(200, respond({error}, nullptr, requested, std::nullopt));
    }
    const graphql::ExecutionResult result = m_executor.execute(prepared);
    // Charged the requested cost up front, refunded down to the actual one, as Shopify does.
    const int actual = m_pricing.actualCost(result.actualCost, requested);
    m_bucket.refund(requested - actual);
    for (const graphql::Error &error : result.errors) {
        if (error.extensions.value(QStringLiteral("code")).toString() == u"ACCESS_DENIED")
            ++m_stats.accessDenied;
    }
    return jsonReply(200, respond(result.errors, &result.data, requested, actual));
}

ApiReply AdminApi::handle(const QByteArray &body)
{
    ++m_stats.graphqlRequests;
    if (m_beforeRequest)
        m_beforeRequest();
    const Request request = read(body);
    const FaultDecision fault = m_faults.decide(request.isMutation
                                                    ? FaultInjector::RequestKind::Mutation
                                                    : FaultInjector::RequestKind::Query);
    ApiReply reply;
    if (fault.failStatus != 0)
        reply = FaultReplies::failure(fault.failStatus, fault.retryAfterSeconds);
    else
        reply = request.refusal ? *request.refusal : run(request);
    if (fault.malform)
        reply = FaultReplies::malformed(reply, *fault.malform);
    reply.drop = fault.drop;
    reply.delayMs = fault.delayMs;
    reply.held = fault.hold;
    return reply;
}

} // namespace demostore
