#include "DisplayFormat.h"

#include <QRegularExpression>

namespace DisplayFormat {

QString money(const Money &money, const QLocale &locale)
{
    const int digits = Money::minorDigits(money.currencyCode);
    double scale = 1;
    for (int d = 0; d < digits; ++d)
        scale *= 10;
    // Display only: amounts are exact integers everywhere else. The ISO code after the number
    // reads the same in every language ("1,299.95 DKK", "1.299,95 DKK").
    return locale.toString(double(money.minorUnits) / scale, 'f', digits) + u' ' + money.currencyCode;
}

QString dateTime(const QDateTime &utc, const QLocale &locale)
{
    if (!utc.isValid())
        return {};
    // The locale's short format, without seconds: nobody packs parcels by the second.
    static const QRegularExpression seconds(QStringLiteral("[:.]ss?"));
    QString format = locale.dateTimeFormat(QLocale::ShortFormat);
    format.remove(seconds);
    return locale.toString(utc.toLocalTime(), format);
}

QString dateTime(qint64 utcMs, const QLocale &locale)
{
    return dateTime(QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC), locale);
}

} // namespace DisplayFormat
