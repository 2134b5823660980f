#pragma once

#include "model/Statuses.h"

#include <QAbstractListModel>
#include <QList>

#include <optional>

class OrderBook;

// The status sidebar's entries with live counts: "All orders" and each fulfilment status.
// The everyday statuses are always listed; rare ones (request declined, restocked, the
// legacy "open", statuses this version does not know) appear only while orders have them.
class StatusCountModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        CountRole = Qt::UserRole + 1,
        // The status of the row as int, or -1 for "All orders".
        StatusRole,
    };

    explicit StatusCountModel(const OrderBook *book, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // The status a row stands for; nullopt for "All orders".
    std::optional<OrderFulfillmentStatus> statusAt(int row) const;
    // The row of a status (nullopt: "All orders"), or -1 when it is not listed now.
    int rowOf(std::optional<OrderFulfillmentStatus> status) const;
    int countOf(std::optional<OrderFulfillmentStatus> status) const;

private:
    void recount();
    static bool isAlwaysListed(OrderFulfillmentStatus status);

    const OrderBook *m_book;
    // Entries: nullopt is "All orders".
    QList<std::optional<OrderFulfillmentStatus>> m_rows;
    QList<int> m_counts; // per OrderFulfillmentStatus value
    int m_total = 0;
};
