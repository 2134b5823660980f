#include "core/tracking/TrackingCandidate.h"

#include <QCoreApplication>

QString displayName(TrackingConfidence confidence)
{
    switch (confidence) {
    case TrackingConfidence::High:
        //: how sure the app is of the detected carrier
        return QCoreApplication::translate("Tracking", "High");
    case TrackingConfidence::Medium:
        return QCoreApplication::translate("Tracking", "Medium");
    case TrackingConfidence::Low:
        return QCoreApplication::translate("Tracking", "Low");
    }
    return {};
}

QString displayName(CheckDigitState state)
{
    switch (state) {
    case CheckDigitState::Valid:
        return QCoreApplication::translate("Tracking", "Check digit correct");
    case CheckDigitState::Invalid:
        return QCoreApplication::translate("Tracking", "Check digit wrong");
    case CheckDigitState::NotApplicable:
        return QCoreApplication::translate("Tracking", "No check digit");
    case CheckDigitState::Unconfirmed:
        //: the number fails a check digit rule its carrier does not publish
        return QCoreApplication::translate("Tracking", "Check digit unconfirmed");
    }
    return {};
}

QString machineName(TrackingConfidence confidence)
{
    switch (confidence) {
    case TrackingConfidence::High:
        return QStringLiteral("high");
    case TrackingConfidence::Medium:
        return QStringLiteral("medium");
    case TrackingConfidence::Low:
        return QStringLiteral("low");
    }
    return {};
}

QString machineName(CheckDigitState state)
{
    switch (state) {
    case CheckDigitState::Valid:
        return QStringLiteral("valid");
    case CheckDigitState::Invalid:
        return QStringLiteral("invalid");
    case CheckDigitState::NotApplicable:
        return QStringLiteral("none");
    case CheckDigitState::Unconfirmed:
        return QStringLiteral("unconfirmed");
    }
    return {};
}
