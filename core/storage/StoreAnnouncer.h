#pragma once

#include "core/storage/StoreError.h"

#include <QSqlDatabase>
#include <QStringList>

// Tells the other stations sharing a PostgreSQL store what this connection changed, so their
// tables follow within a second without reading everything again (StoreNotifications
// listens; docs/architecture.md, "One sync, and the others follow"). Each announcement is a
// NOTIFY sent inside the caller's transaction: PostgreSQL delivers it at commit and drops it
// on rollback, so the others never hear of a change that did not happen. The payload starts
// with this connection's server process id, by which a station knows its own announcements.
// On SQLite, which has no NOTIFY, it does nothing: the others notice a change by the file's
// data version (StoreNotifications).
class StoreAnnouncer final
{
public:
    enum class Topic {
        Orders,    // payload: the ids of the orders written or removed
        Outbox,    // entries added, changed or removed
        Leases,    // a lease taken, taken over or released
        SyncState, // payload: the key of the sync value written (OrderSync::kLastSyncKey...)
    };

    explicit StoreAnnouncer(QSqlDatabase db);

    // The most bytes of ids in one announcement: PostgreSQL refuses a payload of 8000 bytes
    // or more, and the sender's process id goes before the ids.
    static constexpr qsizetype kMaxIdBytes = 7900;

    StoreError announce(Topic topic, const QStringList &ids = {});

    static QString channel(Topic topic);
    // The ids as space-separated lists of at most kMaxIdBytes bytes each (UTF-8); one empty
    // list when there are no ids.
    static QStringList idLists(const QStringList &ids);

private:
    QSqlDatabase m_db;
    bool m_postgres;
};
