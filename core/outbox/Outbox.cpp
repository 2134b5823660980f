#include "core/outbox/Outbox.h"

#include "core/model/StationNaming.h"
#include "core/outbox/SenderIdentity.h"
#include "core/storage/Database.h"
#include "core/storage/OrderBook.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcOutboxStore, "smidig.outbox.store")

namespace {

bool isSendable(OutboxEntry::State state)
{
    return state == OutboxEntry::State::Waiting || state == OutboxEntry::State::Ready
           || state == OutboxEntry::State::Unknown;
}

// A taken entry may go to Shopify only within this part of its lease after the last renewal
// began: the rest is the margin that keeps a sender which stalled (a frozen process, a busy
// disk) from sending after another process may have taken the entry over.
QDeadlineTimer sendableFrom(std::chrono::milliseconds lease)
{
    return QDeadlineTimer(lease * 2 / 3);
}

} // namespace

Outbox::Outbox(QSqlDatabase db, OrderBook *book, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_book(book)
    , m_repository(db)
    , m_history(db)
    , m_station(StationNaming::identity({}, {})) // until told: the computer's name
    , m_holder(SenderIdentity::forThisProcess().name())
{
    m_heartbeat.setInterval(m_lease / 3);
    m_recordAgain.setSingleShot(true);
    m_recordAgain.setInterval(std::chrono::seconds(1));
    connect(&m_recordAgain, &QTimer::timeout, this, &Outbox::recordUnrecorded);
    connect(&m_heartbeat, &QTimer::timeout, this, [this] {
        const StoreError error = heartbeat();
        if (error.isError())
            qCWarning(lcOutboxStore) << "outbox heartbeat failed:" << error.detail;
    });
}

void Outbox::setLease(std::chrono::milliseconds lease)
{
    m_lease = std::max(lease, std::chrono::milliseconds(30));
    m_heartbeat.setInterval(m_lease / 3);
}

StoreError Outbox::load()
{
    if (const StoreError error = takeOverStopped(); error.isError())
        return error;
    // Finished entries are history; a week of it is plenty.
    m_repository.pruneDone(QDateTime::currentDateTimeUtc().addDays(-7));
    if (const StoreError error = reload(); error.isError())
        return error;
    m_heartbeat.start();
    return {};
}

StoreError Outbox::takeOverStopped()
{
    QStringList owners;
    if (const StoreError error = m_repository.openOwners(&owners); error.isError())
        return error;
    QStringList ended;
    for (const QString &owner : std::as_const(owners)) {
        if (owner != m_holder && SenderIdentity::fromName(owner).hasEnded())
            ended.append(owner);
    }
    int taken = 0;
    Transaction transaction(m_db);
    if (transaction.beginError().isError())
        return transaction.beginError();
    StoreError error = m_repository.takeOver(
        m_holder,
        m_lease,
        ended,
        tr("Smidig stopped while sending this; it is checked with Shopify before it is sent "
           "again."),
        &taken);
    if (!error.isError())
        error = transaction.commit();
    if (!error.isError() && taken > 0)
        qCInfo(lcOutboxStore) << "took over" << taken << "outbox entries from stopped holders";
    return error;
}

StoreError Outbox::reload()
{
    QList<OutboxEntry> entries;
    if (const StoreError error = m_repository.loadOpen(&entries); error.isError())
        return error;
    if (entries == m_entries)
        return {};
    m_entries = entries;
    refreshMarks();
    emit changed();
    return {};
}

StoreError Outbox::heartbeat()
{
    QSet<qint64> held;
    const QDeadlineTimer renewed = sendableFrom(m_lease);
    {
        Transaction transaction(m_db);
        StoreError error = transaction.beginError();
        if (!error.isError())
            error = m_repository.renewLeases(m_holder, m_lease, &held);
        if (!error.isError())
            error = transaction.commit();
        if (error.isError())
            return error;
    }
    for (auto it = m_held.begin(); it != m_held.end();) {
        if (held.contains(it.key())) {
            it->sendableUntil = renewed;
            ++it;
        } else {
            it = m_held.erase(it); // taken over: nothing more of it goes from here
        }
    }
    if (const StoreError error = takeOverStopped(); error.isError())
        return error;
    return reload();
}

qsizetype Outbox::indexOf(qint64 id) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).id == id)
            return i;
    }
    return -1;
}

