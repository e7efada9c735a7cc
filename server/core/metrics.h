#pragma once

#include <QtGlobal>

namespace raycstr {

// The six sums every count in RayCstr is made of: what the writer keeps per rollup row and
// what the query engine answers per period, bucket or breakdown row. Rates and averages are
// derived from the sums (never stored), so every layer computes them the same way.
struct Metrics
{
    qint64 visitors = 0; // sum of daily unique visitors (the visitor id lives one day)
    qint64 visits = 0;
    qint64 pageviews = 0;
    qint64 events = 0; // custom events
    qint64 bounces = 0;
    qint64 duration = 0; // seconds, summed over visits

    double viewsPerVisit() const { return visits ? double(pageviews) / double(visits) : 0; }
    // Percent (33.3 for one bounce in three visits); each API spells it in its own unit.
    double bounceRate() const { return visits ? 100.0 * double(bounces) / double(visits) : 0; }
    double avgDuration() const { return visits ? double(duration) / double(visits) : 0; }
    bool isZero() const { return *this == Metrics {}; }
    Metrics &operator+=(const Metrics &o)
    {
        visitors += o.visitors;
        visits += o.visits;
        pageviews += o.pageviews;
        events += o.events;
        bounces += o.bounces;
        duration += o.duration;
        return *this;
    }
    friend bool operator==(const Metrics &, const Metrics &) = default;
};

} // namespace raycstr
