#include "core/fulfillment/OrderClaims.h"

#include "core/outbox/SenderIdentity.h"
#include "core/storage/OrderBook.h"
#include "core/storage/OutboxRepository.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcClaims, "smidig.claims")

namespace {

const QString kOrderPrefix = u"order:"_s;

QString stationLeaseName(const QString &holder)
{
    return u"station:"_s + holder;
}

} // namespace

OrderClaims::OrderClaims(
    QSqlDatabase db, OrderBook *book, QString holder, StationIdentity who, QObject *parent)
    : QObject(parent)
    , m_book(book)
    , m_leases(db)
    , m_holder(std::move(holder))
    , m_who(std::move(who))
    , m_db(db)
{
    m_clock.start();
    Lease station;
    m_startError = m_leases.take(stationLeaseName(m_holder),
                                 m_holder,
                                 m_who,
                                 m_lease,
                                 LeaseRepository::Take::TakeOver,
                                 &station);
    if (m_startError.isError())
        qCWarning(lcClaims) << "could not announce this station:" << m_startError.detail;
    else if (const StoreError read = readElsewhere(); read.isError())
        m_startError = read;

    m_renewal.setInterval(m_lease / 3);
    connect(&m_renewal, &QTimer::timeout, this, [this] {
        if (const StoreError error = renewHeld(); error.isError())
            qCWarning(lcClaims) << "renewing claims failed:" << error.detail;
    });
    m_refresh.setInterval(std::chrono::seconds(1));
    connect(&m_refresh, &QTimer::timeout, this, [this] {
        if (const StoreError error = readElsewhere(); error.isError())
            qCWarning(lcClaims) << "reading other stations' claims failed:" << error.detail;
    });
    m_renewal.start();
    m_refresh.start();
    if (m_book)
        connect(m_book, &OrderBook::changed, this, &OrderClaims::checkHeldOrders);
}

OrderClaims::~OrderClaims()
{
    // Let the orders go at once rather than making the others wait out the lease.
    for (auto it = m_held.cbegin(); it != m_held.cend(); ++it)
        m_leases.release(leaseName(it.key()), m_holder);
    m_leases.release(stationLeaseName(m_holder), m_holder);
}

void OrderClaims::setLease(std::chrono::milliseconds lease)
{
    m_lease = lease;
    m_renewal.setInterval(std::max(std::chrono::milliseconds(1), lease / 3));
    // The station lease takes the new length at once, not at its next renewal.
    if (const StoreError error = renewHeld(); error.isError())
        qCWarning(lcClaims) << "renewing claims failed:" << error.detail;
}

void OrderClaims::setRefreshInterval(std::chrono::milliseconds interval)
{
    m_refresh.setInterval(interval);
}

QString OrderClaims::leaseName(const QString &orderId)
{
    return kOrderPrefix + orderId;
}

QString OrderClaims::describe(const StationIdentity &who)
{
    if (who.station.isEmpty())
        return tr("another station");
    if (who.packer.isEmpty())
        return who.station;
    //: %1 is a station's name, %2 the person packing there: "Station 2 (Anna)"
    return tr("%1 (%2)").arg(who.station, who.packer);
}

QString OrderClaims::orderName(const QString &orderId) const
{
    const int row = m_book ? m_book->rowOf(orderId) : -1;
    return row >= 0 ? m_book->at(row).name : orderId;
}

OrderClaims::Attempt OrderClaims::claim(const QString &orderId)
{
    Attempt attempt;
    // A claim of a process of this machine that has certainly ended (killed, crashed) is free
    // at once, as its outbox entries are: nobody is packing that order any more.
    QString ended;
    attempt.error = m_leases.takeUnlessLive(
        leaseName(orderId),
        m_holder,
        m_who,
        m_lease,
        [](const QString &holder) { return SenderIdentity::fromName(holder).hasEnded(); },
        &attempt.lease,
        &ended);
    if (attempt.error.isError())
        return attempt;
    if (!ended.isEmpty())
        qCInfo(lcClaims).noquote()
            << "order" << orderName(orderId) << "claimed from a process that ended:" << ended;
    if (attempt.lease.holder == m_holder) {
        attempt.result = Result::Claimed;
        m_held.insert(orderId, attempt.lease);
        m_conditionAtClaim.insert(orderId, conditionOf(orderId));
        if (m_elsewhere.remove(orderId) > 0)
            emit changed();
        return attempt;
    }
    attempt.result = Result::HeldElsewhere;
    m_held.remove(orderId);
    m_elsewhere.insert(orderId, {attempt.lease, m_clock.elapsed()});
    emit changed();
    return attempt;
}

