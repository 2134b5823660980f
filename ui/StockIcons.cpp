#include "ui/StockIcons.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace {

QIcon cached(const QString &name)
{
    static QHash<QString, QIcon> icons;
    auto it = icons.find(name);
    if (it == icons.end())
        it = icons.insert(name, QIcon(u":/icons/"_s + name + u".svg"_s));
    return it.value();
}

} // namespace

namespace StockIcons {

QIcon forRisk(StockRisk risk)
{
    switch (risk) {
    case StockRisk::Oversold:
        return cached(u"stock-oversold"_s);
    case StockRisk::AtRisk:
        return cached(u"stock-at-risk"_s);
    case StockRisk::Ok:
        return cached(u"stock-ok"_s);
    case StockRisk::Untracked:
        return cached(u"stock-untracked"_s);
    }
    return {};
}

QIcon forReadiness(ShipReadiness readiness)
{
    switch (readiness) {
    case ShipReadiness::None:
        return {};
    case ShipReadiness::CanShip:
        return cached(u"stock-ok"_s);
    case ShipReadiness::Partly:
        return cached(u"ship-partly"_s);
    case ShipReadiness::Blocked:
        return cached(u"stock-oversold"_s);
    }
    return {};
}

} // namespace StockIcons
