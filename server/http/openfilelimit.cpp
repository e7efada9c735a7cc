#include "http/openfilelimit.h"

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

namespace raycstr {

qint64 raiseOpenFileLimit()
{
#ifdef Q_OS_UNIX
    rlimit limit {};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return -1;
    if (limit.rlim_cur < limit.rlim_max) {
        rlimit raised = limit;
        raised.rlim_cur = limit.rlim_max;
#ifdef Q_OS_MACOS
        // macOS refuses a soft limit above OPEN_MAX whatever the hard limit says.
        if (raised.rlim_cur > 10240)
            raised.rlim_cur = 10240;
#endif
        if (setrlimit(RLIMIT_NOFILE, &raised) == 0)
            limit = raised;
    }
    return limit.rlim_cur == RLIM_INFINITY ? qint64(1) << 30 : qint64(limit.rlim_cur);
#else
    return -1;
#endif
}

} // namespace raycstr
