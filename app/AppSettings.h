#pragma once

#include "fulfillment/FulfillmentSettings.h"
#include "shopify/ShopAddress.h"

// The app's settings (QSettings, per shop where they concern a shop). Never a secret: the
// access token is not a setting.
namespace AppSettings {

FulfillmentSettings fulfillmentSettings(const ShopAddress &shop);
void setFulfillmentSettings(const ShopAddress &shop, const FulfillmentSettings &settings);

} // namespace AppSettings
