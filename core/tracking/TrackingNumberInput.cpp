#include "core/tracking/TrackingNumberInput.h"

#include <QCoreApplication>

namespace {

// Dashes people type or paste from documents; a number split by them reads the same without.
bool isDash(char32_t c)
{
    return c == U'-' || (c >= U'\u2010' && c <= U'\u2015') || c == U'\u2212';
}

// How a refused character is shown: itself when printable, its code point when invisible.
QString describe(char32_t c)
{
    const bool invisible = QChar::category(c) == QChar::Other_Control
                           || QChar::category(c) == QChar::Other_Format
                           || QChar::category(c) == QChar::Other_Surrogate;
    if (invisible)
        return QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
    return QString::fromUcs4(&c, 1);
}

} // namespace

TrackingNumberInput TrackingNumberInput::normalise(QStringView text)
{
    TrackingNumberInput input;
    input.raw = text.toString();
    if (text.size() > kMaxRawLength) {
        input.problem = TrackingNumberProblem::TooLong;
        input.normalisedLength = text.size();
        return input;
    }

    QString number;
    number.reserve(text.size());
    const QStringView trimmed = text.trimmed();
    qsizetype i = 0;
    // DPD's parcel barcode starts with "%", which a scanner types along with the digits.
    if (trimmed.startsWith(u'%'))
        i = 1;
    for (; i < trimmed.size(); ++i) {
        char32_t c = trimmed[i].unicode();
        if (trimmed[i].isHighSurrogate() && i + 1 < trimmed.size()
            && trimmed[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(trimmed[i], trimmed[i + 1]);
            ++i;
        }
        // Scanners send GS1 barcodes' field separator (FNC1) as ASCII GS: a separator, no data.
        if (c == 0x1d)
            continue;
        const QChar::Category category = QChar::category(c);
        TrackingNumberProblem problem = TrackingNumberProblem::None;
        // Tabs and line breaks inside the text are refused, not skipped: they come from
        // pasting several spreadsheet cells, which would run two numbers together.
        if (category == QChar::Other_Control || category == QChar::Other_Format)
            problem = TrackingNumberProblem::ControlCharacter;
        else if (QChar::isSpace(c) || isDash(c))
            continue;
        else if (c > 0x7f)
            problem = TrackingNumberProblem::NonAscii;
        else if (!QChar::isLetterOrNumber(c))
            problem = TrackingNumberProblem::UnexpectedCharacter;
        if (problem != TrackingNumberProblem::None) {
            input.problem = problem;
            input.offendingCharacter = describe(c);
            return input;
        }
        number.append(QChar(char16_t(c)).toUpper());
    }

    input.normalisedLength = number.size();
    if (number.isEmpty()) {
        input.problem = TrackingNumberProblem::Empty;
    } else if (number.size() > kMaxLength) {
        input.problem = TrackingNumberProblem::TooLong;
    } else {
        input.problem = TrackingNumberProblem::None;
        input.number = number;
    }
    return input;
}

QString TrackingNumberInput::message() const
{
    switch (problem) {
    case TrackingNumberProblem::None:
        return {};
    case TrackingNumberProblem::Empty:
        return QCoreApplication::translate("Tracking", "The tracking number is empty.");
    case TrackingNumberProblem::TooLong:
        //: %1 is how many characters the text has, %2 the most a tracking number has
        return QCoreApplication::translate(
                   "Tracking", "The tracking number is too long: %1 characters, at most %2.")
            .arg(normalisedLength)
            .arg(kMaxLength);
    case TrackingNumberProblem::ControlCharacter:
        //: %1 is an invisible character's code, such as U+0009 for a tab
        return QCoreApplication::translate(
                   "Tracking", "The tracking number contains an invisible control character (%1).")
            .arg(offendingCharacter);
    case TrackingNumberProblem::NonAscii:
    case TrackingNumberProblem::UnexpectedCharacter:
        //: %1 is the refused character
        return QCoreApplication::translate("Tracking",
                                           "The tracking number contains \u201c%1\u201d; tracking "
                                           "numbers have only the letters A to Z and digits.")
            .arg(offendingCharacter);
    }
    return {};
}
