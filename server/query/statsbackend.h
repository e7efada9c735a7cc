#pragma once

#include "query/querytypes.h"

#include <QHash>
#include <QMap>
#include <QTimeZone>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace raycstr::query {

// One question about a site's stored events, made concrete by the query engine: the
// period resolved in the site's time zone, goal filters resolved to their matchers.
struct Scope
{
    qint32 siteId = 0;
    Interval iv;
    QTimeZone zone;
    QList<Filter> filters; // AND-ed; goal filters carry their matchers
};

// Metrics per group under a backend's own keys. A report sorts by the metrics and asks
// `text` only for the rows it shows and those tied with them: a month of a busy site has
// a hundred thousand pages, and most never need their text.
struct Groups
{
    QHash<qint64, Metrics> rows;
    std::function<QString(qint64)> text;
    // After the texts were asked: false with the reason when one could not be read.
    std::function<bool(QString *error)> textsRead;

    // Groups already keyed by their text.
    static Groups byText(const QHash<QString, Metrics> &rows)
    {
        Groups out;
        auto names = std::make_shared<QStringList>();
        for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
            out.rows.insert(names->size(), it.value());
            names->append(it.key());
        }
        out.text = [names](qint64 index) { return names->at(index); };
        return out;
    }
};

// One goal's conversions in a scope (GoalRow without the goal and the rate).
struct GoalCount
{
    qint64 uniques = 0; // sum of daily unique converted visitors
    qint64 total = 0; // matching events
    QMap<QString, double> revenue; // currency → sum of revenue_amount
};

// Web Vitals histograms (core/vitals.h buckets): [metric][route], route "" = the site.
using VitalHistograms = QHash<QString, QHash<QString, QMap<int, qint64>>>;

// The read side of the store: the questions the query engine asks about stored events.
// The engine keeps what does not depend on the backend (periods and time zones, goal
// resolution, imported sums, result shapes, sorting and paging); a backend counts.
// SQLite (SqliteStats: rollups and raw scans in-process) and ClickHouse (ClickHouseStats:
// SQL that aggregates in the server) answer with the same numbers; tst_queryengine runs
// its reference comparison against both.
//
// Counting rules every backend keeps (core/metrics.h): events count where they happened;
// a visit counts in the bucket and groups of the events that began it — it belongs to the
// local day it began, and to a group when one of its activity events in the group passes
// the filters; its bounce and duration are those of the whole visit. Visitors are unique
// per (group, local day) and summed over days. Only pageviews and custom events are
// activity; goal filters keep whole visits (those that reached one of the goals).
//
// One backend serves one thread at a time (an engine owns one).
class StatsBackend
{
public:
    virtual ~StatsBackend() = default;

    // A time budget for the questions that follow; a default time point lifts it. A
    // question still running at the deadline fails, and lastErrorWasOverBudget() says so.
    virtual void setDeadline(std::chrono::steady_clock::time_point deadline) = 0;
    virtual bool lastErrorWasOverBudget() const = 0;

    virtual std::optional<Metrics> totals(const Scope &scope, QueryError *error) = 0;
    // Hourly: keyed by (instant − iv.fromSecs) / 3600; otherwise by local day number. Empty
    // buckets may be left out.
    virtual std::optional<QHash<qint64, Metrics>> series(const Scope &scope, bool hourly,
                                                         QueryError *error)
        = 0;
    // Every metric per value of `by` (the engine keeps those the field reports).
    virtual std::optional<Groups> breakdown(const Scope &scope, const Field &by,
                                            QueryError *error)
        = 0;
    // Per whole acquisition: the seven values joined with U+001F (no value holds it).
    virtual std::optional<QHash<QString, Metrics>> acquisitions(const Scope &scope,
                                                                QueryError *error)
        = 0;
    // Histograms of the vitals samples passing the filters, for the site and `routes`.
    virtual std::optional<VitalHistograms> vitals(const Scope &scope, const QStringList &routes,
                                                  QueryError *error)
        = 0;
    // Per goal, in the order given (at most GoalMatcher::MaxMatchers).
    virtual std::optional<QList<GoalCount>> goals(const Scope &scope, const QList<Matcher> &goals,
                                                  QueryError *error)
        = 0;
    // Per step: visitors (daily unique, summed) with a visit that began in the scope, passes
    // the filters (one of its activity events does) and matched the steps in order up to
    // and including that step.
    virtual std::optional<std::vector<qint64>> funnel(const Scope &scope,
                                                      const QList<Matcher> &steps,
                                                      QueryError *error)
        = 0;
    // Every property key of the custom events passing the filters (the engine leaves out
    // the revenue keys): events carrying it, and their daily unique visitors summed.
    virtual std::optional<QHash<QString, PropertyKeyRow>> propertyKeys(const Scope &scope,
                                                                       QueryError *error)
        = 0;

    // The live questions, over instants [fromSecs, toSecs) of the site's events.
    // Distinct visitors with a pageview, custom event or engagement ping.
    virtual std::optional<qint64> recentVisitors(qint32 siteId, qint64 fromSecs, qint64 toSecs,
                                                 QueryError *error)
        = 0;
    // Pageviews per minute, minute `firstMinute` (Unix minutes) first.
    virtual std::optional<QList<qint64>> pageviewsPerMinute(qint32 siteId, qint64 firstMinute,
                                                            int minutes, QueryError *error)
        = 0;
    // Pageviews and custom events.
    virtual std::optional<qint64> activityCount(qint32 siteId, qint64 fromSecs, qint64 toSecs,
                                                QueryError *error)
        = 0;
    // The instant of the site's last pageview, 0 when it has none.
    virtual std::optional<qint64> lastPageview(qint32 siteId, QueryError *error) = 0;
    // Activity events matching `goal`.
    virtual std::optional<qint64> goalConversions(qint32 siteId, const QTimeZone &zone,
                                                  const Matcher &goal, qint64 fromSecs,
                                                  qint64 toSecs, QueryError *error)
        = 0;
    // Hits dropped before the store on local days [firstDay, lastDay], by reason, most first.
    virtual std::optional<QList<DroppedRow>> dropped(qint32 siteId, qint64 firstDay,
                                                     qint64 lastDay, QueryError *error)
        = 0;
};

} // namespace raycstr::query
