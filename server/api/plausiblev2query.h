#pragma once

#include "query/querytypes.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <optional>

namespace raycstr {

// A Plausible Stats API v2 request body (POST /api/v2/query) checked and turned into what
// the query engine understands. Plausible's own parser (lib/plausible/stats/query_parser.ex)
// is the model: the same names, the same defaults and its error wording ("Unknown metric
// '\"foo\"'.", "Invalid filter '[…]'.") so clients written against Plausible read the same
// messages. What RayCstr's engine cannot answer (regular expressions, has_done, an "or" of
// different dimensions, minute buckets, cities) is refused here, with a reason, rather than
// answered approximately.
struct PlausibleV2Query
{
    enum class Time { None, Auto, Hour, Day, Week, Month };
    struct Order
    {
        QString key; // a metric or dimension of the query
        bool descending = true;
    };

    QStringList metrics; // as asked, in order
    QStringList dimensions; // as asked, in order
    Time time = Time::None; // the time dimension, if any
    std::optional<query::Field> field; // the one event:/visit: dimension, if any
    bool goalDimension = false; // event:goal: the site's goals are the rows
    QList<query::Filter> filters; // AND-ed
    QJsonArray filtersJson; // echoed in "query"
    query::Period period;
    QList<Order> orderBy; // empty: Plausible's default
    int limit = 10000;
    int offset = 0;
    bool timeLabels = false;
    bool totalRows = false;
    bool imports = false;

    bool hasGoalFilter() const;
    bool hasMetric(const char *name) const { return metrics.contains(QLatin1String(name)); }

    // `today` is the site's local today (the clock's), used for relative ranges unless the
    // body names a "date".
    static std::optional<PlausibleV2Query> parse(const QJsonObject &body, QDate today,
                                                 QString *error);
    // Plausible's metric names, supported ones first.
    static QStringList metricNames();
    static QStringList dimensionNames();
    // Elixir's inspect() of a JSON value, as Plausible quotes the offending input.
    static QString inspect(const QJsonValue &value);
};

} // namespace raycstr
