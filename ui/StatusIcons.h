#pragma once

#include "core/model/Statuses.h"

#include <QIcon>

// The icon beside each status. Every status has its own shape as well as its own colour, so
// nobody has to tell statuses apart by colour alone.
namespace StatusIcons {

QIcon forStatus(OrderFulfillmentStatus status);
QIcon forStatus(FulfillmentOrderStatus status);
QIcon allOrders();
QIcon archived();
QIcon cancelled();

// Outbox and tracking states: each a shape of its own too (tray with an arrow, triangle,
// octagon, square with a tick, circle with an "i").
QIcon sending();     // on its way to Shopify
QIcon warning();     // needs a look: not sent, wrong check digit
QIcon error();       // cannot go as it is: a garbled tracking number
QIcon detected();    // a carrier recognised
QIcon information(); // worth knowing, nothing wrong
QIcon offline();     // the shop cannot be reached: a cloud struck through

} // namespace StatusIcons
