#pragma once

// Feeds generated traffic (traffic.h) through the real sessionizer into a SQLite store,
// as the writer thread does, for the reference-comparison tests of rollups and queries.

#include "common/traffic.h"
#include "core/sitetime.h"
#include "ingest/sessionizer.h"
#include "store/sqliteeventstore.h"

#include <QDateTime>
#include <QHash>
#include <QTimeZone>
#include <functional>

namespace raycstr::testing {

// The reference tests' sites: UTC, a zone with DST, and a half-hour offset.
inline QTimeZone zoneOf(qint32 site)
{
    switch (site) {
    case 1:
        return QTimeZone::utc();
    case 2:
        return QTimeZone("America/New_York");
    default:
        return QTimeZone("Asia/Kolkata");
    }
}

// Independent of SiteTime: QDateTime's own conversion.
inline qint64 localDay(qint32 site, qint64 ts)
{
    return QDate(1970, 1, 1).daysTo(QDateTime::fromSecsSinceEpoch(ts, zoneOf(site)).date());
}

// Creates sites 1…count as "siteN.test" in zoneOf(N), as the generated traffic expects.
inline bool addTrafficSites(SqliteDb &db, int count)
{
    for (int s = 1; s <= count; ++s) {
        if (!db.exec(QStringLiteral("INSERT INTO sites(id, domain, timezone, created_at) "
                                    "VALUES(%1, 'site%1.test', '%2', 0)")
                         .arg(s)
                         .arg(QString::fromUtf8(zoneOf(s).id()))
                         .toUtf8()))
            return false;
    }
    return true;
}

inline Event toEvent(const GenEvent &g)
{
    Event e;
    e.siteId = g.site;
    e.ts = g.ts;
    e.visitor = g.person; // one id per person: the hash's daily salt has its own tests
    e.kind = g.kind;
    e.hostname = g.hostname;
    e.path = g.path;
    e.name = g.name;
    e.interactive = g.interactive;
    e.acquisition.source = g.source;
    e.acquisition.utmCampaign = g.campaign;
    e.country = g.country;
    e.agent.browser = g.browser;
    e.agent.device = g.device;
    e.props = g.props;
    e.value = g.value;
    e.hasValue = g.kind == EventKind::Vitals;
    return e;
}

// Returns the number of events stored (engagement pings without a visit are dropped), or
// -1 with `error` set.
inline qint64 storeTraffic(EventStore &store, const QList<GenEvent> &traffic,
                           const std::function<QTimeZone(qint32)> &zoneOf, int batchSize,
                           QString *error)
{
    Sessionizer sessions;
    QHash<qint32, SiteTime> times;
    std::vector<Event> batch;
    qint64 stored = 0;
    auto flush = [&] {
        if (!store.write(batch, {}, error))
            return false;
        stored += qint64(batch.size());
        batch.clear();
        return true;
    };
    for (const GenEvent &g : traffic) {
        Event e = toEvent(g);
        auto t = times.find(g.site);
        if (t == times.end())
            t = times.insert(g.site, SiteTime(zoneOf(g.site)));
        if (!sessions.apply(e, 0, t->slot(e.ts)))
            continue;
        e.slot = t->slot(e.ts);
        e.visitSlot = t->slot(e.visitStart);
        batch.push_back(e);
        if (int(batch.size()) >= batchSize && !flush())
            return -1;
    }
    return flush() ? stored : -1;
}

} // namespace raycstr::testing
