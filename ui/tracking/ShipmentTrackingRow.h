#pragma once

#include "core/model/FulfillmentRequest.h"
#include "ui/tracking/TrackingAssessment.h"

#include <QFrame>
#include <QList>

class QComboBox;
class QLabel;
class QToolButton;
class QVBoxLayout;
class TrackingCompanyModel;
class TrackingNumberDetector;
class TrackingNumberField;

// The tracking of one shipment: one or more numbers (one per parcel) and the carrier. The
// carrier box follows what the first recognised number was detected as, until someone picks
// or types a carrier; clearing the box hands it back to the detection.
class ShipmentTrackingRow final : public QFrame
{
    Q_OBJECT

public:
    ShipmentTrackingRow(const QString &title,
                        const TrackingNumberDetector *detector,
                        TrackingCompanyModel *companies,
                        QWidget *parent = nullptr);

    // Fills the row from existing tracking; a carrier given counts as chosen by a person.
    void setTracking(const TrackingInput &tracking);
    TrackingInput tracking() const;

    const QList<TrackingNumberField *> &fields() const { return m_fields; }
    // Adds an empty number field after `after` (or at the end) and returns it.
    TrackingNumberField *addField(TrackingNumberField *after = nullptr);
    QComboBox *carrierBox() const { return m_carrier; }
    QString carrier() const;

    // Numbers sent only after staff saw a warning (a wrong check digit, a missing URL).
    int warningCount() const;
    // Numbers or URLs that cannot be sent as they are.
    int invalidCount() const;

    // The row's focusable widgets in the order Tab should visit them.
    QList<QWidget *> focusChain() const;

signals:
    void advanceRequested(TrackingNumberField *from);
    void changed();
    // A number field was added or removed.
    void fieldsChanged();

private:
    void removeField(TrackingNumberField *field);
    void spreadNumbers(TrackingNumberField *field, const QStringList &numbers);
    void followDetection();
    void applyCarrier();
    void focusField(TrackingNumberField *field);

    const TrackingNumberDetector *m_detector;
    QVBoxLayout *m_fieldLayout;
    QComboBox *m_carrier;
    QToolButton *m_addButton;
    QList<TrackingNumberField *> m_fields;
    TrackingAssessment::CarrierChoice m_choice = TrackingAssessment::CarrierChoice::Detected;
};
