#pragma once

#include "core/model/OrderView.h"

#include <QAbstractListModel>
#include <QList>

class OrderBook;

// The status sidebar's entries with live counts: "All orders", "Ready to ship" and "Blocked
// by stock" (listed once the stock analysis says something), each fulfilment status of the
// open orders, and the orders that left the open views (archived, cancelled). The everyday
// statuses are always listed; rare ones (request declined, restocked, the legacy "open",
// statuses this version does not know) appear only while open orders have them.
class StatusCountModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        CountRole = Qt::UserRole + 1,
    };

    explicit StatusCountModel(const OrderBook *book, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    OrderView viewAt(int row) const;
    // The row of a view, or -1 when it is not listed now.
    int rowOf(const OrderView &view) const;
    int countOf(const OrderView &view) const;

private:
    void recount();
    static bool isAlwaysListed(const OrderView &view);

    const OrderBook *m_book;
    QList<OrderView> m_rows;
    QList<int> m_statusCounts; // open orders per OrderFulfillmentStatus value
    int m_total = 0;
    int m_archived = 0;
    int m_cancelled = 0;
    int m_readyToShip = 0;    // open orders whose stock is on the shelf
    int m_blockedByStock = 0; // open orders short of some of it
};
