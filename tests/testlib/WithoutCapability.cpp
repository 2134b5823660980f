#include "tests/testlib/WithoutCapability.h"

#ifdef Q_OS_LINUX
#include <linux/capability.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace {

// The raw system calls: they act on the calling thread only, which is what is wanted here.
bool readCapabilities(__user_cap_data_struct (&data)[_LINUX_CAPABILITY_U32S_3])
{
    __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
    return syscall(SYS_capget, &header, data) == 0;
}

bool writeCapabilities(__user_cap_data_struct (&data)[_LINUX_CAPABILITY_U32S_3])
{
    __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
    return syscall(SYS_capset, &header, data) == 0;
}

int linuxCapability(WithoutCapability::Capability capability)
{
    switch (capability) {
    case WithoutCapability::Capability::OverrideFilePermissions:
        return CAP_DAC_OVERRIDE;
    case WithoutCapability::Capability::TraceProcesses:
        return CAP_SYS_PTRACE;
    }
    return CAP_DAC_OVERRIDE;
}

} // namespace

WithoutCapability::WithoutCapability(Capability which)
    : m_capability(linuxCapability(which))
{
    const int capability = m_capability;
    __user_cap_data_struct data[_LINUX_CAPABILITY_U32S_3] = {};
    if (!readCapabilities(data))
        return;
    __u32 &effective = data[CAP_TO_INDEX(capability)].effective;
    if (!(effective & CAP_TO_MASK(capability))) {
        m_lacking = true;
        return;
    }
    effective &= ~CAP_TO_MASK(capability);
    m_dropped = writeCapabilities(data);
    m_lacking = m_dropped;
}

bool WithoutCapability::withholdFromPrograms(Capability capability)
{
    const int which = linuxCapability(capability);
    return prctl(PR_CAPBSET_DROP, which, 0, 0, 0) == 0
           || prctl(PR_CAPBSET_READ, which, 0, 0, 0) == 0;
}

WithoutCapability::~WithoutCapability()
{
    if (!m_dropped)
        return;
    __user_cap_data_struct data[_LINUX_CAPABILITY_U32S_3] = {};
    if (readCapabilities(data)) {
        data[CAP_TO_INDEX(m_capability)].effective |= CAP_TO_MASK(m_capability);
        writeCapabilities(data);
    }
}

#else

WithoutCapability::WithoutCapability(Capability)
    : m_lacking(true)
{}

WithoutCapability::~WithoutCapability() = default;

bool WithoutCapability::withholdFromPrograms(Capability)
{
    return true;
}

#endif
