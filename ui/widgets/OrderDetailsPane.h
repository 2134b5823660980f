#pragma once

#include "model/Order.h"

#include <QWidget>

#include <optional>

class QLabel;
class QStackedWidget;
class QTreeWidget;

// The current order in full: its line items (ordered, fulfilled, remaining), its fulfillment
// orders with status, location and hold reasons, and its fulfillments with tracking.
class OrderDetailsPane final : public QWidget
{
    Q_OBJECT

public:
    explicit OrderDetailsPane(QWidget *parent = nullptr);

    // nullopt shows the "select an order" hint.
    void showOrder(const std::optional<Order> &order);
    // Shown instead of the order when it could not be read.
    void showProblem(const QString &message);

    QString currentOrderId() const { return m_orderId; }

private:
    void fillHeader(const Order &order);
    void fillLineItems(const Order &order);
    void fillFulfillmentOrders(const Order &order);
    void fillFulfillments(const Order &order);

    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QLabel *m_title;
    QLabel *m_summary;
    QTreeWidget *m_lineItems;
    QLabel *m_fulfillmentOrders;
    QLabel *m_fulfillments;
    QString m_orderId;
};