std::optional<OutboxEntry> Outbox::entry(qint64 id) const
{
    const qsizetype i = indexOf(id);
    return i < 0 ? std::nullopt : std::optional(m_entries.at(i));
}

int Outbox::pendingCount() const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(), [](const OutboxEntry &e) {
        return e.isPending();
    }));
}

int Outbox::heldPendingCount() const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(), [this](const OutboxEntry &e) {
        return e.isPending() && e.owner == m_holder;
    }));
}

int Outbox::failedCount() const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(), [](const OutboxEntry &e) {
        return e.state == OutboxEntry::State::Failed;
    }));
}

QSet<QString> Outbox::pendingOrderIds() const
{
    QSet<QString> ids;
    for (const OutboxEntry &entry : m_entries) {
        if (entry.isPending())
            ids.insert(entry.orderId);
    }
    return ids;
}

void Outbox::refreshMarks()
{
    QHash<QString, OutboxMark> marks;
    for (const OutboxEntry &entry : std::as_const(m_entries)) {
        // A failed entry shows unless something else for the order is still on its way.
        const OutboxMark mark = entry.isPending() ? OutboxMark::Pending : OutboxMark::Failed;
        if (mark == OutboxMark::Pending || !marks.contains(entry.orderId))
            marks.insert(entry.orderId, mark);
    }
    m_book->setOutboxMarks(marks);
}

StoreError Outbox::enqueue(QList<OutboxEntry> *entries)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (OutboxEntry &entry : *entries) {
        entry.state = m_undoWindow.count() > 0 ? OutboxEntry::State::Waiting
                                               : OutboxEntry::State::Ready;
        entry.createdAt = now;
        entry.sendAfter = now.addMSecs(m_undoWindow.count());
        entry.attempts = 0;
        entry.message.clear();
        entry.owner = m_holder;
    }
    {
        Transaction transaction(m_db);
        if (transaction.beginError().isError())
            return transaction.beginError();
        StoreError error = m_repository.insert(entries, m_lease);
        if (!error.isError())
            error = m_history.record(*entries, m_station);
        if (!error.isError())
            error = transaction.commit();
        if (error.isError())
            return error;
    }
    m_entries.append(*entries);
    refreshMarks();
    emit changed();
    return {};
}

int Outbox::withdraw(const QList<qint64> &ids, StoreError *error)
{
    int undone = 0;
    bool stale = false;
    for (qint64 id : ids) {
        const qsizetype i = indexOf(id);
        if (i < 0)
            continue;
        const OutboxEntry &seen = m_entries.at(i);
        // A Ready entry that was sent before is not new: it may be a resend after a check.
        const bool unsent = seen.state == OutboxEntry::State::Waiting
                            || (seen.state == OutboxEntry::State::Ready && seen.attempts == 0);
        if (!unsent)
            continue;
        // Only as it was seen: an entry another process has taken since is on its way.
        const StoreError removed = removeSeen(seen);
        if (removed.isError()) {
            stale |= removed.kind == StoreError::Kind::Stale;
            if (error && removed.kind != StoreError::Kind::Stale)
                *error = removed;
            continue;
        }
        m_entries.removeAt(i);
        ++undone;
    }
    if (stale)
        reload();
    if (undone > 0) {
        refreshMarks();
        emit changed();
    }
    return undone;
}

StoreError Outbox::retry(qint64 id)
{
    const qsizetype i = indexOf(id);
    if (i < 0 || m_entries.at(i).state != OutboxEntry::State::Failed)
        return {};
    const OutboxEntry seen = m_entries.at(i);
    OutboxEntry entry = seen;
    // An entry that failed after an unknown outcome is checked again first; the payload says.
    entry.state = entry.payload.value("unknownBeforeFailure"_L1).toBool()
                      ? OutboxEntry::State::Unknown
                      : OutboxEntry::State::Ready;
    entry.sendAfter = QDateTime::currentDateTimeUtc();
    entry.message.clear();
    // Whoever retries it sends it.
    entry.owner = m_holder;
    ++entry.epoch;
    return write(entry, seen);
}

StoreError Outbox::drop(qint64 id)
{
    const qsizetype i = indexOf(id);
    if (i < 0 || m_entries.at(i).state == OutboxEntry::State::Sending)
        return {};
    const OutboxEntry &seen = m_entries.at(i);
    const StoreError error = removeSeen(seen);
    if (error.isError()) {
        if (error.kind == StoreError::Kind::Stale)
            reload();
        return error;
    }
    m_entries.removeAt(i);
    refreshMarks();
    emit changed();
    return {};
}

