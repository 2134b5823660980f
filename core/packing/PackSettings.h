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

    friend bool operator==(const PackSettings &, const PackSettings &) = default;

    // The ranges the settings file and the Preferences keep them in. A scanner's keys come
    // 1 to 20 ms apart; above 150 ms a quick person's typing would pass for a scan.
    static constexpr int kMinimumScanGapMs = 10;
    static constexpr int kMaximumScanGapMs = 150;
    // The shortest burst that is a scan: at 1 any fast key would be one; above 20 most
    // tracking numbers and every EAN would be taken for typing.
    static constexpr int kShortestMinimumLength = 2;
    static constexpr int kLongestMinimumLength = 20;
    // A prefix is a few characters a scanner is set to send first (AIM's are 3).
    static constexpr int kLongestPrefix = 16;
};
