#include "core/shopify/ShopifyClient.h"

#include "core/shopify/OneShotBody.h"
#include "core/shopify/ResponseHeaders.h"
#include "core/shopify/ShopifyReply.h"
#include "core/shopify/ShopifyResponse.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcShopify, "smidig.shopify")

namespace {

// A THROTTLED answer is waited out; after this many in a row something else is wrong.
constexpr int kMaxThrottledAttempts = 30;

// Exponential back-off with jitter: 1, 2, 4 ... seconds up to a minute, plus up to a second
// at random, so many clients that failed together do not come back together.
qint64 backOffMs(int attempt, QRandomGenerator &jitter)
{
    const qint64 base = std::min<qint64>(60000, 1000LL << std::clamp(attempt, 0, 6));
    return base + jitter.bounded(1000);
}

ShopifyError networkError(QNetworkReply *reply)
{
    ShopifyError error;
    error.detail = reply->errorString();
    // Only when the connection never stood is it certain the request did not arrive.
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        error.mayHaveBeenProcessed = false;
        break;
    default:
        error.mayHaveBeenProcessed = true;
        break;
    }
    switch (reply->error()) {
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // the transfer timeout aborts this way
        error.kind = ShopifyError::Kind::Timeout;
        break;
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::InsecureRedirectError:
        error.kind = ShopifyError::Kind::Tls;
        break;
    default:
        error.kind = ShopifyError::Kind::Network;
        break;
    }
    return error;
}

} // namespace

ShopifyClient::ShopifyClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
    m_clock.start();
    m_bucketTimer.setSingleShot(true);
    connect(&m_bucketTimer, &QTimer::timeout, this, &ShopifyClient::pump);
}

ShopifyClient::~ShopifyClient()
{
    for (const auto &reply : std::as_const(m_inFlight)) {
        if (reply)
            reply->abort();
    }
}

void ShopifyClient::setShop(const ShopAddress &shop)
{
    m_shop = shop;
}

void ShopifyClient::setAccessToken(const QString &token)
{
    // The new provider first: the old one must not be dropped while still connected.
    auto next = std::make_unique<StaticTokenProvider>(token);
    setTokenProvider(next.get());
    m_staticToken = std::move(next);
}

void ShopifyClient::setTokenProvider(AccessTokenProvider *provider)
{
    if (m_tokens)
        disconnect(m_tokens, nullptr, this, nullptr);
    m_tokens = provider;
    m_renewingToken = false;
    if (!provider)
        return;
    connect(provider, &AccessTokenProvider::renewed, this, [this] {
        m_renewingToken = false;
        pump();
    });
    // Without a token nothing can go: everything waiting fails with the grant's error.
    connect(provider, &AccessTokenProvider::renewalFailed, this, [this](const ShopifyError &error) {
        m_renewingToken = false;
        const QList<Pending> waiting = std::exchange(m_queue, {});
        for (const Pending &pending : waiting) {
            if (pending.reply)
                pending.reply->fail(error);
        }
    });
}

void ShopifyClient::setMaxInFlight(int count)
{
    m_maxInFlight = std::max(1, count);
}

void ShopifyClient::setTimeout(int milliseconds)
{
    m_timeoutMs = std::max(1, milliseconds);
}

ShopifyReply *ShopifyClient::send(const GraphqlOperation &operation, const QJsonObject &variables)
{
    // The receiver deletes the reply when it has its answer; one that never gets an answer,
    // because the client goes first (a desk closed while a sync waits), goes with the client.
    auto *reply = new ShopifyReply(this);
    Pending pending;
    pending.reply = reply;
    pending.operationName = operation.name();
    pending.estimate = operation.requestedCost(variables);
    pending.cost = m_learned.planned(pending.operationName, pending.estimate);
    pending.oneShot = operation.isMutation();
    pending.body = QJsonDocument(QJsonObject{{"query"_L1, operation.text()},
                                             {"variables"_L1, variables},
                                             {"operationName"_L1, operation.name()}})
                       .toJson(QJsonDocument::Compact);
    connect(reply, &ShopifyReply::aborted, this, [this, reply] {
        // Still queued: drop it. In flight: the network reply's abort finishes it.
        const auto it = std::find_if(m_queue.begin(), m_queue.end(), [reply](const Pending &p) {
            return p.reply == reply;
        });
        if (it != m_queue.end())
            m_queue.erase(it);
        ShopifyError cancelled;
        cancelled.kind = ShopifyError::Kind::Cancelled;
        reply->fail(cancelled);
    });
    m_queue.append(pending);
    // Sending from the event loop lets the caller connect to the reply first.
    QMetaObject::invokeMethod(this, &ShopifyClient::pump, Qt::QueuedConnection);
    return reply;
}

