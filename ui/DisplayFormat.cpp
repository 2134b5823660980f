#include "ui/DisplayFormat.h"

#include <QRegularExpression>

#include <optional>

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

// The formats of the last locale asked for, worked out once: every date cell painted asks.
struct ShortFormats
{
    QLocale locale;
    QString dateTime;
    QString time;
};

const ShortFormats &shortFormats(const QLocale &locale)
{
    thread_local std::optional<ShortFormats> last;
    if (!last || last->locale != locale) {
        last = ShortFormats{locale,
                            withoutSeconds(locale.dateTimeFormat(QLocale::ShortFormat)),
                            withoutSeconds(locale.timeFormat(QLocale::ShortFormat))};
    }
    return *last;
}

} // namespace

QString dateTime(const QDateTime &utc, const QLocale &locale)
{
    if (!utc.isValid())
        return {};
    return locale.toString(utc.toLocalTime(), shortFormats(locale).dateTime);
}

QString timeOrDateTime(const QDateTime &utc, const QLocale &locale)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toLocalTime();
    if (local.date() != QDate::currentDate())
        return dateTime(utc, locale);
    return locale.toString(local.time(), shortFormats(locale).time);
}

QString dateTime(qint64 utcMs, const QLocale &locale)
{
    return dateTime(QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC), locale);
}

} // namespace DisplayFormat
