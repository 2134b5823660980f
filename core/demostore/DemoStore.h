#pragma once

#include "AdminApi.h"
#include "CostBucket.h"
#include "DemoStoreConfig.h"
#include "DemoStoreStats.h"
#include "FaultInjector.h"
#include "StoreData.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <memory>

namespace demostore {

class DemoServer;

// A local stand-in for a Shopify store: generates its data from the config, then serves
// Shopify's Admin GraphQL API for it on 127.0.0.1 until stopped (see docs/demostore.md):
// queries, and the mutations fulfillmentCreate, fulfillmentTrackingInfoUpdate and
// fulfillmentCancel, which change its data. Faults can be injected on request.
// Lives in one thread; start it where it should serve (DemoStoreThread runs it in its own).
// The counters and setFaultPlan() may be used from any thread; data() only from the store's.
class DemoStore final : public QObject
{
    Q_OBJECT

public:
    explicit DemoStore(const DemoStoreConfig &config, QObject *parent = nullptr);
    ~DemoStore() override;

    // Listens on 127.0.0.1 at the configured port; false with *error set when it cannot.
    bool start(QString *error = nullptr);
    void stop();
    bool isListening() const;
    quint16 port() const;
    // "http://127.0.0.1:PORT", the shop address a client is given.
    QUrl url() const;
    // url() + "/admin/api/2026-01/graphql.json"
    QUrl graphqlUrl() const;

    // The config as used: `now` filled in when it was left empty.
    const DemoStoreConfig &config() const { return m_config; }
    // The store's data, which mutations change. Read it from the store's thread, or while
    // nothing is being served.
    const StoreData &data() const { return m_data; }
    // An order as the Shopify JSON tree its queries are answered from.
    QJsonObject orderJson(int index) const;

    // Answers a GraphQL request body as the endpoint would, without HTTP (counts it too).
    // Faults apply; a drop or a delay is only reported in the reply, not carried out.
    ApiReply post(const QByteArray &body);

    // The faults to inject from the next request on; restarts the plan's PRNG. Any thread.
    void setFaultPlan(const FaultPlan &plan);
    FaultPlan faultPlan() const;

    // Counted while serving; safe to read from any thread.
    const DemoStoreStats &stats() const { return m_stats; }
    qint64 requestCount() const { return m_stats.requests; }
    qint64 throttledCount() const { return m_stats.throttled; }
    qint64 maxCostExceededCount() const { return m_stats.maxCostExceeded; }
    // Top-level mutation fields that ran (refused ones with userErrors included; throttled
    // ones never ran).
    qint64 mutationCount() const { return m_stats.mutations; }
    // Fulfillments our mutations created (and cancelled) for an order, by its global id
    // ("gid://shopify/Order/123"); 0 for anything else.
    int fulfillmentsCreated(const QString &orderGid) const;
    int fulfillmentsCancelled(const QString &orderGid) const;
    // Customer notifications the shop would have sent (notifyCustomer on an order with email).
    qint64 notificationsSent() const { return m_stats.notificationsSent; }
    const CostBucket &bucket() const { return m_bucket; }

private:
    // Mutation time: `now` moves on with the time the store runs.
    Timestamp currentTime() const;

    DemoStoreConfig m_config;
    StoreData m_data;
    DemoStoreStats m_stats;
    CostBucket m_bucket;
    FaultInjector m_faults;
    QElapsedTimer m_running;
    AdminApi m_api;
    DemoServer *m_server = nullptr;
};

} // namespace demostore
