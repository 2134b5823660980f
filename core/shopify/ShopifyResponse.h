#pragma once

#include "FieldError.h"
#include "ShopifyError.h"

#include <QByteArray>
#include <QJsonObject>

// Reads one HTTP answer of the Admin API: its status and body become the response's data and
// extensions, or a typed error, or "throttled". No network, no state: the client feeds it, and
// the fuzzers feed it anything at all.
struct ShopifyResponse
{
    enum class Outcome {
        Data,      // data holds the response's "data"
        Throttled, // Shopify answered THROTTLED: wait for the bucket and send again
        Failed,    // error says what went wrong
    };

    Outcome outcome = Outcome::Failed;
    QJsonObject data;
    QJsonObject extensions; // with the cost and throttle status, when Shopify sent them
    ShopifyError error;
    // Errors that came with usable data (Outcome::Data): fields Shopify answered null, most
    // often protected customer data the app may not read. Everything else in `data` stands.
    FieldErrors fieldErrors;

    static ShopifyResponse read(int httpStatus, const QByteArray &body);
};
