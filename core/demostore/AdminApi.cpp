#include "AdminApi.h"

#include "graphql/JsonWriter.h"
#include "graphql/Parser.h"
#include "graphql/PreparedOperation.h"
#include "graphql/QueryCost.h"

#include <QCborArray>
#include <QJsonDocument>

#include <cmath>

namespace demostore {

namespace {

ApiReply badRequest(const QString &parameter)
{
    // Shopify's answer to a body it cannot use.
    QCborMap problem;
    problem.insert(parameter, QStringLiteral("Required parameter missing or invalid"));
    QCborMap body;
    body.insert(QStringLiteral("errors"), problem);
    return {400, graphql::toJson(body)};
}

} // namespace

AdminApi::AdminApi(const StoreData &data, CostBucket &bucket, DemoStoreStats &stats,
                   int maxQueryCost, int maxPageSize)
    : m_bucket(bucket)
    , m_stats(stats)
    , m_resolver(data, maxPageSize)
    , m_executor(m_resolver)
    , m_maxQueryCost(maxQueryCost)
{
    m_executor.setPossibleTypes(QueryRootResolver::possibleTypes());
    m_executor.setMaxPageSize(maxPageSize);
}

QByteArray AdminApi::respond(const QList<graphql::Error> &errors, const QByteArray *data,
                             int requested, std::optional<int> actual) const
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

ApiReply AdminApi::handle(const QByteArray &body)
{
    ++m_stats.graphqlRequests;
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !json.isObject())
        return badRequest(QStringLiteral("query"));
    const QJsonObject request = json.object();
    const QJsonValue query = request.value(QStringLiteral("query"));
    if (!query.isString())
        return badRequest(QStringLiteral("query"));
    QJsonValue variablesValue = request.value(QStringLiteral("variables"));
    if (variablesValue.isString()) // some clients send the variables as JSON text
        variablesValue = QJsonDocument::fromJson(variablesValue.toString().toUtf8()).object();
    if (!variablesValue.isObject() && !variablesValue.isNull() && !variablesValue.isUndefined())
        return badRequest(QStringLiteral("variables"));
    const QJsonValue nameValue = request.value(QStringLiteral("operationName"));
    if (!nameValue.isString() && !nameValue.isNull() && !nameValue.isUndefined())
        return badRequest(QStringLiteral("operationName"));

    graphql::SyntaxError syntaxError;
    const auto document = graphql::parse(query.toString(), syntaxError);
    if (!document) {
        graphql::Error error;
        error.message = QStringLiteral("Parse error at [%1, %2]: %3")
                            .arg(syntaxError.location.line)
                            .arg(syntaxError.location.column)
                            .arg(syntaxError.message);
        error.locations.append(syntaxError.location);
        return {200, respond({error}, nullptr, 0, std::nullopt)};
    }
    const auto prepared = graphql::PreparedOperation::prepare(*document, nameValue.toString(),
                                                              variablesValue.toObject());
    if (!prepared.isValid())
        return {200, respond(prepared.errors(), nullptr, 0, std::nullopt)};

    const int requested = graphql::requestedCost(*document, *prepared.operation(), prepared.variables());
    if (requested > m_maxQueryCost) {
        ++m_stats.maxCostExceeded;
        graphql::Error error = graphql::Error::withCode(
            QStringLiteral("Query cost is %1, which exceeds the single query max cost limit (%2).")
                .arg(requested)
                .arg(m_maxQueryCost),
            QStringLiteral("MAX_COST_EXCEEDED"));
        error.extensions.insert(QStringLiteral("cost"), requested);
        error.extensions.insert(QStringLiteral("maxCost"), m_maxQueryCost);
        return {200, respond({error}, nullptr, requested, std::nullopt)};
    }
    if (!m_bucket.tryCharge(requested)) {
        ++m_stats.throttled;
        graphql::Error error = graphql::Error::withCode(QStringLiteral("Throttled"),
                                                        QStringLiteral("THROTTLED"));
        error.extensions.insert(QStringLiteral("documentation"),
                                QStringLiteral("https://shopify.dev/api/usage/rate-limits"));
        return {200, respond({error}, nullptr, requested, std::nullopt)};
    }
    const graphql::ExecutionResult result = m_executor.execute(prepared);
    m_bucket.refund(requested - result.actualCost);
    return {200, respond(result.errors, &result.data, requested, result.actualCost)};
}

} // namespace demostore
