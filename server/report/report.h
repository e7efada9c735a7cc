#pragma once

#include "query/queryengine.h"

#include <QDate>
#include <optional>

namespace raycstr::report {

enum class Cadence { Week, Month };

// The days a report covers, in the site's local calendar: the last complete Monday–Sunday
// week, or the last complete calendar month, before `today`; and the period it is compared
// with (the week before, the month before).
struct ReportPeriod
{
    Cadence cadence = Cadence::Week;
    QDate from, to; // inclusive
    QDate previousFrom, previousTo;

    static ReportPeriod lastComplete(Cadence cadence, QDate today);
    static std::optional<Cadence> parseCadence(const QString &text); // "week" | "month"
    static QString cadenceName(Cadence cadence);
};

// What one report says, read from the query engine (so every number equals the stats
// API's for the same days).
struct Report
{
    query::Site site;
    ReportPeriod period;
    Metrics current;
    Metrics previous;
    QList<qint64> visitorsPerDay; // one per day of the period, for the bar chart
    QList<query::BreakdownRow> pages, sources, countries; // the top five each
    QList<query::GoalRow> goals;

    static constexpr int TopRows = 5;
};

std::optional<Report> buildReport(query::QueryEngine &engine, const query::Site &site,
                                  const ReportPeriod &period, query::QueryError *error);

} // namespace raycstr::report
