#pragma once

#include "core/sync/SyncResult.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <chrono>

class OrderSync;
class OrderBook;
class SyncRole;

// When the order desk syncs: at start, every few minutes, and on demand (F5); a
// reconciliation of all open orders now and then; and, while the shop cannot be reached,
// again and again with a growing pause until it answers. It knows whether the desk is
// offline, and since when.
//
// On a store several stations share, only the station holding the sync role (SyncRole)
// syncs; the others' schedules pass, and a sync asked for there is declined with who syncs.
// While scheduled it keeps claiming the role, so it takes over when the syncing station stops.
class SyncScheduler final : public QObject
{
    Q_OBJECT

public:
    SyncScheduler(OrderSync *sync, const OrderBook *book, QObject *parent = nullptr);

    void setInterval(std::chrono::minutes interval);
    void setReconcileInterval(std::chrono::minutes interval) { m_reconcileInterval = interval; }
    // The role a station must hold to sync (not set: this desk syncs alone). It outlives this.
    void setRole(SyncRole *role);
    SyncRole *role() const { return m_role; }

    // Syncs now and from then on by itself.
    void start();
    void stop();
    enum class Request {
        Started,
        AlreadyRunning,
        OtherStationSyncs, // SyncRole::syncer() says which
    };
    // Syncs now (a sync already running is not interrupted).
    Request syncNow();

    bool isOffline() const { return m_offlineSince.isValid(); }
    QDateTime offlineSince() const { return m_offlineSince; }
    // When the next sync starts by itself; invalid while one runs or when stopped.
    QDateTime nextSyncAt() const;

signals:
    void offlineChanged(bool offline);
    // The shop answers again after being away: what waited may go now.
    void backOnline();

private:
    Request run();
    void takeRoleChange();
    void handleFinished(const SyncResult &result);
    void scheduleIn(std::chrono::milliseconds delay);
    bool reconcileIsDue() const;

    OrderSync *m_sync;
    const OrderBook *m_book;
    SyncRole *m_role = nullptr;
    QTimer m_timer;
    std::chrono::minutes m_interval{5};
    std::chrono::minutes m_reconcileInterval{60};
    QDateTime m_offlineSince;
    int m_failures = 0;
    bool m_running = false;
};
