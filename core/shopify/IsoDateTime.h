#pragma once

#include <QDateTime>
#include <QStringView>

#include <optional>

// Reads the date-times Shopify sends ("2026-11-20T10:15:30Z", also with fractions of a
// second or an offset such as "+01:00") as UTC, in a few dozen instructions instead of
// QDateTime::fromString's general ISO 8601 parser, which was an eighth of reading a sync's
// orders (docs/benchmarks.md).
namespace IsoDateTime {

// The instant, or nullopt when the text is not in that exact form or names no real date
// (a 30th of February, an hour 24). Callers then ask QDateTime::fromString, so what this
// reads is always what Qt would read, only faster (tests/core/tst_isodatetime.cpp).
std::optional<QDateTime> parseUtc(QStringView text);

} // namespace IsoDateTime
