#pragma once

#include "core/sync/SyncResult.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <chrono>

class OrderSync;
class OrderBook;

// When the order desk syncs: at start, every few minutes, and on demand (F5); a
// reconciliation of all open orders now and then; and, while the shop cannot be reached,
// again and again with a growing pause until it answers. It knows whether the desk is
// offline, and since when.
class SyncScheduler final : public QObject
{
    Q_OBJECT

public:
    SyncScheduler(OrderSync *sync, const OrderBook *book, QObject *parent = nullptr);

    void setInterval(std::chrono::minutes interval);
    void setReconcileInterval(std::chrono::minutes interval) { m_reconcileInterval = interval; }

    // Syncs now and from then on by itself.
    void start();
    void stop();
    // Syncs now (a sync already running is not interrupted).
    void syncNow();

    bool isOffline() const { return m_offlineSince.isValid(); }
    QDateTime offlineSince() const { return m_offlineSince; }
    // When the next sync starts by itself; invalid while one runs or when stopped.
    QDateTime nextSyncAt() const;

signals:
    void offlineChanged(bool offline);
    // The shop answers again after being away: what waited may go now.
    void backOnline();

private:
    void run();
    void handleFinished(const SyncResult &result);
    void scheduleIn(std::chrono::milliseconds delay);
    bool reconcileIsDue() const;

    OrderSync *m_sync;
    const OrderBook *m_book;
    QTimer m_timer;
    std::chrono::minutes m_interval{5};
    std::chrono::minutes m_reconcileInterval{60};
    QDateTime m_offlineSince;
    int m_failures = 0;
    bool m_running = false;
};
