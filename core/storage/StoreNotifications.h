#pragma once

#include "core/storage/StoreAnnouncer.h"
#include "core/storage/StoreError.h"

#include <QObject>
#include <QSet>
#include <QSqlDriver>
#include <QString>
#include <QTimer>

#include <chrono>
#include <memory>

class Database;

// What other processes changed in the store this station shares with them, as it happens
// (docs/architecture.md, "One sync, and the others follow"):
// - PostgreSQL: a connection of its own LISTENs on StoreAnnouncer's channels (one that runs
//   no queries, so an announcement is read the moment it arrives), and what the others
//   announced comes out as the signals below within a moment of their commit. This station's
//   own announcements (from its store connection) are ignored: it changed its memory itself.
// - SQLite has no NOTIFY: every fallbackInterval the store connection asks the file's data
//   version, which changes only when another connection committed; only then does everything
//   this station shows get read again (without a reset: the books compare).
// A burst of announcements (a sync's thousand orders come in several) is folded into one
// signal per kind at the next turn of the event loop.
class StoreNotifications final : public QObject
{
    Q_OBJECT

public:
    // `store` is the station's open store; it outlives this.
    explicit StoreNotifications(const Database *store, QObject *parent = nullptr);
    ~StoreNotifications() override;

    // Starts listening (PostgreSQL) or looking at the data version (SQLite). An error leaves
    // the station working, only without following the others until the next start.
    StoreError start();
    void stop();
    bool isListening() const { return m_listening; }

    // How often SQLite's data version is asked (default 2 s). PostgreSQL needs no polling.
    void setFallbackInterval(std::chrono::milliseconds interval);

signals:
    // Other processes wrote or removed these orders.
    void ordersChanged(const QStringList &orderIds);
    // Another process changed the store, which orders is not known (SQLite).
    void allOrdersMayHaveChanged();
    void outboxChanged();
    void leasesChanged();
    // Another process wrote these sync values (OrderSync::kLastSyncKey...).
    void syncValuesChanged(const QStringList &keys);

private:
    void handleNotification(const QString &channel,
                            QSqlDriver::NotificationSource source,
                            const QVariant &payload);
    void checkDataVersion();
    void flush();
    StoreError readOwnPid();
    StoreError readDataVersion(qint64 *version) const;

    const Database *m_store;
    std::unique_ptr<Database> m_listener; // PostgreSQL: the connection that only listens
    QString m_ownPid;
    QTimer m_fallback;
    qint64 m_dataVersion = -1;
    bool m_listening = false;

    // Gathered until flush().
    QSet<QString> m_orderIds;
    QSet<QString> m_syncKeys;
    bool m_allOrders = false;
    bool m_outbox = false;
    bool m_leases = false;
    bool m_flushQueued = false;
};
