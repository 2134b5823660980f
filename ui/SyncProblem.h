#pragma once

struct SyncResult;

// What a sync's failure asks of the window: nothing (the shop is away, the scheduler tries
// again and the offline banner says so), a person (a refused token, a frozen shop, a broken
// local store: the attention banner until a sync succeeds), or a line in the status bar.
enum class SyncProblem {
    None,
    Unreachable,    // no connection, a timeout, a server error, 429: it passes by itself
    NeedsReconnect, // the shop refused the app: wrong token, missing scope, no such shop, a
                    // redirect elsewhere, a refused client-credentials grant ...
    NeedsPerson,    // the local store failed: disk, permissions, another program
    Other,          // everything else, said in the status bar
};

SyncProblem syncProblemOf(const SyncResult &result);
