#include "core/demostore/DemoStore.h"

#include "core/demostore/DataGenerator.h"
#include "core/demostore/DemoServer.h"
#include "core/demostore/OrderRouting.h"
#include "core/demostore/StoreJson.h"

#include <QTimeZone>
#include <QTimer>

#include <algorithm>

namespace demostore {

namespace {

DemoStoreConfig completed(DemoStoreConfig config)
{
    if (!config.now.isValid()) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        config.now = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), now.timeZone());
    }
    if (config.activitySeed == 0)
        config.activitySeed = Random::mix(config.seed, 9001);
    return config;
}

AccessControl::Settings accessSettings(const DemoStoreConfig &config)
{
    return {config.accessToken, config.clientId, config.clientSecret, config.tokenLifetimeSeconds};
}

ActivitySettings activitySettings(const DemoStoreConfig &config)
{
    return {config.activityRate, config.silentFraction, config.activitySeed};
}

} // namespace

DemoStore::DemoStore(const DemoStoreConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(completed(config))
    , m_data(DataGenerator::generate(m_config.seed, m_config.orderCount, m_config.now))
    , m_clock(m_config.now,
              m_config.clockRuns ? StoreClock::Mode::RealTime : StoreClock::Mode::StandStill)
    , m_scopes(m_config.grantedScopes, m_config.customerData)
    , m_bucket(m_config.bucketSize, m_config.restoreRate)
    , m_faults(m_stats)
    , m_access(accessSettings(m_config), m_scopes, m_clock, m_stats)
    , m_activity(m_data, m_stats, activitySettings(m_config), m_clock.nowMs())
    , m_bulk(m_data, m_scopes, m_clock, m_faults)
    , m_api(m_data,
            m_bucket,
            m_stats,
            m_faults,
            m_scopes,
            m_clock,
            m_config.maxQueryCost,
            m_config.maxPageSize,
            m_bulk,
            m_config.priceFactor)
    , m_unknownShop(m_config.unknownShop)
{
    if (m_config.openOrders >= 0) {
        int open = 0;
        for (auto it = m_data.orders.rbegin(); it != m_data.orders.rend(); ++it) {
            if (it->isClosed() || it->isCancelled())
                continue;
            if (open < m_config.openOrders)
                ++open;
            else
                it->closedAt = it->updatedAt; // archived at its last change
        }
    }
    m_bucket.setUnlimited(!m_config.throttling);
    m_faults.setPlan(m_config.faults);
    m_bulk.setOrdersPerSecond(m_config.bulkOrdersPerSecond);
    // Every request sees the shop as it is by now, whether or not the timer has fired.
    m_api.setBeforeRequest([this] { catchUp(); });
    if (m_config.activityRate > 0) {
        m_activityTimer = new QTimer(this);
        m_activityTimer->setSingleShot(true);
        connect(m_activityTimer, &QTimer::timeout, this, [this] { catchUp(); });
        catchUp();
    }
}

DemoStore::~DemoStore() = default;

QList<StoreEvent> DemoStore::catchUp()
{
    // Orders placed just before `now` get their fulfillment orders a few seconds later.
    OrderRouting::runUntil(m_data, m_clock.nowMs() / 1000);
    const QList<StoreEvent> events = m_activity.runUntil(m_clock.nowMs());
    m_bulk.catchUp();
    if (m_activityTimer) {
        // Woken for the next event; a clock that stands still moves only by advance(), which
        // catches up itself, so a long nap is as good as any.
        const qint64 due = m_activity.nextEventMs() - m_clock.nowMs();
        m_activityTimer->start(int(std::clamp<qint64>(due, 0, 60000)));
    }
    return events;
}

QList<StoreEvent> DemoStore::advance(std::chrono::milliseconds by)
{
    // Due events first, at their own times, so nothing that was due lands after the jump.
    QList<StoreEvent> events = catchUp();
    m_clock.advance(by);
    events += catchUp();
    return events;
}

bool DemoStore::start(QString *error)
{
    if (isListening())
        return true;
    auto *server
        = new DemoServer(m_api, m_bulk, m_access, m_stats, m_unknownShop, m_config.apiVersion, this);
    if (!server->listen(m_config.port, error)) {
        delete server;
        return false;
    }
    m_server = server;
    m_bulk.setBaseUrl(url());
    return true;
}

void DemoStore::stop()
{
    // Deleting the server closes its listening socket and every open connection.
    delete m_server;
    m_server = nullptr;
}

bool DemoStore::isListening() const
{
    return m_server && m_server->isListening();
}

quint16 DemoStore::port() const
{
    return m_server ? m_server->port() : 0;
}

QUrl DemoStore::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url;
}

QUrl DemoStore::graphqlUrl() const
{
    QUrl graphql = url();
    graphql.setPath(DemoServer::graphqlPath());
    return graphql;
}

QUrl DemoStore::tokenUrl() const
{
    QUrl token = url();
    token.setPath(AccessControl::tokenPath());
    return token;
}

QJsonObject DemoStore::orderJson(int index) const
{
    return StoreJson(m_data).order(m_data.orders.at(index));
}

ApiReply DemoStore::post(const QByteArray &body)
{
    return m_api.handle(body);
}

void DemoStore::setFaultPlan(const FaultPlan &plan)
{
    m_faults.setPlan(plan);
}

int DemoStore::releaseHeldAnswers(int count)
{
    return m_server ? m_server->releaseHeldAnswers(count) : 0;
}

FaultPlan DemoStore::faultPlan() const
{
    return m_faults.plan();
}

void DemoStore::revokeToken()
{
    m_access.revokeAll();
}

void DemoStore::revokeToken(const QString &token)
{
    m_access.revoke(token);
}

void DemoStore::setGrantedScopes(const QStringList &handles)
{
    m_scopes = AccessScopes(handles, m_scopes.customerData());
}

void DemoStore::setCustomerDataAccess(const CustomerDataAccess &access)
{
    m_scopes.setCustomerData(access);
}

int DemoStore::fulfillmentsCreated(const QString &orderGid) const
{
    const auto id = StoreJson::idFromGid(orderGid, u"Order");
    return id ? m_stats.createdFor(*id) : 0;
}

int DemoStore::fulfillmentsCancelled(const QString &orderGid) const
{
    const auto id = StoreJson::idFromGid(orderGid, u"Order");
    return id ? m_stats.cancelledFor(*id) : 0;
}

} // namespace demostore
