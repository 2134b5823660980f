#pragma once

#include "core/model/Order.h"
#include "core/model/OutboxEntry.h"
#include "core/storage/OutboxRepository.h"
#include "core/storage/StoreError.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>

#include <chrono>
#include <optional>

class OrderBook;

// The actions on their way to Shopify. An action is written here, durably and in one
// transaction, before anything is sent; the orders it touches show as pending from that
// moment until it is done. It first waits out a short undo window, then an OutboxSender
// sends it. A failed action stays, with Shopify's words, until someone retries or drops it.
class Outbox final : public QObject
{
    Q_OBJECT

public:
    Outbox(QSqlDatabase db, OrderBook *book, QObject *parent = nullptr);

    // Reads the entries left from the last run. One that was being sent when the app stopped
    // has an unknown outcome and is checked against Shopify before anything is resent.
    StoreError load();

    // How long a new entry waits before it may be sent, so staff can take it back.
    void setUndoWindow(std::chrono::milliseconds window) { m_undoWindow = window; }
    std::chrono::milliseconds undoWindow() const { return m_undoWindow; }

    // Adds the entries in one transaction; their ids are set. All or nothing.
    StoreError enqueue(QList<OutboxEntry> *entries);
    // Takes back entries not yet sent (in their undo window, or waiting their turn); returns
    // how many. What is on its way or done stays.
    int withdraw(const QList<qint64> &ids, StoreError *error = nullptr);
    // A failed entry is sent again (after a check if its outcome was unknown).
    StoreError retry(qint64 id);
    // Forgets an entry that is not being sent; its order is no longer pending.
    StoreError drop(qint64 id);

    // Every entry not done, oldest first (failed ones included).
    const QList<OutboxEntry> &entries() const { return m_entries; }
    std::optional<OutboxEntry> entry(qint64 id) const;
    int pendingCount() const;
    int failedCount() const;
    QSet<QString> pendingOrderIds() const;

    // For the sender: the oldest entry due at `now` (waiting ones whose window ended, ready
    // ones, unknown ones to check), marked Sending in the store before it is handed out.
    std::optional<OutboxEntry> takeDue(const QDateTime &now, StoreError *error = nullptr);
    // When the next entry falls due; invalid when none waits.
    QDateTime nextDueTime() const;
    // Done: the order as Shopify returned it is stored in the same transaction.
    StoreError finish(qint64 id, const std::optional<Order> &order);
    // Sent without an answer: checked against Shopify at `checkAfter`.
    StoreError markUnknown(qint64 id, const QString &why, const QDateTime &checkAfter);
    // Not sent (or certainly not carried out): sent again at `sendAfter`.
    StoreError postpone(qint64 id, const QString &why, const QDateTime &sendAfter);
    // Entries waiting out a back-off (the shop did not answer) fall due now: it answers again.
    StoreError sendPostponedNow();
    // Checked and certainly not carried out: sent again now.
    StoreError requeue(qint64 id, const QString &why);
    // Refused or needing a person; the order, when given, is stored too.
    StoreError markFailed(qint64 id, const QString &message, const std::optional<Order> &order = {});

signals:
    // Entries were added, removed or changed state.
    void changed();
    void entryFinished(qint64 id);
    void entryFailed(qint64 id, const QString &message);

private:
    StoreError write(OutboxEntry entry, const std::optional<Order> &order = {});
    qsizetype indexOf(qint64 id) const;
    void refreshMarks();

    QSqlDatabase m_db;
    OrderBook *m_book;
    OutboxRepository m_repository;
    QList<OutboxEntry> m_entries;
    std::chrono::milliseconds m_undoWindow{5000};
};
