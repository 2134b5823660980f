#pragma once

#include <QtGlobal>

// Takes one Linux capability out of the calling thread's effective set while the object
// lives (threads started meanwhile inherit the lack), so a test run as root (CI's case) meets
// the checks an ordinary user meets: a file without write permission cannot be written
// (CAP_DAC_OVERRIDE), another process's /proc files follow its dumpable flag
// (CAP_SYS_PTRACE). It stays permitted and comes back when the object goes. A process
// without the capability is left as it is; elsewhere than Linux nothing happens.
class WithoutCapability final
{
public:
    enum class Capability {
        OverrideFilePermissions, // CAP_DAC_OVERRIDE
        TraceProcesses,          // CAP_SYS_PTRACE
    };

    explicit WithoutCapability(Capability capability);
    ~WithoutCapability();
    Q_DISABLE_COPY_MOVE(WithoutCapability)

    // True when the thread does not hold the capability now (dropped, or never held).
    bool isEffective() const { return m_lacking; }

    // Takes the capability out of this thread's bounding set, for good: programs it starts
    // from now on never hold it (root's programs otherwise hold every capability). False when
    // that failed; true elsewhere than Linux.
    static bool withholdFromPrograms(Capability capability);

private:
    int m_capability = -1;
    bool m_dropped = false;
    bool m_lacking = false;
};
