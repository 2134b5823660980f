#pragma once

#include <QAbstractTableModel>

class OrderBook;
struct OrderSummary;

// The order table's columns over the local store's rows. It holds no copy: it reads the
// OrderBook and forwards its precise change signals, so a sync that changes ten orders
// repaints ten rows.
class OrderTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        DateColumn,
        CustomerColumn,
        ItemsColumn,
        TotalColumn,
        PaymentColumn,
        FulfillmentColumn,
        StockColumn, // can ship now, partly, or blocked by stock
        LocationColumn,
        TrackingColumn,
        ColumnCount
    };

    enum Role {
        SortRole = Qt::UserRole + 1, // a raw value that sorts correctly (numbers, times)
        OrderIdRole,
    };

    explicit OrderTableModel(const OrderBook *book, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // Every role a view asks for when it paints a cell, the order looked up once.
    void multiData(const QModelIndex &index, QModelRoleDataSpan roleDataSpan) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const OrderSummary &summaryAt(int row) const;

private:
    QVariant data(const OrderSummary &order, int column, int role) const;
    QVariant display(const OrderSummary &order, int column) const;
    QVariant sortValue(const OrderSummary &order, int column) const;

    const OrderBook *m_book;
};
