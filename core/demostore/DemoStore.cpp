#include "DemoStore.h"

#include "DataGenerator.h"
#include "DemoServer.h"
#include "StoreJson.h"

#include <QTimeZone>

namespace demostore {

namespace {

DemoStoreConfig completed(DemoStoreConfig config)
{
    if (!config.now.isValid()) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        config.now = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), now.timeZone());
    }
    return config;
}

} // namespace

DemoStore::DemoStore(const DemoStoreConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(completed(config))
    , m_data(DataGenerator::generate(m_config.seed, m_config.orderCount, m_config.now))
    , m_bucket(m_config.bucketSize, m_config.restoreRate)
    , m_faults(m_stats)
    , m_api(m_data, m_bucket, m_stats, m_faults, m_config.maxQueryCost, m_config.maxPageSize,
            [this] { return currentTime(); })
{
    m_bucket.setUnlimited(!m_config.throttling);
    m_faults.setPlan(m_config.faults);
    m_running.start();
}

Timestamp DemoStore::currentTime() const
{
    return m_config.now.toSecsSinceEpoch() + m_running.elapsed() / 1000;
}

DemoStore::~DemoStore() = default;

bool DemoStore::start(QString *error)
{
    if (isListening())
        return true;
    auto *server = new DemoServer(m_api, m_stats, m_config.accessToken, this);
    if (!server->listen(m_config.port, error)) {
        delete server;
        return false;
    }
    m_server = server;
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

FaultPlan DemoStore::faultPlan() const
{
    return m_faults.plan();
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
