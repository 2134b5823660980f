#pragma once

#include "core/demostore/ApiReply.h"
#include "core/demostore/FaultPlan.h"

#include <QByteArray>

namespace demostore {

// The answers of a shop or an API that is not well, as Shopify gives them (sources in
// docs/demostore.md): the status codes a request can fail with before any work, the HTML
// pages its edge sends, and answers spoilt after the work was done.
class FaultReplies final
{
public:
    // A request refused with `status`: 401, 402, 403, 404, 423, 429, 500, 502, 503, 504 (any
    // other status gets a JSON {"errors": reason phrase}). 429 and 503 carry Retry-After.
    static ApiReply failure(int status, double retryAfterSeconds);

    // 401 for a missing, wrong, expired or revoked access token.
    static ApiReply invalidToken();
    // 404 for a path the shop does not serve.
    static ApiReply notFound();
    // Every answer of a host that is no shop: 404 with Shopify's "this shop is unavailable"
    // page.
    static ApiReply unknownShop();

    // The answer to a request that was carried out, spoilt the way `how` says.
    static ApiReply malformed(const ApiReply &answer, FaultPlan::Malformation how);

    // "2.0": the way Shopify writes Retry-After.
    static QByteArray retryAfterValue(double seconds);
    static QByteArray reasonPhrase(int status);

private:
    static ApiReply json(int status, const QByteArray &body);
    static ApiReply htmlPage(int status,
                             const QByteArray &title,
                             const QByteArray &heading,
                             const QByteArray &text);
};

} // namespace demostore
