#pragma once

#include "core/event.h"
#include "core/goal.h"
#include "core/metrics.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace raycstr::query {

// Which days (or hours) a question is about. Resolved against the site's time zone and the
// clock by QueryEngine: "7d" is the 7 local days ending with today (as in Plausible),
// "today" starts at local midnight, "24h" is the 24 local hours up to the current one.
struct Period
{
    enum class Kind { Last24h, Today, Day, Last7d, Last30d, Last90d, Month, Last12mo, Custom };
    Kind kind = Kind::Last30d;
    QDate date; // Day: that day; Month: any day of that month; others: the "today" override
    QDate from; // Custom: first day, inclusive
    QDate to; // Custom: last day, inclusive

    // Parses the API's forms: 24h, today, day, 7d, 30d, 90d, month, 12mo, custom (with
    // from/to), and a date "YYYY-MM-DD" for day/month or as the reference day. Returns
    // nullopt with a message naming the bad part.
    static std::optional<Period> parse(const QString &period, const QString &date,
                                       const QString &from, const QString &to, QString *error);
    QString name() const;
};

enum class Granularity { Hour, Day, Month };

// A period resolved for one site: local days [firstDay, lastDay] and the UTC instants
// [fromSecs, toSecs). Whole-day periods have hourly == false.
struct Interval
{
    qint64 fromSecs = 0;
    qint64 toSecs = 0;
    qint64 firstDay = 0; // local day numbers (core/sitetime.h)
    qint64 lastDay = 0;
    bool wholeDays = true; // false for 24h: starts and ends mid-day
    Granularity granularity = Granularity::Day; // the time series' natural buckets
};

// What to break down or filter by: a dimension, or (with `prop` set) a custom event
// property, whose values are the property's values on custom events.
struct Field
{
    Dimension dim = Dimension::Total;
    QString prop; // non-empty: event property `prop`
    // A goal filter ("goal is Sign-up"): keeps the visits that reached one of the goals
    // named in the filter's values, with all their events. Filters only; no breakdown.
    bool goal = false;
    bool isProp() const { return !prop.isEmpty(); }
    // API names: "page", "entry_page", …, "event_name", "prop:plan" (see dimensionName()),
    // "goal". Plausible's "event:goal" stays an event name, as its Stats API defines it.
    static std::optional<Field> parse(const QString &name, QString *error);
    QString name() const;
    friend bool operator==(const Field &, const Field &) = default;
};

struct Filter
{
    enum class Op {
        Is, // equals one of `values`
        IsNot, // equals none of `values`
        Contains, // contains one of `values` (case-insensitive)
        NotContains,
        Matches, // path wildcard: * within a segment, ** across segments
        NotMatches,
    };
    Field field;
    Op op = Op::Is;
    QStringList values; // OR-ed; "(none)" is not special: "" matches empty
    // Goal filters: the goals `values` name, looked up by the engine (callers leave it empty).
    QList<Matcher> goals;
};

// Why a question has no answer. The kind tells the asker's mistake (the API answers 400)
// from a failure of the store (500); the message says what to change or what failed.
struct QueryError
{
    enum class Kind {
        Failed, // the store could not answer (I/O, a damaged file…)
        BadInput, // not answerable as asked: dates out of range, an unknown goal…
        HourlyRangeTooLong, // hourly buckets asked for more than MaxHourlySpanSecs
        // A raw question past the server's memory budget (MemoryBudget): a limit of this
        // server, not a mistake of the asker (the API answers 503, not 400).
        OverMemoryBudget,
    };
    Kind kind = Kind::Failed;
    QString message;
    bool isBadInput() const { return kind == Kind::BadInput || kind == Kind::HourlyRangeTooLong; }
};

// "Current visitors": those with an event in this many seconds up to now (the live view's
// counter, the realtime API, the spike alerts).
constexpr qint64 CurrentVisitorsWindowSecs = 300;

// The longest period a time series answers in hourly buckets (744 buckets).
constexpr qint64 MaxHourlySpanSecs = 31 * 86400LL;

struct Query
{
    qint32 siteId = 0;
    Period period;
    QList<Filter> filters; // AND-ed
    bool compare = false; // also answer for the previous period of the same length
    // Add imported aggregates (server/import: Plausible's CSV export) where the question can
    // be answered from them. Plausible's APIs ask only when told (with_imported,
    // include.imports); RayCstr's own reports always do.
    bool imports = true;
};

