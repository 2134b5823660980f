#pragma once

#include "core/model/FulfillmentRequest.h"
#include "core/tracking/TrackingNumberDetector.h"

#include <QList>
#include <QScrollArea>

class ShipmentTrackingRow;
class TrackingCompanyModel;
class TrackingNumberField;

// Tracking for one or more shipments, made for a barcode scanner: focus starts in the first
// number field, and Enter (which a scanner sends after each number) goes on to the next
// number, then to the next shipment's. Shipments are listed in the order given.
class TrackingEditor final : public QScrollArea
{
    Q_OBJECT

public:
    struct Shipment
    {
        QString title; // "#1001 · Kunde Ærø · Lager Vejle · 3 items"
        TrackingInput tracking;
    };

    explicit TrackingEditor(const QString &shopCountry, QWidget *parent = nullptr);

    void setShipments(const QList<Shipment> &shipments);
    // What each shipment gets, in the order given; empty for one without numbers.
    QList<TrackingInput> tracking() const;

    const QList<ShipmentTrackingRow *> &rows() const { return m_rows; }
    // As tall as the shipments, up to about half a screen; more scroll.
    QSize sizeHint() const override;
    void focusFirstNumber();
    // The editor's focusable widgets in Tab order, for a dialog to chain its own after.
    QList<QWidget *> focusChain() const;

    int warningCount() const;
    int invalidCount() const;
    // What stops or should give pause before sending, as rich text with an icon; empty when
    // nothing does.
    QString problemHtml() const;

signals:
    void changed();

private:
    void advanceFrom(TrackingNumberField *field);
    void chainFocus();

    TrackingNumberDetector m_detector;
    TrackingCompanyModel *m_companies;
    QWidget *m_content;
    QList<ShipmentTrackingRow *> m_rows;
};
