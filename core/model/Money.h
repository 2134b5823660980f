#pragma once

#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <optional>

// An amount of money as an integer count of the currency's minor units (cents, øre, yen)
// and an ISO 4217 currency code. Never a double: sums of prices must be exact.
struct Money
{
    qint64 minorUnits = 0;
    QString currencyCode;

    // Parses a decimal amount as Shopify sends it ("12.5", "-3.00", "1000") for the currency.
    // Refuses anything that is not a plain decimal, or has more decimals than the currency.
    static std::optional<Money> fromDecimal(QStringView amount, const QString &currencyCode);

    // How many decimals the currency has: 2 for most, 0 for JPY or KRW, 3 for KWD or BHD.
    static int minorDigits(QStringView currencyCode);

    // "12.50": the amount as a decimal string in the currency's precision, no grouping.
    QString toDecimalString() const;

    friend bool operator==(const Money &, const Money &) = default;
};
