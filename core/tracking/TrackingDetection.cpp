#include "core/tracking/TrackingDetection.h"

#include <QCoreApplication>
#include <QStringList>

std::optional<TrackingCandidate> TrackingDetection::best() const
{
    if (candidates.isEmpty())
        return std::nullopt;
    return candidates.first();
}

bool TrackingDetection::hasWrongCheckDigit() const
{
    return !candidates.isEmpty() && candidates.first().checkDigit == CheckDigitState::Invalid;
}

bool TrackingDetection::isAmbiguous() const
{
    if (candidates.size() < 2)
        return false;
    const TrackingCandidate &first = candidates.at(0);
    const TrackingCandidate &second = candidates.at(1);
    return first.confidence == second.confidence && first.confidence != TrackingConfidence::Low
           && first.carrierName != second.carrierName;
}

std::optional<TrackingCandidate> TrackingDetection::candidateFor(QStringView company) const
{
    for (const auto &candidate : candidates) {
        if (!candidate.company.isEmpty() && candidate.company == company)
            return candidate;
    }
    return std::nullopt;
}

QString TrackingDetection::unconfirmedCheckMessage(const QString &carrier)
{
    //: %1 is a carrier, such as DHL Express
    return QCoreApplication::translate("Tracking",
                                       "%1 publishes no check digit, but its numbers usually pass "
                                       "one that this number fails. Please check the number; it "
                                       "may still be right.")
        .arg(carrier);
}

QString TrackingDetection::message() const
{
    if (!input.isValid())
        return input.message();
    if (candidates.isEmpty()) {
        return QCoreApplication::translate(
            "Tracking",
            "Unknown format: no supported carrier uses numbers like this. Choose the "
            "carrier yourself, with a tracking URL if Shopify does not list it.");
    }
    if (hasWrongCheckDigit()) {
        // Every candidate is wrong when the best one is; name them all, best first.
        QStringList carriers;
        for (const auto &candidate : candidates) {
            if (!carriers.contains(candidate.carrierName))
                carriers.append(candidate.carrierName);
        }
        if (carriers.size() == 1) {
            //: %1 is a carrier, such as UPS
            return QCoreApplication::translate("Tracking",
                                               "The check digit is wrong: this looks like a %1 "
                                               "number with a typo. Please check the number.")
                .arg(carriers.first());
        }
        //: %1 is a list of carriers, such as "FedEx, GLS"
        return QCoreApplication::translate("Tracking",
                                           "The check digit is wrong for every carrier this "
                                           "number could belong to (%1). Please check the "
                                           "number.")
            .arg(carriers.join(QStringLiteral(", ")));
    }
    if (candidates.first().checkDigit == CheckDigitState::Unconfirmed)
        return unconfirmedCheckMessage(candidates.first().carrierName);
    if (isAmbiguous()) {
        //: %1 and %2 are carriers, such as FedEx and GLS
        return QCoreApplication::translate("Tracking",
                                           "This number fits both %1 and %2. Please check "
                                           "the carrier.")
            .arg(candidates.at(0).carrierName, candidates.at(1).carrierName);
    }
    return {};
}
