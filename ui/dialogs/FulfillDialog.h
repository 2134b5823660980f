#pragma once

#include "core/fulfillment/FulfillmentPlanner.h"
#include "core/fulfillment/FulfillmentSettings.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class TrackingEditor;

// The confirmation before orders are fulfilled: what will go (orders, shipments, items), what
// will not and why, tracking numbers per shipment, and whether Shopify tells the customer.
// The OK button says how many orders go, and "Anyway" while a tracking number has a warning.
class FulfillDialog final : public QDialog
{
    Q_OBJECT

public:
    // `customers` maps order ids to the customer's name, shown with each shipment so a
    // packer can match a label to it.
    FulfillDialog(const FulfillmentPlanner::Plan &plan,
                  const QHash<QString, QString> &customers,
                  const FulfillmentSettings &settings,
                  QWidget *parent = nullptr);

    // The planned requests with the tracking and the notification choice as entered.
    QList<FulfillmentRequest> requests() const;
    NotifyCustomer notifyCustomer() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildRefusals(QWidget *parent);
    void updateState();
    void tryAccept();

    FulfillmentPlanner::Plan m_plan;
    TrackingEditor *m_editor = nullptr;
    QCheckBox *m_notify = nullptr;
    QLabel *m_warnings = nullptr;
    QPushButton *m_ok = nullptr;
    QPushButton *m_cancel = nullptr;
    QTreeWidget *m_refusals = nullptr;
};
