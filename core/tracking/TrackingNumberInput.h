#pragma once

#include <QString>
#include <QStringView>

// Why a typed or scanned text cannot be a tracking number at all.
enum class TrackingNumberProblem {
    None,
    Empty,               // nothing but spaces
    TooLong,             // longer than any carrier's number
    ControlCharacter,    // a tab, a null byte, an escape in the middle of the text
    NonAscii,            // an emoji, an accented letter, a full-width digit
    UnexpectedCharacter, // ASCII punctuation such as "#", "/" or "."
};

// A tracking number as people and barcode scanners give it, reduced to what carriers print:
// leading and trailing white space (a scanner's Enter) trimmed, spaces and dashes inside
// removed, letters upper-cased. Anything else is refused with a reason, never guessed at.
struct TrackingNumberInput
{
    static constexpr qsizetype kMaxLength = 40;     // after normalisation; USPS's longest is 34
    static constexpr qsizetype kMaxRawLength = 256; // before; longer text is not even scanned

    QString raw;    // what was given
    QString number; // normalised: only A-Z and 0-9; empty unless problem is None
    TrackingNumberProblem problem = TrackingNumberProblem::Empty;
    QString offendingCharacter; // the first refused character, as people can read it
    qsizetype normalisedLength = 0;

    static TrackingNumberInput normalise(QStringView text);

    bool isValid() const { return problem == TrackingNumberProblem::None; }
    // Why the text was refused, for people (translated); empty when it is valid.
    QString message() const;

    friend bool operator==(const TrackingNumberInput &, const TrackingNumberInput &) = default;
};
