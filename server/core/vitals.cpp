#include "core/vitals.h"

#include <cmath>

namespace raycstr::Vitals {

namespace {
const double LogGrowth = std::log(Growth);
} // namespace

int bucketOf(double value, double unit)
{
    const double x = value / unit;
    if (!(x >= 1.0)) // also NaN
        return 0;
    // 1e9 units caps absurd values (a 11-day LCP) instead of overflowing.
    return 1 + int(std::floor(std::log(std::min(x, 1e9)) / LogGrowth));
}

double valueOf(int bucket, double unit)
{
    if (bucket <= 0)
        return 0;
    // Geometric middle of [g^(b-1), g^b).
    return std::pow(Growth, double(bucket - 1)) * std::sqrt(Growth) * unit;
}

} // namespace raycstr::Vitals
