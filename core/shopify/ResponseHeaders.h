#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <optional>

// What the client reads from the headers of an Admin API answer, apart from the network so
// that any bytes can be tried on it (tests/fuzz/fuzz_response_headers.cpp).
struct ResponseHeaders
{
    // Retry-After as Shopify sends it: seconds, with decimals ("2.0", "0.5"), held between a
    // tenth of a second (no busy loop on "0") and five minutes (a typo must not stall the
    // desk). The HTTP-date form, or anything else, is not read: the caller backs off as
    // without one.
    static std::optional<qint64> retryAfterMs(const QByteArray &value);

    // X-Shopify-API-Version: true when the shop says it answered with another version than
    // the one asked for (Shopify falls back to the oldest supported one for a version it no
    // longer serves). A missing header is no news.
    static bool isOtherApiVersion(const QByteArray &value);
};
