#include "core/storage/OrderBook.h"

#include "core/storage/Database.h"
#include "core/storage/StoreAnnouncer.h"

#include <QSet>

#include <algorithm>

OrderBook::OrderBook(QSqlDatabase db, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_repository(db)
{}

StoreError OrderBook::load()
{
    QList<OrderSummary> rows;
    const StoreError error = m_repository.loadSummaries(&rows);
    if (error.isError())
        return error;
    if (!m_rows.isEmpty()) {
        const int last = count() - 1;
        emit rowsAboutToBeRemoved(0, last);
        m_rows.clear();
        m_rowById.clear();
        emit rowsRemoved(0, last);
    }
    for (OrderSummary &row : rows) {
        row.outboxMark = m_marks.value(row.id, OutboxMark::None);
        const OrderReadiness readiness = m_readiness.value(row.id);
        row.shipReadiness = readiness.readiness;
        row.shortSkus = readiness.shortSkus;
    }
    if (!rows.isEmpty()) {
        emit rowsAboutToBeAdded(0, int(rows.size()) - 1);
        m_rows = std::move(rows);
        reindexFrom(0);
        emit rowsAdded(0, count() - 1);
    }
    emit changed();
    return {};
}

StoreError OrderBook::order(const QString &orderId, std::optional<Order> *order) const
{
    return m_repository.load(orderId, order);
}

StoreError OrderBook::orders(const QStringList &orderIds, QList<Order> *orders) const
{
    return m_repository.load(orderIds, orders);
}

StoreError OrderBook::allOrders(QList<Order> *orders) const
{
    return m_repository.loadAll(orders);
}

StoreError OrderBook::upsert(const QList<Order> &orders,
                             const std::function<StoreError()> &alsoInTransaction)
{
    return write(orders, {}, alsoInTransaction);
}

QStringList OrderBook::idsNotIn(const QSet<QString> &ids) const
{
    QStringList others;
    for (const OrderSummary &row : std::as_const(m_rows)) {
        if (!ids.contains(row.id))
            others.append(row.id);
    }
    return others;
}

StoreError OrderBook::replaceAll(const QList<Order> &orders)
{
    QSet<QString> keep;
    keep.reserve(orders.size());
    for (const Order &order : orders)
        keep.insert(order.id);
    return write(orders, idsNotIn(keep), {});
}

StoreError OrderBook::apply(const QList<Order> &orders,
                            const QStringList &removedIds,
                            const QStringList &unreadableIds,
                            const QDateTime &now)
{
    return write(orders, removedIds, {}, unreadableIds, now);
}

StoreError OrderBook::write(const QList<Order> &incoming,
                            const QStringList &removedIds,
                            const std::function<StoreError()> &alsoInTransaction,
                            const QStringList &unreadableIds,
                            const QDateTime &now)
{
    // Never replace an order with an older copy of it: a sync that read an order before a
    // fulfilment changed it must not undo what the fulfilment stored.
    QList<Order> orders = incoming; // shared: copied only when some order is left out
    orders.removeIf([this](const Order &order) {
        const int row = rowOf(order.id);
        return row >= 0 && m_rows.at(row).updatedAtMs > order.updatedAt.toMSecsSinceEpoch();
    });
    QList<OrderSummary> summaries;
    summaries.reserve(orders.size());
    for (const Order &order : std::as_const(orders))
        summaries.append(OrderSummary::from(order));
    {
        Transaction transaction(m_db);
        if (transaction.beginError().isError())
            return transaction.beginError();
        if (const StoreError locked = transaction.serializeWithOtherWriters(); locked.isError())
            return locked;
        StoreError error = m_repository.remove(removedIds);
        if (!error.isError())
            error = m_repository.save(orders, summaries);
        if (!error.isError() && !unreadableIds.isEmpty())
            error = m_repository.markUnreadable(unreadableIds, now);
        if (!error.isError() && alsoInTransaction)
            error = alsoInTransaction();
        if (!error.isError())
            error = announceOrders(orders, removedIds, unreadableIds);
        if (!error.isError())
            error = transaction.commit();
        if (error.isError())
            return error; // rolled back: memory and database still agree
    }
    applyToMemory(std::move(summaries), removedIds, unreadableIds);
    return {};
}

StoreError OrderBook::announceOrders(const QList<Order> &orders,
                                     const QStringList &removedIds,
                                     const QStringList &unreadableIds)
{
    QStringList ids = removedIds + unreadableIds;
    for (const Order &order : orders)
        ids.append(order.id);
    if (ids.isEmpty())
        return {};
    ids.sort();
    ids.removeDuplicates();
    return StoreAnnouncer(m_db).announce(StoreAnnouncer::Topic::Orders, ids);
}

StoreError OrderBook::reloadOrders(const QStringList &orderIds)
{
    QList<OrderSummary> summaries;
    if (const StoreError error = m_repository.loadSummaries(orderIds, &summaries); error.isError())
        return error;
    QSet<QString> found;
    for (const OrderSummary &summary : std::as_const(summaries))
        found.insert(summary.id);
    QStringList removed;
    for (const QString &id : orderIds) {
        if (!found.contains(id) && rowOf(id) >= 0)
            removed.append(id);
    }
    applyToMemory(std::move(summaries), removed);
    return {};
}

StoreError OrderBook::reloadChanged()
{
    QList<OrderSummary> summaries;
    if (const StoreError error = m_repository.loadSummaries(&summaries); error.isError())
        return error;
    QSet<QString> found;
    found.reserve(summaries.size());
    for (const OrderSummary &summary : std::as_const(summaries))
        found.insert(summary.id);
    applyToMemory(std::move(summaries), idsNotIn(found));
    return {};
}

void OrderBook::applyToMemory(QList<OrderSummary> summaries,
                              const QStringList &removedIds,
                              const QStringList &unreadableIds)
{
    // Removals first, from the back, in runs of adjacent rows.
    QList<int> removedRows;
    for (const QString &id : removedIds) {
        const int row = rowOf(id);
        if (row >= 0)
            removedRows.append(row);
    }
    std::sort(removedRows.begin(), removedRows.end());
    while (!removedRows.isEmpty()) {
        const int last = removedRows.takeLast();
        int first = last;
        while (!removedRows.isEmpty() && removedRows.last() == first - 1)
            first = removedRows.takeLast();
        emit rowsAboutToBeRemoved(first, last);
        for (int row = first; row <= last; ++row)
            m_rowById.remove(m_rows.at(row).id);
        m_rows.remove(first, last - first + 1);
        reindexFrom(first); // later rows moved up; signals below must see true rows
        emit rowsRemoved(first, last);
    }

    // Changed rows in place, new rows appended at the end.
    QList<OrderSummary> added;
    QList<int> changedRows;
    for (OrderSummary &summary : summaries) {
        summary.outboxMark = m_marks.value(summary.id, OutboxMark::None);
        const OrderReadiness readiness = m_readiness.value(summary.id);
        summary.shipReadiness = readiness.readiness;
        summary.shortSkus = readiness.shortSkus;
        const int row = rowOf(summary.id);
        if (row >= 0) {
            if (!(m_rows.at(row) == summary)) {
                m_rows[row] = std::move(summary);
                changedRows.append(row);
            }
        } else {
            added.append(std::move(summary));
        }
    }
    for (const QString &id : unreadableIds) {
        const int row = rowOf(id);
        if (row >= 0 && !m_rows.at(row).unreadable) {
            m_rows[row].unreadable = true;
            changedRows.append(row);
        }
    }
    emitChangedRuns(changedRows);
    if (!added.isEmpty()) {
        const int first = count();
        emit rowsAboutToBeAdded(first, first + int(added.size()) - 1);
        m_rows.append(added);
        reindexFrom(first);
        emit rowsAdded(first, count() - 1);
    }
    emit changed();
}

void OrderBook::emitChangedRuns(QList<int> rows)
{
    std::sort(rows.begin(), rows.end());
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) == rows.at(j) + 1)
            ++j;
        emit rowsChanged(rows.at(i), rows.at(j));
        i = j + 1;
    }
}

