#include "app/CoreDumps.h"

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace CoreDumps {

bool forbid()
{
    bool protectedNow = false;
#ifdef Q_OS_UNIX
    // No core file at all, also where the system dumps non-dumpable processes for root
    // (fs.suid_dumpable = 2) or hands cores to a collector that honours the limit.
    const rlimit none{0, 0};
    protectedNow = setrlimit(RLIMIT_CORE, &none) == 0;
#endif
#ifdef Q_OS_LINUX
    // Read back: the flag is what counts, not that the call said yes.
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
    protectedNow = protectedNow && prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0;
#endif
    return protectedNow;
}

} // namespace CoreDumps