StoreError Outbox::removeSeen(const OutboxEntry &seen)
{
    Transaction transaction(m_db);
    StoreError error = transaction.beginError();
    if (!error.isError())
        error = m_repository.remove(seen.id, seen.state, seen.epoch);
    if (!error.isError())
        error = m_history.forget(seen.id);
    if (!error.isError())
        error = transaction.commit();
    return error;
}

std::optional<OutboxEntry> Outbox::takeDue(const QDateTime &now, StoreError *error)
{
    // Each lost race reads the outbox again; a few in a row mean another process is busy
    // with these entries, and the next pump tries again.
    int racesLost = 0;
    constexpr int kMaxRacesLost = 3;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const OutboxEntry seen = m_entries.at(i);
        if (seen.owner != m_holder || seen.sendAfter > now || !isSendable(seen.state))
            continue;
        OutboxEntry entry = seen;
        // Unknown entries keep their meaning in the payload while they are being checked.
        if (entry.state == OutboxEntry::State::Unknown)
            entry.payload.insert("checking"_L1, true);
        else
            entry.payload.remove("checking"_L1);
        entry.state = OutboxEntry::State::Sending;
        ++entry.attempts;
        ++entry.epoch;
        const QDeadlineTimer sendable = sendableFrom(m_lease);
        const StoreError written = write(entry, seen);
        if (written.kind == StoreError::Kind::Stale) {
            // Another process changed it since it was read (write() read the outbox again).
            if (++racesLost >= kMaxRacesLost)
                return std::nullopt;
            i = -1;
            continue;
        }
        if (written.isError()) {
            if (error)
                *error = written;
            return std::nullopt;
        }
        m_held.insert(entry.id, {entry.epoch, sendable});
        return entry;
    }
    return std::nullopt;
}

QDateTime Outbox::nextDueTime() const
{
    QDateTime next;
    for (const OutboxEntry &entry : m_entries) {
        if (entry.owner == m_holder && isSendable(entry.state)
            && (!next.isValid() || entry.sendAfter < next))
            next = entry.sendAfter;
    }
    return next;
}

bool Outbox::maySend(const OutboxEntry &taken) const
{
    const auto it = m_held.constFind(taken.id);
    return it != m_held.constEnd() && it->epoch == taken.epoch && !it->sendableUntil.hasExpired();
}

StoreError Outbox::write(const OutboxEntry &entry,
                         const OutboxEntry &seen,
                         const std::optional<Order> &order)
{
    StoreError error;
    if (order) {
        error = m_book->upsert({*order}, [this, &entry, &seen] {
            return m_repository.replace(entry, seen.owner, seen.epoch, m_lease);
        });
    } else {
        Transaction transaction(m_db);
        error = transaction.beginError();
        if (!error.isError())
            error = m_repository.replace(entry, seen.owner, seen.epoch, m_lease);
        if (!error.isError())
            error = transaction.commit();
    }
    if (error.kind == StoreError::Kind::Stale) {
        qCInfo(lcOutboxStore) << "outbox entry" << entry.id
                              << "changed in another process; nothing written";
        m_held.remove(entry.id);
        reload();
        return error;
    }
    if (error.isError())
        return error;
    const qsizetype i = indexOf(entry.id);
    if (entry.state == OutboxEntry::State::Done) {
        if (i >= 0)
            m_entries.removeAt(i);
    } else if (i >= 0) {
        m_entries[i] = entry;
    } else {
        m_entries.append(entry);
    }
    refreshMarks();
    emit changed();
    return {};
}

StoreError Outbox::record(const OutboxEntry &outcome,
                          const OutboxEntry &taken,
                          const std::optional<Order> &order)
{
    const StoreError error = write(outcome, taken, order);
    if (!error.isError()) {
        m_held.remove(taken.id);
        m_unrecorded.remove(taken.id);
        announce(outcome);
    } else if (error.kind != StoreError::Kind::Stale) {
        keepUnrecorded({outcome, taken, order});
    }
    return error;
}

