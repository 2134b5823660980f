#pragma once

// Both programs hold secrets in memory: an access token, a client secret, the tokens the
// client-credentials grant brings. A core file of a crash would keep them on disk, and another
// process of the same user could read them from /proc/PID/mem. So the first thing each main()
// does is forbid both: no core file, and the process is not dumpable, which also closes its
// memory and /proc files to other processes of the user (root, or a debugger that starts the
// program, still can).
namespace CoreDumps {

// Returns whether the process is now protected (false where the system offers no way, or
// refused).
bool forbid();

} // namespace CoreDumps
