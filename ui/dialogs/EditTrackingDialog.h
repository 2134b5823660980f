#pragma once

#include "core/fulfillment/FulfillmentSettings.h"
#include "core/model/Order.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class TrackingEditor;

// Changes the tracking of a shipment already made: its numbers and carrier, filled in with
// what Shopify has now, and whether Shopify tells the customer about the change.
class EditTrackingDialog final : public QDialog
{
    Q_OBJECT

public:
    EditTrackingDialog(const QString &orderName,
                       const Fulfillment &fulfillment,
                       const FulfillmentSettings &settings,
                       QWidget *parent = nullptr);

    TrackingInput tracking() const;
    NotifyCustomer notifyCustomer() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void updateState();
    void tryAccept();

    TrackingEditor *m_editor;
    QCheckBox *m_notify;
    QLabel *m_warnings;
    QPushButton *m_ok;
};
