#pragma once

#include "core/model/Lease.h"
#include "core/model/Order.h"
#include "core/model/OutboxEntry.h"
#include "core/storage/OutboxRepository.h"
#include "core/storage/PackingHistory.h"
#include "core/storage/StoreError.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QTimer>

#include <chrono>
#include <optional>

class OrderBook;

// The actions on their way to Shopify. An action is written here, durably and in one
// transaction, before anything is sent; the orders it touches show as pending from that
// moment until it is done. It first waits out a short undo window, then an OutboxSender
// sends it. A failed action stays, with Shopify's words, until someone retries or drops it.
//
// Several processes may share the store: the window and smidig-cli on one file, or several
// stations on one PostgreSQL database. Each open entry is held by one process under a lease
// that its heartbeat renews (setLease); only the holder takes it to send, and an outcome is
// recorded only by the holder of the epoch it was taken in. Entries whose holder stopped
// (its lease ran out, or it has ended on this machine) are taken over, and one caught mid-send
// is checked with Shopify before anything is sent again. docs/architecture.md, "Exactly once
// across processes", says why that sends each action once.
class Outbox final : public QObject
{
    Q_OBJECT

public:
    Outbox(QSqlDatabase db, OrderBook *book, QObject *parent = nullptr);

    // Reads the entries, taking over those whose holder stopped (one that was being sent then
    // has an unknown outcome and is checked against Shopify before anything is resent), and
    // starts the heartbeat.
    StoreError load();

    // How long a new entry waits before it may be sent, so staff can take it back.
    void setUndoWindow(std::chrono::milliseconds window) { m_undoWindow = window; }
    std::chrono::milliseconds undoWindow() const { return m_undoWindow; }
    // How long this process holds its entries without renewing them (default 45 s); the
    // heartbeat renews them every third of it, and reads what other processes changed.
    void setLease(std::chrono::milliseconds lease);
    std::chrono::milliseconds lease() const { return m_lease; }
    // This process's name as a holder of entries (SenderIdentity).
    QString holder() const { return m_holder; }
    // The station and packer that new fulfilments are recorded with (PackingHistory); the
    // computer's name and no packer until set.
    void setStation(const StationIdentity &who) { m_station = who; }
    const StationIdentity &station() const { return m_station; }

    // Adds the entries in one transaction, with a packing record of each fulfilment made by
    // station(); their ids are set. All or nothing.
    StoreError enqueue(QList<OutboxEntry> *entries);
    // Takes back entries not yet sent (in their undo window, or waiting their turn), with
    // their packing records; returns how many. What is on its way or done stays.
    int withdraw(const QList<qint64> &ids, StoreError *error = nullptr);
    // A failed entry is sent again (after a check if its outcome was unknown).
    StoreError retry(qint64 id);
    // Forgets an entry that is not being sent, and its packing record; its order is no
    // longer pending.
    StoreError drop(qint64 id);

    // Every entry not done, oldest first (failed ones included), whoever holds it.
    const QList<OutboxEntry> &entries() const { return m_entries; }
    std::optional<OutboxEntry> entry(qint64 id) const;
    int pendingCount() const;
    // Pending entries this process holds (a command line waits for these, not for another
    // station's).
    int heldPendingCount() const;
    int failedCount() const;
    QSet<QString> pendingOrderIds() const;

    // For the sender: the oldest entry this process holds that is due at `now` (waiting ones
    // whose window ended, ready ones, unknown ones to check), marked Sending in the store, in
    // a new epoch, before it is handed out. Another process's change wins: it is not taken.
    std::optional<OutboxEntry> takeDue(const QDateTime &now, StoreError *error = nullptr);
    // When the next entry this process holds falls due; invalid when none waits.
    QDateTime nextDueTime() const;
    // Whether a taken entry may still go to Shopify: its lease was renewed recently enough
    // that no other process can have taken it over. Asked just before sending.
    bool maySend(const OutboxEntry &taken) const;

    // The outcomes of a taken entry (as takeDue handed it out). Each is refused with
    // StoreError::Kind::Stale, changing nothing, when another process took it over since.
    // Any other error keeps the outcome and stores it again every second until it is
    // stored (the entry stays Sending and held meanwhile) or the entry is taken over.
    // Done: the order as Shopify returned it is stored in the same transaction.
    StoreError finish(const OutboxEntry &taken, const std::optional<Order> &order);
    // Sent without an answer: checked against Shopify at `checkAfter`.
    StoreError markUnknown(const OutboxEntry &taken,
                           const QString &why,
                           const QDateTime &checkAfter);
    // Not sent (or certainly not carried out): sent again at `sendAfter`.
    StoreError postpone(const OutboxEntry &taken, const QString &why, const QDateTime &sendAfter);
    // Checked and certainly not carried out: sent again now.
    StoreError requeue(const OutboxEntry &taken, const QString &why);
    // Refused or needing a person; the order, when given, is stored too.
    StoreError markFailed(const OutboxEntry &taken,
                          const QString &message,
                          const std::optional<Order> &order = {});
    // Entries waiting out a back-off (the shop did not answer) fall due now: it answers again.
    StoreError sendPostponedNow();

    // Renews this process's leases, takes over entries whose holder stopped and reads what
    // other processes changed. The heartbeat timer calls it; tests may too.
    StoreError heartbeat();

signals:
    // Entries were added, removed or changed state.
    void changed();
    void entryFinished(qint64 id);
    // A fulfilment this process sent is in the shop (after entryFinished; the entry itself
    // may be gone from entries() by then).
    void fulfillmentSent(const QString &orderId);
    void entryFailed(qint64 id, const QString &message);

private:
    // Writes `entry` if the store still has the row as `seen` (its holder and epoch).
    StoreError write(const OutboxEntry &entry,
                     const OutboxEntry &seen,
                     const std::optional<Order> &order = {});
    StoreError record(const OutboxEntry &outcome,
                      const OutboxEntry &taken,
                      const std::optional<Order> &order = {});
    StoreError takeOverStopped();
    StoreError reload();
    // Removes an entry as it was seen, with its packing record, in one transaction.
    StoreError removeSeen(const OutboxEntry &seen);
    qsizetype indexOf(qint64 id) const;
    void refreshMarks();

    // An outcome the store refused for a while (not as stale): stored again until it takes.
    struct Unrecorded
    {
        OutboxEntry outcome;
        OutboxEntry taken;
        std::optional<Order> order;
    };
    void keepUnrecorded(const Unrecorded &unrecorded);
    void recordUnrecorded();
    // entryFinished or entryFailed, once an outcome is stored.
    void announce(const OutboxEntry &outcome);

    struct Held
    {
        qint64 epoch = 0;
        QDeadlineTimer sendableUntil;
    };

    QSqlDatabase m_db;
    OrderBook *m_book;
    OutboxRepository m_repository;
    PackingHistory m_history;
    StationIdentity m_station;
    QList<OutboxEntry> m_entries;
    QString m_holder;
    QHash<qint64, Held> m_held;             // entries this process is sending, by id
    QHash<qint64, Unrecorded> m_unrecorded; // by id
    QTimer m_heartbeat;
    QTimer m_recordAgain;
    std::chrono::milliseconds m_undoWindow{5000};
    std::chrono::milliseconds m_lease{45000};
};