// What Shopify answered is known, only the store refused it for now (another station held
// the store's writer lock past the lock timeout, the disk was full for a moment). The entry
// stays Sending and held by this process, its lease renewed by the heartbeat, so nobody else
// sends it; the outcome is stored again shortly. Should this process end first, the entry's
// lease runs out and whoever takes it over checks it with Shopify.
void Outbox::keepUnrecorded(const Unrecorded &unrecorded)
{
    const bool first = !m_unrecorded.contains(unrecorded.taken.id);
    m_unrecorded.insert(unrecorded.taken.id, unrecorded);
    if (first)
        qCInfo(lcOutboxStore) << "the outcome of outbox entry" << unrecorded.taken.id
                              << "is kept and stored again shortly";
    if (!m_recordAgain.isActive())
        m_recordAgain.start();
}

void Outbox::recordUnrecorded()
{
    const QList<Unrecorded> kept = m_unrecorded.values();
    for (const Unrecorded &unrecorded : kept) {
        const StoreError error = write(unrecorded.outcome, unrecorded.taken, unrecorded.order);
        if (error.isError() && error.kind != StoreError::Kind::Stale)
            continue; // still refused: kept for the next round
        m_unrecorded.remove(unrecorded.taken.id);
        if (error.isError())
            continue; // taken over meanwhile: the new holder decides (write() logged it)
        m_held.remove(unrecorded.taken.id);
        qCInfo(lcOutboxStore) << "stored the kept outcome of outbox entry" << unrecorded.taken.id;
        announce(unrecorded.outcome);
    }
    if (!m_unrecorded.isEmpty())
        m_recordAgain.start();
}

void Outbox::announce(const OutboxEntry &outcome)
{
    if (outcome.state == OutboxEntry::State::Done) {
        emit entryFinished(outcome.id);
        if (outcome.action == OutboxEntry::Action::Fulfill)
            emit fulfillmentSent(outcome.orderId);
    } else if (outcome.state == OutboxEntry::State::Failed)
        emit entryFailed(outcome.id, outcome.message);
}

StoreError Outbox::finish(const OutboxEntry &taken, const std::optional<Order> &order)
{
    OutboxEntry outcome = taken;
    outcome.state = OutboxEntry::State::Done;
    outcome.message.clear();
    return record(outcome, taken, order);
}

StoreError Outbox::markUnknown(const OutboxEntry &taken,
                               const QString &why,
                               const QDateTime &checkAfter)
{
    OutboxEntry outcome = taken;
    outcome.state = OutboxEntry::State::Unknown;
    outcome.message = why;
    outcome.sendAfter = checkAfter;
    return record(outcome, taken);
}

StoreError Outbox::postpone(const OutboxEntry &taken, const QString &why, const QDateTime &sendAfter)
{
    OutboxEntry outcome = taken;
    // A check that is postponed stays a check.
    outcome.state = taken.payload.value("checking"_L1).toBool() ? OutboxEntry::State::Unknown
                                                                : OutboxEntry::State::Ready;
    outcome.message = why;
    outcome.sendAfter = sendAfter;
    return record(outcome, taken);
}

StoreError Outbox::sendPostponedNow()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const OutboxEntry &seen : QList<OutboxEntry>(m_entries)) {
        const bool postponed = seen.owner == m_holder
                               && (seen.state == OutboxEntry::State::Ready
                                   || seen.state == OutboxEntry::State::Unknown)
                               && seen.attempts > 0 && seen.sendAfter > now;
        if (!postponed)
            continue;
        OutboxEntry entry = seen;
        entry.sendAfter = now;
        const StoreError error = write(entry, seen);
        if (error.isError() && error.kind != StoreError::Kind::Stale)
            return error;
    }
    return {};
}

StoreError Outbox::requeue(const OutboxEntry &taken, const QString &why)
{
    OutboxEntry outcome = taken;
    outcome.state = OutboxEntry::State::Ready;
    outcome.payload.remove("checking"_L1);
    outcome.message = why;
    outcome.sendAfter = QDateTime::currentDateTimeUtc();
    return record(outcome, taken);
}

StoreError Outbox::markFailed(const OutboxEntry &taken,
                              const QString &message,
                              const std::optional<Order> &order)
{
    OutboxEntry outcome = taken;
    if (outcome.payload.value("checking"_L1).toBool())
        outcome.payload.insert("unknownBeforeFailure"_L1, true);
    outcome.state = OutboxEntry::State::Failed;
    outcome.message = message;
    return record(outcome, taken, order);
}
