#include "ui/models/FulfillProgressModel.h"

#include "core/outbox/Outbox.h"
#include "ui/OutboxText.h"
#include "ui/StatusIcons.h"

#include <QHash>

#include <cmath>

namespace {

using Outcome = FulfillProgressModel::Outcome;

Outcome outcomeOf(OutboxEntry::State state)
{
    switch (state) {
    case OutboxEntry::State::Waiting:
        return Outcome::Waiting;
    case OutboxEntry::State::Ready:
        return Outcome::Ready;
    case OutboxEntry::State::Sending:
        return Outcome::Sending;
    case OutboxEntry::State::Unknown:
        return Outcome::Checking;
    case OutboxEntry::State::Failed:
        return Outcome::Failed;
    case OutboxEntry::State::Done:
        return Outcome::Done;
    }
    return Outcome::Ready;
}

bool isFinal(Outcome outcome)
{
    return outcome == Outcome::Done || outcome == Outcome::Withdrawn || outcome == Outcome::Dropped;
}

} // namespace

FulfillProgressModel::FulfillProgressModel(const Outbox *outbox,
                                           const QList<qint64> &entryIds,
                                           QObject *parent)
    : QAbstractTableModel(parent)
    , m_outbox(outbox)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    for (qint64 id : entryIds) {
        Row row;
        row.id = id;
        if (const auto entry = outbox->entry(id)) {
            row.orderName = entry->orderName;
            row.shipment = OutboxText::describe(*entry);
            row.outcome = outcomeOf(entry->state);
            row.message = entry->message;
            row.sendAfter = entry->sendAfter;
        } else {
            row.outcome = Outcome::Withdrawn;
        }
        m_rows.append(row);
    }
    connect(outbox, &Outbox::changed, this, &FulfillProgressModel::follow);
    connect(outbox, &Outbox::entryFinished, this, &FulfillProgressModel::finishRow);
    connect(outbox, &Outbox::entryFailed, this, &FulfillProgressModel::follow);
}

int FulfillProgressModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FulfillProgressModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void FulfillProgressModel::follow()
{
    QHash<qint64, const OutboxEntry *> open;
    for (const OutboxEntry &entry : m_outbox->entries())
        open.insert(entry.id, &entry);
    bool anyChanged = false;
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        if (isFinal(row.outcome))
            continue;
        Row updated = row;
        if (const OutboxEntry *entry = open.value(row.id)) {
            updated.outcome = outcomeOf(entry->state);
            updated.message = entry->message;
            updated.sendAfter = entry->sendAfter;
        } else {
            // Gone from the outbox. A finished entry is reported right after this by
            // entryFinished, which makes it Done; anything else was taken back.
            updated.outcome = row.outcome == Outcome::Failed ? Outcome::Dropped
                                                             : Outcome::Withdrawn;
        }
        if (updated.outcome != row.outcome || updated.message != row.message
            || updated.sendAfter != row.sendAfter) {
            row = updated;
            anyChanged = true;
            emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
        }
    }
    if (anyChanged)
        emit totalsChanged();
}

void FulfillProgressModel::finishRow(qint64 id)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id != id)
            continue;
        m_rows[i].outcome = Outcome::Done;
        m_rows[i].message.clear();
        emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
        emit totalsChanged();
        return;
    }
}

void FulfillProgressModel::tick()
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).outcome == Outcome::Waiting)
            emit dataChanged(index(i, StateColumn), index(i, StateColumn));
    }
}

int FulfillProgressModel::count(Outcome outcome) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [outcome](const Row &row) {
        return row.outcome == outcome;
    }));
}

int FulfillProgressModel::leftCount() const
{
    return count(Outcome::Waiting) + count(Outcome::Ready) + count(Outcome::Sending)
           + count(Outcome::Checking);
}

QList<qint64> FulfillProgressModel::unsentIds() const
{
    QList<qint64> ids;
    for (const Row &row : m_rows) {
        if (row.outcome == Outcome::Waiting || row.outcome == Outcome::Ready)
            ids.append(row.id);
    }
    return ids;
}

int FulfillProgressModel::undoSecondsLeft() const
{
    const QDateTime now = m_clock();
    qint64 longest = 0;
    for (const Row &row : m_rows) {
        if (row.outcome == Outcome::Waiting && row.sendAfter.isValid())
            longest = std::max(longest, now.msecsTo(row.sendAfter));
    }
    return int(std::ceil(double(longest) / 1000.0));
}

QString FulfillProgressModel::stateText(const Row &row) const
{
    switch (row.outcome) {
    case Outcome::Waiting: {
        const qint64 ms = row.sendAfter.isValid() ? m_clock().msecsTo(row.sendAfter) : 0;
        if (ms <= 0)
            return tr("Waiting to be sent");
        return tr("Sends in %n s (can be undone)", nullptr, int(std::ceil(double(ms) / 1000.0)));
    }
    case Outcome::Ready:
        return tr("Waiting to be sent");
    case Outcome::Sending:
        return tr("Sending...");
    case Outcome::Checking:
        return tr("Checking with Shopify");
    case Outcome::Failed:
        return tr("Failed");
    case Outcome::Done:
        return tr("Done");
    case Outcome::Withdrawn:
        return tr("Withdrawn, not sent");
    case Outcome::Dropped:
        return tr("Dropped, not sent");
    }
    return {};
}

QVariant FulfillProgressModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case OrderColumn:
            return row.orderName;
        case ShipmentColumn:
            return row.shipment;
        case StateColumn:
            return stateText(row);
        case MessageColumn:
            return row.message;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() != StateColumn)
            return {};
        switch (row.outcome) {
        case Outcome::Waiting:
        case Outcome::Ready:
            return OutboxText::stateIcon(OutboxEntry::State::Waiting);
        case Outcome::Sending:
        case Outcome::Checking:
            return OutboxText::stateIcon(OutboxEntry::State::Sending);
        case Outcome::Failed:
            return OutboxText::stateIcon(OutboxEntry::State::Failed);
        case Outcome::Done:
            return OutboxText::stateIcon(OutboxEntry::State::Done);
        case Outcome::Withdrawn:
        case Outcome::Dropped:
            return StatusIcons::forStatus(FulfillmentOrderStatus::Cancelled);
        }
        return {};
    case EntryIdRole:
        return row.id;
    case OutcomeRole:
        return int(row.outcome);
    default:
        return {};
    }
}

QVariant FulfillProgressModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case OrderColumn:
        return tr("Order");
    case ShipmentColumn:
        return tr("Shipment");
    case StateColumn:
        return tr("State");
    case MessageColumn:
        return tr("Message from Shopify");
    }
    return {};
}
