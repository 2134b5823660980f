#pragma once

#include "core/fulfillment/FulfillmentSettings.h"
#include "core/model/Lease.h"
#include "core/packing/PackSettings.h"
#include "core/secrets/SecretLocation.h"
#include "core/shopify/ShopAddress.h"
#include "core/shopify/ShopCredentials.h"
#include "core/stock/StockRisk.h"
#include "core/storage/StoreLocation.h"
#include "core/sync/SyncSettings.h"
#include "print/PrintSettings.h"

#include <optional>

// The app's settings (QSettings, per shop where they concern a shop). Never a secret: the
// access token and the client secret are kept by a SecretStore, and only where they are
// kept is a setting.
namespace AppSettings {

// The shop the desk opens at start, and how it signs in (without the secret).
struct SavedConnection
{
    ShopAddress shop;
    ShopCredentials::Kind kind = ShopCredentials::Kind::AccessToken;
    QString clientId;
    SecretLocation secretLocation = SecretLocation::Keychain;
};

std::optional<SavedConnection> savedConnection();
void saveConnection(const SavedConnection &connection);

FulfillmentSettings fulfillmentSettings(const ShopAddress &shop);
void setFulfillmentSettings(const ShopAddress &shop, const FulfillmentSettings &settings);

// Where a shop's orders are kept when neither --database nor the connect dialog said: the
// PostgreSQL database its stations share (or a file), saved as text under
// shops/<host>/database. Not valid when none is saved (or the saved text is not a location):
// the shop's own file. An invalid location removes the setting.
StoreLocation storeLocation(const ShopAddress &shop);
void setStoreLocation(const ShopAddress &shop, const StoreLocation &location);

// The stock panel's "at risk at" threshold, per shop.
StockRiskRules stockRiskRules(const ShopAddress &shop);
void setStockRiskRules(const ShopAddress &shop, const StockRiskRules &rules);

SyncSettings syncSettings();
void setSyncSettings(const SyncSettings &settings);

// This PC's station and who packs there now (for every shop: the station is the table, not
// the shop). Cleaned as StationNaming says; a station never named is the machine's host
// name, and smidig-cli uses these unless --station or --packer says otherwise.
StationIdentity stationIdentity();
void setStationIdentity(const StationIdentity &who);

// Pack mode at this station (issue 16). The packing location is the shop's (a location id
// means nothing in another shop), saved under shops/<host>/packLocationId. The rest is the
// PC's, under pack/, for every shop: the scanner plugged into it, its speakers and the way
// its packer likes to finish (fulfil on the label) belong to the table, as the station's
// name does. Read back within PackSettings' ranges (the scanner's gap 10 to 150 ms).
PackSettings packSettings(const ShopAddress &shop);
void setPackSettings(const ShopAddress &shop, const PackSettings &settings);

// Whether the window opens in pack mode (F2): the view the station last left open.
bool packModeOpen();
void setPackModeOpen(bool open);

// The key a shop's secret is kept under in a SecretStore.
QString secretKey(const ShopAddress &shop, ShopCredentials::Kind kind);
// The file secrets go to when the user chose a file over the keychain.
QString secretFilePath();

// How this station prints slips, pick lists and the command sheet (issue 17), for every shop:
// the printer and paper are the table's, as the station is. smidig-cli print uses them too.
PrintSettings printSettings();
void setPrintSettings(const PrintSettings &print);

} // namespace AppSettings
