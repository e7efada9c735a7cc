#pragma once

// The deliberately naive reference tst_queryengine compares the engine with: visits split
// from generated events by a plain loop, every metric counted with sets of strings, no
// rollups, ids or cleverness. It defines the engine's semantics in the simplest words.

#include "common/trafficfeed.h"
#include "query/querytypes.h"

#include <QDateTime>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <functional>

namespace raycstr::testing {

using query::Field;
using query::Filter;

inline qint64 dayStartSecs(qint32 site, QDate d)
{
    return QDateTime(d, QTime(0, 0), zoneOf(site)).toSecsSinceEpoch();
}

// A visit as the naive reference sees it: a person's activity with gaps ≤ 30 minutes.
struct RefVisit
{
    qint32 site = 0;
    quint64 person = 0;
    qint64 start = 0;
    qint64 last = 0;
    int pageviews = 0;
    bool interactive = false;
    QString entry, exit, source, campaign;
};

struct RefEvent
{
    GenEvent g;
    int visit = -1; // index into visits; -1 for vitals outside a visit
};

struct Reference
{
    QList<RefEvent> events; // activity and vitals, in time order
    QList<RefVisit> visits;
    QList<QList<int>> visitEvents; // per visit, its activity events' indices in `events`
};

inline Reference buildReference(const QList<GenEvent> &all)
{
    Reference ref;
    QMap<QPair<qint32, quint64>, int> current; // person → running visit
    for (const GenEvent &e : all) {
        const auto who = qMakePair(e.site, e.person);
        int vi = current.value(who, -1);
        const bool running = vi >= 0 && e.ts - ref.visits[vi].last <= 1800;
        if (e.kind == EventKind::Engagement) {
            if (running)
                ref.visits[vi].last = e.ts;
            continue;
        }
        if (e.kind == EventKind::Vitals) {
            ref.events.append({e, running ? vi : -1});
            continue;
        }
        if (!running) {
            RefVisit v;
            v.site = e.site;
            v.person = e.person;
            v.start = v.last = e.ts;
            v.entry = e.path;
            v.source = e.source;
            v.campaign = e.campaign;
            ref.visits.append(v);
            vi = int(ref.visits.size()) - 1;
            current[who] = vi;
        }
        RefVisit &v = ref.visits[vi];
        v.last = e.ts;
        if (e.kind == EventKind::Pageview) {
            ++v.pageviews;
            v.exit = e.path;
        } else if (e.interactive) {
            v.interactive = true;
        }
        ref.events.append({e, vi});
    }
    ref.visitEvents.resize(ref.visits.size());
    for (int i = 0; i < ref.events.size(); ++i) {
        const RefEvent &re = ref.events[i];
        if (re.visit >= 0 && re.g.kind != EventKind::Vitals)
            ref.visitEvents[re.visit].append(i);
    }
    return ref;
}

inline QString propOf(const GenEvent &e, const QString &key)
{
    for (const Property &p : e.props) {
        if (p.key == key)
            return p.value;
    }
    return QString();
}

// The value of a field for an event; nullopt when the event has none (breakdowns).
inline std::optional<QString> valueOf(const Reference &ref, const RefEvent &re, const Field &f,
                                      bool forFilter)
{
    const GenEvent &e = re.g;
    static const RefVisit none;
    const RefVisit &v = re.visit >= 0 ? ref.visits[re.visit] : none;
    const bool pv = e.kind == EventKind::Pageview, custom = e.kind == EventKind::Custom;
    if (f.isProp()) {
        const QString p = custom ? propOf(e, f.prop) : QString();
        if (p.isEmpty() && !forFilter)
            return std::nullopt;
        return p;
    }
    switch (f.dim) {
    case Dimension::Page:
        if (!pv && !forFilter)
            return std::nullopt;
        return e.path;
    case Dimension::EntryPage:
        return v.entry;
    case Dimension::ExitPage: // visits with no pageview have none
        if (v.exit.isEmpty() && !forFilter)
            return std::nullopt;
        return v.exit;
    case Dimension::Hostname:
        return e.hostname;
    case Dimension::Source:
        return v.source;
    case Dimension::UtmCampaign:
        return v.campaign;
    case Dimension::Country:
        return e.country;
    case Dimension::Device:
        return deviceTypeName(e.device);
    case Dimension::Browser:
    case Dimension::BrowserVersion: // "Firefox 126"; this traffic has no versions
        return e.browser;
    case Dimension::EventName:
        if (!custom && !forFilter)
            return std::nullopt;
        return custom ? e.name : QString();
    default:
        return QString(); // referrer, other utm_*, versions, os: empty in this traffic
    }
}

inline bool refMatches(const Filter &f, const QString &text)
{
    bool any = false;
    for (const QString &v : f.values) {
        switch (f.op) {
        case Filter::Op::Is:
        case Filter::Op::IsNot:
            any = any || text == v;
            break;
        case Filter::Op::Contains:
        case Filter::Op::NotContains:
            any = any || text.toLower().contains(v.toLower());
            break;
        case Filter::Op::Matches:
        case Filter::Op::NotMatches: {
            QString re = QRegularExpression::escape(v);
            re.replace(QLatin1String("\\*\\*"), QLatin1String(".*"));
            re.replace(QLatin1String("\\*"), QLatin1String("[^/]*"));
            any = any
                || QRegularExpression(QLatin1Char('^') + re + QLatin1Char('$'))
                       .match(text)
                       .hasMatch();
            break;
        }
        }
    }
    const bool negated = f.op == Filter::Op::IsNot || f.op == Filter::Op::NotContains
        || f.op == Filter::Op::NotMatches;
    return negated ? !any : any;
}

// A goal or funnel step: custom events by name, pageviews by path pattern.
inline bool refHits(const Matcher &m, const GenEvent &e)
{
    if (m.kind == Matcher::Kind::Event)
        return e.kind == EventKind::Custom && e.name == m.value;
    Filter pattern;
    pattern.op = Filter::Op::Matches;
    pattern.values = {m.value};
    return e.kind == EventKind::Pageview && refMatches(pattern, e.path);
}

// A goal filter keeps the events of visits that reached one of its goals (f.goals, which
// the test fills in; the engine looks the names up itself).
inline bool refVisitReached(const Reference &ref, int visit, const QList<Matcher> &goals)
{
    if (visit < 0)
        return false;
    for (int i : ref.visitEvents[visit]) {
        for (const Matcher &m : goals) {
            if (refHits(m, ref.events[i].g))
                return true;
        }
    }
    return false;
}

inline bool refPasses(const Reference &ref, const RefEvent &re, const QList<Filter> &filters)
{
    for (const Filter &f : filters) {
        if (f.field.goal) {
            if (refVisitReached(ref, re.visit, f.goals) != (f.op == Filter::Op::Is))
                return false;
        } else if (!refMatches(f, *valueOf(ref, re, f.field, true))) {
            return false;
        }
    }
    return true;
}

struct Window
{
    qint32 site;
    qint64 from, to; // [from, to)
};

// The naive count: one pass per group, sets of strings, nothing clever.
inline QMap<QString, Metrics>
refGroups(const Reference &ref, const Window &w, const QList<Filter> &filters,
          const std::function<std::optional<QString>(const RefEvent &)> &eventGroup,
          const std::function<std::optional<QString>(const RefEvent &)> &visitGroup)
{
    QMap<QString, Metrics> out;
    QSet<QString> seenVisitors, seenVisits;
    for (const RefEvent &re : ref.events) {
        const GenEvent &e = re.g;
        if (e.site != w.site || e.kind == EventKind::Vitals)
            continue;
        if (!refPasses(ref, re, filters))
            continue;
        if (e.ts >= w.from && e.ts < w.to) {
            if (const auto g = eventGroup(re)) {
                Metrics &m = out[*g];
                m.pageviews += e.kind == EventKind::Pageview;
                m.events += e.kind == EventKind::Custom;
                const QString k
                    = QStringLiteral("%1|%2|%3").arg(*g).arg(localDay(e.site, e.ts)).arg(e.person);
                if (!seenVisitors.contains(k)) {
                    seenVisitors.insert(k);
                    ++m.visitors;
                }
            }
        }
        const RefVisit &v = ref.visits[re.visit];
        if (v.start >= w.from && v.start < w.to) {
            if (const auto g = visitGroup(re)) {
                const QString k = QStringLiteral("%1|%2").arg(*g).arg(re.visit);
                if (!seenVisits.contains(k)) {
                    seenVisits.insert(k);
                    Metrics &m = out[*g];
                    ++m.visits;
                    m.bounces += v.pageviews <= 1 && !v.interactive;
                    m.duration += v.last - v.start;
                }
            }
        }
    }
    return out;
}

inline QString describe(const Metrics &m)
{
    return QStringLiteral("visitors=%1 visits=%2 pageviews=%3 events=%4 bounces=%5 duration=%6")
        .arg(m.visitors)
        .arg(m.visits)
        .arg(m.pageviews)
        .arg(m.events)
        .arg(m.bounces)
        .arg(m.duration);
}

// What a breakdown reports per field, written from what the API shows (not copied from the
// engine, so a metric the engine forgets is a failure, not a shared blind spot):
// - a visit dimension (source, entry page, country…) is fixed for the whole visit: every
//   metric, bounce and duration included;
// - a page, hostname, event name or property: its visitors, its pageviews (pages,
//   hostnames) or custom events (names, properties, hostnames), and the visits in which it
//   occurred; no bounce or duration (a page does not bounce; a visit does);
// - an exit page: the visitors and visits that ended there.
inline Metrics available(const Field &f, const Metrics &m)
{
    if (!f.isProp() && isVisitDimension(f.dim))
        return m;
    Metrics out;
    out.visitors = m.visitors;
    out.visits = m.visits;
    const bool eventField = f.isProp() || f.dim == Dimension::EventName;
    if (!eventField && f.dim != Dimension::ExitPage)
        out.pageviews = m.pageviews; // pages and hostnames
    if (eventField || f.dim == Dimension::Hostname)
        out.events = m.events;
    return out;
}

// The metrics available() keeps for a field, by name: the (metric × field) pairs a
// reference test must see non-zero at least once.
inline QStringList reportedMetrics(const Field &f)
{
    const Metrics all = available(f, Metrics {1, 1, 1, 1, 1, 1});
    QStringList out;
    const std::pair<const char *, qint64> named[]
        = {{"visitors", all.visitors}, {"visits", all.visits},   {"pageviews", all.pageviews},
           {"events", all.events},     {"bounces", all.bounces}, {"duration", all.duration}};
    for (const auto &[name, v] : named)
        if (v)
            out << QString::fromLatin1(name);
    return out;
}

inline qint64 metricNamed(const Metrics &m, const QString &name)
{
    if (name == QLatin1String("visitors"))
        return m.visitors;
    if (name == QLatin1String("visits"))
        return m.visits;
    if (name == QLatin1String("pageviews"))
        return m.pageviews;
    if (name == QLatin1String("events"))
        return m.events;
    if (name == QLatin1String("bounces"))
        return m.bounces;
    return m.duration;
}

inline double exactPercentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const qsizetype rank = std::max<qsizetype>(1, qsizetype(std::ceil(p * double(values.size()))));
    return values.at(rank - 1);
}

} // namespace raycstr::testing
