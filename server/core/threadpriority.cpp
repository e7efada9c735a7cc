#include "core/threadpriority.h"

#include <QtGlobal>

#include <algorithm>

#if defined(Q_OS_LINUX)
#include <cerrno>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace raycstr {

int thisThreadsNiceness()
{
#if defined(Q_OS_LINUX)
    errno = 0; // -1 is a valid answer: errno tells a failure
    const int nice = getpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)));
    return errno == 0 ? nice : 0;
#else
    return 0;
#endif
}

void lowerThisThreadsPriority()
{
#if defined(Q_OS_LINUX)
    static thread_local bool lowered = false;
    if (lowered)
        return;
    // Relative to what the thread has: an absolute value would *raise* the priority of a
    // process started nicer than that (and root may do so).
    const int target = std::min(LowestNiceness, thisThreadsNiceness() + BackgroundNicenessSteps);
    lowered = setpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)), target) == 0;
#endif
}

void lowestThisThreadsPriority()
{
#if defined(Q_OS_LINUX)
    static thread_local bool lowest = false;
    if (!lowest)
        lowest = setpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)), LowestNiceness) == 0;
#endif
}

} // namespace raycstr
