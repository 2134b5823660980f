#pragma once

#include "model/Statuses.h"

#include <QIcon>

// The icon beside each status. Every status has its own shape as well as its own colour, so
// nobody has to tell statuses apart by colour alone.
namespace StatusIcons {

QIcon forStatus(OrderFulfillmentStatus status);
QIcon forStatus(FulfillmentOrderStatus status);
QIcon allOrders();

} // namespace StatusIcons
