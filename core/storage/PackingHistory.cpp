#include "core/storage/PackingHistory.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

StoreError failed(const QSqlQuery &query, const QString &what)
{
    return StoreError::fromSql(query.lastError(), what);
}

// The outcome comes from the outbox's row while there is one; a record without one was
// finished and pruned (taken-back entries take their record with them).
const QString kSelect = u"SELECT h.outbox_entry_id, h.order_id, h.action, h.station, h.packer, "
                        "h.created_at, o.state FROM packing_history h "
                        "LEFT JOIN outbox o ON o.id = h.outbox_entry_id "_s;

PackingRecord::Outcome outcomeFrom(const QVariant &state)
{
    if (state.isNull())
        return PackingRecord::Outcome::Done;
    switch (OutboxEntry::stateFromName(state.toString()).value_or(OutboxEntry::State::Waiting)) {
    case OutboxEntry::State::Done:
        return PackingRecord::Outcome::Done;
    case OutboxEntry::State::Failed:
        return PackingRecord::Outcome::Failed;
    case OutboxEntry::State::Waiting:
    case OutboxEntry::State::Ready:
    case OutboxEntry::State::Sending:
    case OutboxEntry::State::Unknown:
        break;
    }
    return PackingRecord::Outcome::Pending;
}

StoreError readRecords(QSqlQuery &query, QList<PackingRecord> *records)
{
    while (query.next()) {
        PackingRecord record;
        record.outboxEntryId = query.value(0).toLongLong();
        record.orderId = query.value(1).toString();
        const auto action = OutboxEntry::actionFromName(query.value(2).toString());
        if (!action)
            return {StoreError::Kind::Corrupt,
                    u"packing record %1 cannot be read (action damaged)"_s.arg(
                        record.outboxEntryId)};
        record.action = *action;
        record.who = {query.value(3).toString(), query.value(4).toString()};
        record.at = QDateTime::fromMSecsSinceEpoch(query.value(5).toLongLong(), Qt::UTC);
        record.outcome = outcomeFrom(query.value(6));
        records->append(record);
    }
    return {};
}

} // namespace

PackingHistory::PackingHistory(QSqlDatabase db)
    : m_db(db)
{}

StoreError PackingHistory::record(const QList<OutboxEntry> &entries, const StationIdentity &who)
{
    QSqlQuery query(m_db);
    if (!query.prepare(u"INSERT INTO packing_history (outbox_entry_id, order_id, action, station, "
                       "packer, created_at) VALUES (?, ?, ?, ?, ?, ?)"_s))
        return failed(query, u"prepare packing record"_s);
    for (const OutboxEntry &entry : entries) {
        if (!PackingRecord::isPacking(entry.action))
            continue;
        query.bindValue(0, entry.id);
        query.bindValue(1, entry.orderId);
        query.bindValue(2, OutboxEntry::actionName(entry.action));
        query.bindValue(3, who.station.isNull() ? u""_s : who.station);
        query.bindValue(4, who.packer.isNull() ? u""_s : who.packer);
        query.bindValue(5, entry.createdAt.isValid() ? entry.createdAt.toMSecsSinceEpoch() : 0);
        if (!query.exec())
            return failed(query, u"write packing record"_s);
        if (const StoreError error = recordLines(entry); error.isError())
            return error;
    }
    return {};
}

StoreError PackingHistory::recordLines(const OutboxEntry &entry)
{
    if (entry.packed.isEmpty())
        return {};
    QSqlQuery query(m_db);
    if (!query.prepare(u"INSERT INTO packing_lines (outbox_entry_id, line_item_id, scanned, typed, "
                       "confirmed) VALUES (?, ?, ?, ?, ?)"_s))
        return failed(query, u"prepare packed line"_s);
    for (const PackedLine &line : entry.packed) {
        query.bindValue(0, entry.id);
        query.bindValue(1, line.lineItemId);
        query.bindValue(2, line.scanned);
        query.bindValue(3, line.typed);
        query.bindValue(4, line.confirmed);
        if (!query.exec())
            return failed(query, u"write packed line"_s);
    }
    return {};
}

