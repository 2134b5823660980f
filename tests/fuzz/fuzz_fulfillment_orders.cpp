// The data of the fulfillment order follow-ups (OrderFulfillmentOrders,
// FulfillmentOrderLineItems) and of the three fulfilment mutations, whose answers carry
// Shopify's refusals or the whole order as it is afterwards.

#include "tests/fuzz/FuzzSupport.h"

#include "core/shopify/OrderParser.h"
#include "core/shopify/ShopifyResponse.h"

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const ShopifyResponse response = ShopifyResponse::read(200, fuzz::bytes(data, size));
    if (response.outcome != ShopifyResponse::Outcome::Data)
        return 0;
    (void) OrderParser::orderFulfillmentOrders(response.data);
    (void) OrderParser::fulfillmentOrderLineItems(response.data);
    (void) OrderParser::fulfillmentMutation(response.data,
                                            "fulfillmentCreate"_L1,
                                            OrderPageSizes{},
                                            response.fieldErrors);
    (void) OrderParser::fulfillmentMutation(response.data,
                                            "fulfillmentTrackingInfoUpdate"_L1,
                                            OrderPageSizes{},
                                            response.fieldErrors);
    (void) OrderParser::fulfillmentMutation(response.data,
                                            "fulfillmentCancel"_L1,
                                            OrderPageSizes{},
                                            response.fieldErrors);
    (void) OrderParser::userErrorsOnly(response.data,
                                       "fulfillmentOrderLineItemsPreparedForPickup"_L1);
    return 0;
}
