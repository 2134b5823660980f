#include "core/storage/StoreNotifications.h"

#include "core/storage/Database.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

Q_LOGGING_CATEGORY(lcStoreNotifications, "smidig.store.notifications")

using namespace Qt::StringLiterals;

namespace {

const QList<StoreAnnouncer::Topic> kTopics{StoreAnnouncer::Topic::Orders,
                                           StoreAnnouncer::Topic::Outbox,
                                           StoreAnnouncer::Topic::Leases,
                                           StoreAnnouncer::Topic::SyncState};

} // namespace

StoreNotifications::StoreNotifications(const Database *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_fallback.setInterval(std::chrono::milliseconds(2000));
    connect(&m_fallback, &QTimer::timeout, this, &StoreNotifications::checkDataVersion);
}

StoreNotifications::~StoreNotifications()
{
    stop();
}

void StoreNotifications::setFallbackInterval(std::chrono::milliseconds interval)
{
    m_fallback.setInterval(interval);
}

StoreError StoreNotifications::start()
{
    stop();
    if (!m_store->location().isPostgres()) {
        if (const StoreError error = readDataVersion(&m_dataVersion); error.isError())
            return error;
        m_fallback.start();
        m_listening = true;
        return {};
    }
    if (const StoreError error = readOwnPid(); error.isError())
        return error;
    m_listener = std::make_unique<Database>();
    if (const StoreError error = m_listener->open(m_store->location()); error.isError()) {
        m_listener.reset();
        return error;
    }
    QSqlDriver *driver = m_listener->connection().driver();
    for (const StoreAnnouncer::Topic topic : kTopics) {
        if (!driver->subscribeToNotification(StoreAnnouncer::channel(topic))) {
            const StoreError error = StoreError::fromSql(driver->lastError(),
                                                         u"listen on %1"_s.arg(
                                                             StoreAnnouncer::channel(topic)));
            m_listener.reset();
            return error;
        }
    }
    connect(driver, &QSqlDriver::notification, this, &StoreNotifications::handleNotification);
    m_listening = true;
    return {};
}

void StoreNotifications::stop()
{
    m_fallback.stop();
    m_listening = false;
    if (m_listener) {
        QSqlDriver *driver = m_listener->connection().driver();
        disconnect(driver, nullptr, this, nullptr);
        for (const QString &channel : driver->subscribedToNotifications())
            driver->unsubscribeFromNotification(channel);
        m_listener.reset();
    }
}

StoreError StoreNotifications::readOwnPid()
{
    QSqlQuery query(m_store->connection());
    if (!query.exec(u"SELECT pg_backend_pid()"_s) || !query.next())
        return StoreError::fromSql(query.lastError(), u"read the connection's process id"_s);
    m_ownPid = query.value(0).toString();
    return {};
}

StoreError StoreNotifications::readDataVersion(qint64 *version) const
{
    QSqlQuery query(m_store->connection());
    if (!query.exec(u"PRAGMA data_version"_s) || !query.next())
        return StoreError::fromSql(query.lastError(), u"read the store's data version"_s);
    *version = query.value(0).toLongLong();
    return {};
}

void StoreNotifications::checkDataVersion()
{
    qint64 version = -1;
    if (const StoreError error = readDataVersion(&version); error.isError()) {
        qCWarning(lcStoreNotifications) << "cannot read the data version:" << error.detail;
        return;
    }
    if (version == m_dataVersion)
        return; // nobody else committed: nothing to read
    m_dataVersion = version;
    m_allOrders = m_outbox = m_leases = true;
    m_syncKeys.insert(u"*"_s);
    flush();
}

void StoreNotifications::handleNotification(const QString &channel,
                                            QSqlDriver::NotificationSource,
                                            const QVariant &payload)
{
    // The listening connection never announces; whose announcement it is says the payload's
    // process id (StoreAnnouncer).
    const QString text = payload.toString();
    const qsizetype space = text.indexOf(u' ');
    const QString pid = space < 0 ? text : text.left(space);
    if (pid == m_ownPid)
        return;
    const QStringList items = space < 0 ? QStringList()
                                        : text.mid(space + 1).split(u' ', Qt::SkipEmptyParts);
    if (channel == StoreAnnouncer::channel(StoreAnnouncer::Topic::Orders)) {
        for (const QString &id : items)
            m_orderIds.insert(id);
    } else if (channel == StoreAnnouncer::channel(StoreAnnouncer::Topic::Outbox)) {
        m_outbox = true;
    } else if (channel == StoreAnnouncer::channel(StoreAnnouncer::Topic::Leases)) {
        m_leases = true;
    } else if (channel == StoreAnnouncer::channel(StoreAnnouncer::Topic::SyncState)) {
        for (const QString &key : items)
            m_syncKeys.insert(key);
    } else {
        return;
    }
    if (!m_flushQueued) {
        m_flushQueued = true;
        QMetaObject::invokeMethod(this, &StoreNotifications::flush, Qt::QueuedConnection);
    }
}

void StoreNotifications::flush()
{
    m_flushQueued = false;
    if (m_allOrders) {
        m_allOrders = false;
        m_orderIds.clear();
        emit allOrdersMayHaveChanged();
    } else if (!m_orderIds.isEmpty()) {
        QStringList ids(m_orderIds.cbegin(), m_orderIds.cend());
        m_orderIds.clear();
        ids.sort();
        emit ordersChanged(ids);
    }
    if (m_outbox) {
        m_outbox = false;
        emit outboxChanged();
    }
    if (m_leases) {
        m_leases = false;
        emit leasesChanged();
    }
    if (!m_syncKeys.isEmpty()) {
        QStringList keys(m_syncKeys.cbegin(), m_syncKeys.cend());
        m_syncKeys.clear();
        keys.sort();
        emit syncValuesChanged(keys);
    }
}
