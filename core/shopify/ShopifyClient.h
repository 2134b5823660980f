#pragma once

#include "AccessTokenProvider.h"
#include "GraphqlOperation.h"
#include "ShopAddress.h"
#include "ThrottleState.h"

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

// Sends GraphQL operations to a shop's Admin API and paces them by Shopify's cost bucket:
// a request waits until the bucket (as last reported, refilled at its restore rate since)
// holds its requested cost beyond what requests in flight have claimed, so in normal work
// nothing is throttled; when Shopify still answers THROTTLED the request waits and goes
// again instead of failing. Errors come back as typed ShopifyError values.
//
// The access token lives in memory only and is never logged.
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

    const ThrottleState &throttle() const { return m_throttle; }
    // THROTTLED answers received so far; in normal work this stays zero.
    int throttledCount() const { return m_throttledCount; }
    int requestCount() const { return m_requestCount; }
    // The points Shopify charged so far (actualQueryCost), for benchmarks of the pacing.
    double actualCostTotal() const { return m_actualCostTotal; }

signals:
    // The next request waits this long for the cost bucket to refill.
    void waitingForBucket(qint64 milliseconds);

private:
    struct Pending
    {
        QPointer<ShopifyReply> reply;
        QByteArray body;
        QString operationName;
        double cost = 0;
        int throttledAttempts = 0;
        int retries = 0;           // after 429 or a server error
        bool renewedToken = false; // sent again once with a fresh token after a 401
        bool oneShot = false;      // a mutation: never resent by Qt behind our back
    };

    void pump();
    void dispatch(const Pending &pending);
    void handleFinished(QNetworkReply *networkReply, Pending pending);
    void retryThrottled(Pending pending, const QJsonObject &extensions);
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
    QElapsedTimer m_clock;
    QRandomGenerator m_jitter{QRandomGenerator::securelySeeded()};
    qint64 m_notBeforeMs = 0; // no request goes before this time on m_clock
    QTimer m_bucketTimer;
    int m_throttledCount = 0;
    int m_requestCount = 0;
    double m_actualCostTotal = 0;
};
