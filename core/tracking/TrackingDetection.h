#pragma once

#include "core/tracking/TrackingCandidate.h"
#include "core/tracking/TrackingNumberInput.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

// What the detector made of one typed or scanned text: the normalised input (or why it was
// refused) and the carriers the number may belong to, best first. A number that fits no
// known format has no candidates; that is not an error, the person picks the carrier.
struct TrackingDetection
{
    TrackingNumberInput input;
    QList<TrackingCandidate> candidates;

    bool isValidInput() const { return input.isValid(); }
    bool isUnknownFormat() const { return input.isValid() && candidates.isEmpty(); }
    std::optional<TrackingCandidate> best() const;
    // The best guess has a wrong check digit: most likely a typo, worth a warning.
    bool hasWrongCheckDigit() const;
    // The two best guesses are equally good (and neither is doubtful), so the person should
    // confirm the carrier.
    bool isAmbiguous() const;
    // The candidate for a company the person picked, when the number has that company's
    // format; nothing otherwise (the number may still be right, the detector cannot tell).
    std::optional<TrackingCandidate> candidateFor(QStringView company) const;

    // What to tell the person, translated: why the input was refused, that the format is
    // unknown, that the check digit is wrong or unconfirmed, or that the carrier is ambiguous;
    // empty when the best guess is sound.
    QString message() const;
    // What to say about a number that fails a check its carrier does not publish.
    static QString unconfirmedCheckMessage(const QString &carrier);

    friend bool operator==(const TrackingDetection &, const TrackingDetection &) = default;
};
