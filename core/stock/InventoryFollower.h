#pragma once

#include <QHash>
#include <QObject>
#include <QString>

class InventorySync;
class OrderBook;
class Outbox;

// Keeps the stock in step with the desk's own work: when an outbox entry (a fulfilment, a
// cancelled shipment) is done, the inventory items of its order are read again, so the stock
// panel shows on hand and committed as Shopify has them now, without a full sync.
class InventoryFollower final : public QObject
{
    Q_OBJECT

public:
    InventoryFollower(Outbox *outbox,
                      OrderBook *orders,
                      InventorySync *sync,
                      QObject *parent = nullptr);

private:
    void remember();
    void refreshFor(qint64 entryId);

    Outbox *m_outbox;
    OrderBook *m_orders;
    InventorySync *m_sync;
    QHash<qint64, QString> m_orderOfEntry; // done entries leave the outbox before they are reported
};
