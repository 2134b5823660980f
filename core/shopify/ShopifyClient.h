#pragma once

#include "core/shopify/AccessTokenProvider.h"
#include "core/shopify/GraphqlOperation.h"
#include "core/shopify/LearnedCosts.h"
#include "core/shopify/ShopAddress.h"
#include "core/shopify/ThrottleState.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class ShopifyReply;
struct ShopifyResponse;

// Sends GraphQL operations to a shop's Admin API and paces them by Shopify's cost bucket:
// a request waits until the bucket (as last reported, refilled at its restore rate since)
// holds its requested cost beyond what requests in flight have claimed, so in normal work
// nothing is throttled; when Shopify still answers THROTTLED the request waits and goes
// again instead of failing. Errors come back as typed ShopifyError values.
//
// A request's cost is planned as Shopify prices it: the client's estimate from the published
// rules, corrected by what Shopify reported for earlier requests of the same operation
// (LearnedCosts). Callers that size requests (page sizes, ids per request) ask
// estimatedCost() and costLimit().
//
// The access token lives in memory only and is never logged, and goes to the shop's address
// only: a redirect (3xx) is never followed but fails the request (Redirected).
class ShopifyClient final : public QObject
{
    Q_OBJECT

public:
    explicit ShopifyClient(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ShopifyClient() override;

    void setShop(const ShopAddress &shop);
    ShopAddress shop() const { return m_shop; }
    // A fixed Admin API access token.
    void setAccessToken(const QString &token);
    // Tokens from a provider that may renew them (the client-credentials grant); not owned.
    void setTokenProvider(AccessTokenProvider *provider);

    // How many times a query is sent again after 429 or a server error before it fails.
    void setMaxRetries(int count) { m_maxRetries = std::max(0, count); }

    // How many requests may be under way at once (default 4).
    void setMaxInFlight(int count);
    // How long to wait for an answer before giving up with a Timeout error (default 30 s).
    void setTimeout(int milliseconds);

    // Queues the operation; the reply finishes with its data or an error. The caller deletes
    // it (deleteLater) once answered; the client deletes any still unanswered when it goes.
    ShopifyReply *send(const GraphqlOperation &operation, const QJsonObject &variables);

    // The cost to plan a request with: the estimate from Shopify's published rules times what
    // Shopify's own prices for this operation taught (see LearnedCosts).
    int estimatedCost(const GraphqlOperation &operation, const QJsonObject &variables) const;
    // The most one request may cost now: Shopify's single-query limit (1000, or what a
    // MAX_COST_EXCEEDED refusal named), and no more than the bucket holds when full.
    double costLimit() const;
    const LearnedCosts &learnedCosts() const { return m_learned; }

    // The network access manager the client sends with, for downloads that go with its
    // requests (a bulk operation's result file).
    QNetworkAccessManager *network() const { return m_network; }

    const ThrottleState &throttle() const { return m_throttle; }
    // THROTTLED answers received so far; in normal work this stays zero.
    int throttledCount() const { return m_throttledCount; }
    int requestCount() const { return m_requestCount; }
    // The points Shopify charged so far (actualQueryCost), for benchmarks of the pacing.
    double actualCostTotal() const { return m_actualCostTotal; }

signals:
    // The next request waits this long for the cost bucket to refill.
    void waitingForBucket(qint64 milliseconds);
    // A request goes again after this long: as Shopify's Retry-After said, or a back-off.
    void retryScheduled(qint64 milliseconds);

private:
    struct Pending
    {
        QPointer<ShopifyReply> reply;
        QByteArray body;
        QString operationName;
        int estimate = 0; // by the published rules, for learning Shopify's prices
        double cost = 0;  // as planned: learnt, or what Shopify said for this very request
        int throttledAttempts = 0;
        int retries = 0;           // after 429 or a server error
        bool renewedToken = false; // sent again once with a fresh token after a 401
        bool oneShot = false;      // a mutation: never resent by Qt behind our back
    };

    void pump();
    void dispatch(const Pending &pending);
    void handleFinished(QNetworkReply *networkReply, Pending pending);
    void retryThrottled(Pending pending, const QJsonObject &extensions);
    // Takes what Shopify said about the request's price.
    void learnPrice(Pending &pending, const ShopifyResponse &response);
    // Sends it again after `delayMs`, ahead of what was queued after it.
    void retryLater(Pending pending, qint64 delayMs);

    QNetworkAccessManager *m_network;
    ShopAddress m_shop;
    QPointer<AccessTokenProvider> m_tokens; // may be owned elsewhere and go first
    std::unique_ptr<StaticTokenProvider> m_staticToken;
    bool m_renewingToken = false; // a renewal was asked for and has not answered yet
    int m_maxRetries = 3;
    int m_maxInFlight = 4;
    int m_timeoutMs = 30000;
    QList<Pending> m_queue;
    QList<QPointer<QNetworkReply>> m_inFlight;
    double m_reservedCost = 0;
    ThrottleState m_throttle;
    LearnedCosts m_learned;
    double m_maxQueryCost = 1000; // Shopify's single-query limit
    QElapsedTimer m_clock;
    QRandomGenerator m_jitter{QRandomGenerator::securelySeeded()};
    qint64 m_notBeforeMs = 0; // no request goes before this time on m_clock
    QTimer m_bucketTimer;
    int m_throttledCount = 0;
    int m_requestCount = 0;
    double m_actualCostTotal = 0;
};
