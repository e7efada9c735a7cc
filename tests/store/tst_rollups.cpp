// Reference comparison: random traffic goes through the real sessionizer and the SQLite
// store; every rollup row must equal what a deliberately naive computation over the same
// generated events says.

#include "common/trafficfeed.h"
#include "core/sitetime.h"
#include "store/database.h"

#include <QDateTime>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

using namespace raycstr;
using namespace raycstr::testing;

namespace {

QString describe(const Metrics &m)
{
    return QStringLiteral("visitors=%1 visits=%2 pageviews=%3 events=%4 bounces=%5 duration=%6")
        .arg(m.visitors)
        .arg(m.visits)
        .arg(m.pageviews)
        .arg(m.events)
        .arg(m.bounces)
        .arg(m.duration);
}

// Keys as strings so failures print readably: "site|day|dim|value" and "site|hour".
using Table = QMap<QString, Metrics>;

qint64 localHourStart(qint32 site, qint64 ts)
{
    const QTime t = QDateTime::fromSecsSinceEpoch(ts, zoneOf(site)).time();
    return ts - (t.minute() * 60 + t.second());
}

QString dayKey(qint32 site, qint64 day, Dimension dim, const QString &value)
{
    return QStringLiteral("%1|%2|%3|%4").arg(site).arg(day).arg(dimensionName(dim), value);
}

struct Visit
{
    qint32 site;
    quint64 person;
    QList<GenEvent> events; // activity and engagement, in order
    QString source, country, browser, device, entry;
    qint64 start = 0;
    qint64 last = 0;
};

QString deviceOf(const GenEvent &e)
{
    return deviceTypeName(e.device);
}

// The naive reference: split each person's events into visits, then count.
void reference(const QList<GenEvent> &all, Table *days, Table *hours)
{
    QMap<QPair<qint32, quint64>, QList<GenEvent>> byPerson;
    for (const GenEvent &e : all)
        byPerson[{e.site, e.person}].append(e);

    QList<Visit> visits;
    for (auto it = byPerson.cbegin(); it != byPerson.cend(); ++it) {
        Visit *current = nullptr;
        for (const GenEvent &e : it.value()) {
            const bool running = current && e.ts - current->last <= 1800;
            if (e.kind == EventKind::Engagement) {
                if (running) {
                    current->events.append(e);
                    current->last = e.ts;
                }
                continue;
            }
            if (!running) {
                visits.append(Visit {e.site,
                                     e.person,
                                     {},
                                     e.source,
                                     e.country,
                                     e.browser,
                                     deviceOf(e),
                                     e.path,
                                     e.ts,
                                     e.ts});
                current = &visits.last();
            }
            current->events.append(e);
            current->last = e.ts;
        }
    }

    QSet<QString> seen; // "what|site|day|person" sets for unique visitors
    auto once = [&](const QString &k) {
        if (seen.contains(k))
            return false;
        seen.insert(k);
        return true;
    };
    for (const Visit &v : visits) {
        const qint64 startDay = localDay(v.site, v.start);
        const qint64 startHour = localHourStart(v.site, v.start);
        int pageviews = 0;
        bool interactive = false;
        QString exit;
        QSet<QString> pagesSeen;
        const QList<QPair<Dimension, QString>> visitDims = {{Dimension::Source, v.source},
                                                            {Dimension::Country, v.country},
                                                            {Dimension::Browser, v.browser},
                                                            {Dimension::Device, v.device},
                                                            {Dimension::EntryPage, v.entry}};
        for (const GenEvent &e : v.events) {
            if (e.kind == EventKind::Engagement)
                continue;
            const qint64 day = localDay(v.site, e.ts);
            const qint64 hour = localHourStart(v.site, e.ts);
            const bool pv = e.kind == EventKind::Pageview;
            const bool custom = e.kind == EventKind::Custom;
            Metrics &t = (*days)[dayKey(v.site, day, Dimension::Total, QString())];
            t.pageviews += pv;
            t.events += custom;
            t.visitors += once(QStringLiteral("total|%1|%2|%3").arg(v.site).arg(day).arg(v.person));
            Metrics &h = (*hours)[QStringLiteral("%1|%2").arg(v.site).arg(hour)];
            h.pageviews += pv;
            h.events += custom;
            h.visitors += once(QStringLiteral("hour|%1|%2|%3").arg(v.site).arg(hour).arg(v.person));
            for (const auto &[dim, value] : visitDims) {
                Metrics &m = (*days)[dayKey(v.site, day, dim, value)];
                m.pageviews += pv;
                m.events += custom;
                m.visitors += once(QStringLiteral("%1|%2|%3|%4|%5")
                                       .arg(int(dim))
                                       .arg(value)
                                       .arg(v.site)
                                       .arg(day)
                                       .arg(v.person));
            }
            Metrics &host = (*days)[dayKey(
                v.site, day, Dimension::Hostname,
                e.hostname.startsWith(QLatin1String("www.")) ? e.hostname : e.hostname)];
            host.pageviews += pv;
            host.events += custom;
            host.visitors += once(QStringLiteral("host|%1|%2|%3|%4")
                                      .arg(e.hostname)
                                      .arg(v.site)
                                      .arg(day)
                                      .arg(v.person));
            if (pv) {
                ++pageviews;
                exit = e.path;
                Metrics &p = (*days)[dayKey(v.site, day, Dimension::Page, e.path)];
                p.pageviews += 1;
                p.visitors += once(QStringLiteral("page|%1|%2|%3|%4")
                                       .arg(e.path)
                                       .arg(v.site)
                                       .arg(day)
                                       .arg(v.person));
                if (!pagesSeen.contains(e.path)) {
                    pagesSeen.insert(e.path);
                    // Visits belong to the day they began, also per page.
                    (*days)[dayKey(v.site, startDay, Dimension::Page, e.path)].visits += 1;
                }
            }
            if (custom) {
                interactive = interactive || e.interactive;
                Metrics &n = (*days)[dayKey(v.site, day, Dimension::EventName, e.name)];
                n.events += 1;
                n.visitors += once(QStringLiteral("name|%1|%2|%3|%4")
                                       .arg(e.name)
                                       .arg(v.site)
                                       .arg(day)
                                       .arg(v.person));
            }
        }
        const bool bounced = pageviews <= 1 && !interactive;
        const qint64 duration = v.last - v.start;
        auto addVisit = [&](Metrics &m) {
            m.visits += 1;
            m.bounces += bounced;
            m.duration += duration;
        };
        addVisit((*days)[dayKey(v.site, startDay, Dimension::Total, QString())]);
        addVisit((*hours)[QStringLiteral("%1|%2").arg(v.site).arg(startHour)]);
        for (const auto &[dim, value] : visitDims)
            addVisit((*days)[dayKey(v.site, startDay, dim, value)]);
        if (!exit.isEmpty())
            (*days)[dayKey(v.site, startDay, Dimension::ExitPage, exit)].visits += 1;
    }
}

void dropZeros(Table *t)
{
    for (auto it = t->begin(); it != t->end();)
        it = it->isZero() ? t->erase(it) : std::next(it);
}

} // namespace

