#include "ui/models/OutboxModel.h"

#include "core/outbox/Outbox.h"
#include "ui/OutboxText.h"

#include <QSet>

OutboxModel::OutboxModel(const Outbox *outbox, QObject *parent)
    : QAbstractTableModel(parent)
    , m_outbox(outbox)
{
    connect(outbox, &Outbox::changed, this, &OutboxModel::follow);
    follow();
}

int OutboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int OutboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void OutboxModel::follow()
{
    const QList<OutboxEntry> &fresh = m_outbox->entries();
    QSet<qint64> freshIds;
    for (const OutboxEntry &entry : fresh)
        freshIds.insert(entry.id);

    // Rows that went, removed from the bottom up in runs.
    for (int row = int(m_entries.size()) - 1; row >= 0;) {
        if (freshIds.contains(m_entries.at(row).id)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !freshIds.contains(m_entries.at(first - 1).id))
            --first;
        beginRemoveRows({}, first, row);
        m_entries.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }

    // The outbox keeps its entries oldest first and never reorders them, so what is left is
    // in the same order as in the fresh list: new entries slot in where they stand there.
    // Should that ever not hold, a reset is still correct.
    QSet<qint64> keptIds;
    for (const OutboxEntry &entry : std::as_const(m_entries))
        keptIds.insert(entry.id);
    qsizetype kept = 0;
    for (const OutboxEntry &entry : fresh) {
        if (!keptIds.contains(entry.id))
            continue;
        if (m_entries.at(kept).id != entry.id) {
            beginResetModel();
            m_entries = fresh;
            endResetModel();
            return;
        }
        ++kept;
    }
    int row = 0;
    for (const OutboxEntry &entry : fresh) {
        if (row < m_entries.size() && m_entries.at(row).id == entry.id) {
            if (m_entries.at(row) != entry) {
                m_entries[row] = entry;
                emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
        } else {
            beginInsertRows({}, row, row);
            m_entries.insert(row, entry);
            endInsertRows();
        }
        ++row;
    }
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OutboxEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case OrderColumn:
            return entry.orderName;
        case ActionColumn:
            return OutboxText::describe(entry);
        case StateColumn:
            return OutboxText::stateName(entry.state);
        case MessageColumn:
            return entry.message;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == StateColumn)
            return OutboxText::stateIcon(entry.state);
        return {};
    case EntryIdRole:
        return entry.id;
    case StateRole:
        return int(entry.state);
    default:
        return {};
    }
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case OrderColumn:
        return tr("Order");
    case ActionColumn:
        return tr("Action");
    case StateColumn:
        return tr("State");
    case MessageColumn:
        return tr("Message");
    }
    return {};
}
