#include "AppSettings.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace AppSettings {

namespace {

QString group(const ShopAddress &shop)
{
    const QString host = shop.isValid() ? shop.displayName() : u"no-shop"_s;
    return u"shops/"_s + QString(host).replace(u'/', u'_');
}

} // namespace

FulfillmentSettings fulfillmentSettings(const ShopAddress &shop)
{
    QSettings settings;
    settings.beginGroup(group(shop));
    FulfillmentSettings result;
    result.notifyByDefault = settings.value(u"notifyCustomer"_s, false).toBool() ? NotifyCustomer::Yes : NotifyCustomer::No;
    result.undoWindow = std::chrono::milliseconds(std::clamp(settings.value(u"undoWindowMs"_s, 5000).toInt(), 0, 60000));
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

} // namespace AppSettings
