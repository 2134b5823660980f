#pragma once

#include "core/model/Lease.h"
#include "core/storage/LeaseRepository.h"

#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>

// The one station that syncs a shared store for all (docs/architecture.md, "One sync, and the
// others follow"): whoever holds the lease "sync". Two stations syncing the same shop would
// only spend the shop's rate limit twice and collide on the same rows. The holder renews the
// lease every third of it while it keeps syncing on its schedule; when it stops (closed, or
// crashed and its lease ran out by the database's clock), the next station that looks takes
// the role. Stations that do not hold it read what the syncing one stores.
class SyncRole final : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *kLeaseName = "sync";

    // `holder` names this process (Outbox::holder()); `who` is what other stations show.
    SyncRole(QSqlDatabase db, QString holder, StationIdentity who, QObject *parent = nullptr);

    // Tells a holder that has certainly ended (a process of this machine that is gone:
    // SenderIdentity::hasEnded) from one that may still run; the role of an ended one is
    // taken at once rather than after its lease. Not set: every holder may still run.
    void setHolderHasEnded(std::function<bool(const QString &holder)> hasEnded)
    {
        m_holderHasEnded = std::move(hasEnded);
    }
    // How long the role is held without renewal (default 45 s).
    void setLease(std::chrono::milliseconds lease);
    // Another packer took over at this station: the next renewal names them.
    void setWho(const StationIdentity &who) { m_who = who; }
    std::chrono::milliseconds lease() const { return m_lease; }

    // Takes the role if it is free, or renews it when this process holds it; true when this
    // process holds it afterwards. A store error counts as not holding it.
    bool claim();
    // Keeps claiming every third of the lease: renews the role while held, and takes it as
    // soon as the station that held it stops. For a station that syncs on a schedule.
    void keepClaiming();
    // Stops renewing; the role stays until its lease runs out (or release()).
    void stop();
    // Lets the role go now, so another station takes it at its next look.
    void release();
    // Reads who holds the role, without taking it (another station announced a change).
    void refresh();

    bool isHeld() const { return m_current.isValid() && m_current.holder == m_holder; }
    // The station that holds the role (this one or another); invalid when nobody does.
    const Lease &syncer() const { return m_current; }
    QString holder() const { return m_holder; }
    // The station that holds the role, for people: "Station 1 (Anna)", "Station 1", or
    // "Another station" when it has no name; empty when nobody holds it.
    QString syncerName() const;
    static QString stationName(const StationIdentity &who);

signals:
    // The role changed hands (or became free).
    void changed();

private:
    void setCurrent(const Lease &lease);

    LeaseRepository m_leases;
    QString m_holder;
    StationIdentity m_who;
    std::chrono::milliseconds m_lease{45000};
    QTimer m_renewal;
    Lease m_current;
    std::function<bool(const QString &)> m_holderHasEnded;
};