OrderClaims::Attempt OrderClaims::takeOver(const QString &orderId)
{
    Attempt attempt;
    std::optional<Lease> before;
    attempt.error = m_leases.find(leaseName(orderId), &before);
    if (attempt.error.isError())
        return attempt;
    attempt.error = m_leases.take(leaseName(orderId),
                                  m_holder,
                                  m_who,
                                  m_lease,
                                  LeaseRepository::Take::TakeOver,
                                  &attempt.lease);
    if (attempt.error.isError())
        return attempt;
    attempt.result = attempt.lease.holder == m_holder ? Result::Claimed : Result::HeldElsewhere;
    if (attempt.result != Result::Claimed)
        return attempt;
    if (before && before->holder != m_holder)
        qCInfo(lcClaims).noquote()
            << "order" << orderName(orderId) << "taken over by" << describe(m_who) << "from"
            << describe(before->who) << "(held for" << before->heldForMs / 1000 << "s by process"
            << before->holder << ")";
    m_held.insert(orderId, attempt.lease);
    m_conditionAtClaim.insert(orderId, conditionOf(orderId));
    if (m_elsewhere.remove(orderId) > 0)
        emit changed();
    return attempt;
}

StoreError OrderClaims::release(const QString &orderId)
{
    m_held.remove(orderId);
    m_conditionAtClaim.remove(orderId);
    return m_leases.release(leaseName(orderId), m_holder);
}

StoreError OrderClaims::stillHolds(const QString &orderId, bool *held) const
{
    *held = false;
    std::optional<Lease> lease;
    const StoreError error = m_leases.find(leaseName(orderId), &lease);
    *held = !error.isError() && lease && lease->holder == m_holder;
    return error;
}

Lease OrderClaims::upToNow(const Seen &seen) const
{
    const qint64 since = m_clock.elapsed() - seen.readAtMs;
    Lease lease = seen.lease;
    lease.heldForMs += since;
    lease.remainingMs = std::max<qint64>(0, lease.remainingMs - since);
    return lease;
}

std::optional<Lease> OrderClaims::elsewhere(const QString &orderId) const
{
    const auto it = m_elsewhere.constFind(orderId);
    if (it == m_elsewhere.cend())
        return std::nullopt;
    const Lease lease = upToNow(*it);
    // Lapsed since it was read: nobody has it any longer, or its holder renewed it, which
    // the next read shows.
    if (lease.remainingMs <= 0)
        return std::nullopt;
    return lease;
}

QHash<QString, Lease> OrderClaims::allElsewhere() const
{
    QHash<QString, Lease> leases;
    for (auto it = m_elsewhere.cbegin(); it != m_elsewhere.cend(); ++it) {
        if (const std::optional<Lease> lease = elsewhere(it.key()))
            leases.insert(it.key(), *lease);
    }
    return leases;
}

StoreError OrderClaims::stationOf(const QString &holder, std::optional<StationIdentity> *who) const
{
    who->reset();
    std::optional<Lease> lease;
    const StoreError error = m_leases.find(stationLeaseName(holder), &lease);
    if (!error.isError() && lease)
        *who = lease->who;
    return error;
}

StoreError OrderClaims::queuedElsewhere(const QString &orderId,
                                        bool *queued,
                                        std::optional<StationIdentity> *who) const
{
    *queued = false;
    who->reset();
    QStringList owners;
    if (const StoreError error = OutboxRepository(m_db).pendingOwners(orderId, &owners);
        error.isError())
        return error;
    owners.removeAll(m_holder);
    if (owners.isEmpty())
        return {};
    *queued = true;
    for (const QString &owner : std::as_const(owners)) {
        if (const StoreError error = stationOf(owner, who); error.isError() || who->has_value())
            return error;
    }
    return {};
}

