#pragma once

#include "core/demostore/AccessControl.h"
#include "core/demostore/AccessScopes.h"
#include "core/demostore/AdminApi.h"
#include "core/demostore/BulkOperations.h"
#include "core/demostore/CostBucket.h"
#include "core/demostore/DemoStoreConfig.h"
#include "core/demostore/DemoStoreStats.h"
#include "core/demostore/FaultInjector.h"
#include "core/demostore/StoreActivity.h"
#include "core/demostore/StoreClock.h"
#include "core/demostore/StoreData.h"
#include "core/demostore/StoreEvent.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <atomic>
#include <chrono>
#include <memory>

QT_BEGIN_NAMESPACE
class QTimer;
QT_END_NAMESPACE

namespace demostore {

class DemoServer;

// A local stand-in for a Shopify store: generates its data from the config, then serves
// Shopify's Admin GraphQL API for it on 127.0.0.1 until stopped (see docs/demostore.md):
// queries, and the mutations fulfillmentCreate, fulfillmentTrackingInfoUpdate,
// fulfillmentCancel and fulfillmentOrderLineItemsPreparedForPickup, which change its data;
// access tokens, the client-credentials grant, access scopes (the 60-day window without
// read_all_orders) and protected customer data; a shop that changes by itself
// (StoreActivity, OrderRouting) on a clock tests can move; faults on request.
// Lives in one thread; start it where it should serve (DemoStoreThread runs it in its own).
// The counters, setFaultPlan(), revokeToken() and setUnknownShop() may be used from any
// thread; data(), advance() and setGrantedScopes() only from the store's.
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
    // url() + "/admin/oauth/access_token", the client-credentials grant.
    QUrl tokenUrl() const;

    // The config as used: `now` filled in when it was left empty.
    const DemoStoreConfig &config() const { return m_config; }
    // The store's data, which mutations and the store's activity change. Read it from the
    // store's thread, or while nothing is being served.
    const StoreData &data() const { return m_data; }
    // An order as the Shopify JSON tree its queries are answered from (every fulfillment
    // order, whatever the scopes).
    QJsonObject orderJson(int index) const;

    // The store's clock: the config's `now`, plus the real time it has been running (unless
    // config.clockRuns is false), plus what advance() added.
    QDateTime now() const { return m_clock.nowDateTime(); }
    // Moves the clock forward and applies, in time order, every change the store's activity
    // brings in that period (each event's timestamps inside it); returns them. A minute of
    // the store's life in a moment: how tests compress an hour. The store's thread only.
    QList<StoreEvent> advance(std::chrono::milliseconds by);

    // Answers a GraphQL request body as the endpoint would, without HTTP (counts it too; no
    // token check). Faults apply; a drop or a delay is only reported in the reply, not carried
    // out.
    ApiReply post(const QByteArray &body);

    // The faults to inject from the next request on; restarts the plan's PRNG. Any thread.
    void setFaultPlan(const FaultPlan &plan);
    FaultPlan faultPlan() const;
    // Answers held by FaultPlan::holdAnswers go out, oldest first: `count` of them, or all
    // (-1); returns how many. A new plan does not release them. The store's thread only
    // (DemoStoreThread::releaseHeldAnswers from elsewhere).
    int releaseHeldAnswers(int count = -1);

    // Access. Revoking works at once, from any thread: revokeToken() takes every token away
    // (the configured one, all granted so far, and the "anyone may come in" of a store
    // without a token); revokeToken(token) that one. The grant still issues new ones.
    void revokeToken();
    void revokeToken(const QString &token);
    // The scopes the merchant granted, from the next request on. The store's thread only.
    void setGrantedScopes(const QStringList &handles);
    // The protected customer data the app may read, from the next request on. The store's
    // thread only.
    void setCustomerDataAccess(const CustomerDataAccess &access);
    const AccessScopes &grantedScopes() const { return m_scopes; }
    // Every request answered 404 as for an unknown shop, from the next one on. Any thread.
    void setUnknownShop(bool unknown) { m_unknownShop = unknown; }

    // Counted while serving; safe to read from any thread.
    const DemoStoreStats &stats() const { return m_stats; }
    qint64 requestCount() const { return m_stats.requests; }
    qint64 throttledCount() const { return m_stats.throttled; }
    qint64 maxCostExceededCount() const { return m_stats.maxCostExceeded; }
    // Top-level mutation fields that ran (refused ones with userErrors included; throttled
    // ones never ran).
    qint64 mutationCount() const { return m_stats.mutations; }
    // Fulfillments our mutations created (and cancelled) for an order, by its global id
    // ("gid://shopify/Order/123"); 0 for anything else. The store's own activity is not
    // counted here (stats().eventCount() is).
    int fulfillmentsCreated(const QString &orderGid) const;
    // fulfillmentCreate calls refused because what they asked for was fulfilled already
    // (whole or in part): each is a request some client sent more than once.
    qint64 duplicateCreatesRefused() const { return m_stats.duplicateCreatesRefused; }
    int fulfillmentsCancelled(const QString &orderGid) const;
    // Customer notifications the shop would have sent (notifyCustomer on an order with email).
    qint64 notificationsSent() const { return m_stats.notificationsSent; }
    const CostBucket &bucket() const { return m_bucket; }
    // The bulk operations (bulkOperationRunQuery) and their result files.
    BulkOperations &bulkOperations() { return m_bulk; }

private:
    // Applies the activity due by the clock's now, and sets the timer for the next event.
    QList<StoreEvent> catchUp();

    DemoStoreConfig m_config;
    StoreData m_data;
    DemoStoreStats m_stats;
    StoreClock m_clock;
    AccessScopes m_scopes;
    CostBucket m_bucket;
    FaultInjector m_faults;
    AccessControl m_access;
    StoreActivity m_activity;
    BulkOperations m_bulk;
    AdminApi m_api;
    std::atomic<bool> m_unknownShop;
    QTimer *m_activityTimer = nullptr;
    DemoServer *m_server = nullptr;
};

} // namespace demostore
