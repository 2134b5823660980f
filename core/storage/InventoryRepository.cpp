#include "core/storage/InventoryRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

StoreError failed(const QSqlQuery &query, const QString &sql)
{
    return StoreError::fromSql(query.lastError(), sql.simplified().left(60));
}

// QSqlQuery binds a null QString as SQL NULL, which the NOT NULL text columns refuse; the
// store keeps "no text" (an item without SKU, one stocked nowhere) as an empty string.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(u""_s)) : QVariant(value);
}

} // namespace

InventoryRepository::InventoryRepository(QSqlDatabase db)
    : m_db(db)
{}

StoreError InventoryRepository::loadLevels(QList<InventoryLevel> *levels) const
{
    const QString sql = uR"(SELECT inventory_item_id, location_id, location_name, sku, tracked,
        inventory_policy, available, committed, on_hand, incoming, reserved, damaged,
        quality_control, safety_stock FROM inventory_levels
        ORDER BY sku, inventory_item_id, location_name, location_id)"_s;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return failed(query, sql);
    levels->clear();
    while (query.next()) {
        InventoryLevel level;
        level.inventoryItemId = query.value(0).toString();
        level.locationId = query.value(1).toString();
        level.locationName = query.value(2).toString();
        level.sku = query.value(3).toString();
        level.tracked = query.value(4).toBool();
        level.policy = inventoryPolicyFromShopify(query.value(5).toString());
        InventoryQuantities &q = level.quantities;
        q.available = query.value(6).toInt();
        q.committed = query.value(7).toInt();
        q.onHand = query.value(8).toInt();
        q.incoming = query.value(9).toInt();
        q.reserved = query.value(10).toInt();
        q.damaged = query.value(11).toInt();
        q.qualityControl = query.value(12).toInt();
        q.safetyStock = query.value(13).toInt();
        levels->append(level);
    }
    return {};
}

StoreError InventoryRepository::replaceLevels(const QList<InventoryLevel> &levels,
                                              const QStringList *itemIds)
{
    QSqlQuery remove(m_db);
    if (!itemIds) {
        if (!remove.exec(u"DELETE FROM inventory_levels"_s))
            return failed(remove, u"DELETE FROM inventory_levels"_s);
    } else {
        const QString sql = u"DELETE FROM inventory_levels WHERE inventory_item_id = ?"_s;
        if (!remove.prepare(sql))
            return failed(remove, sql);
        for (const QString &id : *itemIds) {
            remove.bindValue(0, id);
            if (!remove.exec())
                return failed(remove, sql);
        }
    }
    // A level given twice replaces the first, in the upsert both SQLite and PostgreSQL know.
    const QString sql = uR"(INSERT INTO inventory_levels (inventory_item_id, location_id,
        location_name, sku, tracked, inventory_policy, available, committed, on_hand, incoming,
        reserved, damaged, quality_control, safety_stock)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (inventory_item_id, location_id) DO UPDATE SET
        location_name = excluded.location_name, sku = excluded.sku, tracked = excluded.tracked,
        inventory_policy = excluded.inventory_policy, available = excluded.available,
        committed = excluded.committed, on_hand = excluded.on_hand,
        incoming = excluded.incoming, reserved = excluded.reserved, damaged = excluded.damaged,
        quality_control = excluded.quality_control, safety_stock = excluded.safety_stock)"_s;
    QSqlQuery insert(m_db);
    if (!insert.prepare(sql))
        return failed(insert, sql);
    for (const InventoryLevel &level : levels) {
        const InventoryQuantities &q = level.quantities;
        const QVariantList values{text(level.inventoryItemId),
                                  text(level.locationId),
                                  text(level.locationName),
                                  text(level.sku),
                                  level.tracked ? 1 : 0,
                                  text(shopifyName(level.policy)),
                                  q.available,
                                  q.committed,
                                  q.onHand,
                                  q.incoming,
                                  q.reserved,
                                  q.damaged,
                                  q.qualityControl,
                                  q.safetyStock};
        for (int i = 0; i < values.size(); ++i)
            insert.bindValue(i, values.at(i));
        if (!insert.exec())
            return failed(insert, sql);
    }
    return {};
}

StoreError InventoryRepository::loadDemand(QList<DemandLine> *lines) const
{
    const QString sql = uR"(SELECT o.id, o.name, o.number, o.created_at, fo.location_id,
        fo.location_name, fo.status, fo.supported_actions, li.inventory_item_id, li.sku,
        li.title, foli.remaining_quantity
        FROM fulfillment_order_line_items foli
        JOIN fulfillment_orders fo ON fo.id = foli.fulfillment_order_id
        JOIN line_items li ON li.id = foli.line_item_id
        JOIN orders o ON o.id = fo.order_id
        WHERE o.closed = 0 AND o.cancelled_at IS NULL AND foli.remaining_quantity > 0
            AND fo.status NOT IN ('CLOSED', 'CANCELLED', 'INCOMPLETE')
        ORDER BY o.created_at, o.number, fo.position, foli.position)"_s;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return failed(query, sql);
    lines->clear();
    while (query.next()) {
        DemandLine line;
        line.orderId = query.value(0).toString();
        line.orderName = query.value(1).toString();
        line.orderNumber = query.value(2).toLongLong();
        line.createdAtMs = query.value(3).toLongLong();
        line.locationId = query.value(4).toString();
        line.locationName = query.value(5).toString();
        const QString status = query.value(6).toString();
        const QStringList actions = query.value(7).toString().split(u' ', Qt::SkipEmptyParts);
        line.fulfillable = (status == "OPEN"_L1 || status == "IN_PROGRESS"_L1)
                           && actions.contains(u"CREATE_FULFILLMENT"_s);
        line.inventoryItemId = query.value(8).toString();
        line.sku = query.value(9).toString();
        line.title = query.value(10).toString();
        line.quantity = query.value(11).toInt();
        lines->append(line);
    }
    return {};
}
