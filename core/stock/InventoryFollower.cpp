#include "core/stock/InventoryFollower.h"

#include "core/outbox/Outbox.h"
#include "core/stock/InventorySync.h"
#include "core/storage/OrderBook.h"

InventoryFollower::InventoryFollower(Outbox *outbox,
                                     OrderBook *orders,
                                     InventorySync *sync,
                                     QObject *parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_orders(orders)
    , m_sync(sync)
{
    connect(outbox, &Outbox::changed, this, &InventoryFollower::remember);
    connect(outbox, &Outbox::entryFinished, this, &InventoryFollower::refreshFor);
    remember();
}

void InventoryFollower::remember()
{
    for (const OutboxEntry &entry : m_outbox->entries())
        m_orderOfEntry.insert(entry.id, entry.orderId);
}

void InventoryFollower::refreshFor(qint64 entryId)
{
    const QString orderId = m_orderOfEntry.take(entryId);
    if (orderId.isEmpty())
        return;
    std::optional<Order> order;
    if (m_orders->order(orderId, &order).isError() || !order)
        return;
    QStringList items;
    for (const LineItem &item : std::as_const(order->lineItems)) {
        if (!item.inventoryItemId.isEmpty() && !items.contains(item.inventoryItemId))
            items.append(item.inventoryItemId);
    }
    m_sync->refresh(items);
}
