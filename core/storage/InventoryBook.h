#pragma once

#include "core/model/DemandLine.h"
#include "core/model/InventoryLevel.h"
#include "core/storage/InventoryRepository.h"
#include "core/storage/StoreError.h"

#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QStringList>

// The local store's stock: every inventory level the last inventory sync read, in memory,
// written to the database first. Also answers what open orders still need (from the order
// tables), which the stock analysis sets against the levels.
class InventoryBook final : public QObject
{
    Q_OBJECT

public:
    explicit InventoryBook(QSqlDatabase db, QObject *parent = nullptr);

    StoreError load();
    const QList<InventoryLevel> &levels() const { return m_levels; }

    // After a full inventory sync: these levels and no others. All or nothing.
    StoreError replaceAll(const QList<InventoryLevel> &levels);
    // After re-reading some items: their levels replaced by these. All or nothing.
    StoreError replaceItems(const QStringList &itemIds, const QList<InventoryLevel> &levels);

    // What open orders still need, oldest order first.
    StoreError demand(QList<DemandLine> *lines) const;
    // The inventory items open orders still need, each once.
    StoreError demandedItems(QStringList *itemIds) const;

signals:
    void changed();

private:
    StoreError write(const QList<InventoryLevel> &levels, const QStringList *itemIds);

    QSqlDatabase m_db;
    InventoryRepository m_repository;
    QList<InventoryLevel> m_levels;
};
