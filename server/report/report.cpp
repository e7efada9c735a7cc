#include "report/report.h"

namespace raycstr::report {

ReportPeriod ReportPeriod::lastComplete(Cadence cadence, QDate today)
{
    ReportPeriod p;
    p.cadence = cadence;
    if (cadence == Cadence::Week) {
        const QDate thisMonday = today.addDays(1 - today.dayOfWeek());
        p.from = thisMonday.addDays(-7);
        p.to = thisMonday.addDays(-1);
        p.previousFrom = p.from.addDays(-7);
        p.previousTo = p.from.addDays(-1);
    } else {
        const QDate thisMonth(today.year(), today.month(), 1);
        p.from = thisMonth.addMonths(-1);
        p.to = thisMonth.addDays(-1);
        p.previousFrom = thisMonth.addMonths(-2);
        p.previousTo = p.from.addDays(-1);
    }
    return p;
}

std::optional<Cadence> ReportPeriod::parseCadence(const QString &text)
{
    if (text == QLatin1String("week"))
        return Cadence::Week;
    if (text == QLatin1String("month"))
        return Cadence::Month;
    return std::nullopt;
}

QString ReportPeriod::cadenceName(Cadence cadence)
{
    return cadence == Cadence::Week ? QStringLiteral("week") : QStringLiteral("month");
}

namespace {

query::Query daysQuery(qint32 siteId, QDate from, QDate to)
{
    query::Query q;
    q.siteId = siteId;
    q.period.kind = query::Period::Kind::Custom;
    q.period.from = from;
    q.period.to = to;
    return q;
}

} // namespace

std::optional<Report> buildReport(query::QueryEngine &engine, const query::Site &site,
                                  const ReportPeriod &period, query::QueryError *error)
{
    Report r;
    r.site = site;
    r.period = period;
    const query::Query now = daysQuery(site.id, period.from, period.to);
    const auto current = engine.aggregate(now, error);
    if (!current)
        return std::nullopt;
    r.current = current->current;
    const auto previous
        = engine.aggregate(daysQuery(site.id, period.previousFrom, period.previousTo), error);
    if (!previous)
        return std::nullopt;
    r.previous = previous->current;
    const auto series = engine.timeseries(now, query::Granularity::Day, error);
    if (!series)
        return std::nullopt;
    for (const query::TimePoint &point : series->points)
        r.visitorsPerDay.append(point.metrics.visitors);
    const std::pair<Dimension, QList<query::BreakdownRow> *> tops[]
        = {{Dimension::Page, &r.pages},
           {Dimension::Source, &r.sources},
           {Dimension::Country, &r.countries}};
    for (const auto &[dim, rows] : tops) {
        const auto b = engine.breakdown(now, query::Field {dim, {}}, Report::TopRows, 0, error);
        if (!b)
            return std::nullopt;
        *rows = b->rows;
    }
    const auto goals = engine.goals(now, error);
    if (!goals)
        return std::nullopt;
    r.goals = goals->rows;
    return r;
}

} // namespace raycstr::report
