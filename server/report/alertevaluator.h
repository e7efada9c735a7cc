#pragma once

#include "core/alertrule.h"
#include "query/querytypes.h"

namespace raycstr::report {

// What the scheduler read for one rule at one check (through the query engine).
struct AlertObservation
{
    qint64 currentVisitors = 0; // spike: visitors with an event in the last CurrentWindowSecs
    qint64 lastPageview = 0; // drop: Unix seconds of the last pageview, 0: none ever
    qint64 conversions = 0; // goal: conversions in [conversionsFrom(state, now), now)
};

// Whether a rule fires now, and the state it leaves. Pure: no clock, no store, no I/O, so
// every rule is tested with made-up observations (tst_alertevaluator).
//
// - spike: current visitors ≥ threshold, outside the cool-down. A spike that lasts sends
//   one message per cool-down.
// - drop: the site has had a pageview, and none for `threshold` hours: one message per
//   incident (and not within a cool-down of the last one); when pageviews come back, one
//   "recovered" message closes it.
// - goal: the conversions since the last told ones. Each: a message as soon as there are
//   some and the cool-down is over; conversions during the cool-down are told with the
//   next. Digest: one message a day with the day's conversions (none on a day without).
//   The first check only starts counting: conversions before a rule existed are not news.
struct AlertDecision
{
    enum class Kind { None, Fire, Recovered };
    Kind kind = Kind::None;
    AlertState next; // what to store once the message has gone (or at once, for None)
    qint64 count = 0; // spike: visitors; drop: hours without; goal: conversions
};

class AlertEvaluator
{
public:
    static constexpr qint64 CurrentWindowSecs = query::CurrentVisitorsWindowSecs;
    static constexpr qint64 DigestSecs = 24 * 3600;
    // Conversions older than this are not read even after a long outage: a bounded scan.
    static constexpr qint64 MaxConversionWindowSecs = 2 * 24 * 3600;

    static AlertDecision evaluate(const AlertRule &rule, const AlertState &state,
                                  const AlertObservation &seen, qint64 nowSecs);
    // Where the conversions to tell start; equal to `nowSecs` when the rule has not started
    // counting yet.
    static qint64 conversionsFrom(const AlertState &state, qint64 nowSecs);
};

} // namespace raycstr::report