StoreError PackingHistory::readLines(QList<PackingRecord> *records) const
{
    if (records->isEmpty())
        return {};
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < records->size(); ++i)
        index.insert(records->at(i).outboxEntryId, i);
    // A few hundred ids a statement: within every engine's limit on bound values.
    constexpr qsizetype kChunk = 500;
    const QList<qint64> ids = index.keys();
    for (qsizetype start = 0; start < ids.size(); start += kChunk) {
        const QList<qint64> chunk = ids.mid(start, kChunk);
        QStringList marks;
        marks.fill(u"?"_s, chunk.size());
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.prepare(u"SELECT outbox_entry_id, line_item_id, scanned, typed, confirmed "
                           "FROM packing_lines WHERE outbox_entry_id IN (%1) "
                           "ORDER BY outbox_entry_id, line_item_id"_s.arg(marks.join(u", "_s))))
            return failed(query, u"prepare packed lines read"_s);
        for (qsizetype i = 0; i < chunk.size(); ++i)
            query.bindValue(int(i), chunk.at(i));
        if (!query.exec())
            return failed(query, u"read packed lines"_s);
        while (query.next()) {
            PackedLine line{query.value(1).toString(),
                            query.value(2).toInt(),
                            query.value(3).toInt(),
                            query.value(4).toInt()};
            (*records)[index.value(query.value(0).toLongLong())].lines.append(line);
        }
    }
    return {};
}

StoreError PackingHistory::forget(qint64 outboxEntryId)
{
    QSqlQuery query(m_db);
    if (!query.prepare(u"DELETE FROM packing_history WHERE outbox_entry_id = ?"_s))
        return failed(query, u"prepare packing record removal"_s);
    query.bindValue(0, outboxEntryId);
    if (!query.exec())
        return failed(query, u"remove packing record"_s);
    QSqlQuery lines(m_db);
    if (!lines.prepare(u"DELETE FROM packing_lines WHERE outbox_entry_id = ?"_s))
        return failed(lines, u"prepare packed lines removal"_s);
    lines.bindValue(0, outboxEntryId);
    if (!lines.exec())
        return failed(lines, u"remove packed lines"_s);
    return {};
}

StoreError PackingHistory::forOrder(const QString &orderId, QList<PackingRecord> *records) const
{
    records->clear();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(kSelect + u"WHERE h.order_id = ? ORDER BY h.created_at, h.outbox_entry_id"_s))
        return failed(query, u"prepare packing history read"_s);
    query.bindValue(0, orderId);
    if (!query.exec())
        return failed(query, u"read packing history"_s);
    if (const StoreError error = readRecords(query, records); error.isError())
        return error;
    return readLines(records);
}

StoreError PackingHistory::forOrders(const QStringList &orderIds,
                                     QHash<QString, QList<PackingRecord>> *records) const
{
    records->clear();
    // A few hundred ids a statement: within every engine's limit on bound values.
    constexpr qsizetype kChunk = 500;
    for (qsizetype start = 0; start < orderIds.size(); start += kChunk) {
        const QStringList chunk = orderIds.mid(start, kChunk);
        QStringList marks;
        marks.fill(u"?"_s, chunk.size());
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.prepare(
                kSelect
                + u"WHERE h.order_id IN (%1) ORDER BY h.created_at, h.outbox_entry_id"_s.arg(
                    marks.join(u", "_s))))
            return failed(query, u"prepare packing history read"_s);
        for (qsizetype i = 0; i < chunk.size(); ++i)
            query.bindValue(int(i), chunk.at(i));
        if (!query.exec())
            return failed(query, u"read packing history"_s);
        QList<PackingRecord> read;
        if (const StoreError error = readRecords(query, &read); error.isError())
            return error;
        if (const StoreError error = readLines(&read); error.isError())
            return error;
        for (const PackingRecord &record : std::as_const(read))
            (*records)[record.orderId].append(record);
    }
    return {};
}
