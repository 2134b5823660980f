#include "core/stock/StockRisk.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

QString displayName(StockRisk risk)
{
    switch (risk) {
    case StockRisk::Oversold:
        return QCoreApplication::translate("StockRisk", "Oversold");
    case StockRisk::AtRisk:
        return QCoreApplication::translate("StockRisk", "At risk");
    case StockRisk::Ok:
        return QCoreApplication::translate("StockRisk", "OK");
    case StockRisk::Untracked:
        return QCoreApplication::translate("StockRisk", "Not tracked");
    }
    return {};
}

QString machineName(StockRisk risk)
{
    switch (risk) {
    case StockRisk::Oversold:
        return u"oversold"_s;
    case StockRisk::AtRisk:
        return u"at-risk"_s;
    case StockRisk::Ok:
        return u"ok"_s;
    case StockRisk::Untracked:
        return u"untracked"_s;
    }
    return {};
}

StockRisk StockRiskRules::assess(const InventoryLevel &level, int demand) const
{
    if (!level.tracked)
        return StockRisk::Untracked;
    const InventoryQuantities &q = level.quantities;
    if (q.available < 0 || demand > q.onHand)
        return StockRisk::Oversold;
    if (q.available <= threshold)
        return StockRisk::AtRisk;
    if (level.policy == InventoryPolicy::Continue && q.available <= threshold * continueFactor)
        return StockRisk::AtRisk;
    return StockRisk::Ok;
}
