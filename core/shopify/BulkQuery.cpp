#include "core/shopify/BulkQuery.h"

#include "core/shopify/ShopifyClient.h"
#include "core/shopify/ShopifyReply.h"

#include <QJsonArray>
#include <QLoggingCategory>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcBulk, "smidig.bulk")

namespace {

const QString kOperations = u":/graphql/bulk.graphql"_s;

ShopifyError badShape(const QString &problem)
{
    ShopifyError error;
    error.kind = ShopifyError::Kind::BadResponse;
    error.detail = problem;
    return error;
}

// UnsignedInt64 comes as a string; a number is read too.
qint64 count(const QJsonValue &value)
{
    return value.isString() ? value.toString().toLongLong() : qint64(value.toDouble());
}

} // namespace

BulkQuery::BulkQuery(ShopifyClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_run(GraphqlOperation::load(kOperations, u"BulkQueryRun"_s))
    , m_status(GraphqlOperation::load(kOperations, u"BulkOperationStatus"_s))
    , m_cancel(GraphqlOperation::load(kOperations, u"BulkOperationCancel"_s))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_id.isEmpty())
            requestStart();
        else
            poll();
    });
}

void BulkQuery::setPollInterval(std::chrono::milliseconds first, std::chrono::milliseconds most)
{
    m_firstPause = first;
    m_mostPause = std::max(first, most);
}

void BulkQuery::start(const QString &query)
{
    if (m_running)
        return;
    m_running = true;
    m_query = query;
    m_id.clear();
    m_outcome = {};
    m_pause = m_firstPause;
    m_waitedForOther = {};
    requestStart();
}

void BulkQuery::resume(const QString &id)
{
    if (m_running)
        return;
    m_running = true;
    m_id = id;
    m_outcome = {};
    m_outcome.id = id;
    m_pause = m_firstPause;
    poll();
}

void BulkQuery::cancel()
{
    if (!m_running)
        return;
    if (m_id.isEmpty()) {
        // Not started yet: nothing to cancel on Shopify's side.
        m_timer.stop();
        if (m_current)
            m_current->abort();
        BulkQueryOutcome outcome;
        outcome.end = BulkQueryOutcome::End::Canceled;
        finish(outcome);
        return;
    }
    ShopifyReply *reply = m_client->send(m_cancel, QJsonObject{{"id"_L1, m_id}});
    connect(reply, &ShopifyReply::finished, this, [reply] {
        reply->deleteLater();
        // The status polls see CANCELING, then CANCELED; a refusal means it ended already.
        if (!reply->isOk())
            qCWarning(lcBulk) << "cancelling the bulk query failed:" << reply->error().detail;
    });
}

void BulkQuery::stopFollowing()
{
    m_running = false;
    m_timer.stop();
    if (m_current)
        m_current->abort();
}

void BulkQuery::requestStart()
{
    ShopifyReply *reply = m_client->send(m_run, QJsonObject{{"query"_L1, m_query}});
    m_current = reply;
    connect(reply, &ShopifyReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (!m_running)
            return;
        if (!reply->isOk())
            return fail(reply->error());
        const QJsonObject payload = reply->data().value("bulkOperationRunQuery"_L1).toObject();
        const QJsonArray errors = payload.value("userErrors"_L1).toArray();
        if (!errors.isEmpty()) {
            const QJsonObject first = errors.first().toObject();
            const QString message = first.value("message"_L1).toString();
            if (first.value("code"_L1).toString() == u"OPERATION_IN_PROGRESS") {
                // Shopify runs one bulk query of an app at a time: wait for the other.
                if (m_waitedForOther >= m_maxWaitForOther) {
                    BulkQueryOutcome outcome;
                    outcome.end = BulkQueryOutcome::End::Refused;
                    outcome.refusal = message;
                    outcome.otherRunning = true;
                    return finish(outcome);
                }
                qCInfo(lcBulk) << "another bulk query runs:" << message;
                emit waitingForOther();
                m_waitedForOther += m_pause;
                return schedulePoll();
            }
            BulkQueryOutcome outcome;
            outcome.end = BulkQueryOutcome::End::Refused;
            outcome.refusal = message;
            qCWarning(lcBulk) << "bulk query refused:" << message;
            return finish(outcome);
        }
        const QJsonObject operation = payload.value("bulkOperation"_L1).toObject();
        m_id = operation.value("id"_L1).toString();
        if (m_id.isEmpty())
            return fail(badShape(u"bulkOperationRunQuery: no operation and no userErrors"_s));
        m_pause = m_firstPause;
        emit started(m_id);
        if (!take(operation))
            schedulePoll();
    });
}

void BulkQuery::schedulePoll()
{
    m_timer.start(m_pause);
    m_pause = std::min(m_pause * 2, m_mostPause);
}

void BulkQuery::poll()
{
    ShopifyReply *reply = m_client->send(m_status, QJsonObject{{"id"_L1, m_id}});
    m_current = reply;
    connect(reply, &ShopifyReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (!m_running)
            return;
        if (!reply->isOk())
            return fail(reply->error());
        const QJsonValue operation = reply->data().value("bulkOperation"_L1);
        if (!operation.isObject()) {
            // Gone (older than Shopify keeps them): as good as expired.
            BulkQueryOutcome outcome;
            outcome.end = BulkQueryOutcome::End::Expired;
            outcome.id = m_id;
            return finish(outcome);
        }
        if (!take(operation.toObject()))
            schedulePoll();
    });
}

bool BulkQuery::take(const QJsonObject &operation)
{
    BulkQueryOutcome &outcome = m_outcome;
    outcome.id = operation.value("id"_L1).toString();
    outcome.objectCount = count(operation.value("objectCount"_L1));
    outcome.rootObjectCount = count(operation.value("rootObjectCount"_L1));
    outcome.errorCode = operation.value("errorCode"_L1).toString();
    outcome.url = QUrl(operation.value("url"_L1).toString());
    outcome.partialDataUrl = QUrl(operation.value("partialDataUrl"_L1).toString());
    emit progress(outcome.objectCount, outcome.rootObjectCount);
    const QString status = operation.value("status"_L1).toString();
    if (status == u"COMPLETED")
        outcome.end = BulkQueryOutcome::End::Completed;
    else if (status == u"FAILED")
        outcome.end = BulkQueryOutcome::End::Failed;
    else if (status == u"CANCELED")
        outcome.end = BulkQueryOutcome::End::Canceled;
    else if (status == u"EXPIRED")
        outcome.end = BulkQueryOutcome::End::Expired;
    else
        return false; // CREATED, RUNNING, CANCELING, or one Shopify adds later
    finish(outcome);
    return true;
}

void BulkQuery::fail(const ShopifyError &error)
{
    BulkQueryOutcome outcome;
    outcome.end = BulkQueryOutcome::End::Error;
    outcome.id = m_id;
    outcome.error = error;
    finish(outcome);
}

void BulkQuery::finish(const BulkQueryOutcome &outcome)
{
    m_running = false;
    m_timer.stop();
    qCInfo(lcBulk) << "bulk query" << outcome.id << "ended:" << int(outcome.end)
                   << outcome.errorCode << outcome.objectCount << "objects";
    emit finished(outcome);
}
