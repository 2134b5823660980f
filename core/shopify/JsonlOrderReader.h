#pragma once

#include "core/model/Order.h"
#include "core/shopify/OrderPageSizes.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

// Reads the JSONL of bulk-closed-orders.graphql line by line into orders. Shopify writes a
// nested connection's nodes as lines of their own after their parent, each naming it in
// "__parentId"; it promises "after", not "right after". So an order is handed out once the
// next order begins, and a line item or fulfillment order that comes later than that is not
// lost: its order is listed in laterParents(), for the caller to read again whole. Only the
// order being assembled is held, whatever the file's size.
class JsonlOrderReader final
{
public:
    JsonlOrderReader();

    // One line of the file (without its newline). False when it is not what the query asks
    // for (not JSON, a child of nothing read before): problem() says what.
    bool addLine(const QByteArray &line);
    // The orders complete so far (all but the one still being read), each once.
    QList<Order> takeOrders();
    // At the end of the file: the last order too.
    QList<Order> finish();

    QString problem() const { return m_problem; }
    // Orders whose children came after the order had been handed out, or whose shipments
    // may be more than the list holds: read them again.
    QStringList laterParents() const { return m_laterParents; }
    qint64 linesRead() const { return m_lines; }
    // Every order id read, for the sync to tell which local orders the shop no longer has.
    const QSet<QString> &orderIds() const { return m_ids; }

private:
    void completeCurrent();

    OrderPageSizes m_sizes;
    // The lines of the order being read, each as the parser made it (read into an Order
    // once it is complete, not assembled into one tree first).
    QJsonObject m_current;
    QString m_currentId;
    QList<QJsonObject> m_lineItems;
    QList<QJsonObject> m_fulfillmentOrders;
    QList<Order> m_ready;
    QSet<QString> m_ids;
    QStringList m_laterParents;
    QString m_problem;
    qint64 m_lines = 0;
};
