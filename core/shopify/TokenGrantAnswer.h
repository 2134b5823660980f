#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// What Shopify's token endpoint (POST /admin/oauth/access_token) answers to the
// client-credentials grant, read apart from the network so that any bytes can be tried on it
// (tests/fuzz/fuzz_token_grant.cpp): {"access_token": "...", "scope": "read_orders,...",
// "expires_in": 86399}, or a refusal with an OAuth error code.
struct TokenGrantAnswer
{
    // A lifetime beyond this is read as this: Shopify's tokens live a day, and a bigger number
    // (up to 2^63 seconds from a broken server) must not overflow the arithmetic of renewal.
    static constexpr qint64 kLongestLifetimeSeconds = 366LL * 24 * 3600;

    QString token;
    qint64 lifetimeSeconds = 0;
    QStringList scopes;

    // An answer with a token and a positive lifetime; anything else is a broken answer.
    bool isUsable() const { return !token.isEmpty() && lifetimeSeconds > 0; }
    // When to renew the token, in ms from now: a tenth of its life before it ends, at least
    // 30 seconds before, never more than half its life; between a second and a day.
    qint64 renewalDelayMs() const;

    static TokenGrantAnswer read(const QByteArray &body);
    // The OAuth error code of a refusal: the JSON answer's "error" ({"error":"invalid_client",
    // "error_description":...}), or, in a text answer, the code after "Oauth error " as
    // Shopify words it ("Oauth error shop_not_permitted: Client credentials cannot be
    // performed on this shop."). Empty when there is none; at most 60 characters.
    static QString refusalCode(const QByteArray &body);
};
