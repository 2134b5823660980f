#pragma once

#include <QString>

class OrderBook;
class OrderSync;
struct SyncResult;

// Fills a local store with the demo store's generated orders for a benchmark: the demo
// store answers the app's own Orders query (without HTTP, in pages of 250) and the app's own
// parser reads the answers, so the rows are exactly what a sync would store. Returns an error
// message, or an empty string.
QString fillWithDemoOrders(OrderBook *book, int orderCount, quint64 seed);

// Runs a full sync to its end in a local event loop; the seconds it took go to *seconds.
SyncResult runFullSync(OrderSync *sync, double *seconds);
