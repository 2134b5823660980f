#include "ui/DisplayFormat.h"

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
    return locale.toString(double(money.minorUnits) / scale, 'f', digits) + u' '
           + money.currencyCode;
}

namespace {

// The locale's short format, without seconds: nobody packs parcels by the second.
QString withoutSeconds(QString format)
{
    static const QRegularExpression seconds(QStringLiteral("[:.]ss?"));
    return format.remove(seconds);
}

} // namespace

QString dateTime(const QDateTime &utc, const QLocale &locale)
{
    if (!utc.isValid())
        return {};
    return locale.toString(utc.toLocalTime(),
                           withoutSeconds(locale.dateTimeFormat(QLocale::ShortFormat)));
}

QString timeOrDateTime(const QDateTime &utc, const QLocale &locale)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toLocalTime();
    if (local.date() != QDate::currentDate())
        return dateTime(utc, locale);
    return locale.toString(local.time(), withoutSeconds(locale.timeFormat(QLocale::ShortFormat)));
}

QString dateTime(qint64 utcMs, const QLocale &locale)
{
    return dateTime(QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC), locale);
}

} // namespace DisplayFormat
