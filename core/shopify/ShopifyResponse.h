#pragma once

#include "core/shopify/FieldError.h"
#include "core/shopify/ShopifyError.h"

#include <QByteArray>
#include <QJsonObject>

#include <optional>

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
    // What Shopify priced the request at (extensions.cost.requestedQueryCost, or the `cost` of
    // a MAX_COST_EXCEEDED refusal), when it said; the client learns its estimates from it.
    std::optional<double> requestedCost;
    // The single-query limit a MAX_COST_EXCEEDED refusal named (its `maxCost`).
    std::optional<double> maxCost;

    static ShopifyResponse read(int httpStatus, const QByteArray &body);

private:
    static ShopifyResponse readBody(int httpStatus, const QByteArray &body);
};
