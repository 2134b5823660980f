#pragma once

#include "core/model/ShipReadiness.h"
#include "core/stock/StockRisk.h"

#include <QIcon>

// Icons for stock: each risk and each readiness a shape of its own (octagon, triangle,
// square with a tick, dashed circle, half-filled circle), not only a colour.
namespace StockIcons {

QIcon forRisk(StockRisk risk);
QIcon forReadiness(ShipReadiness readiness); // none for ShipReadiness::None

} // namespace StockIcons
