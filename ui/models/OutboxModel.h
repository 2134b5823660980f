#pragma once

#include "core/model/OutboxEntry.h"

#include <QAbstractTableModel>
#include <QList>

class Outbox;

// The outbox's open entries as a table: order, action, state and Shopify's message. It keeps
// its own copy of the entries and, when the outbox changes, works out which rows went, came
// or changed, so a selection in the panel survives an entry being sent.
class OutboxModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { OrderColumn, ActionColumn, StateColumn, MessageColumn, ColumnCount };
    enum Role { EntryIdRole = Qt::UserRole + 1, StateRole };

    explicit OutboxModel(const Outbox *outbox, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const OutboxEntry &entryAt(int row) const { return m_entries.at(row); }

private:
    void follow();

    const Outbox *m_outbox;
    QList<OutboxEntry> m_entries;
};