// Whether an answer holds imported aggregates, and when not, why (Plausible's v2 API names
// the reasons `imports_skip_reason`). Imported days hold daily sums per value of one
// dimension: they answer whole-day totals and daily or monthly series without a filter or
// with one "is" filter on a visit dimension they carry, and breakdowns without filters by
// the dimensions they carry (importedDimensions()). Hourly series, 24 h, other filters,
// goals, funnels, properties and vitals are answered from native data alone.
struct ImportsUse
{
    enum class Skip {
        None, // included
        NotRequested, // Query::imports was false
        NoImportedData, // none in the period
        UnsupportedQuery, // a filter or dimension the imported sums cannot answer
        UnsupportedInterval, // hours (24 h, an hourly series)
    };
    Skip skip = Skip::NoImportedData;
    bool included() const { return skip == Skip::None; }
    // Plausible's words: "not_requested", "no_imported_data", "unsupported_query",
    // "unsupported_interval"; empty when included.
    QString skipReason() const;
    friend bool operator==(const ImportsUse &, const ImportsUse &) = default;
};

// The dimensions imported days carry (breakdowns, and the one filter totals take).
bool isImportedDimension(Dimension dim);

struct AggregateResult
{
    Interval interval;
    Metrics current;
    std::optional<Metrics> previous;
    ImportsUse imports;
};

struct TimePoint
{
    qint64 startSecs = 0; // UTC instant the bucket starts
    QDate date; // local date of the bucket (first day for months)
    int hour = -1; // local hour for hourly buckets
    Metrics metrics;
};

struct TimeseriesResult
{
    Interval interval;
    Granularity granularity = Granularity::Day;
    QList<TimePoint> points; // every bucket of the period, zeros included
    ImportsUse imports;
};

struct BreakdownRow
{
    QString value; // "" = none (direct traffic, unknown country…)
    Metrics metrics;
};

struct BreakdownResult
{
    Interval interval;
    Field field;
    // Bounce rate and duration belong to visits: given for visit dimensions (sources,
    // entry pages, countries, devices…), not for pages or events.
    bool hasVisitMetrics = false;
    QList<BreakdownRow> rows; // by visitors, then pageviews/events, then value
    qint64 totalRows = 0; // before limit/offset
    ImportsUse imports;
};

// A visit's whole acquisition (source, referrer, utm_source, utm_medium, utm_campaign,
// utm_content, utm_term) and the visits that came by it: Plausible's imported_sources rows.
struct AcquisitionRow
{
    QStringList values; // the seven, in that order; "" = none
    Metrics metrics;
};

struct VitalStat
{
    QString metric; // LCP, CLS, INP, TTFB, FCP
    qint64 samples = 0;
    double p75 = 0;
    double p95 = 0;
};

struct VitalsRow
{
    QString route; // "" = the whole site
    QList<VitalStat> stats; // the five metrics in the order above, those with samples
};

struct VitalsResult
{
    Interval interval;
    VitalsRow site; // all routes together
    QList<VitalsRow> routes; // the period's most viewed pages, in that order, at most `limit`
};

// A custom event property's key: how many matching events carry it, and their visitors
// (the keys to break down by next, with Field {prop = key}).
struct PropertyKeyRow
{
    QString key;
    qint64 events = 0;
    qint64 visitors = 0; // sum of daily unique visitors
};

// Hits the collector accepted but did not store, for one reason ("bot", "referrer_spam",
// "invalid_url", "no_visit": ingest/pipeline.h DropReason), counted per site-local day.
struct DroppedRow
{
    QString reason;
    qint64 hits = 0;
};

struct GoalRow
{
    Goal goal;
    qint64 uniques = 0; // converted visitors (sum of daily unique visitors, as `visitors`)
    qint64 total = 0; // conversions: every matching event
    double conversionRate = 0; // uniques ÷ visitors of the period and filters, in percent
    QMap<QString, double> revenue; // currency → sum of the conversions' revenue amounts
};

struct GoalsResult
{
    Interval interval;
    qint64 visitors = 0; // the denominator of every conversion rate
    QList<GoalRow> rows; // in the goals' order
};

struct FunnelStepResult
{
    FunnelStep step;
    qint64 visitors = 0; // visitors with a visit that reached this step in order
    double fromPrevious = 0; // percent of the previous step's visitors (100 for the first)
    double fromFirst = 0; // percent of the first step's visitors
    qint64 dropOff = 0; // previous step's visitors who did not reach this one
};

struct FunnelResult
{
    Interval interval;
    Funnel funnel;
    QList<FunnelStepResult> steps;
    double conversionRate = 0; // last step ÷ first step, percent
};

// The five Web Vitals, in display order.
QStringList vitalMetrics();

} // namespace raycstr::query
