#pragma once

#include "core/model/Money.h"

#include <QDateTime>
#include <QLocale>
#include <QString>

// How amounts and times look on screen, in the user's locale: money with its currency code
// ("1.299,95 DKK" in Danish), times converted from UTC to local time.
namespace DisplayFormat {

QString money(const Money &money, const QLocale &locale = QLocale());
QString dateTime(const QDateTime &utc, const QLocale &locale = QLocale());
QString dateTime(qint64 utcMs, const QLocale &locale = QLocale());
// The time alone when it is today here ("10:42"), otherwise the date and time.
QString timeOrDateTime(const QDateTime &utc, const QLocale &locale = QLocale());

} // namespace DisplayFormat
