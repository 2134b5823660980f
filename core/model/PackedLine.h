#pragma once

#include <QString>

// How one line of a packed order was counted at the packing station (issue 16, point 5):
// units scanned one by one, units typed as a quantity after a scan, and units confirmed by
// hand (an item without barcode). Kept with the packing record of the fulfilment it went out
// with, keyed by the line item.
struct PackedLine
{
    QString lineItemId;
    int scanned = 0;
    int typed = 0;
    int confirmed = 0;

    int total() const { return scanned + typed + confirmed; }
    friend bool operator==(const PackedLine &, const PackedLine &) = default;
};
