#pragma once

#include <algorithm>
#include <functional>

namespace raycstr::report {

// Tries `attempt` up to `attempts` times, waiting `firstDelayMs` before the second try and
// twice as long before each further one; stops early when `permanent` says trying again
// cannot help. The one back-off of SMTP and webhook delivery.
template<typename Attempt, typename Permanent>
bool retryWithBackOff(int attempts, int firstDelayMs, const std::function<void(int)> &sleep,
                      Attempt attempt, Permanent permanent)
{
    int delay = firstDelayMs;
    for (int n = 1;; ++n) {
        if (attempt())
            return true;
        if (permanent() || n >= std::max(1, attempts))
            return false;
        sleep(delay);
        delay *= 2;
    }
}

} // namespace raycstr::report
