// The envelope of every Admin API answer: an HTTP status and a body that may be anything
// (JSON with data, GraphQL errors, THROTTLED, an HTML error page from a proxy, nothing).
// Each input is read as the body of a 200 and of the error statuses the client tells apart,
// and its extensions go through the throttle bookkeeping as the client's would.

#include "tests/fuzz/FuzzSupport.h"

#include "core/shopify/ShopifyResponse.h"
#include "core/shopify/ThrottleState.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static constexpr int statuses[]
        = {200, 0, 201, 204, 301, 400, 401, 402, 403, 404, 423, 429, 500, 502, 503, 504, 599, -1};
    const QByteArray body = fuzz::bytes(data, size);
    for (const int status : statuses) {
        const ShopifyResponse response = ShopifyResponse::read(status, body);
        if (response.outcome == ShopifyResponse::Outcome::Failed) {
            // What the client makes of a failure: the message for the window, retry or not.
            (void) response.error.userMessage();
            (void) response.error.isTransient();
        }
        ThrottleState throttle;
        if (throttle.update(response.extensions, 1000)) {
            (void) throttle.availableAt(1000);
            (void) throttle.availableAt(61000);
            // A wait is never negative, whatever the server said (the client starts a timer).
            if (throttle.waitMsFor(1000, 0, 1000) < 0 || throttle.waitMsFor(50, 200, 2000) < 0)
                std::abort();
        }
    }
    return 0;
}
