#include "core/storage/LeaseRepository.h"

#include "core/storage/SqlDialect.h"
#include "core/storage/StoreAnnouncer.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

StoreError failed(const QSqlQuery &query, const QString &what)
{
    return StoreError::fromSql(query.lastError(), what);
}

QString notNull(const QString &text)
{
    return text.isNull() ? u""_s : text;
}

// The columns a Lease is read from, for a query whose clock expression is `now`.
QString leaseColumns(const QString &now)
{
    return u"name, holder, station, packer, %1 - taken_at, expires_at - %1"_s.arg(now);
}

Lease leaseAt(const QSqlQuery &query)
{
    Lease lease;
    lease.name = query.value(0).toString();
    lease.holder = query.value(1).toString();
    lease.who.station = query.value(2).toString();
    lease.who.packer = query.value(3).toString();
    lease.heldForMs = std::max<qint64>(0, query.value(4).toLongLong());
    lease.remainingMs = std::max<qint64>(0, query.value(5).toLongLong());
    return lease;
}

} // namespace

LeaseRepository::LeaseRepository(QSqlDatabase db)
    : m_db(db)
{}

StoreError LeaseRepository::take(const QString &name,
                                 const QString &holder,
                                 const StationIdentity &who,
                                 std::chrono::milliseconds duration,
                                 Take mode,
                                 Lease *current,
                                 const QString &endedHolder)
{
    *current = {};
    const QString now = SqlDialect(m_db).nowMillis();
    // One statement, so two stations taking the same lease at once cannot both win: the row
    // is written only where nobody else holds it in force (or a person chose to take it
    // over). A renewal by its own holder keeps the time it was first taken.
    QString onlyIfFree
        = mode == Take::IfFree
              ? u" WHERE leases.holder = excluded.holder OR leases.expires_at < %1"_s.arg(now)
              : QString();
    const bool fromEnded = mode == Take::IfFree && !endedHolder.isEmpty();
    if (fromEnded)
        onlyIfFree += u" OR leases.holder = ?"_s;
    QSqlQuery query(m_db);
    if (!query.prepare(
            u"INSERT INTO leases (name, holder, station, packer, taken_at, expires_at) "
            "VALUES (?, ?, ?, ?, %1, %1 + ?) "
            "ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, "
            "station = excluded.station, packer = excluded.packer, "
            "taken_at = CASE WHEN leases.holder = excluded.holder AND leases.expires_at >= %1 "
            "THEN leases.taken_at ELSE excluded.taken_at END, "
            "expires_at = excluded.expires_at%2"_s.arg(now, onlyIfFree)))
        return failed(query, u"prepare taking a lease"_s);
    query.bindValue(0, name);
    query.bindValue(1, holder);
    query.bindValue(2, notNull(who.station));
    query.bindValue(3, notNull(who.packer));
    query.bindValue(4, qint64(duration.count()));
    if (fromEnded)
        query.bindValue(5, endedHolder);
    if (!query.exec())
        return failed(query, u"take lease %1"_s.arg(name));
    // A lease that changed hands is news for the other stations (StoreAnnouncer); a renewal
    // is not. The row is written either way: a lease ours and held for less than a third of
    // its time was taken now (renewals come a third of a lease apart), at worst one renewal
    // is announced too, which costs the others one read.
    std::optional<Lease> stored;
    if (const StoreError error = find(name, &stored); error.isError())
        return error;
    if (stored)
        *current = *stored;
    if (stored && stored->holder == holder && stored->heldForMs <= duration.count() / 3)
        return StoreAnnouncer(m_db).announce(StoreAnnouncer::Topic::Leases, {name});
    return {};
}

StoreError LeaseRepository::takeUnlessLive(const QString &name,
                                           const QString &holder,
                                           const StationIdentity &who,
                                           std::chrono::milliseconds duration,
                                           const std::function<bool(const QString &)> &hasEnded,
                                           Lease *current,
                                           QString *endedHolder)
{
    if (endedHolder)
        endedHolder->clear();
    if (const StoreError error = take(name, holder, who, duration, Take::IfFree, current);
        error.isError())
        return error;
    if (!current->isValid() || current->holder == holder || !hasEnded || !hasEnded(current->holder))
        return {};
    const QString ended = current->holder;
    if (const StoreError error = take(name, holder, who, duration, Take::IfFree, current, ended);
        error.isError())
        return error;
    if (endedHolder && current->holder == holder)
        *endedHolder = ended;
    return {};
}

StoreError LeaseRepository::renew(const QString &holder,
                                  std::chrono::milliseconds duration,
                                  QStringList *held)
{
    held->clear();
    const QString now = SqlDialect(m_db).nowMillis();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // A lease that lapsed is not renewed: another process may have seen it free meanwhile.
    if (!query.prepare(u"UPDATE leases SET expires_at = %1 + ? WHERE holder = ? "
                       "AND expires_at >= %1 RETURNING name"_s.arg(now)))
        return failed(query, u"prepare lease renewal"_s);
    query.bindValue(0, qint64(duration.count()));
    query.bindValue(1, holder);
    if (!query.exec())
        return failed(query, u"renew leases"_s);
    while (query.next())
        held->append(query.value(0).toString());
    held->sort();
    return {};
}

StoreError LeaseRepository::release(const QString &name, const QString &holder)
{
    QSqlQuery query(m_db);
    if (!query.prepare(u"DELETE FROM leases WHERE name = ? AND holder = ?"_s))
        return failed(query, u"prepare releasing a lease"_s);
    query.bindValue(0, name);
    query.bindValue(1, holder);
    if (!query.exec())
        return failed(query, u"release lease %1"_s.arg(name));
    if (query.numRowsAffected() > 0)
        return StoreAnnouncer(m_db).announce(StoreAnnouncer::Topic::Leases, {name});
    return {};
}

StoreError LeaseRepository::current(const QString &prefix, QList<Lease> *leases) const
{
    leases->clear();
    const QString now = SqlDialect(m_db).nowMillis();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // substr rather than LIKE, whose wildcards the names could contain.
    if (!query.prepare(u"SELECT %1 FROM leases WHERE substr(name, 1, ?) = ? "
                       "AND expires_at >= %2 ORDER BY name"_s.arg(leaseColumns(now), now)))
        return failed(query, u"prepare reading leases"_s);
    query.bindValue(0, int(prefix.size()));
    query.bindValue(1, prefix);
    if (!query.exec())
        return failed(query, u"read leases"_s);
    while (query.next())
        leases->append(leaseAt(query));
    return {};
}

StoreError LeaseRepository::find(const QString &name, std::optional<Lease> *lease) const
{
    lease->reset();
    const QString now = SqlDialect(m_db).nowMillis();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(
            u"SELECT %1 FROM leases WHERE name = ? AND expires_at >= %2"_s.arg(leaseColumns(now),
                                                                               now)))
        return failed(query, u"prepare reading a lease"_s);
    query.bindValue(0, name);
    if (!query.exec())
        return failed(query, u"read lease %1"_s.arg(name));
    if (query.next())
        *lease = leaseAt(query);
    return {};
}
