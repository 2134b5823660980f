#include "ui/tracking/TrackingAssessment.h"

#include "ui/StatusIcons.h"

namespace {

// Shopify lists some carriers under national names ("PostNord DK", "DPD UK", "Portal
// PostNord"); a number detected as the carrier fits each of them. A carrier Shopify does not
// list goes by its own name.
bool isSameCarrier(const QString &company, const TrackingCandidate &candidate)
{
    const QString &carrier = candidate.carrierName;
    if (carrier.isEmpty())
        return false;
    return company.compare(carrier, Qt::CaseInsensitive) == 0
           || company.startsWith(carrier + u' ', Qt::CaseInsensitive)
           || company.endsWith(u' ' + carrier, Qt::CaseInsensitive);
}

} // namespace

TrackingAssessment TrackingAssessment::of(const TrackingDetection &detection,
                                          const QString &company,
                                          CarrierChoice choice)
{
    TrackingAssessment result;
    if (detection.input.raw.trimmed().isEmpty())
        return result;
    if (!detection.isValidInput()) {
        result.level = Level::Invalid;
        result.text = detection.input.message();
        result.toolTip = result.text;
        return result;
    }
    result.number = detection.input.number;
    const std::optional<TrackingCandidate> best = detection.best();
    if (!best) {
        result.level = Level::Note;
        result.text = company.isEmpty() ? tr("Unknown format: choose the carrier")
                                        : tr("Unknown format: Smidig cannot check this number");
        result.toolTip = detection.message();
        return result;
    }

    // The candidate for the carrier in the box: the best guess while the box is empty.
    std::optional<TrackingCandidate> match = company.isEmpty() ? best
                                                               : detection.candidateFor(company);
    if (!match) {
        for (const TrackingCandidate &candidate : detection.candidates) {
            if (isSameCarrier(company, candidate)) {
                match = candidate;
                break;
            }
        }
    }
    if (!match) {
        result.level = Level::Note;
        //: %1 is the carrier Smidig detected, %2 the one chosen
        result.text = tr("Looks like %1, not %2: check the carrier").arg(best->carrierName, company);
        result.toolTip = tr("%1 number, %2").arg(best->format, displayName(best->checkDigit));
        return result;
    }

    result.number = match->number;
    result.toolTip = tr("%1 number, %2").arg(match->format, displayName(match->checkDigit));
    const bool isBest = *match == *best;
    if (match->checkDigit == CheckDigitState::Invalid) {
        result.level = Level::Warning;
        result.text = isBest
                          ? detection.message()
                          //: %1 is a carrier
                          : tr("The check digit is wrong for a %1 number. Please check the number.")
                                .arg(company);
    } else if (match->checkDigit == CheckDigitState::Unconfirmed) {
        // Worth a look, never a typo warning: the carrier publishes no check digit.
        result.level = Level::Note;
        result.text = TrackingDetection::unconfirmedCheckMessage(match->carrierName);
    } else if (isBest && detection.isAmbiguous() && choice == CarrierChoice::Detected) {
        result.level = Level::Note;
        result.text = detection.message();
    } else if (company.isEmpty() || company == match->company || company == match->carrierName) {
        result.level = Level::Good;
        //: %1 is a carrier, %2 how sure Smidig is (High, Medium, Low)
        result.text = tr("Detected: %1 (confidence: %2)")
                          .arg(match->carrierName, displayName(match->confidence));
    } else {
        result.level = Level::Good;
        //: %1 is a carrier, %2 how sure Smidig is (High, Medium, Low)
        result.text = tr("Fits %1 (confidence: %2)").arg(company, displayName(match->confidence));
    }
    return result;
}

QIcon TrackingAssessment::icon() const
{
    switch (level) {
    case Level::Empty:
        return {};
    case Level::Good:
        return StatusIcons::detected();
    case Level::Note:
        return StatusIcons::information();
    case Level::Warning:
        return StatusIcons::warning();
    case Level::Invalid:
        return StatusIcons::error();
    }
    return {};
}
