#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

// What went wrong talking to Shopify, as a value. Each kind has a sentence for people that
// says what happened and what to do; the detail keeps the server's own words for the log.
struct ShopifyError
{
    Q_DECLARE_TR_FUNCTIONS(ShopifyError)

public:
    enum class Kind {
        None,
        Network,             // no connection, DNS failure, connection refused or reset
        Timeout,             // no answer in time
        Tls,                 // certificate or encryption problem
        Unauthorized,        // 401: wrong, expired or revoked token
        PaymentRequired,     // 402: shop frozen for unpaid bills
        Forbidden,           // 403: the app lacks an access scope
        NotFound,            // 404: no such shop
        Locked,              // 423: shop locked
        TooManyRequests,     // 429
        ServerError,         // 5xx
        HttpError,           // another unexpected HTTP status
        AccessDenied,        // GraphQL ACCESS_DENIED: a missing scope for one field
        Throttled,           // still throttled after waiting as long as the bucket asked
        MaxCostExceeded,     // a query over the single-query cost limit
        GraphqlError,        // other errors Shopify reported for the request
        BadResponse,         // not JSON, or not the shape the schema promises
        Cancelled,           // the app gave up on the request itself
        Redirected,          // 3xx: the address sends requests elsewhere; not followed (secrets)
        GrantRefused,        // the token endpoint refused the client id and secret (grantError)
        NotMyshopifyAddress, // the client-credentials grant asked of an address not *.myshopify.com
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    // The request may have reached Shopify and been carried out although no answer said so
    // (a dropped connection, a timeout, a server error). A mutation with this error must be
    // checked before it is sent again.
    bool mayHaveBeenProcessed = false;
    QString detail; // the server's message or the parser's finding, untranslated
    // Redirected: the host the Location pointed to (never its path or query, which may carry
    // anything); NotMyshopifyAddress: the host that was refused. Shown to people.
    QString host;
    // GrantRefused: the OAuth error code of the token endpoint's answer ("invalid_client",
    // "shop_not_permitted", ...), empty when it gave none.
    QString grantError;

    bool isError() const { return kind != Kind::None; }
    // Worth trying again later without anyone changing anything.
    bool isTransient() const;
    // A sentence for a person: what happened and what to do.
    QString userMessage() const;
    // A short name of the kind for logs and the CLI's machine-readable output.
    QString kindName() const;

    static ShopifyError fromHttpStatus(int status, const QString &detail);
    // A 3xx answer to a request sent to `requestUrl`, its Location header as sent.
    static ShopifyError redirected(int status, const QUrl &requestUrl, const QByteArray &location);

private:
    QString grantRefusedMessage() const;
};
