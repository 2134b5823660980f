#include "core/storage/StoreAnnouncer.h"

#include "core/storage/SqlDialect.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

StoreAnnouncer::StoreAnnouncer(QSqlDatabase db)
    : m_db(db)
    , m_postgres(SqlDialect(db).engine() == SqlDialect::Engine::Postgres)
{}

QString StoreAnnouncer::channel(Topic topic)
{
    switch (topic) {
    case Topic::Orders:
        return u"smidig_orders"_s;
    case Topic::Outbox:
        return u"smidig_outbox"_s;
    case Topic::Leases:
        return u"smidig_leases"_s;
    case Topic::SyncState:
        return u"smidig_sync_state"_s;
    }
    return {};
}

QStringList StoreAnnouncer::idLists(const QStringList &ids)
{
    QStringList lists;
    QString current;
    qsizetype bytes = 0;
    for (const QString &id : ids) {
        const qsizetype idBytes = id.toUtf8().size() + 1; // and the space before it
        if (!current.isEmpty() && bytes + idBytes > kMaxIdBytes) {
            lists.append(current);
            current.clear();
            bytes = 0;
        }
        if (!current.isEmpty())
            current += u' ';
        current += id;
        bytes += idBytes;
    }
    if (!current.isEmpty() || lists.isEmpty())
        lists.append(current);
    return lists;
}

StoreError StoreAnnouncer::announce(Topic topic, const QStringList &ids)
{
    if (!m_postgres)
        return {};
    // pg_notify rather than NOTIFY: its channel and payload can be bound values. PostgreSQL
    // folds identical announcements of one transaction into one.
    QSqlQuery query(m_db);
    if (!query.prepare(u"SELECT pg_notify(?, pg_backend_pid() || ' ' || ?)"_s))
        return StoreError::fromSql(query.lastError(), u"prepare announcing a change"_s);
    for (const QString &list : idLists(ids)) {
        query.bindValue(0, channel(topic));
        query.bindValue(1, list.isNull() ? u""_s : list);
        if (!query.exec())
            return StoreError::fromSql(query.lastError(), u"announce a change"_s);
    }
    return {};
}
