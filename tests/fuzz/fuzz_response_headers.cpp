// The headers of an Admin API answer the client reads: Retry-After (how long to wait before a
// request goes again, which must stay between a tenth of a second and five minutes for any
// value) and X-Shopify-API-Version (whether the shop answered with another version).

#include "tests/fuzz/FuzzSupport.h"

#include "core/shopify/ResponseHeaders.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray value = fuzz::bytes(data, size);
    if (const std::optional<qint64> waitMs = ResponseHeaders::retryAfterMs(value)) {
        if (*waitMs < 100 || *waitMs > 300000)
            std::abort();
    }
    (void) ResponseHeaders::isOtherApiVersion(value);
    return 0;
}
