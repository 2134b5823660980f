#include "app/AppSettings.h"

#include "core/model/StationNaming.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace AppSettings {

namespace {

QString group(const ShopAddress &shop)
{
    const QString host = shop.isValid() ? shop.displayName() : u"no-shop"_s;
    return u"shops/"_s + QString(host).replace(u'/', u'_');
}

QString locationName(SecretLocation location)
{
    switch (location) {
    case SecretLocation::Keychain:
        return u"keychain"_s;
    case SecretLocation::File:
        return u"file"_s;
    case SecretLocation::SessionOnly:
        return u"session"_s;
    }
    return u"keychain"_s;
}

SecretLocation locationFromName(const QString &name)
{
    if (name == "file"_L1)
        return SecretLocation::File;
    if (name == "session"_L1)
        return SecretLocation::SessionOnly;
    return SecretLocation::Keychain;
}

} // namespace

std::optional<SavedConnection> savedConnection()
{
    QSettings settings;
    settings.beginGroup(u"connection"_s);
    const ShopAddress shop = ShopAddress::parse(settings.value(u"shop"_s).toString());
    if (!shop.isValid())
        return std::nullopt;
    SavedConnection connection;
    connection.shop = shop;
    connection.kind = settings.value(u"auth"_s).toString() == "client-credentials"_L1
                          ? ShopCredentials::Kind::ClientCredentials
                          : ShopCredentials::Kind::AccessToken;
    connection.clientId = settings.value(u"clientId"_s).toString();
    connection.secretLocation = locationFromName(settings.value(u"secretLocation"_s).toString());
    return connection;
}

void saveConnection(const SavedConnection &connection)
{
    QSettings settings;
    settings.beginGroup(u"connection"_s);
    settings.setValue(u"shop"_s, connection.shop.baseUrl().toString());
    settings.setValue(u"auth"_s,
                      connection.kind == ShopCredentials::Kind::ClientCredentials
                          ? u"client-credentials"_s
                          : u"access-token"_s);
    // The client id identifies the app, it grants nothing: it may sit in the settings.
    settings.setValue(u"clientId"_s, connection.clientId);
    settings.setValue(u"secretLocation"_s, locationName(connection.secretLocation));
}

FulfillmentSettings fulfillmentSettings(const ShopAddress &shop)
{
    QSettings settings;
    settings.beginGroup(group(shop));
    FulfillmentSettings result;
    result.notifyByDefault = settings.value(u"notifyCustomer"_s, false).toBool()
                                 ? NotifyCustomer::Yes
                                 : NotifyCustomer::No;
    result.undoWindow = std::chrono::milliseconds(
        std::clamp(settings.value(u"undoWindowMs"_s, 5000).toInt(), 0, 60000));
    result.shopCountry = settings.value(u"country"_s).toString();
    return result;
}

void setFulfillmentSettings(const ShopAddress &shop, const FulfillmentSettings &value)
{
    QSettings settings;
    settings.beginGroup(group(shop));
    settings.setValue(u"notifyCustomer"_s, value.notifyByDefault == NotifyCustomer::Yes);
    settings.setValue(u"undoWindowMs"_s, qint64(value.undoWindow.count()));
    settings.setValue(u"country"_s, value.shopCountry);
}

StoreLocation storeLocation(const ShopAddress &shop)
{
    QSettings settings;
    settings.beginGroup(group(shop));
    return StoreLocation::parse(settings.value(u"database"_s).toString());
}

void setStoreLocation(const ShopAddress &shop, const StoreLocation &location)
{
    QSettings settings;
    settings.beginGroup(group(shop));
    if (location.isValid())
        settings.setValue(u"database"_s, location.toString());
    else
        settings.remove(u"database"_s);
}

StockRiskRules stockRiskRules(const ShopAddress &shop)
{
    QSettings settings;
    settings.beginGroup(group(shop));
    StockRiskRules rules;
    rules.threshold = std::clamp(settings.value(u"stockRiskThreshold"_s, rules.threshold).toInt(),
                                 0,
                                 StockRiskRules::maxThreshold);
    return rules;
}

void setStockRiskRules(const ShopAddress &shop, const StockRiskRules &rules)
{
    QSettings settings;
    settings.beginGroup(group(shop));
    settings.setValue(u"stockRiskThreshold"_s, rules.threshold);
}

SyncSettings syncSettings()
{
    QSettings settings;
    SyncSettings result;
    result.interval = std::chrono::minutes(
        std::clamp(settings.value(u"sync/intervalMinutes"_s, 5).toInt(), 1, 120));
    result.reconcileInterval = std::chrono::minutes(
        std::clamp(settings.value(u"sync/reconcileMinutes"_s, 60).toInt(), 15, 1440));
    return result;
}

