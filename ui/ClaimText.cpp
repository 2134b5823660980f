#include "ui/ClaimText.h"

#include "core/fulfillment/OrderClaims.h"

QString ClaimText::station(const Lease &claim)
{
    return OrderClaims::describe(claim.who);
}

QString ClaimText::packing(const Lease &claim)
{
    const qint64 seconds = claim.heldForMs / 1000;
    // Seconds while a parcel is usually packed, minutes for one left open.
    if (seconds < 120)
        //: %1 is a station ("Station 2 (Anna)"), %2 how many seconds it has had the order
        return tr("Packing at %1, %2 s").arg(station(claim)).arg(seconds);
    //: %1 is a station ("Station 2 (Anna)"), %2 how many minutes it has had the order
    return tr("Packing at %1, %2 min").arg(station(claim)).arg(seconds / 60);
}
