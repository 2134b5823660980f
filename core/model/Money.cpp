#include "core/model/Money.h"

#include <array>
#include <limits>

namespace {

// ISO 4217 currencies whose minor unit is not the cent.
struct CurrencyDigits
{
    const char *code;
    int digits;
};
constexpr std::array kUnusualCurrencies{
    CurrencyDigits{"BIF", 0}, CurrencyDigits{"CLP", 0}, CurrencyDigits{"DJF", 0},
    CurrencyDigits{"GNF", 0}, CurrencyDigits{"ISK", 0}, CurrencyDigits{"JPY", 0},
    CurrencyDigits{"KMF", 0}, CurrencyDigits{"KRW", 0}, CurrencyDigits{"PYG", 0},
    CurrencyDigits{"RWF", 0}, CurrencyDigits{"UGX", 0}, CurrencyDigits{"VND", 0},
    CurrencyDigits{"VUV", 0}, CurrencyDigits{"XAF", 0}, CurrencyDigits{"XOF", 0},
    CurrencyDigits{"XPF", 0}, CurrencyDigits{"BHD", 3}, CurrencyDigits{"IQD", 3},
    CurrencyDigits{"JOD", 3}, CurrencyDigits{"KWD", 3}, CurrencyDigits{"LYD", 3},
    CurrencyDigits{"OMR", 3}, CurrencyDigits{"TND", 3},
};

} // namespace

int Money::minorDigits(QStringView currencyCode)
{
    for (const auto &c : kUnusualCurrencies) {
        if (currencyCode == QLatin1StringView(c.code))
            return c.digits;
    }
    return 2;
}

std::optional<Money> Money::fromDecimal(QStringView amount, const QString &currencyCode)
{
    const int digits = minorDigits(currencyCode);
    qsizetype i = 0;
    bool negative = false;
    if (i < amount.size() && (amount[i] == u'-' || amount[i] == u'+')) {
        negative = amount[i] == u'-';
        ++i;
    }
    constexpr qint64 kLimit = std::numeric_limits<qint64>::max() / 10 - 9;
    qint64 value = 0;
    int integerDigits = 0;
    for (; i < amount.size() && amount[i].isDigit(); ++i, ++integerDigits) {
        if (value > kLimit)
            return std::nullopt;
        value = value * 10 + amount[i].digitValue();
    }
    int fractionDigits = 0;
    if (i < amount.size() && amount[i] == u'.') {
        ++i;
        for (; i < amount.size() && amount[i].isDigit(); ++i) {
            const int digit = amount[i].digitValue();
            // Shopify pads with zeros ("5.0", "5.00"); a non-zero digit beyond the
            // currency's precision would be a fraction of a minor unit.
            if (fractionDigits >= digits) {
                if (digit != 0)
                    return std::nullopt;
                continue;
            }
            if (value > kLimit)
                return std::nullopt;
            value = value * 10 + digit;
            ++fractionDigits;
        }
        if (fractionDigits == 0 && integerDigits == 0)
            return std::nullopt;
    }
    if (i != amount.size() || (integerDigits == 0 && fractionDigits == 0))
        return std::nullopt;
    for (; fractionDigits < digits; ++fractionDigits) {
        if (value > kLimit)
            return std::nullopt;
        value *= 10;
    }
    return Money{negative ? -value : value, currencyCode};
}

QString Money::toDecimalString() const
{
    const int digits = minorDigits(currencyCode);
    const bool negative = minorUnits < 0;
    // Work in unsigned so the most negative amount does not overflow.
    quint64 magnitude = negative ? quint64(0) - quint64(minorUnits) : quint64(minorUnits);
    quint64 scale = 1;
    for (int d = 0; d < digits; ++d)
        scale *= 10;
    QString text = QString::number(magnitude / scale);
    if (digits > 0)
        text += u'.' + QString::number(magnitude % scale).rightJustified(digits, u'0');
    return negative ? u'-' + text : text;
}
