#pragma once

#include <QString>

namespace demostore {

struct Order;

// What an order carries besides its goods: the second address line, the shipping line's
// title and the order's note. Derived from the order's number and address only, never from
// the generator's random stream, so adding them changed no other generated value.
namespace OrderExtras {

// Sets shippingAddress.address2, shippingTitle and note. A pickup is collected in the shop;
// an order with nothing to ship (gift cards only) has no shipping line.
void fill(Order *order, bool pickup);

} // namespace OrderExtras

} // namespace demostore
