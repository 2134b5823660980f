#include "core/storage/InventoryBook.h"

#include "core/storage/Database.h"

#include <QSet>

InventoryBook::InventoryBook(QSqlDatabase db, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_repository(db)
{}

StoreError InventoryBook::load()
{
    QList<InventoryLevel> levels;
    const StoreError error = m_repository.loadLevels(&levels);
    if (error.isError())
        return error;
    m_levels = std::move(levels);
    emit changed();
    return {};
}

StoreError InventoryBook::replaceAll(const QList<InventoryLevel> &levels)
{
    return write(levels, nullptr);
}

StoreError InventoryBook::replaceItems(const QStringList &itemIds,
                                       const QList<InventoryLevel> &levels)
{
    return write(levels, &itemIds);
}

StoreError InventoryBook::write(const QList<InventoryLevel> &levels, const QStringList *itemIds)
{
    {
        Transaction transaction(m_db);
        if (transaction.beginError().isError())
            return transaction.beginError();
        if (const StoreError locked = transaction.serializeWithOtherWriters(); locked.isError())
            return locked;
        StoreError error = m_repository.replaceLevels(levels, itemIds);
        if (!error.isError())
            error = transaction.commit();
        if (error.isError())
            return error;
    }
    // Memory follows the database, in its order.
    return load();
}

StoreError InventoryBook::demand(QList<DemandLine> *lines) const
{
    return m_repository.loadDemand(lines);
}

StoreError InventoryBook::demandedItems(QStringList *itemIds) const
{
    QList<DemandLine> lines;
    const StoreError error = m_repository.loadDemand(&lines);
    if (error.isError())
        return error;
    QSet<QString> seen;
    itemIds->clear();
    for (const DemandLine &line : std::as_const(lines)) {
        if (!line.inventoryItemId.isEmpty() && !seen.contains(line.inventoryItemId)) {
            seen.insert(line.inventoryItemId);
            itemIds->append(line.inventoryItemId);
        }
    }
    return {};
}
