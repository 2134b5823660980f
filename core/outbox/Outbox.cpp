#include "core/outbox/Outbox.h"

#include "core/storage/Database.h"
#include "core/storage/OrderBook.h"

using namespace Qt::StringLiterals;

Outbox::Outbox(QSqlDatabase db, OrderBook *book, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_book(book)
    , m_repository(db)
{}

StoreError Outbox::load()
{
    QList<OutboxEntry> entries;
    StoreError error = m_repository.loadOpen(&entries);
    if (error.isError())
        return error;
    for (OutboxEntry &entry : entries) {
        if (entry.state == OutboxEntry::State::Sending) {
            // The app stopped while this was on its way: Shopify may or may not have it.
            entry.state = OutboxEntry::State::Unknown;
            entry.message = tr("Smidig stopped while sending this; it is checked with Shopify "
                               "before it is sent again.");
            entry.sendAfter = QDateTime::currentDateTimeUtc();
            error = m_repository.update(entry);
            if (error.isError())
                return error;
        }
    }
    // Finished entries are history; a week of it is plenty.
    m_repository.pruneDone(QDateTime::currentDateTimeUtc().addDays(-7));
    m_entries = entries;
    refreshMarks();
    emit changed();
    return {};
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
    }
    {
        Transaction transaction(m_db);
        if (transaction.beginError().isError())
            return transaction.beginError();
        StoreError error = m_repository.insert(entries);
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
    for (qint64 id : ids) {
        const qsizetype i = indexOf(id);
        if (i < 0)
            continue;
        const OutboxEntry::State state = m_entries.at(i).state;
        // A Ready entry that was sent before is not new: it may be a resend after a check.
        const bool unsent = state == OutboxEntry::State::Waiting
                            || (state == OutboxEntry::State::Ready && m_entries.at(i).attempts == 0);
        if (!unsent)
            continue;
        const StoreError removed = m_repository.remove(id);
        if (removed.isError()) {
            if (error)
                *error = removed;
            continue;
        }
        m_entries.removeAt(i);
        ++undone;
    }
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
    OutboxEntry entry = m_entries.at(i);
    // An entry that failed after an unknown outcome is checked again first; the payload says.
    entry.state = entry.payload.value("unknownBeforeFailure"_L1).toBool()
                      ? OutboxEntry::State::Unknown
                      : OutboxEntry::State::Ready;
    entry.sendAfter = QDateTime::currentDateTimeUtc();
    entry.message.clear();
    return write(entry);
}

StoreError Outbox::drop(qint64 id)
{
    const qsizetype i = indexOf(id);
    if (i < 0 || m_entries.at(i).state == OutboxEntry::State::Sending)
        return {};
    const StoreError error = m_repository.remove(id);
    if (error.isError())
        return error;
    m_entries.removeAt(i);
    refreshMarks();
    emit changed();
    return {};
}

std::optional<OutboxEntry> Outbox::takeDue(const QDateTime &now, StoreError *error)
{
    for (const OutboxEntry &candidate : std::as_const(m_entries)) {
        const bool due = candidate.sendAfter <= now
                         && (candidate.state == OutboxEntry::State::Waiting
                             || candidate.state == OutboxEntry::State::Ready
                             || candidate.state == OutboxEntry::State::Unknown);
        if (!due)
            continue;
        OutboxEntry entry = candidate;
        // Unknown entries keep their meaning in the payload while they are being checked.
        if (entry.state == OutboxEntry::State::Unknown)
            entry.payload.insert("checking"_L1, true);
        else
            entry.payload.remove("checking"_L1);
        entry.state = OutboxEntry::State::Sending;
        ++entry.attempts;
        const StoreError written = write(entry);
        if (written.isError()) {
            if (error)
                *error = written;
            return std::nullopt;
        }
        return entry;
    }
    return std::nullopt;
}

QDateTime Outbox::nextDueTime() const
{
    QDateTime next;
    for (const OutboxEntry &entry : m_entries) {
        const bool waits = entry.state == OutboxEntry::State::Waiting
                           || entry.state == OutboxEntry::State::Ready
                           || entry.state == OutboxEntry::State::Unknown;
        if (waits && (!next.isValid() || entry.sendAfter < next))
            next = entry.sendAfter;
    }
    return next;
}

StoreError Outbox::write(OutboxEntry entry, const std::optional<Order> &order)
{
    const qsizetype i = indexOf(entry.id);
    if (i < 0)
        return {StoreError::Kind::Failed, u"outbox entry %1 is gone"_s.arg(entry.id)};
    StoreError error;
    if (order) {
        error = m_book->upsert({*order}, [this, &entry] { return m_repository.update(entry); });
    } else {
        Transaction transaction(m_db);
        error = transaction.beginError();
        if (!error.isError())
            error = m_repository.update(entry);
        if (!error.isError())
            error = transaction.commit();
    }
    if (error.isError())
        return error;
    if (entry.state == OutboxEntry::State::Done)
        m_entries.removeAt(i);
    else
        m_entries[i] = entry;
    refreshMarks();
    emit changed();
    return {};
}

StoreError Outbox::finish(qint64 id, const std::optional<Order> &order)
{
    std::optional<OutboxEntry> current = entry(id);
    if (!current)
        return {};
    current->state = OutboxEntry::State::Done;
    current->message.clear();
    const StoreError error = write(*current, order);
    if (!error.isError())
        emit entryFinished(id);
    return error;
}

StoreError Outbox::markUnknown(qint64 id, const QString &why, const QDateTime &checkAfter)
{
    std::optional<OutboxEntry> current = entry(id);
    if (!current)
        return {};
    current->state = OutboxEntry::State::Unknown;
    current->message = why;
    current->sendAfter = checkAfter;
    return write(*current);
}

StoreError Outbox::postpone(qint64 id, const QString &why, const QDateTime &sendAfter)
{
    std::optional<OutboxEntry> current = entry(id);
    if (!current)
        return {};
    // A check that is postponed stays a check.
    current->state = current->payload.value("checking"_L1).toBool() ? OutboxEntry::State::Unknown
                                                                    : OutboxEntry::State::Ready;
    current->message = why;
    current->sendAfter = sendAfter;
    return write(*current);
}

StoreError Outbox::sendPostponedNow()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (OutboxEntry entry : QList<OutboxEntry>(m_entries)) {
        const bool postponed = (entry.state == OutboxEntry::State::Ready
                                || entry.state == OutboxEntry::State::Unknown)
                               && entry.attempts > 0 && entry.sendAfter > now;
        if (!postponed)
            continue;
        entry.sendAfter = now;
        if (const StoreError error = write(entry); error.isError())
            return error;
    }
    return {};
}

StoreError Outbox::requeue(qint64 id, const QString &why)
{
    std::optional<OutboxEntry> current = entry(id);
    if (!current)
        return {};
    current->state = OutboxEntry::State::Ready;
    current->payload.remove("checking"_L1);
    current->message = why;
    current->sendAfter = QDateTime::currentDateTimeUtc();
    return write(*current);
}

StoreError Outbox::markFailed(qint64 id, const QString &message, const std::optional<Order> &order)
{
    std::optional<OutboxEntry> current = entry(id);
    if (!current)
        return {};
    if (current->payload.value("checking"_L1).toBool())
        current->payload.insert("unknownBeforeFailure"_L1, true);
    current->state = OutboxEntry::State::Failed;
    current->message = message;
    const StoreError error = write(*current, order);
    if (!error.isError())
        emit entryFailed(id, message);
    return error;
}
