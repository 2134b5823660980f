#pragma once

#include <QString>

// How sure the detector is that a number belongs to a carrier.
enum class TrackingConfidence {
    Low,    // the format matches but the check digit fails: most likely a typo
    Medium, // the format matches, but another carrier's format fits the number too, or the
            // format has no check digit to confirm it
    High,   // no other carrier's format fits, and the check digit confirms it
};

enum class CheckDigitState {
    NotApplicable, // the format has no check digit (Amazon's TBA numbers, for instance)
    Valid,
    Invalid,
    // The number fails a check its carrier does not publish but its numbers are seen to pass
    // (DHL Express's modulo 7): worth a second look, never called a typo.
    Unconfirmed,
};

// One carrier a tracking number may belong to.
struct TrackingCandidate
{
    // Shopify's tracking company name, exactly as in its list; empty for a carrier Shopify
    // does not know (then a tracking URL has to go with the number).
    QString company;
    // Who the number belongs to, for people: the company, or the carrier's own name when it
    // is not in Shopify's list ("Postal service of Finland").
    QString carrierName;
    // The kind of number, for people ("UPS 1Z", "UPU S10 (GB)"), translated.
    QString format;
    // The number as the carrier tracks it: a USPS barcode's "420" + ZIP routing prefix and a
    // DPD barcode's routing digits are left out, everything else is the normalised input.
    QString number;
    // The carrier's public tracking page for the number; empty when none is known.
    QString url;
    TrackingConfidence confidence = TrackingConfidence::Low;
    CheckDigitState checkDigit = CheckDigitState::NotApplicable;

    friend bool operator==(const TrackingCandidate &, const TrackingCandidate &) = default;
};

// Translated names for people, and the stable names used in JSON output.
QString displayName(TrackingConfidence confidence);
QString displayName(CheckDigitState state);
QString machineName(TrackingConfidence confidence); // "high", "medium", "low"
QString machineName(CheckDigitState state);         // "valid", "invalid", "none", "unconfirmed"