class tst_Rollups : public QObject
{
    Q_OBJECT

private:
    void compare(const Table &actual, const Table &expected, const char *what)
    {
        int mismatches = 0;
        QStringList report;
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            const Metrics got = actual.value(it.key());
            if (!(got == it.value())) {
                if (++mismatches <= 10)
                    report << QStringLiteral("%1: expected %2, got %3")
                                  .arg(it.key(), describe(it.value()), describe(got));
            }
        }
        for (auto it = actual.cbegin(); it != actual.cend(); ++it) {
            if (!expected.contains(it.key()) && ++mismatches <= 10)
                report
                    << QStringLiteral("%1: unexpected row %2").arg(it.key(), describe(it.value()));
        }
        QVERIFY2(mismatches == 0,
                 qPrintable(QStringLiteral("%1: %2 mismatching rows of %3\n%4")
                                .arg(QLatin1String(what))
                                .arg(mismatches)
                                .arg(expected.size())
                                .arg(report.join(QLatin1Char('\n')))));
    }

private Q_SLOTS:
    void rollupsMatchNaiveReference_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<int>("batchSize");
        QTest::newRow("seed 1, batches of 1") << 1u << 1;
        QTest::newRow("seed 2, batches of 97") << 2u << 97;
        QTest::newRow("seed 3, one batch") << 3u << 1000000;
    }

    void rollupsMatchNaiveReference()
    {
        QFETCH(quint32, seed);
        QFETCH(int, batchSize);
        TrafficSpec spec;
        spec.seed = seed;
        const QList<GenEvent> traffic = generateTraffic(spec);
        QVERIFY(traffic.size() > 2000);

        QTemporaryDir dir;
        SqliteDb db;
        QString error;
        QVERIFY2(Database::open(&db, dir.path(), &error), qPrintable(error));
        QVERIFY(addTrafficSites(db, spec.sites));
        SqliteEventStore store(&db);
        const qint64 stored = storeTraffic(store, traffic, zoneOf, batchSize, &error);
        QVERIFY2(stored > 0, qPrintable(error));

        Table expectedDays, expectedHours;
        reference(traffic, &expectedDays, &expectedHours);
        dropZeros(&expectedDays);
        dropZeros(&expectedHours);

        Table days, hours;
        Statement d(
            db,
            "SELECT r.site_id, r.day, r.dim, COALESCE(s.value, ''), visitors, visits, pageviews, "
            "events, bounces, duration FROM rollup_daily r LEFT JOIN strings s ON s.id = r.value");
        while (d.next()) {
            const auto dim = Dimension(d.int64(2));
            // Dimensions the generator does not vary are checked by the unit tests.
            if (dim == Dimension::Referrer
                || (dim >= Dimension::UtmSource && dim <= Dimension::UtmTerm)
                || dim == Dimension::BrowserVersion || dim == Dimension::Os
                || dim == Dimension::OsVersion)
                continue;
            days[dayKey(qint32(d.int64(0)), d.int64(1), dim, d.text(3))]
                = Metrics {d.int64(4), d.int64(5), d.int64(6), d.int64(7), d.int64(8), d.int64(9)};
        }
        Statement h(db,
                    "SELECT site_id, hour, visitors, visits, pageviews, events, bounces, duration "
                    "FROM rollup_hourly");
        while (h.next())
            hours[QStringLiteral("%1|%2").arg(h.int64(0)).arg(h.int64(1))]
                = Metrics {h.int64(2), h.int64(3), h.int64(4), h.int64(5), h.int64(6), h.int64(7)};
        dropZeros(&days);
        dropZeros(&hours);

        compare(days, expectedDays, "daily rollups");
        compare(hours, expectedHours, "hourly rollups");

        Statement count(db, "SELECT count(*) FROM events");
        QVERIFY(count.next());
        QCOMPARE(count.int64(0), stored);
        qInfo("seed %u: %lld events stored, %lld daily and %lld hourly rollup rows agree", seed,
              stored, qint64(expectedDays.size()), qint64(expectedHours.size()));
    }
};

QTEST_GUILESS_MAIN(tst_Rollups)
#include "tst_rollups.moc"
