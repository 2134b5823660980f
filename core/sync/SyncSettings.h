#pragma once

#include <chrono>

// How often the desk syncs by itself, read by app/ from the settings and passed in.
struct SyncSettings
{
    std::chrono::minutes interval{5};           // incremental syncs
    std::chrono::minutes reconcileInterval{60}; // reading every open order again
};
