#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

#include <functional>

class Outbox;

// Where each shipment of one fulfilment batch stands: waiting out the undo window (with the
// seconds left), sending, done, failed with Shopify's message, or taken back. It follows the
// outbox's signals; an entry that leaves the outbox is done only if the outbox says so,
// otherwise it was withdrawn (or, after failing, dropped).
class FulfillProgressModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { OrderColumn, ShipmentColumn, StateColumn, MessageColumn, ColumnCount };
    enum Role { EntryIdRole = Qt::UserRole + 1, OutcomeRole };

    enum class Outcome { Waiting, Ready, Sending, Checking, Failed, Done, Withdrawn, Dropped };

    FulfillProgressModel(const Outbox *outbox,
                         const QList<qint64> &entryIds,
                         QObject *parent = nullptr);

    // The clock the countdown reads; the wall clock unless a test sets another.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    Outcome outcomeAt(int row) const { return m_rows.at(row).outcome; }
    int count(Outcome outcome) const;
    // Still to happen: waiting, sending or being checked.
    int leftCount() const;
    // Entries that have not been sent, so they can still be withdrawn.
    QList<qint64> unsentIds() const;
    // Whole seconds until the last unsent entry's undo window closes; 0 when none is open.
    int undoSecondsLeft() const;

    // Repaints the countdowns; called by a timer while a window is open.
    void tick();

signals:
    // Done, failed or left changed.
    void totalsChanged();

private:
    struct Row
    {
        qint64 id = 0;
        QString orderName;
        QString shipment;
        Outcome outcome = Outcome::Waiting;
        QString message;
        QDateTime sendAfter;
    };

    void follow();
    void finishRow(qint64 id);
    QString stateText(const Row &row) const;

    const Outbox *m_outbox;
    QList<Row> m_rows;
    std::function<QDateTime()> m_clock;
};
