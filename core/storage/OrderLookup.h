#pragma once

#include <QString>

class OrderBook;

// Finds an order in the local store the way people write it: "#1001", "1001" (the name's
// number first, then Shopify's numeric id), or the global id "gid://shopify/Order/...".
namespace OrderLookup {

// The order's global id, or empty when no order matches.
QString find(const OrderBook &book, const QString &reference);

} // namespace OrderLookup
