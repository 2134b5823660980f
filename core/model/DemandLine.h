#pragma once

#include <QString>
#include <QtGlobal>

// What an open order still needs from one location: one line of a fulfillment order that is
// not closed, cancelled or incomplete, with units left to ship. The stock analysis sums these
// per inventory item and location (demand) and allocates stock to them (StockAllocation).
struct DemandLine
{
    QString orderId;
    QString orderName;
    qint64 orderNumber = 0;
    qint64 createdAtMs = 0; // the order's; allocation goes oldest first
    QString locationId;
    QString locationName;
    QString inventoryItemId; // empty for custom items and deleted variants
    QString sku;
    QString title;
    int quantity = 0; // remaining on the fulfillment order line
    // Staff can ship it now: the fulfillment order is open or in progress and offers
    // CREATE_FULFILLMENT (not on hold, scheduled, or at a fulfillment service).
    bool fulfillable = false;

    friend bool operator==(const DemandLine &, const DemandLine &) = default;
};