int ShopifyClient::estimatedCost(const GraphqlOperation &operation,
                                 const QJsonObject &variables) const
{
    return m_learned.planned(operation.name(), operation.requestedCost(variables));
}

double ShopifyClient::costLimit() const
{
    // A bucket smaller than the query limit caps a request too: a larger one could never run.
    return m_throttle.isKnown() ? std::min(m_maxQueryCost, m_throttle.maximumAvailable())
                                : m_maxQueryCost;
}

void ShopifyClient::pump()
{
    // While a new token is on its way nothing goes: it would only carry the old one.
    if (m_renewingToken)
        return;
    // A token that expired is renewed before anything goes.
    if (m_tokens && !m_tokens->isReady() && m_tokens->canRenew() && !m_queue.isEmpty()) {
        m_renewingToken = true;
        m_tokens->renew();
        return;
    }
    while (!m_queue.isEmpty() && m_inFlight.size() < m_maxInFlight) {
        const Pending &next = m_queue.first();
        if (!next.reply) {
            m_queue.removeFirst();
            continue;
        }
        // A request over the bucket's size can never fit: let Shopify refuse it.
        const bool fitsAtAll = !m_throttle.isKnown() || next.cost <= m_throttle.maximumAvailable();
        const qint64 now = m_clock.elapsed();
        const qint64 waitMs = std::max(m_notBeforeMs - now,
                                       fitsAtAll
                                           ? m_throttle.waitMsFor(next.cost, m_reservedCost, now)
                                           : qint64(0));
        if (waitMs > 0) {
            if (!m_bucketTimer.isActive() || m_bucketTimer.remainingTime() > waitMs) {
                m_bucketTimer.start(int(std::min<qint64>(waitMs, 60000)));
                emit waitingForBucket(waitMs);
            }
            return;
        }
        Pending pending = m_queue.takeFirst();
        if (!pending.reply->maySend()) {
            ShopifyError withheld;
            withheld.kind = ShopifyError::Kind::Cancelled;
            withheld.detail = u"withheld: the sender may no longer send it"_s;
            pending.reply->fail(withheld);
            continue;
        }
        dispatch(pending);
    }
}

void ShopifyClient::dispatch(const Pending &pending)
{
    QNetworkRequest request(m_shop.graphqlUrl());
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("Smidig/" SMIDIG_VERSION));
    request.setRawHeader("Accept"_ba, "application/json"_ba);
    request.setRawHeader("X-Shopify-Access-Token"_ba,
                         m_tokens ? m_tokens->token().toUtf8() : QByteArray());
    request.setTransferTimeout(m_timeoutMs);
    // The token is for the shop's address only, and a POST must not be replayed behind our
    // back: a redirect is reported (handleFinished), never followed.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);

    QNetworkReply *networkReply = nullptr;
    if (pending.oneShot) {
        request.setHeader(QNetworkRequest::ContentLengthHeader, pending.body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *body = new OneShotBody(pending.body);
        networkReply = m_network->post(request, body);
        body->setParent(networkReply);
    } else {
        networkReply = m_network->post(request, pending.body);
    }
    ++m_requestCount;
    m_reservedCost += pending.cost;
    m_inFlight.append(networkReply);
    const QPointer<QNetworkReply> guard(networkReply);
    connect(pending.reply, &ShopifyReply::aborted, networkReply, [guard] {
        if (guard)
            guard->abort();
    });
    connect(networkReply, &QNetworkReply::finished, this, [this, networkReply, pending] {
        handleFinished(networkReply, pending);
    });
}

