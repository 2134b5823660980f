#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

// Whether an open order's stock is on the shelf, after on-hand stock was allocated to the
// unfulfilled orders oldest first per location (StockAllocation).
enum class ShipReadiness : quint8 {
    None,    // nothing to ship here now (archived, cancelled, on hold, at a service), or unknown
    CanShip, // every unit it still needs is on the shelf
    Partly,  // some of it is
    Blocked, // none of it is
};

QString displayName(ShipReadiness readiness);

struct OrderReadiness
{
    ShipReadiness readiness = ShipReadiness::None;
    QStringList shortSkus; // the SKUs (or titles, for items without one) it is short of
    friend bool operator==(const OrderReadiness &, const OrderReadiness &) = default;
};
