#include "report/alertevaluator.h"

#include <algorithm>

namespace raycstr::report {

qint64 AlertEvaluator::conversionsFrom(const AlertState &state, qint64 nowSecs)
{
    if (state.checkedUntil <= 0)
        return nowSecs;
    return std::clamp(state.checkedUntil, nowSecs - MaxConversionWindowSecs, nowSecs);
}

AlertDecision AlertEvaluator::evaluate(const AlertRule &rule, const AlertState &state,
                                       const AlertObservation &seen, qint64 nowSecs)
{
    AlertDecision d;
    d.next = state;
    const bool coolingDown = nowSecs < state.cooldownUntil;
    const auto fire = [&](AlertDecision::Kind kind, qint64 count) {
        d.kind = kind;
        d.count = count;
        d.next.lastFired = nowSecs;
        d.next.cooldownUntil = nowSecs + qint64(rule.cooldownMinutes) * 60;
    };
    switch (rule.kind) {
    case AlertRule::Kind::Spike:
        if (seen.currentVisitors >= rule.threshold && !coolingDown)
            fire(AlertDecision::Kind::Fire, seen.currentVisitors);
        break;
    case AlertRule::Kind::Drop: {
        if (seen.lastPageview <= 0)
            break; // never had traffic: nothing is broken yet
        const qint64 quiet = nowSecs - seen.lastPageview;
        if (quiet >= qint64(rule.threshold) * 3600) {
            if (!state.firing && !coolingDown) {
                fire(AlertDecision::Kind::Fire, quiet / 3600);
                d.next.firing = true;
            }
        } else if (state.firing) {
            // The cool-down of the drop message stays: a flapping tracker sends no more.
            d.kind = AlertDecision::Kind::Recovered;
            d.next.firing = false;
            d.next.lastFired = nowSecs;
        }
        break;
    }
    case AlertRule::Kind::Goal:
        if (state.checkedUntil <= 0) {
            d.next.checkedUntil = nowSecs; // start counting now
            break;
        }
        if (rule.digest) {
            if (nowSecs - state.checkedUntil < DigestSecs)
                break;
            if (seen.conversions > 0)
                fire(AlertDecision::Kind::Fire, seen.conversions);
            d.next.checkedUntil = nowSecs;
            break;
        }
        if (seen.conversions <= 0) {
            d.next.checkedUntil = nowSecs;
        } else if (!coolingDown) {
            fire(AlertDecision::Kind::Fire, seen.conversions);
            d.next.checkedUntil = nowSecs;
        } // else: kept, told with the next message after the cool-down
        break;
    }
    return d;
}

} // namespace raycstr::report
