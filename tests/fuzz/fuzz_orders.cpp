// The data of the order queries (core/shopify/operations/orders.graphql: Orders, OrdersCount,
// Order, OrderLineItems), as the sync reads it: the body goes through ShopifyResponse like a
// real answer, and its data through every order parser (each refuses a shape not its own).

#include "tests/fuzz/FuzzSupport.h"

#include "core/shopify/OrderParser.h"
#include "core/shopify/ShopifyResponse.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const ShopifyResponse response = ShopifyResponse::read(200, fuzz::bytes(data, size));
    if (response.outcome != ShopifyResponse::Outcome::Data)
        return 0;
    (void) OrderParser::ordersPage(response.data, OrderPageSizes{}, response.fieldErrors);
    (void) OrderParser::ordersCount(response.data);
    OrderOverflow overflow;
    (void) OrderParser::order(response.data, OrderPageSizes{}, &overflow, response.fieldErrors);
    (void) OrderParser::orderLineItems(response.data);
    (void) OrderParser::orderFulfillments(response.data, 25, 10);
    (void) OrderParser::grantedScopes(response.data);
    return 0;
}