StoreError OrderClaims::refresh()
{
    const StoreError renewed = renewHeld();
    const StoreError read = readElsewhere();
    return renewed.isError() ? renewed : read;
}

StoreError OrderClaims::renewHeld()
{
    QStringList held;
    if (const StoreError error = m_leases.renew(m_holder, m_lease, &held); error.isError())
        return error;
    // Frozen past its lease, this process lost its station lease too: announce it again.
    if (!held.contains(stationLeaseName(m_holder))) {
        Lease station;
        if (const StoreError error = m_leases.take(stationLeaseName(m_holder),
                                                   m_holder,
                                                   m_who,
                                                   m_lease,
                                                   LeaseRepository::Take::TakeOver,
                                                   &station);
            error.isError())
            return error;
    }
    const QStringList orders = m_held.keys();
    for (const QString &orderId : orders) {
        if (held.contains(leaseName(orderId)))
            continue;
        // Another station took it over, or it lapsed while this process was stopped (and
        // another may have taken it since): either way it is no longer this station's.
        std::optional<Lease> now;
        if (const StoreError error = m_leases.find(leaseName(orderId), &now); error.isError())
            return error;
        m_held.remove(orderId);
        qCInfo(lcClaims).noquote() << "lost the claim on" << orderName(orderId)
                                   << (now ? u"to "_s + describe(now->who) : u"(lapsed)"_s);
        emit lost(orderId, now.value_or(Lease{}));
    }
    return {};
}

StoreError OrderClaims::readElsewhere()
{
    QList<Lease> leases;
    if (const StoreError error = m_leases.current(kOrderPrefix, &leases); error.isError())
        return error;
    const qint64 now = m_clock.elapsed();
    QHash<QString, Seen> elsewhere;
    QList<std::pair<QString, Lease>> lostOnes;
    for (const Lease &lease : std::as_const(leases)) {
        if (lease.holder == m_holder)
            continue;
        const QString orderId = lease.name.mid(kOrderPrefix.size());
        elsewhere.insert(orderId, {lease, now});
        if (m_held.contains(orderId))
            lostOnes.append({orderId, lease});
    }
    const bool nothingEitherTime = m_elsewhere.isEmpty() && elsewhere.isEmpty();
    m_elsewhere = std::move(elsewhere);
    for (const auto &[orderId, lease] : std::as_const(lostOnes)) {
        m_held.remove(orderId);
        qCInfo(lcClaims).noquote()
            << "lost the claim on" << orderName(orderId) << "to" << describe(lease.who);
        emit lost(orderId, lease);
    }
    // The times shown count up, so a read with claims in it is a change too.
    if (!nothingEitherTime)
        emit changed();
    return {};
}

OrderClaims::Condition OrderClaims::conditionOf(const QString &orderId) const
{
    const int row = m_book ? m_book->rowOf(orderId) : -1;
    if (row < 0)
        return Condition::Gone;
    if (m_book->at(row).cancelled)
        return Condition::Cancelled;
    if (m_book->at(row).fulfillmentStatus == OrderFulfillmentStatus::OnHold)
        return Condition::OnHold;
    return Condition::Packable;
}

// Only what changed since the claim interrupts: an order claimed while it was already on
// hold (a person fulfilling the part that is not) is not stopped by that same hold.
void OrderClaims::checkHeldOrders()
{
    const QStringList orders = m_held.keys();
    for (const QString &orderId : orders) {
        const Condition condition = conditionOf(orderId);
        const Condition atClaim = m_conditionAtClaim.value(orderId, Condition::Packable);
        if (condition == atClaim || condition == Condition::Packable) {
            m_conditionAtClaim.insert(orderId, condition);
            continue;
        }
        QString why;
        switch (condition) {
        case Condition::Gone:
            why = tr("it is no longer in the shop");
            break;
        case Condition::Cancelled:
            why = tr("it was cancelled");
            break;
        case Condition::OnHold:
            why = tr("it was put on hold");
            break;
        case Condition::Packable:
            break;
        }
        if (const StoreError error = release(orderId); error.isError())
            qCWarning(lcClaims) << "could not let go of" << orderId << error.detail;
        qCInfo(lcClaims).noquote() << "packing" << orderName(orderId) << "interrupted:" << why;
        emit interrupted(orderId, why);
    }
}
