#pragma once

#include "core/fulfillment/FulfillmentSettings.h"
#include "core/sync/SyncSettings.h"

#include <QDialog>

class CountryComboBox;
class QCheckBox;
class QSpinBox;

// Preferences: the shop's fulfilment choices (notify customers by default, the undo window,
// the shop's country for carrier names) and how often the desk syncs, plus the way to
// connect another shop.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(const FulfillmentSettings &fulfillment,
                   const SyncSettings &sync,
                   QWidget *parent = nullptr);

    // The values as edited; what the dialog does not edit is kept as given.
    FulfillmentSettings fulfillmentSettings() const;
    SyncSettings syncSettings() const;

signals:
    // "Connect Another Shop..." was clicked. The dialog has closed as accepted just before,
    // so what was changed counts, and the connect dialog does not open on top of this one.
    void connectAnotherShopRequested();

private:
    FulfillmentSettings m_fulfillment;
    SyncSettings m_sync;
    QCheckBox *m_notify;
    QSpinBox *m_undoWindow;
    CountryComboBox *m_country;
    QSpinBox *m_interval;
    QSpinBox *m_reconcile;
};
