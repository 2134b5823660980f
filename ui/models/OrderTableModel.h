#pragma once

#include <QAbstractTableModel>
#include <QSet>

class OrderBook;
class OrderClaims;
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

    // Shows other stations' claims in the fulfillment column ("Packing at Station 2 (Anna),
    // 8 s"), their time counting up as they are read again. Not owned; may be null.
    void setClaims(const OrderClaims *claims);

private:
    QVariant data(const OrderSummary &order, int column, int role) const;
    QVariant display(const OrderSummary &order, int column) const;
    QVariant sortValue(const OrderSummary &order, int column) const;

    void claimsChanged();

    const OrderBook *m_book;
    const OrderClaims *m_claims = nullptr;
    QSet<QString> m_claimed; // orders shown with a claim, to repaint when it goes
};
