#pragma once

#include "core/model/DemandLine.h"
#include "core/model/InventoryLevel.h"
#include "core/model/ShipReadiness.h"

#include <QHash>
#include <QList>
#include <QString>

// Which open orders the shelf can serve: the stock on hand at each location (less damaged
// and quality-control units) is handed to the fulfillable lines of unfulfilled orders,
// oldest order first (ties by order number), each line taking what is left of its item at its
// own location. An order whose items sit at two locations draws on both. Untracked items,
// custom items without an inventory item, and items the inventory sync has not read yet never
// hold an order back. On-hold, scheduled and fulfillment-service lines take no stock: staff
// cannot ship them now.
//
// A pure function of its inputs, so it is tested on hand-made cases.
namespace StockAllocation {

// Every order with a fulfillable line gets an entry; the others are left out (None).
QHash<QString, OrderReadiness> allocate(const QList<DemandLine> &demand,
                                        const QList<InventoryLevel> &levels);

} // namespace StockAllocation
