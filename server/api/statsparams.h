#pragma once

#include "http/plainhttp.h"
#include "query/querytypes.h"

#include <QUrl>
#include <QUrlQuery>
#include <optional>

namespace raycstr {

// The query string shared by /api/stats and /api/events/:siteId/…, parsed and checked in
// one place so every route answers the same mistake with the same 400:
//   period=24h|today|day|7d|30d|90d|month|12mo|custom  (default 30d)
//   date=YYYY-MM-DD      the day for period=day, any day of the month for period=month,
//                        otherwise the day that counts as "today"
//   from=…&to=…          inclusive local dates; implies period=custom
//   compare=1            also answer for the previous period of the same length
//   filter=<expr>        repeatable, AND-ed (syntax: filtersyntax.h)
//   interval=hour|day|month, by=<field>, limit=1…1000, offset=0…
//   funnel=<id|name>, or step=/path&step=event:Name…  (the funnel report)
// A parameter a route does not take is an error rather than silently ignored, so a typo
// ("perod=7d") does not quietly answer for the default period. `auth` (a share link's
// secret) is accepted everywhere.
struct StatsParams
{
    enum Accept : unsigned {
        AcceptPeriod = 1u << 0, // period, date, from, to
        AcceptFilters = 1u << 1,
        AcceptCompare = 1u << 2,
        AcceptInterval = 1u << 3,
        AcceptBy = 1u << 4,
        AcceptPaging = 1u << 5, // limit, offset
        AcceptLimit = 1u << 6, // limit only
        AcceptSite = 1u << 7, // site= (the /api/stats form)
        AcceptFunnel = 1u << 8, // funnel=<id|name>, or step=… repeated (an unsaved funnel)
    };
    static constexpr int MaxLimit = 1000;
    static constexpr int MaxOffset = 1000000;

    query::Period period;
    QList<query::Filter> filters;
    bool compare = false;
    std::optional<query::Granularity> interval;
    std::optional<query::Field> by;
    int limit = 10;
    int offset = 0;
    QString site;
    QString funnel; // a saved funnel's id or name
    QList<FunnelStep> steps; // step=/pricing&step=event:Signup: a funnel not saved yet

    static std::optional<StatsParams> parse(const QUrlQuery &query, unsigned accept,
                                            QString *error);
    // The request's query string decoded as an HTML form would be: "+" is a space (what
    // Plausible's docs tell clients to send in goal names), "%2B" a plus.
    static QUrlQuery formQuery(const QUrl &url);
    static QUrlQuery formQuery(const PlainRequest &request);
    // A whole number in [min, max], or nullopt with a message naming `name`.
    static std::optional<int> parseInt(const QString &name, const QString &text, int min, int max,
                                       QString *error);

private:
    static QUrlQuery formQuery(QString encoded);
};

} // namespace raycstr
