#pragma once

#include "core/fulfillment/FulfillmentSettings.h"
#include "core/model/Lease.h"
#include "core/sync/SyncSettings.h"

#include <QDialog>

class CountryComboBox;
class QCheckBox;
class QLineEdit;
class QSpinBox;

// Preferences: the shop's fulfilment choices (notify customers by default, the undo window,
// the shop's country for carrier names), how often the desk syncs and what this station and
// its packer are called, plus the way to connect another shop.
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
    // The station's names as the dialog starts with them, and as edited (cleaned: a station
    // left empty is the computer's name, StationNaming).
    void setStation(const StationIdentity &who);
    StationIdentity station() const;

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
    QLineEdit *m_stationName;
    QLineEdit *m_packerName;
};
