#pragma once

#include "core/model/Lease.h"
#include "core/storage/LeaseRepository.h"
#include "core/storage/StoreError.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSqlDatabase>
#include <QTimer>

#include <chrono>
#include <optional>

class OrderBook;

// The orders being packed, at this station and at the others sharing the store (issue 15,
// point 3). Opening an order to pack or fulfil claims it: a lease named "order:<id>" in the
// store (LeaseRepository), 45 s by the database's clock, renewed every third of that while
// this station has it. Another station then sees who packs it and for how long, and cannot
// fulfil it without an explicit takeover, which is logged. A crashed station's claims lapse
// on their own. docs/architecture.md, "Order claims", has the rules.
//
// The leases are held by this process (its outbox holder's name) for the station named in
// `who`. Beside the orders it claims, the process keeps a lease "station:<holder>" while it
// runs, so another station can name the station behind an outbox entry's holder.
class OrderClaims final : public QObject
{
    Q_OBJECT

public:
    // Takes the process's station lease and starts the timers; an error of that first write
    // is kept in startError() (the claims themselves still work or say why not).
    OrderClaims(QSqlDatabase db,
                OrderBook *book,
                QString holder,
                StationIdentity who,
                QObject *parent = nullptr);
    ~OrderClaims() override;

    StoreError startError() const { return m_startError; }

    // How long a claim lasts unless renewed (default 45 s); renewed every third of it.
    void setLease(std::chrono::milliseconds lease);
    std::chrono::milliseconds lease() const { return m_lease; }
    // How often the other stations' claims are read again (default 1 s).
    void setRefreshInterval(std::chrono::milliseconds interval);

    const QString &holder() const { return m_holder; }
    const StationIdentity &who() const { return m_who; }
    // Another packer took over at this station: claims taken from now on name them.
    void setWho(const StationIdentity &who) { m_who = who; }

    enum class Result {
        Claimed,       // this station has it now
        HeldElsewhere, // another station has it: `lease` says which, since when
        Failed,        // the store could not be asked: `error`
    };
    struct Attempt
    {
        Result result = Result::Failed;
        Lease lease; // as stored afterwards
        StoreError error;
    };

    // Claims the order unless another station has it (renews it when this one does).
    Attempt claim(const QString &orderId);
    // Claims the order from whoever has it; a person confirmed it. Logged with both stations.
    Attempt takeOver(const QString &orderId);
    // Lets the order go (the dialog closed, or it was queued).
    StoreError release(const QString &orderId);
    bool holds(const QString &orderId) const { return m_held.contains(orderId); }
    // Asks the store, not memory, whether this process still has the order's claim in force.
    StoreError stillHolds(const QString &orderId, bool *held) const;

    // Another station's claim on the order as last read, its times brought up to now; empty
    // when none (or this station's own).
    std::optional<Lease> elsewhere(const QString &orderId) const;
    // Every order another station has, as last read, by order id.
    QHash<QString, Lease> allElsewhere() const;

    // The station of a running process that shares the store (an outbox entry's holder), as
    // its station lease names it; empty when it is not running or not known.
    StoreError stationOf(const QString &holder, std::optional<StationIdentity> *who) const;

    // Whether another process has work on the order waiting or on its way in the store (an
    // outbox entry neither done nor failed), read now: this process's memory of the outbox
    // may not show it yet. `who` names that process's station when it is known.
    StoreError queuedElsewhere(const QString &orderId,
                               bool *queued,
                               std::optional<StationIdentity> *who) const;

    // Renews this station's claims and reads the others' (the timers call it; tests may, and
    // a notification from another station may).
    StoreError refresh();

    // "Station 2 (Anna)", "Station 2", or "another station" when it has no name.
    static QString describe(const StationIdentity &who);
    // "order:<id>"
    static QString leaseName(const QString &orderId);

signals:
    // Other stations' claims changed (taken, released, lapsed), or their times moved on.
    void changed();
    // Another station took over an order this one was packing (or its claim lapsed while
    // this process was stopped); stop packing it. `byWhom` is empty when nobody has it now.
    void lost(const QString &orderId, const Lease &byWhom);
    // An order this station is packing was put on hold or cancelled in Shopify meanwhile
    // (seen by a sync); packing it must stop. The claim is let go.
    void interrupted(const QString &orderId, const QString &why);

private:
    StoreError renewHeld();
    StoreError readElsewhere();
    // Whether a held order can still be packed, as the book has it.
    enum class Condition { Packable, OnHold, Cancelled, Gone };
    Condition conditionOf(const QString &orderId) const;
    void checkHeldOrders();
    QString orderName(const QString &orderId) const;

    OrderBook *m_book;
    LeaseRepository m_leases;
    QString m_holder;
    StationIdentity m_who;
    StoreError m_startError;
    std::chrono::milliseconds m_lease{45000};
    // Another station's claim as read, and when (m_clock): its times are brought up to now.
    struct Seen
    {
        Lease lease;
        qint64 readAtMs = 0;
    };
    Lease upToNow(const Seen &seen) const;

    QSqlDatabase m_db;
    QHash<QString, Lease> m_held;                 // by order id
    QHash<QString, Condition> m_conditionAtClaim; // by order id; what changes interrupts
    QHash<QString, Seen> m_elsewhere;             // by order id
    QElapsedTimer m_clock;
    QTimer m_renewal;
    QTimer m_refresh;
};