void OrderBook::setOutboxMarks(const QHash<QString, OutboxMark> &marks)
{
    // Only orders marked before or after can change: a few, not the whole book.
    QSet<QString> touched;
    for (auto it = m_marks.cbegin(); it != m_marks.cend(); ++it)
        touched.insert(it.key());
    for (auto it = marks.cbegin(); it != marks.cend(); ++it)
        touched.insert(it.key());
    m_marks = marks;
    QList<int> changedRows;
    for (const QString &id : std::as_const(touched)) {
        const int row = rowOf(id);
        if (row < 0)
            continue;
        const OutboxMark mark = marks.value(id, OutboxMark::None);
        if (m_rows[row].outboxMark != mark) {
            m_rows[row].outboxMark = mark;
            changedRows.append(row);
        }
    }
    if (changedRows.isEmpty())
        return;
    emitChangedRuns(changedRows);
    emit changed();
}

void OrderBook::setShipReadiness(const QHash<QString, OrderReadiness> &readiness)
{
    QSet<QString> touched;
    for (auto it = m_readiness.cbegin(); it != m_readiness.cend(); ++it)
        touched.insert(it.key());
    for (auto it = readiness.cbegin(); it != readiness.cend(); ++it)
        touched.insert(it.key());
    m_readiness = readiness;
    QList<int> changedRows;
    for (const QString &id : std::as_const(touched)) {
        const int row = rowOf(id);
        if (row < 0)
            continue;
        const OrderReadiness wanted = readiness.value(id);
        OrderSummary &summary = m_rows[row];
        if (summary.shipReadiness != wanted.readiness || summary.shortSkus != wanted.shortSkus) {
            summary.shipReadiness = wanted.readiness;
            summary.shortSkus = wanted.shortSkus;
            changedRows.append(row);
        }
    }
    if (changedRows.isEmpty())
        return;
    emitChangedRuns(changedRows);
    emit changed();
}

void OrderBook::reindexFrom(int row)
{
    for (int i = row; i < count(); ++i)
        m_rowById.insert(m_rows.at(i).id, i);
}

StoreError OrderBook::syncValue(const QString &key, QString *value) const
{
    return m_repository.syncValue(key, value);
}

StoreError OrderBook::setSyncValue(const QString &key, const QString &value)
{
    // The value and its announcement land together: a station reading the value when it
    // hears of it reads the new one.
    {
        Transaction transaction(m_db);
        if (transaction.beginError().isError())
            return transaction.beginError();
        StoreError error = m_repository.setSyncValue(key, value);
        if (!error.isError())
            error = StoreAnnouncer(m_db).announce(StoreAnnouncer::Topic::SyncState, {key});
        if (!error.isError())
            error = transaction.commit();
        if (error.isError())
            return error;
    }
    emit syncValuesChanged({key});
    return {};
}

void OrderBook::noteSyncValuesChangedElsewhere(const QStringList &keys)
{
    emit syncValuesChanged(keys);
}
