#include "core/storage/OutboxRepository.h"

#include "core/storage/SqlDialect.h"
#include "core/storage/StoreAnnouncer.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

StoreError failed(const QSqlQuery &query, const QString &what)
{
    return StoreError::fromSql(query.lastError(), what);
}

qint64 ms(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

QString payloadText(const OutboxEntry &entry)
{
    return QString::fromUtf8(QJsonDocument(entry.payload).toJson(QJsonDocument::Compact));
}

QString notNull(const QString &text)
{
    return text.isNull() ? u""_s : text;
}

StoreError stale(qint64 id)
{
    return {StoreError::Kind::Stale, u"outbox entry %1 changed hands or is gone"_s.arg(id)};
}

} // namespace

OutboxRepository::OutboxRepository(QSqlDatabase db)
    : m_db(db)
{}

StoreError OutboxRepository::insert(QList<OutboxEntry> *entries, std::chrono::milliseconds lease)
{
    QSqlQuery query(m_db);
    const QString now = SqlDialect(m_db).nowMillis();
    if (!query.prepare(
            u"INSERT INTO outbox (action, state, order_id, order_name, payload, created_at, "
            "send_after, attempts, message, owner, epoch, lease_until) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, %1 + ?)"_s.arg(now)))
        return failed(query, u"prepare outbox insert"_s);
    for (OutboxEntry &entry : *entries) {
        entry.epoch = 0;
        query.bindValue(0, OutboxEntry::actionName(entry.action));
        query.bindValue(1, OutboxEntry::stateName(entry.state));
        query.bindValue(2, entry.orderId);
        query.bindValue(3, notNull(entry.orderName));
        query.bindValue(4, payloadText(entry));
        query.bindValue(5, ms(entry.createdAt));
        query.bindValue(6, ms(entry.sendAfter));
        query.bindValue(7, entry.attempts);
        query.bindValue(8, notNull(entry.message));
        query.bindValue(9, notNull(entry.owner));
        query.bindValue(10, qint64(lease.count()));
        if (!query.exec())
            return failed(query, u"insert outbox entry"_s);
        entry.id = query.lastInsertId().toLongLong();
    }
    return announce();
}

StoreError OutboxRepository::replace(const OutboxEntry &entry,
                                     const QString &expectedOwner,
                                     qint64 expectedEpoch,
                                     std::chrono::milliseconds lease)
{
    QSqlQuery query(m_db);
    const QString now = SqlDialect(m_db).nowMillis();
    if (!query.prepare(u"UPDATE outbox SET state = ?, send_after = ?, attempts = ?, message = ?, "
                       "finished_at = ?, payload = ?, owner = ?, epoch = ?, lease_until = %1 + ? "
                       "WHERE id = ? AND owner = ? AND epoch = ?"_s.arg(now)))
        return failed(query, u"prepare outbox update"_s);
    query.bindValue(0, OutboxEntry::stateName(entry.state));
    query.bindValue(1, ms(entry.sendAfter));
    query.bindValue(2, entry.attempts);
    query.bindValue(3, notNull(entry.message));
    query.bindValue(4,
                    entry.state == OutboxEntry::State::Done
                        ? QVariant(QDateTime::currentMSecsSinceEpoch())
                        : QVariant(QMetaType(QMetaType::LongLong)));
    query.bindValue(5, payloadText(entry));
    query.bindValue(6, notNull(entry.owner));
    query.bindValue(7, entry.epoch);
    query.bindValue(8, qint64(lease.count()));
    query.bindValue(9, entry.id);
    query.bindValue(10, notNull(expectedOwner));
    query.bindValue(11, expectedEpoch);
    if (!query.exec())
        return failed(query, u"update outbox entry"_s);
    if (query.numRowsAffected() != 1)
        return stale(entry.id);
    return announce();
}

StoreError OutboxRepository::remove(qint64 id,
                                    OutboxEntry::State expectedState,
                                    qint64 expectedEpoch)
{
    QSqlQuery query(m_db);
    if (!query.prepare(u"DELETE FROM outbox WHERE id = ? AND state = ? AND epoch = ?"_s))
        return failed(query, u"prepare outbox delete"_s);
    query.bindValue(0, id);
    query.bindValue(1, OutboxEntry::stateName(expectedState));
    query.bindValue(2, expectedEpoch);
    if (!query.exec())
        return failed(query, u"delete outbox entry"_s);
    if (query.numRowsAffected() != 1)
        return stale(id);
    return announce();
}

StoreError OutboxRepository::pendingOwners(const QString &orderId, QStringList *owners) const
{
    owners->clear();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(u"SELECT DISTINCT owner FROM outbox WHERE order_id = ? "
                       "AND state <> 'done' AND state <> 'failed' ORDER BY owner"_s))
        return failed(query, u"prepare reading an order's pending entries"_s);
    query.bindValue(0, orderId);
    if (!query.exec())
        return failed(query, u"read the pending entries of %1"_s.arg(orderId));
    while (query.next())
        owners->append(query.value(0).toString());
    return {};
}

