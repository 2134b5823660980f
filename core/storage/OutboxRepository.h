#pragma once

#include "core/model/OutboxEntry.h"
#include "core/storage/StoreError.h"

#include <QList>
#include <QSqlDatabase>

// Reads and writes outbox entries. Like OrderRepository it runs no transactions of its own:
// the caller makes each change whole.
class OutboxRepository final
{
public:
    explicit OutboxRepository(QSqlDatabase db);

    // Inserts the entries and sets their ids.
    StoreError insert(QList<OutboxEntry> *entries);
    // Writes an entry's state, send-after time, attempts, message and payload.
    StoreError update(const OutboxEntry &entry);
    StoreError remove(qint64 id);
    // Every entry that is not done, oldest first.
    StoreError loadOpen(QList<OutboxEntry> *entries) const;
    // Forgets finished entries older than the given time.
    StoreError pruneDone(const QDateTime &before);

private:
    QSqlDatabase m_db;
};
