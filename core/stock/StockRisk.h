#pragma once

#include "core/model/InventoryLevel.h"

#include <QString>
#include <QtGlobal>

// How likely an inventory level is to let down an order. Ordered from the worst, so sorting
// by the value puts what needs a look first.
enum class StockRisk : quint8 {
    Oversold, // available below zero, or open orders here need more than is on hand
    AtRisk,   // available at or below the threshold; CONTINUE policy with low stock
    Ok,
    Untracked, // Shopify does not count this item: no risk can be told
};

QString displayName(StockRisk risk);
// "oversold", "at-risk", "ok", "untracked": for the command line and JSON.
QString machineName(StockRisk risk);

struct StockRiskRules
{
    static constexpr int maxThreshold = 999;
    int threshold = 2; // available at or below this is at risk, 0 to maxThreshold
    // A CONTINUE variant keeps selling past zero, so it warns earlier: at this many times the
    // threshold.
    int continueFactor = 2;

    // `demand` is what open orders in the local store still need from this level.
    StockRisk assess(const InventoryLevel &level, int demand) const;

    friend bool operator==(const StockRiskRules &, const StockRiskRules &) = default;
};
