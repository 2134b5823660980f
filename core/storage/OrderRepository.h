#pragma once

#include "core/model/Order.h"
#include "core/model/OrderSummary.h"
#include "core/storage/StoreError.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

// Reads and writes orders in the local store's tables. It runs no transactions of its own:
// the caller wraps a whole change in one (see OrderBook), so a change lands whole or not at
// all.
class OrderRepository final
{
public:
    explicit OrderRepository(QSqlDatabase db);

    // Inserts the orders, or replaces them with all their parts when they are already there.
    // `summaries` are the orders' table rows (OrderSummary::from, in the same order), which
    // the caller keeps in memory too.
    StoreError save(const QList<Order> &orders, const QList<OrderSummary> &summaries);
    StoreError remove(const QStringList &orderIds);
    // Marks orders as no longer readable from Shopify since `when`; an order already marked
    // keeps its first time.
    StoreError markUnreadable(const QStringList &orderIds, const QDateTime &when);

    // Every order's table row, oldest first.
    StoreError loadSummaries(QList<OrderSummary> *summaries) const;
    // The table rows of these orders (those still in the store), oldest first.
    StoreError loadSummaries(const QStringList &orderIds, QList<OrderSummary> *summaries) const;
    // One order with all its parts; nullopt when it is not in the store.
    StoreError load(const QString &orderId, std::optional<Order> *order) const;
    // Several orders with all their parts, in the order of `orderIds`: one for each id that is
    // in the store (an id given twice gives its order twice).
    StoreError load(const QStringList &orderIds, QList<Order> *orders) const;
    StoreError loadAll(QList<Order> *orders) const;

    StoreError syncValue(const QString &key, QString *value) const;
    StoreError setSyncValue(const QString &key, const QString &value);

private:
    // Orders matching an SQL condition on the orders table, with all their parts, oldest
    // first; `arguments` are the condition's bound values.
    StoreError loadWhere(const QString &condition,
                         const QVariantList &arguments,
                         QList<Order> *orders) const;

    QSqlDatabase m_db;
};