void setSyncSettings(const SyncSettings &value)
{
    QSettings settings;
    settings.setValue(u"sync/intervalMinutes"_s, qint64(value.interval.count()));
    settings.setValue(u"sync/reconcileMinutes"_s, qint64(value.reconcileInterval.count()));
}

StationIdentity stationIdentity()
{
    QSettings settings;
    return StationNaming::identity(settings.value(u"station/name"_s).toString(),
                                   settings.value(u"station/packer"_s).toString());
}

void setStationIdentity(const StationIdentity &who)
{
    QSettings settings;
    const StationIdentity cleaned = StationNaming::identity(who.station, who.packer);
    // The host name is the default, not a choice: a PC renamed later goes by its new name.
    if (cleaned.station == StationNaming::defaultStationName())
        settings.remove(u"station/name"_s);
    else
        settings.setValue(u"station/name"_s, cleaned.station);
    settings.setValue(u"station/packer"_s, cleaned.packer);
}

PackSettings packSettings(const ShopAddress &shop)
{
    QSettings settings;
    PackSettings result;
    result.locationId = settings.value(group(shop) + u"/packLocationId"_s).toString();
    settings.beginGroup(u"pack"_s);
    result.fulfilOnLabel = settings.value(u"fulfilOnLabel"_s, result.fulfilOnLabel).toBool();
    result.scanner.maximumMedianGap = std::chrono::milliseconds(
        std::clamp(settings.value(u"scanGapMs"_s, qint64(result.scanner.maximumMedianGap.count()))
                       .toInt(),
                   PackSettings::kMinimumScanGapMs,
                   PackSettings::kMaximumScanGapMs));
    result.scanner.minimumLength
        = std::clamp(settings.value(u"scanMinimumLength"_s, result.scanner.minimumLength).toInt(),
                     PackSettings::kShortestMinimumLength,
                     PackSettings::kLongestMinimumLength);
    result.scanner.prefix
        = settings.value(u"scanPrefix"_s).toString().left(PackSettings::kLongestPrefix);
    result.volumePercent
        = std::clamp(settings.value(u"volumePercent"_s, result.volumePercent).toInt(), 0, 100);
    result.muted = settings.value(u"muted"_s, result.muted).toBool();
    return result;
}

void setPackSettings(const ShopAddress &shop, const PackSettings &value)
{
    QSettings settings;
    if (value.locationId.isEmpty())
        settings.remove(group(shop) + u"/packLocationId"_s);
    else
        settings.setValue(group(shop) + u"/packLocationId"_s, value.locationId);
    settings.beginGroup(u"pack"_s);
    settings.setValue(u"fulfilOnLabel"_s, value.fulfilOnLabel);
    settings.setValue(u"scanGapMs"_s, qint64(value.scanner.maximumMedianGap.count()));
    settings.setValue(u"scanMinimumLength"_s, value.scanner.minimumLength);
    settings.setValue(u"scanPrefix"_s, value.scanner.prefix);
    settings.setValue(u"volumePercent"_s, value.volumePercent);
    settings.setValue(u"muted"_s, value.muted);
}

bool packModeOpen()
{
    return QSettings().value(u"pack/modeOpen"_s, false).toBool();
}

void setPackModeOpen(bool open)
{
    QSettings().setValue(u"pack/modeOpen"_s, open);
}

QString secretKey(const ShopAddress &shop, ShopCredentials::Kind kind)
{
    return shop.displayName()
           + (kind == ShopCredentials::Kind::AccessToken ? u"/access-token"_s : u"/client-secret"_s);
}

QString secretFilePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(u"secrets.json"_s);
}

PrintSettings printSettings()
{
    QSettings settings;
    PrintSettings print;
    print.paper
        = PaperKeys::fromKey(settings.value(u"print/paper"_s).toString()).value_or(print.paper);
    print.printerName = settings.value(u"print/printer"_s).toString();
    print.logoPath = settings.value(u"print/logo"_s).toString();
    print.sender = settings.value(u"print/sender"_s).toString();
    print.footer = settings.value(u"print/footer"_s).toString();
    print.printSlipWhenFulfilled = settings.value(u"print/slipWhenFulfilled"_s, false).toBool();
    return print;
}

void setPrintSettings(const PrintSettings &print)
{
    QSettings settings;
    settings.setValue(u"print/paper"_s, PaperKeys::key(print.paper));
    settings.setValue(u"print/printer"_s, print.printerName);
    settings.setValue(u"print/logo"_s, print.logoPath);
    settings.setValue(u"print/sender"_s, print.sender);
    settings.setValue(u"print/footer"_s, print.footer);
    settings.setValue(u"print/slipWhenFulfilled"_s, print.printSlipWhenFulfilled);
}

} // namespace AppSettings
