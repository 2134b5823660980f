#pragma once

#include "core/model/OutboxEntry.h"
#include "core/storage/StoreError.h"

#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>

#include <chrono>

// Reads and writes outbox entries. Like OrderRepository it runs no transactions of its own:
// the caller makes each change whole.
//
// Several processes may share the store (docs/architecture.md, "Exactly once across
// processes"). Every write that depends on what the caller saw is a compare-and-swap on the
// stored row: it names the owner and epoch (and for removals the state) it expects, and
// changes nothing, answering Stale, when another process has changed the row since. Leases
// run by the database's clock (SqlDialect::nowMillis).
class OutboxRepository final
{
public:
    explicit OutboxRepository(QSqlDatabase db);

    // Inserts the entries, held by their owner under a fresh lease, and sets their ids.
    StoreError insert(QList<OutboxEntry> *entries, std::chrono::milliseconds lease);
    // Writes the entry (state, times, attempts, message, payload, owner and epoch) and renews
    // its lease, if the stored row is still held by `expectedOwner` in `expectedEpoch`.
    StoreError replace(const OutboxEntry &entry,
                       const QString &expectedOwner,
                       qint64 expectedEpoch,
                       std::chrono::milliseconds lease);
    // Removes the entry if it is still in the state and epoch the caller saw.
    StoreError remove(qint64 id, OutboxEntry::State expectedState, qint64 expectedEpoch);
    // Every entry that is not done, oldest first.
    StoreError loadOpen(QList<OutboxEntry> *entries) const;
    // Who holds the order's pending entries (neither done nor failed), as the store has them
    // now: another station's work on the order that this process's memory may not show yet.
    StoreError pendingOwners(const QString &orderId, QStringList *owners) const;
    // Forgets finished entries older than the given time.
    StoreError pruneDone(const QDateTime &before);

    // The owner's heartbeat: renews the lease of every open entry it still holds; `held`
    // gets their ids (an entry missing there was taken over).
    StoreError renewLeases(const QString &owner,
                           std::chrono::milliseconds lease,
                           QSet<qint64> *held);
    // Who holds the open entries (failed ones aside), for telling ended processes apart.
    StoreError openOwners(QStringList *owners) const;
    // Takes over the open entries (failed ones aside) whose lease ran out, or whose owner is
    // one of `endedOwners`: they become the owner's in a new epoch, and one that was being
    // sent becomes unknown with `unknownMessage`, to be checked with Shopify before anything
    // is sent again. `taken` gets how many.
    StoreError takeOver(const QString &owner,
                        std::chrono::milliseconds lease,
                        const QStringList &endedOwners,
                        const QString &unknownMessage,
                        int *taken);

private:
    StoreError announce();
    QSqlDatabase m_db;
};
