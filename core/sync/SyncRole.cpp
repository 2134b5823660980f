#include "core/sync/SyncRole.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

SyncRole::SyncRole(QSqlDatabase db, QString holder, StationIdentity who, QObject *parent)
    : QObject(parent)
    , m_leases(db)
    , m_holder(std::move(holder))
    , m_who(std::move(who))
{
    m_renewal.setInterval(m_lease / 3);
    connect(&m_renewal, &QTimer::timeout, this, [this] { claim(); });
}

void SyncRole::setLease(std::chrono::milliseconds lease)
{
    m_lease = lease;
    m_renewal.setInterval(
        std::max<std::chrono::milliseconds>(m_lease / 3, std::chrono::milliseconds(1)));
}

bool SyncRole::claim()
{
    // A command line killed mid-sync on this machine would otherwise keep the role for a
    // whole lease.
    Lease current;
    QString ended;
    const StoreError error = m_leases.takeUnlessLive(QString::fromLatin1(kLeaseName),
                                                     m_holder,
                                                     m_who,
                                                     m_lease,
                                                     m_holderHasEnded,
                                                     &current,
                                                     &ended);
    if (!ended.isEmpty())
        qCInfo(lcSync) << "took over the sync role of an ended process";
    if (error.isError()) {
        // Not knowing is not holding: a second sync is worse than a late one.
        qCWarning(lcSync) << "cannot claim the sync role:" << error.detail;
        setCurrent({});
        return false;
    }
    setCurrent(current);
    return isHeld();
}

void SyncRole::keepClaiming()
{
    claim();
    m_renewal.start();
}

void SyncRole::stop()
{
    m_renewal.stop();
}

void SyncRole::release()
{
    m_renewal.stop();
    if (!isHeld())
        return;
    if (const StoreError error = m_leases.release(QString::fromLatin1(kLeaseName), m_holder);
        error.isError()) {
        qCWarning(lcSync) << "cannot release the sync role:" << error.detail;
        return; // it lapses by itself
    }
    setCurrent({});
}

void SyncRole::refresh()
{
    std::optional<Lease> lease;
    if (const StoreError error = m_leases.find(QString::fromLatin1(kLeaseName), &lease);
        error.isError()) {
        qCWarning(lcSync) << "cannot read who syncs:" << error.detail;
        return;
    }
    // A station that syncs on a schedule takes a role that became free at once.
    if (!lease && m_renewal.isActive()) {
        claim();
        return;
    }
    setCurrent(lease.value_or(Lease{}));
}

QString SyncRole::syncerName() const
{
    return m_current.isValid() ? stationName(m_current.who) : QString();
}

QString SyncRole::stationName(const StationIdentity &who)
{
    if (who.station.isEmpty())
        return tr("Another station");
    if (who.packer.isEmpty())
        return who.station;
    //: %1 is a packing station's name, %2 the name of the person packing there
    return tr("%1 (%2)").arg(who.station, who.packer);
}

void SyncRole::setCurrent(const Lease &lease)
{
    const bool same = lease.holder == m_current.holder && lease.who == m_current.who
                      && lease.isValid() == m_current.isValid();
    m_current = lease;
    if (!same)
        emit changed();
}
