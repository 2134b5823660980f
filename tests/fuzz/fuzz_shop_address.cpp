// The shop address a person types (the window's shop field, smidig-cli --shop): normalised,
// refused with a reason, or turned into the endpoint the access token will be sent to.

#include "tests/fuzz/FuzzSupport.h"

#include "core/shopify/ShopAddress.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString texts[] = {fuzz::utf8Text(data, size), fuzz::utf16Text(data, size)};
    for (const QString &text : texts) {
        const ShopAddress address = ShopAddress::parse(text);
        (void) address.problemMessage();
        if (!address.isValid())
            continue;
        (void) address.displayName();
        // The rule that keeps the token off the network in clear text must hold for any input.
        const QUrl endpoint = address.graphqlUrl();
        if (endpoint.scheme() != QLatin1StringView("https") && !address.isLoopback())
            std::abort();
    }
    return 0;
}
