// Shopify's answer to the client-credentials grant (POST /admin/oauth/access_token): the token,
// its lifetime and the granted scopes of a 200 answer, the OAuth error code of a refusal, and
// when the token would be renewed, which must stay between a second and a day for any answer.

#include "tests/fuzz/FuzzSupport.h"

#include "core/shopify/TokenGrantAnswer.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);
    const TokenGrantAnswer answer = TokenGrantAnswer::read(body);
    if (answer.isUsable()) {
        const qint64 delayMs = answer.renewalDelayMs();
        if (delayMs < 1000 || delayMs > 24LL * 3600 * 1000)
            std::abort();
    }
    if (TokenGrantAnswer::refusalCode(body).size() > 60)
        std::abort();
    return 0;
}
