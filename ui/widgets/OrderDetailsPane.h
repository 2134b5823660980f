#pragma once

#include "core/model/Lease.h"
#include "core/model/Order.h"
#include "core/model/PackingRecord.h"
#include "core/model/ShipReadiness.h"

#include <QHash>
#include <QList>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTreeWidget;
class QVBoxLayout;

// The current order in full: its line items (ordered, fulfilled, remaining, and how many to
// ship now), its fulfillment orders with status, location and hold reasons, and its shipments
// with tracking. It asks for fulfilment work through signals; the window does it.
class OrderDetailsPane final : public QWidget
{
    Q_OBJECT

public:
    explicit OrderDetailsPane(QWidget *parent = nullptr);

    // nullopt shows the "select an order" hint.
    void showOrder(const std::optional<Order> &order);
    // Whether the shown order's stock is on the shelf, with the SKUs it is short of.
    void showStock(const OrderReadiness &readiness);
    // Which stations sent the shown order's fulfilments, by whom and when (the local
    // packing history), and for what was packed in pack mode how each line was counted;
    // nothing shows when there are none.
    void showPacking(const QList<PackingRecord> &records);
    // Another station's claim on the shown order ("Packing at Station 2 (Anna), 8 s"), or
    // nothing when none.
    void showClaim(const std::optional<Lease> &elsewhere);
    // Shown instead of the order when it could not be read.
    void showProblem(const QString &message);

    QString currentOrderId() const { return m_orderId; }
    // The "Ship now" quantities by line item id, only those above zero.
    QHash<QString, int> chosenQuantities() const;

signals:
    void fulfillQuantitiesRequested(const QString &orderId, const QHash<QString, int> &quantities);
    void editTrackingRequested(const QString &orderId, const QString &fulfillmentId);
    void cancelShipmentRequested(const QString &orderId, const QString &fulfillmentId);

private:
    // "Nordisk kogebog: 2 scanned, 10 typed", for the packing history.
    QString packedLineText(const PackedLine &packed) const;
    void fillHeader(const Order &order);
    void fillLineItems(const Order &order);
    void fillFulfillmentOrders(const Order &order);
    void fillFulfillments(const Order &order);
    void updateFulfillButton();
    void chainFocus();

    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QLabel *m_title;
    QLabel *m_summary;
    QLabel *m_stock;
    QLabel *m_packing;
    QLabel *m_claim;
    QTreeWidget *m_lineItems;
    QPushButton *m_fulfillQuantities;
    QLabel *m_fulfillmentOrders;
    QWidget *m_shipments;
    QVBoxLayout *m_shipmentsLayout;
    QList<QSpinBox *> m_quantities;     // one per line item with something left
    QList<QString> m_quantityLineItems; // their line item ids
    QList<QPushButton *> m_shipmentButtons;
    QString m_orderId;
    std::optional<Order> m_order;
};
