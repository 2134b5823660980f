#include "core/storage/OutboxRepository.h"

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

} // namespace

OutboxRepository::OutboxRepository(QSqlDatabase db)
    : m_db(db)
{}

StoreError OutboxRepository::insert(QList<OutboxEntry> *entries)
{
    QSqlQuery query(m_db);
    if (!query.prepare(
            u"INSERT INTO outbox (action, state, order_id, order_name, payload, created_at, "
            "send_after, attempts, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s))
        return failed(query, u"prepare outbox insert"_s);
    for (OutboxEntry &entry : *entries) {
        query.bindValue(0, OutboxEntry::actionName(entry.action));
        query.bindValue(1, OutboxEntry::stateName(entry.state));
        query.bindValue(2, entry.orderId);
        query.bindValue(3, entry.orderName.isNull() ? u""_s : entry.orderName);
        query.bindValue(4,
                        QString::fromUtf8(
                            QJsonDocument(entry.payload).toJson(QJsonDocument::Compact)));
        query.bindValue(5, ms(entry.createdAt));
        query.bindValue(6, ms(entry.sendAfter));
        query.bindValue(7, entry.attempts);
        query.bindValue(8, entry.message.isNull() ? u""_s : entry.message);
        if (!query.exec())
            return failed(query, u"insert outbox entry"_s);
        entry.id = query.lastInsertId().toLongLong();
    }
    return {};
}

StoreError OutboxRepository::update(const OutboxEntry &entry)
{
    QSqlQuery query(m_db);
    if (!query.prepare(u"UPDATE outbox SET state = ?, send_after = ?, attempts = ?, message = ?, "
                       "finished_at = ?, payload = ? WHERE id = ?"_s))
        return failed(query, u"prepare outbox update"_s);
    query.bindValue(0, OutboxEntry::stateName(entry.state));
    query.bindValue(1, ms(entry.sendAfter));
    query.bindValue(2, entry.attempts);
    query.bindValue(3, entry.message.isNull() ? u""_s : entry.message);
    query.bindValue(4,
                    entry.state == OutboxEntry::State::Done
                        ? QVariant(QDateTime::currentMSecsSinceEpoch())
                        : QVariant(QMetaType(QMetaType::LongLong)));
    query.bindValue(5,
                    QString::fromUtf8(QJsonDocument(entry.payload).toJson(QJsonDocument::Compact)));
    query.bindValue(6, entry.id);
    if (!query.exec())
        return failed(query, u"update outbox entry"_s);
    if (query.numRowsAffected() != 1)
        return {StoreError::Kind::Failed, u"outbox entry %1 is gone"_s.arg(entry.id)};
    return {};
}

StoreError OutboxRepository::remove(qint64 id)
{
    QSqlQuery query(m_db);
    if (!query.prepare(u"DELETE FROM outbox WHERE id = ?"_s))
        return failed(query, u"prepare outbox delete"_s);
    query.bindValue(0, id);
    if (!query.exec())
        return failed(query, u"delete outbox entry"_s);
    return {};
}

StoreError OutboxRepository::loadOpen(QList<OutboxEntry> *entries) const
{
    entries->clear();
    QSqlQuery query(m_db);
    if (!query.exec(
            u"SELECT id, action, state, order_id, order_name, payload, created_at, send_after, "
            "attempts, message FROM outbox WHERE state <> 'done' ORDER BY id"_s))
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