StoreError OutboxRepository::loadOpen(QList<OutboxEntry> *entries) const
{
    entries->clear();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(
            u"SELECT id, action, state, order_id, order_name, payload, created_at, send_after, "
            "attempts, message, owner, epoch FROM outbox WHERE state <> 'done' ORDER BY id"_s))
        return failed(query, u"read the outbox"_s);
    while (query.next()) {
        OutboxEntry entry;
        entry.id = query.value(0).toLongLong();
        const auto action = OutboxEntry::actionFromName(query.value(1).toString());
        const auto state = OutboxEntry::stateFromName(query.value(2).toString());
        QJsonParseError parseError;
        const QJsonDocument payload = QJsonDocument::fromJson(query.value(5).toString().toUtf8(),
                                                              &parseError);
        if (!action || !state || parseError.error != QJsonParseError::NoError
            || !payload.isObject()) {
            return {StoreError::Kind::Corrupt,
                    u"outbox entry %1 cannot be read (action, state or payload damaged)"_s.arg(
                        entry.id)};
        }
        entry.action = *action;
        entry.state = *state;
        entry.orderId = query.value(3).toString();
        entry.orderName = query.value(4).toString();
        entry.payload = payload.object();
        entry.createdAt = QDateTime::fromMSecsSinceEpoch(query.value(6).toLongLong(), Qt::UTC);
        entry.sendAfter = QDateTime::fromMSecsSinceEpoch(query.value(7).toLongLong(), Qt::UTC);
        entry.attempts = query.value(8).toInt();
        entry.message = query.value(9).toString();
        entry.owner = query.value(10).toString();
        entry.epoch = query.value(11).toLongLong();
        entries->append(entry);
    }
    return {};
}

StoreError OutboxRepository::pruneDone(const QDateTime &before)
{
    QSqlQuery query(m_db);
    if (!query.prepare(u"DELETE FROM outbox WHERE state = 'done' AND finished_at < ?"_s))
        return failed(query, u"prepare outbox prune"_s);
    query.bindValue(0, before.toMSecsSinceEpoch());
    if (!query.exec())
        return failed(query, u"prune the outbox"_s);
    return {};
}

StoreError OutboxRepository::renewLeases(const QString &owner,
                                         std::chrono::milliseconds lease,
                                         QSet<qint64> *held)
{
    held->clear();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(
            u"UPDATE outbox SET lease_until = %1 + ? WHERE owner = ? "
            "AND state NOT IN ('done', 'failed') RETURNING id"_s.arg(SqlDialect(m_db).nowMillis())))
        return failed(query, u"prepare lease renewal"_s);
    query.bindValue(0, qint64(lease.count()));
    query.bindValue(1, owner);
    if (!query.exec())
        return failed(query, u"renew outbox leases"_s);
    while (query.next())
        held->insert(query.value(0).toLongLong());
    return {};
}

StoreError OutboxRepository::openOwners(QStringList *owners) const
{
    owners->clear();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT DISTINCT owner FROM outbox WHERE state NOT IN ('done', 'failed')"_s))
        return failed(query, u"read the outbox's owners"_s);
    while (query.next())
        owners->append(query.value(0).toString());
    return {};
}

StoreError OutboxRepository::takeOver(const QString &owner,
                                      std::chrono::milliseconds lease,
                                      const QStringList &endedOwners,
                                      const QString &unknownMessage,
                                      int *taken)
{
    *taken = 0;
    const QString now = SqlDialect(m_db).nowMillis();
    QStringList marks;
    for (qsizetype i = 0; i < endedOwners.size(); ++i)
        marks.append(u"?"_s);
    const QString ended = marks.isEmpty() ? QString()
                                          : u" OR owner IN (%1)"_s.arg(marks.join(u", "_s));
    // SET reads the row as it was: the CASEs see the old state.
    QSqlQuery query(m_db);
    if (!query.prepare(u"UPDATE outbox SET owner = ?, epoch = epoch + 1, lease_until = %1 + ?, "
                       "message = CASE WHEN state = 'sending' THEN ? ELSE message END, "
                       "send_after = CASE WHEN state = 'sending' THEN %1 ELSE send_after END, "
                       "state = CASE WHEN state = 'sending' THEN 'unknown' ELSE state END "
                       "WHERE state NOT IN ('done', 'failed') AND owner <> ? "
                       "AND (lease_until IS NULL OR lease_until < %1%2)"_s.arg(now, ended)))
        return failed(query, u"prepare outbox takeover"_s);
    int position = 0;
    query.bindValue(position++, owner);
    query.bindValue(position++, qint64(lease.count()));
    query.bindValue(position++, unknownMessage);
    query.bindValue(position++, owner);
    for (const QString &endedOwner : endedOwners)
        query.bindValue(position++, endedOwner);
    if (!query.exec())
        return failed(query, u"take over outbox entries"_s);
    *taken = query.numRowsAffected();
    return *taken > 0 ? announce() : StoreError();
}

StoreError OutboxRepository::announce()
{
    // The other stations' outboxes follow within a moment (StoreAnnouncer); a heartbeat's
    // mere renewal changes nothing they show, and is not announced.
    return StoreAnnouncer(m_db).announce(StoreAnnouncer::Topic::Outbox);
}
