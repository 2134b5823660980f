#pragma once

#include "core/model/OrderSummary.h"
#include "core/storage/OrderRepository.h"
#include "core/storage/StoreError.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

#include <functional>

#include <optional>

// The local store as the rest of the app sees it: the orders' table rows in memory (read
// once at start, so the window shows the cache at once), the full orders on demand, and
// changes written to the database in one transaction before memory follows. Signals say
// precisely which rows were added, changed or removed, so views update without resets.
class OrderBook final : public QObject
{
    Q_OBJECT

public:
    explicit OrderBook(QSqlDatabase db, QObject *parent = nullptr);

    // Reads every order's row from the database, replacing what is in memory.
    StoreError load();

    int count() const { return int(m_rows.size()); }
    const OrderSummary &at(int row) const { return m_rows.at(row); }
    const QList<OrderSummary> &rows() const { return m_rows; }
    // The row of an order, or -1.
    int rowOf(const QString &orderId) const { return m_rowById.value(orderId, -1); }

    // One order with its line items, fulfillment orders and fulfillments.
    StoreError order(const QString &orderId, std::optional<Order> *order) const;
    // Several orders whole, in the order of `orderIds`, leaving out those not in the store;
    // a few queries for hundreds of orders rather than a few for each.
    StoreError orders(const QStringList &orderIds, QList<Order> *orders) const;
    StoreError allOrders(QList<Order> *orders) const;

    // Stores the orders (new ones are added, known ones replaced). All or nothing, together
    // with whatever `alsoInTransaction` writes (such as an outbox entry marked done).
    StoreError upsert(const QList<Order> &orders,
                      const std::function<StoreError()> &alsoInTransaction = {});
    // After a full sync: stores these orders and removes every other one. All or nothing.
    StoreError replaceAll(const QList<Order> &orders);
    // Stores these orders and removes those; the third list's orders stay, marked as no
    // longer readable from Shopify since `now` (those already marked keep their time). All
    // or nothing.
    StoreError apply(const QList<Order> &orders,
                     const QStringList &removedIds,
                     const QStringList &unreadableIds = {},
                     const QDateTime &now = {});
    // Another station changed these orders in the shared store (StoreNotifications): their
    // rows are read again, and only rows that differ are reported (changed, added at the
    // end, or removed), never a reset.
    StoreError reloadOrders(const QStringList &orderIds);
    // Another process changed the store, which orders is not known (SQLite has no
    // notifications): every row is read again and compared, and only the differences are
    // reported, as reloadOrders does.
    StoreError reloadChanged();
    // The orders in the book that are not among these ids.
    QStringList idsNotIn(const QSet<QString> &ids) const;

    // Which orders have actions in the outbox; rows whose mark changes are reported changed.
    void setOutboxMarks(const QHash<QString, OutboxMark> &marks);
    OutboxMark outboxMark(const QString &orderId) const
    {
        return m_marks.value(orderId, OutboxMark::None);
    }
    // Which orders can ship from the shelf (the stock analysis); orders left out have None.
    // Rows whose readiness changes are reported changed.
    void setShipReadiness(const QHash<QString, OrderReadiness> &readiness);

    StoreError syncValue(const QString &key, QString *value) const;
    StoreError setSyncValue(const QString &key, const QString &value);
    // Another process wrote these sync values (StoreNotifications; "*": any of them).
    void noteSyncValuesChangedElsewhere(const QStringList &keys);

signals:
    void rowsAboutToBeAdded(int first, int last);
    void rowsAdded(int first, int last);
    void rowsAboutToBeRemoved(int first, int last);
    void rowsRemoved(int first, int last);
    void rowsChanged(int first, int last);
    // Something changed (after the precise signals), for views that only recount.
    void changed();
    // A sync value was written here or by another process ("*": any of them may have been).
    void syncValuesChanged(const QStringList &keys);

private:
    StoreError write(const QList<Order> &orders,
                     const QStringList &removedIds,
                     const std::function<StoreError()> &alsoInTransaction,
                     const QStringList &unreadableIds = {},
                     const QDateTime &now = {});
    void emitChangedRuns(QList<int> rows);
    void applyToMemory(QList<OrderSummary> summaries,
                       const QStringList &removedIds,
                       const QStringList &unreadableIds = {});
    StoreError announceOrders(const QList<Order> &orders,
                              const QStringList &removedIds,
                              const QStringList &unreadableIds);
    void reindexFrom(int row);

    QSqlDatabase m_db;
    OrderRepository m_repository;
    QList<OrderSummary> m_rows;
    QHash<QString, int> m_rowById;
    QHash<QString, OutboxMark> m_marks;
    QHash<QString, OrderReadiness> m_readiness;
};
