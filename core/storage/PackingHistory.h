#pragma once

#include "core/model/PackingRecord.h"
#include "core/storage/StoreError.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

// The packing history in the store: for every fulfilment a station put in the outbox, the
// station, its packer and the time. The Outbox writes a record in the transaction that adds
// the entry and removes it with an entry taken back before it was sent; pruning finished
// entries leaves the records. Like the other repositories it runs no transactions of its own.
class PackingHistory final
{
public:
    explicit PackingHistory(QSqlDatabase db);

    // A record for each entry whose action is packing (PackingRecord::isPacking), made by
    // `who`, with how pack mode counted its lines (OutboxEntry::packed); the entries have
    // their ids.
    StoreError record(const QList<OutboxEntry> &entries, const StationIdentity &who);
    // Forgets the record of an entry that was taken back or dropped, and its lines: nothing
    // was sent.
    StoreError forget(qint64 outboxEntryId);

    // An order's records, oldest first, each with its outcome as the outbox has it.
    StoreError forOrder(const QString &orderId, QList<PackingRecord> *records) const;
    // The records of these orders by order id (orders without any are left out).
    StoreError forOrders(const QStringList &orderIds,
                         QHash<QString, QList<PackingRecord>> *records) const;

private:
    StoreError recordLines(const OutboxEntry &entry);
    // Adds each record's packed lines.
    StoreError readLines(QList<PackingRecord> *records) const;

    QSqlDatabase m_db;
};
