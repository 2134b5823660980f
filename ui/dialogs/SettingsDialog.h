#pragma once

#include "core/fulfillment/FulfillmentSettings.h"
#include "core/model/Lease.h"
#include "core/packing/PackSettings.h"
#include "core/sync/SyncSettings.h"

#include <QDialog>
#include <QList>
#include <QPair>

class CountryComboBox;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSlider;
class QSpinBox;

// Preferences: on the General page the shop's fulfilment choices (notify customers by
// default, the undo window, the shop's country for carrier names), how often the desk syncs
// and what this station and its packer are called, plus the way to connect another shop. On
// the Packing page how pack mode works at this station: fulfil on the label, the location it
// packs from, what tells the scanner from a person, and the sounds.
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

    // Pack mode's settings as the dialog starts with them (kept within PackSettings' ranges),
    // and as edited.
    void setPackSettings(const PackSettings &settings);
    PackSettings packSettings() const;
    // The shop's locations to pack from, as (id, name); the dialog reads no store. A saved
    // location not among them is kept and shown as not found.
    void setPackLocations(const QList<QPair<QString, QString>> &locations);

signals:
    // "Connect Another Shop..." was clicked. The dialog has closed as accepted just before,
    // so what was changed counts, and the connect dialog does not open on top of this one.
    void connectAnotherShopRequested();
    // "Play a Sample" was clicked: a tone at the volume on the slider (not yet saved).
    void packSampleRequested(int volumePercent);

private:
    QWidget *makeGeneralPage();
    QWidget *makePackingPage();
    void showPackLocations(const QString &selectedId);
    void updateSampleButton();

    FulfillmentSettings m_fulfillment;
    SyncSettings m_sync;
    PackSettings m_pack;
    QList<QPair<QString, QString>> m_packLocations;
    QCheckBox *m_notify;
    QSpinBox *m_undoWindow;
    CountryComboBox *m_country;
    QSpinBox *m_interval;
    QSpinBox *m_reconcile;
    QLineEdit *m_stationName;
    QLineEdit *m_packerName;
    QCheckBox *m_fulfilOnLabel;
    QComboBox *m_packLocation;
    QSpinBox *m_scanGap;
    QLineEdit *m_scanPrefix;
    QSpinBox *m_scanMinimumLength;
    QSlider *m_volume;
    QLabel *m_volumeText;
    QCheckBox *m_muted;
    QPushButton *m_playSample;
};
