#pragma once

#include <QString>
#include <QtGlobal>

namespace raycstr {

// Web Vitals are kept as histograms (store/rollup_vitals) so P75/P95 over months read a
// few thousand rows instead of every sample. Buckets are logarithmic, 2 % wide: the
// representative value is within 1 % of every sample in its bucket. Both the rollups and
// the raw-event path quantise the same way, so they agree exactly.
namespace Vitals {
// Each bucket is this much wider than the one below (bucketOf: 1 + floor(ln(x) / ln(Growth))).
constexpr double Growth = 1.02;
// CLS is a unitless score around 0.0–1.0; the others are milliseconds.
inline double unitOf(const QString &metric)
{
    return metric == QLatin1String("CLS") ? 0.0001 : 1.0;
}
int bucketOf(double value, double unit);
double valueOf(int bucket, double unit);
} // namespace Vitals

} // namespace raycstr
