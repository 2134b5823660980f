#pragma once

#include "core/tracking/TrackingDetection.h"

#include <QCoreApplication>
#include <QIcon>
#include <QString>

// What to tell staff about one tracking number, given the carrier chosen for its shipment:
// the detected carrier and how sure Smidig is, a warning for a wrong check digit, why the
// text cannot be a number, or that its format is unknown. Also which number to send.
struct TrackingAssessment
{
    Q_DECLARE_TR_FUNCTIONS(TrackingAssessment)

public:
    enum class Level {
        Empty,   // nothing typed
        Good,    // a carrier recognised and the number checks out
        Note,    // worth knowing (unknown format, another carrier chosen), fine to send
        Warning, // most likely a typo: sent only after staff saw the warning
        Invalid, // cannot be a tracking number at all: not sent
    };
    enum class CarrierChoice { Detected, ChosenByPerson };

    Level level = Level::Empty;
    QString text;
    QString toolTip;
    // The number as the carrier tracks it (a USPS barcode's routing prefix left out);
    // empty unless the text is a valid number.
    QString number;

    static TrackingAssessment of(const TrackingDetection &detection,
                                 const QString &company,
                                 CarrierChoice choice);

    QIcon icon() const;
};
