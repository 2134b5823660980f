#pragma once

#include "core/tracking/TrackingDetection.h"
#include "ui/tracking/TrackingAssessment.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class TrackingNumberDetector;
class TrackingNumberEdit;

// One tracking number with what Smidig makes of it, live as it is typed: the detected carrier
// and how sure it is, or a warning. When the shipment's carrier is not in Shopify's list, a
// tracking URL field appears below, filled in when Smidig knows the carrier's tracking page.
class TrackingNumberField final : public QWidget
{
    Q_OBJECT

public:
    TrackingNumberField(const TrackingNumberDetector *detector, QWidget *parent = nullptr);

    TrackingNumberEdit *edit() const { return m_edit; }
    // The number, then the URL.
    QList<QWidget *> focusChain() const;
    QString text() const;
    void setText(const QString &text);
    void setUrl(const QString &url);

    const TrackingDetection &detection() const { return m_detection; }
    const TrackingAssessment &assessment() const { return m_assessment; }

    // The shipment's carrier, which decides what the number is checked against and whether
    // a URL is needed.
    void setCarrier(const QString &company, TrackingAssessment::CarrierChoice choice);

    bool isEmpty() const;
    // The URL to send with the number; empty when the carrier is in Shopify's list.
    QString url() const;
    // A carrier outside Shopify's list and no URL: the customer gets no link.
    bool lacksUrl() const;
    // A URL that is not a web address.
    bool hasBadUrl() const;

signals:
    // The number changed (what it was detected as may have changed with it).
    void numberChanged();
    // Anything the dialog summarises changed: the number, the URL, the warnings.
    void changed();

private:
    void assess();
    void updateUrl();

    const TrackingNumberDetector *m_detector;
    TrackingNumberEdit *m_edit;
    QLabel *m_statusIcon;
    QLabel *m_status;
    QWidget *m_urlRow;
    QLineEdit *m_url;
    QLabel *m_urlHint;
    TrackingDetection m_detection;
    TrackingAssessment m_assessment;
    QString m_company;
    TrackingAssessment::CarrierChoice m_choice = TrackingAssessment::CarrierChoice::Detected;
    bool m_urlTyped = false;
};
