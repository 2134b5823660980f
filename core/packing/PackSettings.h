#pragma once

#include "core/packing/ScanDetector.h"

#include <QString>

// How this packing station works (issue 16), read by app/ from the settings and passed in:
// the window's pack mode, its scanner capture and its sounds all take their part from here.
struct PackSettings
{
    // Scanning the label's tracking number fulfils at once, with no key (Enter or FULFIL).
    bool fulfilOnLabel = false;
    // The location this table packs from; empty: the first that ships something now.
    QString locationId;
    // What tells the scanner from a person (gap 10 to 150 ms, prefix).
    ScanDetector::Settings scanner;
    // The pack mode's sounds: 0 to 100, and whether they are off altogether.
    int volumePercent = 70;
    bool muted = false;
};