void ShopifyClient::handleFinished(QNetworkReply *networkReply, Pending pending)
{
    networkReply->deleteLater();
    m_inFlight.removeAll(networkReply);
    m_reservedCost = std::max(0.0, m_reservedCost - pending.cost);
    // Whatever happens below, the next queued request may now go.
    QMetaObject::invokeMethod(this, &ShopifyClient::pump, Qt::QueuedConnection);

    ShopifyReply *reply = pending.reply;
    if (!reply)
        return;

    const QVariant statusAttribute = networkReply->attribute(
        QNetworkRequest::HttpStatusCodeAttribute);
    const QByteArray body = networkReply->readAll();
    if (!statusAttribute.isValid()) {
        const ShopifyError error = networkError(networkReply);
        qCWarning(lcShopify) << pending.operationName << "failed:" << error.detail;
        reply->fail(error);
        return;
    }

    const QByteArray version = networkReply->rawHeader("X-Shopify-API-Version"_ba);
    if (ResponseHeaders::isOtherApiVersion(version)) {
        qCWarning(lcShopify) << "Shopify answered with API version" << version << "instead of"
                             << ShopAddress::kApiVersion;
    }

    const int status = statusAttribute.toInt();
    if (status >= 300 && status <= 399) {
        const ShopifyError error = ShopifyError::redirected(status,
                                                            networkReply->url(),
                                                            networkReply->rawHeader("Location"_ba));
        qCWarning(lcShopify) << pending.operationName << "not sent on:" << error.detail;
        reply->fail(error);
        return;
    }
    // A refused token of a renewable kind (expired, or rotated): renew once and send again.
    // Shopify refuses before doing anything, so even a mutation may go again.
    if (status == 401 && m_tokens && m_tokens->canRenew() && !pending.renewedToken) {
        pending.renewedToken = true;
        m_queue.prepend(std::move(pending));
        m_renewingToken = true;
        m_tokens->renew();
        return;
    }
    // 429 is refused before any work; a server error may come after it, so only queries are
    // sent again (the outbox checks a mutation with an unknown outcome itself).
    const bool serverError = status >= 500 && status <= 599;
    if ((status == 429 || (serverError && !pending.oneShot)) && pending.retries < m_maxRetries) {
        const qint64 waitMs = ResponseHeaders::retryAfterMs(
                                  networkReply->rawHeader("Retry-After"_ba))
                                  .value_or(backOffMs(pending.retries, m_jitter));
        qCInfo(lcShopify) << pending.operationName << "HTTP" << status << "; sending again in"
                          << waitMs << "ms";
        ++pending.retries;
        retryLater(pending, waitMs);
        return;
    }
    const ShopifyResponse response = ShopifyResponse::read(status, body);
    if (m_throttle.update(response.extensions, m_clock.elapsed()) && m_throttle.lastActualCost())
        m_actualCostTotal += *m_throttle.lastActualCost();
    learnPrice(pending, response);
    switch (response.outcome) {
    case ShopifyResponse::Outcome::Data:
        // A partial answer is kept; what was left out goes to the log (the first field and
        // how many: a page of orders without customer data has hundreds).
        if (!response.fieldErrors.isEmpty()) {
            const FieldError &first = response.fieldErrors.first();
            qCInfo(lcShopify) << pending.operationName << "answered without"
                              << response.fieldErrors.size() << "field(s), such as"
                              << first.pathText() << first.code << first.message;
        }
        reply->finish(response.data, response.extensions, response.fieldErrors);
        break;
    case ShopifyResponse::Outcome::Throttled:
        retryThrottled(pending, response.extensions);
        break;
    case ShopifyResponse::Outcome::Failed:
        qCWarning(lcShopify) << pending.operationName << response.error.kindName()
                             << response.error.detail;
        reply->fail(response.error, response.extensions);
        break;
    }
}

void ShopifyClient::learnPrice(Pending &pending, const ShopifyResponse &response)
{
    if (response.maxCost)
        m_maxQueryCost = *response.maxCost;
    if (!response.requestedCost)
        return;
    if (std::abs(*response.requestedCost - pending.cost) >= 1) {
        qCInfo(lcShopify) << pending.operationName << "priced at" << *response.requestedCost
                          << "by Shopify, planned at" << pending.cost << "(estimate"
                          << pending.estimate << ")";
    }
    m_learned.learn(pending.operationName,
                    pending.estimate,
                    *response.requestedCost,
                    pending.oneShot ? LearnedCosts::Kind::Mutation : LearnedCosts::Kind::Query);
    // Sent again (throttled), this very request costs what Shopify said.
    pending.cost = *response.requestedCost;
}

void ShopifyClient::retryLater(Pending pending, qint64 delayMs)
{
    emit retryScheduled(delayMs);
    m_notBeforeMs = std::max(m_notBeforeMs, m_clock.elapsed() + delayMs);
    m_queue.prepend(std::move(pending));
    if (!m_bucketTimer.isActive() || m_bucketTimer.remainingTime() > delayMs)
        m_bucketTimer.start(int(std::min<qint64>(delayMs, 300000)));
}

void ShopifyClient::retryThrottled(Pending pending, const QJsonObject &extensions)
{
    ++m_throttledCount;
    ++pending.throttledAttempts;
    if (pending.reply)
        ++pending.reply->m_throttledCount;
    if (pending.throttledAttempts > kMaxThrottledAttempts) {
        ShopifyError error;
        error.kind = ShopifyError::Kind::Throttled;
        error.detail = u"throttled %1 times in a row"_s.arg(pending.throttledAttempts);
        if (pending.reply)
            pending.reply->fail(error, extensions);
        return;
    }
    qCInfo(lcShopify) << pending.operationName << "throttled; waiting for the bucket to refill";
    // Without a usable throttle status the bucket cannot be planned for: back off by attempt.
    const qint64 now = m_clock.elapsed();
    if (m_throttle.waitMsFor(pending.cost, m_reservedCost, now) == 0)
        m_notBeforeMs = now + qint64(250) * pending.throttledAttempts;
    // Back to the front: it keeps its place, and pump() waits for the bucket before sending.
    m_queue.prepend(std::move(pending));
}
