// The app's settings as found in its settings file: a person may edit it, another version may
// have written it, a disk may have damaged it. The input's lines are the values of the keys the
// app reads (the saved shop, how it signs in, the client id, where the secret is, and per shop
// the notification choice, the undo window, the country and the stock threshold; then the sync
// intervals; then the shop's order database; then pack mode's: the shop's packing location,
// and the station's fulfil-on-label, scanner gap, minimum length, prefix, volume and mute),
// each written as text, or as a number when it starts with '#'. Reading them never crashes,
// and what comes back stays in the ranges the app works in: a database location read back is
// one Smidig can use, and saves as it reads.

#include "tests/fuzz/FuzzSupport.h"

#include "app/AppSettings.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <QUrl>
#include <QUrlQuery>

#include <cstdlib>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_settings_values";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    static QTemporaryDir dir;
    static const bool ready = [] {
        QCoreApplication::setOrganizationName(u"SmidigFuzz"_s);
        QCoreApplication::setApplicationName(u"settings"_s);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
        return dir.isValid();
    }();
    if (!ready)
        std::abort();

    const ShopAddress shop = ShopAddress::parse(u"fuzz-shop.myshopify.com"_s);
    const QString perShop = u"shops/"_s + shop.displayName() + u'/';
    const QStringList keys{u"connection/shop"_s,
                           u"connection/auth"_s,
                           u"connection/clientId"_s,
                           u"connection/secretLocation"_s,
                           perShop + u"notifyCustomer"_s,
                           perShop + u"undoWindowMs"_s,
                           perShop + u"country"_s,
                           perShop + u"stockRiskThreshold"_s,
                           u"sync/intervalMinutes"_s,
                           u"sync/reconcileMinutes"_s,
                           perShop + u"database"_s,
                           perShop + u"packLocationId"_s,
                           u"pack/fulfilOnLabel"_s,
                           u"pack/scanGapMs"_s,
                           u"pack/scanMinimumLength"_s,
                           u"pack/scanPrefix"_s,
                           u"pack/volumePercent"_s,
                           u"pack/muted"_s,
                           u"print/paper"_s,
                           u"print/slipWhenFulfilled"_s};
    const QStringList lines = fuzz::utf8Text(data, size).split(u'\n');
    {
        QSettings settings;
        settings.clear();
        for (qsizetype i = 0; i < keys.size() && i < lines.size(); ++i) {
            const QString &line = lines.at(i);
            if (line.startsWith(u'#'))
                settings.setValue(keys.at(i), line.mid(1).toDouble());
            else
                settings.setValue(keys.at(i), line);
        }
    }

    if (const auto saved = AppSettings::savedConnection(); saved && !saved->shop.isValid())
        std::abort(); // a connection is offered only for a shop that can be reached
    const FulfillmentSettings fulfillment = AppSettings::fulfillmentSettings(shop);
    if (fulfillment.undoWindow.count() < 0 || fulfillment.undoWindow.count() > 60000)
        std::abort();
    const StockRiskRules rules = AppSettings::stockRiskRules(shop);
    if (rules.threshold < 0 || rules.threshold > StockRiskRules::maxThreshold)
        std::abort();
    const SyncSettings sync = AppSettings::syncSettings();
    if (sync.interval.count() < 1 || sync.interval.count() > 120
        || sync.reconcileInterval.count() < 15 || sync.reconcileInterval.count() > 1440)
        std::abort();
    const PackSettings pack = AppSettings::packSettings(shop);
    const auto gap = pack.scanner.maximumMedianGap.count();
    if (gap < PackSettings::kMinimumScanGapMs || gap > PackSettings::kMaximumScanGapMs
        || pack.scanner.minimumLength < PackSettings::kShortestMinimumLength
        || pack.scanner.minimumLength > PackSettings::kLongestMinimumLength
        || pack.scanner.prefix.size() > PackSettings::kLongestPrefix || pack.volumePercent < 0
        || pack.volumePercent > 100)
        std::abort();
    // Print settings read back as written: a paper the app does not know is A4, not kept.
    const PrintSettings print = AppSettings::printSettings();
    AppSettings::setPrintSettings(print);
    if (AppSettings::printSettings() != print)
        std::abort();
    if (const StoreLocation store = AppSettings::storeLocation(shop); store.isValid()) {
        const QString saved = store.toString();
        if (saved.isEmpty() || StoreLocation::parse(saved).toString() != saved)
            std::abort();
        // Never a password, whatever the settings file held.
        if (store.isPostgres()
            && (store.host().isEmpty() || store.databaseName().isEmpty()
                || !QUrl(saved).password().isEmpty()
                || QUrlQuery(QUrl(saved)).hasQueryItem(u"password"_s)))
            std::abort();
    }
    return 0;
}
