#include "core/shopify/IsoDateTime.h"

namespace {

// Reads `count` decimal digits at `at`; -1 if any is not a digit.
int digits(QStringView text, qsizetype at, int count)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = text[at + i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

bool isLeapYear(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(int year, int month)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeapYear(year) ? 29 : days[month - 1];
}

// Days from 1970-01-01 to the date, in the proleptic Gregorian calendar: count the days of
// the whole 400-year eras, then of the years, with March as the first month so the leap day
// comes last.
qint64 daysSinceEpoch(int year, int month, int day)
{
    const int y = month <= 2 ? year - 1 : year;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yearOfEra = y - era * 400;
    const int monthFromMarch = month > 2 ? month - 3 : month + 9;
    const int dayOfYear = (153 * monthFromMarch + 2) / 5 + day - 1;
    const int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return qint64(era) * 146097 + dayOfEra - 719468;
}

} // namespace

std::optional<QDateTime> IsoDateTime::parseUtc(QStringView text)
{
    // YYYY-MM-DDTHH:MM:SS, then optional fractions, then Z or +HH:MM / -HH:MM.
    if (text.size() < 20 || text[4] != u'-' || text[7] != u'-' || text[10] != u'T'
        || text[13] != u':' || text[16] != u':') {
        return std::nullopt;
    }
    const int year = digits(text, 0, 4);
    const int month = digits(text, 5, 2);
    const int day = digits(text, 8, 2);
    const int hour = digits(text, 11, 2);
    const int minute = digits(text, 14, 2);
    const int second = digits(text, 17, 2);
    if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour < 0
        || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
        return std::nullopt;
    }

    qsizetype at = 19;
    int milliseconds = 0;
    if (text[at] == u'.') {
        // Qt keeps milliseconds, rounding the rest; more than three digits go to Qt.
        const qsizetype start = ++at;
        while (at < text.size() && at - start < 3 && text[at] >= u'0' && text[at] <= u'9')
            ++at;
        const int count = int(at - start);
        if (count == 0 || (at < text.size() && text[at] >= u'0' && text[at] <= u'9'))
            return std::nullopt;
        milliseconds = digits(text, start, count) * (count == 1 ? 100 : count == 2 ? 10 : 1);
    }

    int offsetSeconds = 0;
    if (at != text.size() - 1 || text[at] != u'Z') { // not UTC, so an offset
        if (at != text.size() - 6 || (text[at] != u'+' && text[at] != u'-') || text[at + 3] != u':')
            return std::nullopt;
        const int offsetHours = digits(text, at + 1, 2);
        const int offsetMinutes = digits(text, at + 4, 2);
        if (offsetHours < 0 || offsetHours > 23 || offsetMinutes < 0 || offsetMinutes > 59)
            return std::nullopt;
        offsetSeconds = (offsetHours * 60 + offsetMinutes) * 60 * (text[at] == u'-' ? -1 : 1);
    }

    const int secondOfDay = hour * 3600 + minute * 60 + second;
    const qint64 seconds = daysSinceEpoch(year, month, day) * 86400 + secondOfDay - offsetSeconds;
    return QDateTime::fromMSecsSinceEpoch(seconds * 1000 + milliseconds, Qt::UTC);
}
