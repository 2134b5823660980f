#include "core/tracking/CheckDigits.h"

namespace CheckDigits {

namespace {

std::optional<int> digitValue(QChar c)
{
    if (c >= u'0' && c <= u'9')
        return c.unicode() - u'0';
    return std::nullopt;
}

// The GS1 weighted sum, without the final top-up, so GLS can add its one.
std::optional<int> gs1Sum(QStringView digits)
{
    if (digits.isEmpty())
        return std::nullopt;
    int sum = 0;
    bool weightThree = true;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        const auto d = digitValue(digits[i]);
        if (!d)
            return std::nullopt;
        sum += *d * (weightThree ? 3 : 1);
        weightThree = !weightThree;
    }
    return sum;
}

int topUpToTen(int sum)
{
    return (10 - sum % 10) % 10;
}

} // namespace

std::optional<int> gs1Mod10(QStringView digits)
{
    const auto sum = gs1Sum(digits);
    if (!sum)
        return std::nullopt;
    return topUpToTen(*sum);
}

std::optional<int> glsMod10(QStringView digits)
{
    const auto sum = gs1Sum(digits);
    if (!sum)
        return std::nullopt;
    return topUpToTen(*sum + 1);
}

std::optional<int> upsMod10(QStringView characters)
{
    if (characters.isEmpty())
        return std::nullopt;
    int sum = 0;
    for (qsizetype i = 0; i < characters.size(); ++i) {
        const QChar c = characters[i];
        int value = 0;
        if (const auto d = digitValue(c))
            value = *d;
        else if (c >= u'A' && c <= u'Z')
            value = (c.unicode() - u'A' + 2) % 10;
        else
            return std::nullopt;
        // Counting from one, the even positions count twice.
        sum += (i % 2 == 1) ? 2 * value : value;
    }
    return topUpToTen(sum);
}

std::optional<int> fedexMod11(QStringView digits)
{
    if (digits.isEmpty())
        return std::nullopt;
    static constexpr int kWeights[] = {1, 3, 7};
    int sum = 0;
    int position = 0;
    for (qsizetype i = digits.size() - 1; i >= 0; --i, ++position) {
        const auto d = digitValue(digits[i]);
        if (!d)
            return std::nullopt;
        sum += *d * kWeights[position % 3];
    }
    return sum % 11 % 10;
}

std::optional<int> dhlExpressMod7(QStringView digits)
{
    if (digits.isEmpty())
        return std::nullopt;
    // Digit by digit, so any length works without overflowing.
    int remainder = 0;
    for (const QChar c : digits) {
        const auto d = digitValue(c);
        if (!d)
            return std::nullopt;
        remainder = (remainder * 10 + *d) % 7;
    }
    return remainder;
}

std::optional<int> s10Mod11(QStringView serialDigits)
{
    static constexpr int kWeights[] = {8, 6, 4, 2, 3, 5, 9, 7};
    if (serialDigits.size() != 8)
        return std::nullopt;
    int sum = 0;
    for (qsizetype i = 0; i < serialDigits.size(); ++i) {
        const auto d = digitValue(serialDigits[i]);
        if (!d)
            return std::nullopt;
        sum += *d * kWeights[i];
    }
    const int check = 11 - sum % 11;
    if (check == 10)
        return 0;
    if (check == 11)
        return 5;
    return check;
}

std::optional<QChar> iso7064Mod37_36(QStringView characters)
{
    constexpr int kModulus = 36;
    if (characters.isEmpty())
        return std::nullopt;
    int product = kModulus;
    for (const QChar c : characters) {
        int value = 0;
        if (const auto d = digitValue(c))
            value = *d;
        else if (c >= u'A' && c <= u'Z')
            value = c.unicode() - u'A' + 10;
        else
            return std::nullopt;
        int sum = (product + value) % kModulus;
        if (sum == 0)
            sum = kModulus;
        product = (sum * 2) % (kModulus + 1);
    }
    const int check = (kModulus + 1 - product) % kModulus;
    return check < 10 ? QChar(u'0' + check) : QChar(u'A' + check - 10);
}

} // namespace CheckDigits
