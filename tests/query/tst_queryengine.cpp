// Reference comparison for the query engine: random traffic (several sites and time zones,
// visits across midnight and the US DST change, bots-free here: the pipeline's bot filter
// has its own tests) goes through the real sessionizer and SQLite store. Every metric the
// engine returns — from rollups and from raw events — must equal a deliberately naive
// computation over the generated events. Vitals percentiles are histogram-based and must
// be within 1 % of the exact nearest-rank value.

#include "common/trafficfeed.h"
#include "core/clock.h"
#include "core/sitetime.h"
#include "query/queryengine.h"
#include "queryreference.h"
#include "store/database.h"

#include <QDateTime>
#include <QMap>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace raycstr;
using namespace raycstr::testing;
using namespace raycstr::query;

class tst_QueryEngine : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TrafficSpec m_spec;
    Reference m_ref;
    // 2023-11-09T15:30Z: the traffic spans 2023-11-03 … 2023-11-10.
    ManualClock m_clock {1699543800000LL};
    std::unique_ptr<QueryEngine> m_rollupEngine;
    std::unique_ptr<QueryEngine> m_rawEngine;

    QList<QPair<QString, Period>> periods() const;
    QList<QPair<QString, QList<Filter>>> filterSets() const;
    Window windowFor(qint32 site, const Interval &iv) const
    {
        return {site, iv.fromSecs, iv.toSecs};
    }
    void checkMetrics(const Metrics &got, const Metrics &expected, const QString &what);

private Q_SLOTS:
    void initTestCase();
    void periodsResolveInSiteTimeZone();
    void aggregatesMatchReference();
    void timeseriesMatchReference();
    void breakdownsMatchReference();
    void vitalsMatchReference();
    void currentVisitorsCountsRecentVisitors();
    void comparisonUsesPreviousPeriod();
    void unknownSiteAndBadRangeAreErrors();
    void answersFollowNewWrites(); // last: it adds traffic the reference does not know
};

QList<QPair<QString, Period>> tst_QueryEngine::periods() const
{
    auto make = [](Period::Kind k, QDate date = {}, QDate from = {}, QDate to = {}) {
        Period p;
        p.kind = k;
        p.date = date;
        p.from = from;
        p.to = to;
        return p;
    };
    return {
        {QStringLiteral("today"), make(Period::Kind::Today)},
        {QStringLiteral("24h"), make(Period::Kind::Last24h)},
        {QStringLiteral("7d"), make(Period::Kind::Last7d)},
        {QStringLiteral("30d"), make(Period::Kind::Last30d)},
        {QStringLiteral("90d"), make(Period::Kind::Last90d)},
        {QStringLiteral("day of the US DST change"), make(Period::Kind::Day, QDate(2023, 11, 5))},
        {QStringLiteral("custom 4-6 Nov"),
         make(Period::Kind::Custom, {}, QDate(2023, 11, 4), QDate(2023, 11, 6))},
        {QStringLiteral("month"), make(Period::Kind::Month)},
        {QStringLiteral("12mo"), make(Period::Kind::Last12mo)},
    };
}

QList<QPair<QString, QList<Filter>>> tst_QueryEngine::filterSets() const
{
    auto f = [](Dimension dim, Filter::Op op, QStringList values, QString prop = {}) {
        Filter x;
        x.field.dim = dim;
        x.field.prop = prop;
        x.op = op;
        x.values = values;
        return x;
    };
    using O = Filter::Op;
    using D = Dimension;
    return {
        {QStringLiteral("none"), {}},
        {QStringLiteral("source is Google"), {f(D::Source, O::Is, {QStringLiteral("Google")})}},
        {QStringLiteral("country is DE"), {f(D::Country, O::Is, {QStringLiteral("DE")})}},
        {QStringLiteral("source is direct"), {f(D::Source, O::Is, {QString()})}},
        {QStringLiteral("country is not DE"), {f(D::Country, O::IsNot, {QStringLiteral("DE")})}},
        {QStringLiteral("page is /pricing"), {f(D::Page, O::Is, {QStringLiteral("/pricing")})}},
        {QStringLiteral("page contains BLOG"), {f(D::Page, O::Contains, {QStringLiteral("BLOG")})}},
        {QStringLiteral("page matches /blog/*"),
         {f(D::Page, O::Matches, {QStringLiteral("/blog/*")})}},
        {QStringLiteral("page does not match /**t*"),
         {f(D::Page, O::NotMatches, {QStringLiteral("/**t*")})}},
        {QStringLiteral("Google and Firefox"),
         {f(D::Source, O::Is, {QStringLiteral("Google")}),
          f(D::Browser, O::Is, {QStringLiteral("Firefox")})}},
        {QStringLiteral("entry page is /"), {f(D::EntryPage, O::Is, {QStringLiteral("/")})}},
        {QStringLiteral("exit page not containing o"),
         {f(D::ExitPage, O::NotContains, {QStringLiteral("o")})}},
        {QStringLiteral("event is signup"), {f(D::EventName, O::Is, {QStringLiteral("signup")})}},
        {QStringLiteral("prop plan is pro"),
         {f(D::EventName, O::Is, {QStringLiteral("pro")}, QStringLiteral("plan"))}},
        {QStringLiteral("hostname contains www"),
         {f(D::Hostname, O::Contains, {QStringLiteral("www")})}},
        {QStringLiteral("device is Mobile or Tablet"),
         {f(D::Device, O::Is, {QStringLiteral("Mobile"), QStringLiteral("Tablet")})}},
        {QStringLiteral("campaign is spring"),
         {f(D::UtmCampaign, O::Is, {QStringLiteral("spring")})}},
        {QStringLiteral("country is XX (never seen)"),
         {f(D::Country, O::Is, {QStringLiteral("XX")})}},
    };
}

void tst_QueryEngine::checkMetrics(const Metrics &got, const Metrics &expected, const QString &what)
{
    QVERIFY2(got == expected,
             qPrintable(QStringLiteral("%1\n  expected %2\n  got      %3")
                            .arg(what, describe(expected), describe(got))));
}

void tst_QueryEngine::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_spec.seed = 7;
    m_spec.people = 600;
    m_spec.days = 8;
    m_spec.extras = true;
    const QList<GenEvent> traffic = generateTraffic(m_spec);
    m_ref = buildReference(traffic);

    SqliteDb db;
    QString error;
    QVERIFY2(Database::open(&db, m_dir.path(), &error), qPrintable(error));
    QVERIFY(addTrafficSites(db, m_spec.sites));
    SqliteEventStore store(&db);
    QVERIFY2(storeTraffic(store, traffic, zoneOf, 500, &error) > 0, qPrintable(error));

    m_rollupEngine = std::make_unique<QueryEngine>(m_dir.path(), &m_clock);
    m_rawEngine
        = std::make_unique<QueryEngine>(m_dir.path(), &m_clock, QueryEngine::Options {true});
    QVERIFY2(m_rollupEngine->open(&error), qPrintable(error));
    QVERIFY2(m_rawEngine->open(&error), qPrintable(error));
}

void tst_QueryEngine::periodsResolveInSiteTimeZone()
{
    QueryError error;
    const qint64 now = m_clock.nowSecs();
    for (qint32 site = 1; site <= 3; ++site) {
        const QDate today = QDateTime::fromSecsSinceEpoch(now, zoneOf(site)).date();
        struct Expect
        {
            Period::Kind kind;
            QDate first, last;
            Granularity granularity;
        };
        const QList<Expect> expected = {
            {Period::Kind::Today, today, today, Granularity::Hour},
            {Period::Kind::Last7d, today.addDays(-6), today, Granularity::Day},
            {Period::Kind::Last30d, today.addDays(-29), today, Granularity::Day},
            {Period::Kind::Last90d, today.addDays(-89), today, Granularity::Day},
            {Period::Kind::Month, QDate(2023, 11, 1), QDate(2023, 11, 30), Granularity::Day},
            {Period::Kind::Last12mo, QDate(2022, 12, 1), QDate(2023, 11, 30), Granularity::Month},
        };
        for (const Expect &x : expected) {
            Period p;
            p.kind = x.kind;
            const auto iv = m_rollupEngine->resolve(site, p, &error);
            QVERIFY2(iv, qPrintable(error.message));
            QCOMPARE(iv->fromSecs, dayStartSecs(site, x.first));
            QCOMPARE(iv->toSecs, dayStartSecs(site, x.last.addDays(1)));
            QCOMPARE(iv->granularity, x.granularity);
            QVERIFY(iv->wholeDays);
        }
        Period h;
        h.kind = Period::Kind::Last24h;
        const auto iv = m_rollupEngine->resolve(site, h, &error);
        QVERIFY(iv);
        QVERIFY(!iv->wholeDays);
        QCOMPARE(iv->toSecs - iv->fromSecs, 86400);
        QVERIFY(iv->fromSecs <= now - 23 * 3600 && iv->toSecs > now);
        // Local hours: in India they start at half past the UTC hour.
        QCOMPARE(QDateTime::fromSecsSinceEpoch(iv->fromSecs, zoneOf(site)).time().minute(), 0);
    }
    // The day the US left DST has 25 hours in New York.
    Period dst;
    dst.kind = Period::Kind::Day;
    dst.date = QDate(2023, 11, 5);
    const auto iv = m_rollupEngine->resolve(2, dst, &error);
    QVERIFY(iv);
    QCOMPARE(iv->toSecs - iv->fromSecs, 25 * 3600);
}

void tst_QueryEngine::aggregatesMatchReference()
{
    int checked = 0;
    qint64 nonEmpty = 0;
    QueryError error;
    for (qint32 site = 1; site <= 3; ++site) {
        for (const auto &[pname, period] : periods()) {
            for (const auto &[fname, filters] : filterSets()) {
                Query q;
                q.siteId = site;
                q.period = period;
                q.filters = filters;
                const auto a = m_rollupEngine->aggregate(q, &error);
                QVERIFY2(a, qPrintable(error.message));
                const auto b = m_rawEngine->aggregate(q, &error);
                QVERIFY2(b, qPrintable(error.message));
                const auto c = [](const RefEvent &) { return std::optional<QString>(QString()); };
                const Metrics expected
                    = refGroups(m_ref, windowFor(site, a->interval), filters, c, c)
                          .value(QString());
                const QString what
                    = QStringLiteral("site %1, %2, filter %3").arg(site).arg(pname, fname);
                checkMetrics(a->current, expected, what + QStringLiteral(" (rollups)"));
                checkMetrics(b->current, expected, what + QStringLiteral(" (raw)"));
                ++checked;
                nonEmpty += expected.pageviews > 0;
            }
        }
    }
    // The traffic must exercise the comparison, not compare zeros.
    QVERIFY2(nonEmpty > checked / 2,
             qPrintable(QStringLiteral("%1 of %2").arg(nonEmpty).arg(checked)));
}

void tst_QueryEngine::timeseriesMatchReference()
{
    QueryError error;
    const auto all = filterSets();
    for (qint32 site = 1; site <= 3; ++site) {
        for (const auto &[pname, period] : periods()) {
            for (int fi : {0, 1, 6, 9}) {
                const auto &[fname, filters] = all.at(fi);
                Query q;
                q.siteId = site;
                q.period = period;
                q.filters = filters;
                for (QueryEngine *engine : {m_rollupEngine.get(), m_rawEngine.get()}) {
                    const auto ts = engine->timeseries(q, std::nullopt, &error);
                    QVERIFY2(ts, qPrintable(error.message));
                    const Interval &iv = ts->interval;
                    const Granularity g = ts->granularity;
                    // Independent bucketing: by local date, month or hour offset.
                    auto bucket = [&](qint64 t) -> std::optional<QString> {
                        if (t < iv.fromSecs || t >= iv.toSecs)
                            return std::nullopt;
                        const QDate d = QDateTime::fromSecsSinceEpoch(t, zoneOf(site)).date();
                        if (g == Granularity::Hour)
                            return QString::number((t - iv.fromSecs) / 3600);
                        if (g == Granularity::Month)
                            return d.toString(QStringLiteral("yyyy-MM"));
                        return d.toString(Qt::ISODate);
                    };
                    const auto expected = refGroups(
                        m_ref, windowFor(site, iv), filters,
                        [&](const RefEvent &re) { return bucket(re.g.ts); },
                        [&](const RefEvent &re) { return bucket(m_ref.visits[re.visit].start); });
                    Metrics sum, expectedSum;
                    for (int i = 0; i < ts->points.size(); ++i) {
                        const TimePoint &p = ts->points.at(i);
                        const QString key = g == Granularity::Hour ? QString::number(i)
                            : g == Granularity::Month ? p.date.toString(QStringLiteral("yyyy-MM"))
                                                      : p.date.toString(Qt::ISODate);
                        checkMetrics(p.metrics, expected.value(key),
                                     QStringLiteral("site %1, %2, %3, bucket %4 (%5)")
                                         .arg(site)
                                         .arg(pname, fname, key,
                                              engine == m_rawEngine.get()
                                                  ? QStringLiteral("raw")
                                                  : QStringLiteral("rollups")));
                        sum += p.metrics;
                    }
                    for (const Metrics &m : expected)
                        expectedSum += m;
                    checkMetrics(sum, expectedSum,
                                 QStringLiteral("every bucket present: %1 %2").arg(pname, fname));
                    const qint64 days = iv.lastDay - iv.firstDay + 1;
                    if (g == Granularity::Day)
                        QCOMPARE(ts->points.size(), days);
                }
            }
        }
    }
}

void tst_QueryEngine::breakdownsMatchReference()
{
    QueryError error;
    QList<Field> fields;
    for (int i = 1; i < int(Dimension::Count); ++i)
        fields.append(Field {Dimension(i), {}});
    fields.append(Field {Dimension::EventName, QStringLiteral("plan")});
    const auto all = filterSets();
    const auto ps = periods();
    int nonEmpty = 0;
    // Per (field, metric): the reference's total, so every pair a breakdown reports is
    // compared on a count, not only on zeros.
    QMap<QString, qint64> exercised;
    for (qint32 site = 1; site <= 3; ++site) {
        for (int pi : {1, 2, 5, 6}) { // 24h, 7d, the DST day, custom
            const auto &[pname, period] = ps.at(pi);
            for (int fi : {0, 2, 6, 13}) {
                const auto &[fname, filters] = all.at(fi);
                for (const Field &field : fields) {
                    Query q;
                    q.siteId = site;
                    q.period = period;
                    q.filters = filters;
                    for (QueryEngine *engine : {m_rollupEngine.get(), m_rawEngine.get()}) {
                        const auto b = engine->breakdown(q, field, 1000, 0, &error);
                        QVERIFY2(b, qPrintable(error.message));
                        auto group
                            = [&](const RefEvent &re) { return valueOf(m_ref, re, field, false); };
                        const auto groups
                            = refGroups(m_ref, windowFor(site, b->interval), filters, group, group);
                        QList<BreakdownRow> expected;
                        for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
                            const Metrics m = available(field, it.value());
                            if (!(m == Metrics {}))
                                expected.append({it.key(), m});
                        }
                        std::sort(expected.begin(), expected.end(),
                                  [](const BreakdownRow &a, const BreakdownRow &b) {
                                      return std::make_tuple(-a.metrics.visitors, -a.metrics.visits,
                                                             -a.metrics.pageviews,
                                                             -a.metrics.events, a.value)
                                          < std::make_tuple(-b.metrics.visitors, -b.metrics.visits,
                                                            -b.metrics.pageviews, -b.metrics.events,
                                                            b.value);
                                  });
                        const QString what
                            = QStringLiteral("site %1, %2, filter %3, by %4 (%5)")
                                  .arg(site)
                                  .arg(pname, fname, field.name(),
                                       engine == m_rawEngine.get() ? QStringLiteral("raw")
                                                                   : QStringLiteral("rollups"));
                        QStringList got, want;
                        for (const auto &r : b->rows)
                            got << r.value;
                        for (const auto &r : expected)
                            want << r.value;
                        QVERIFY2(b->totalRows == expected.size()
                                     && b->rows.size() == expected.size(),
                                 qPrintable(what
                                            + QStringLiteral(": rows [%1], expected [%2]")
                                                  .arg(got.join(QLatin1Char(',')),
                                                       want.join(QLatin1Char(',')))));
                        for (int i = 0; i < expected.size(); ++i) {
                            QVERIFY2(
                                b->rows.at(i).value == expected.at(i).value,
                                qPrintable(what
                                           + QStringLiteral(": row %1 is '%2', expected '%3'")
                                                 .arg(i)
                                                 .arg(b->rows.at(i).value, expected.at(i).value)));
                            checkMetrics(b->rows.at(i).metrics, expected.at(i).metrics,
                                         what + QStringLiteral(", row ") + expected.at(i).value);
                        }
                        nonEmpty += !expected.isEmpty();
                        for (const BreakdownRow &r : std::as_const(expected))
                            for (const QString &metric : reportedMetrics(field))
                                exercised[field.name() + u'|' + metric]
                                    += metricNamed(r.metrics, metric);
                        // Paging returns the same order.
                        if (expected.size() > 3) {
                            const auto page = engine->breakdown(q, field, 2, 1, &error);
                            QVERIFY(page);
                            QCOMPARE(page->rows.size(), 2);
                            QCOMPARE(page->rows.at(0).value, expected.at(1).value);
                            QCOMPARE(page->rows.at(1).value, expected.at(2).value);
                        }
                    }
                }
            }
        }
    }
    QVERIFY(nonEmpty > 200);
    for (const Field &field : std::as_const(fields)) {
        for (const QString &metric : reportedMetrics(field)) {
            const QString pair = field.name() + u'|' + metric;
            QVERIFY2(exercised.value(pair) > 0,
                     qPrintable(pair + QStringLiteral(" never counted")));
        }
    }
}

void tst_QueryEngine::vitalsMatchReference()
{
    QueryError error;
    const auto all = filterSets();
    const auto ps = periods();
    int compared = 0;
    for (qint32 site = 1; site <= 3; ++site) {
        for (int pi : {1, 2, 3}) {
            for (int fi : {0, 2, 5}) {
                Query q;
                q.siteId = site;
                q.period = ps.at(pi).second;
                q.filters = all.at(fi).second;
                for (QueryEngine *engine : {m_rollupEngine.get(), m_rawEngine.get()}) {
                    const auto v = engine->vitals(q, 5, &error);
                    QVERIFY2(v, qPrintable(error.message));
                    const auto pages
                        = engine->breakdown(q, Field {Dimension::Page, {}}, 5, 0, &error);
                    QVERIFY(pages);
                    QCOMPARE(v->routes.size(), pages->rows.size());
                    QList<VitalsRow> rows = v->routes;
                    rows.prepend(v->site);
                    for (const VitalsRow &row : rows) {
                        for (const QString &metric : vitalMetrics()) {
                            QList<double> samples;
                            for (const RefEvent &re : m_ref.events) {
                                const GenEvent &e = re.g;
                                if (e.site != site || e.kind != EventKind::Vitals
                                    || e.name != metric || e.ts < v->interval.fromSecs
                                    || e.ts >= v->interval.toSecs
                                    || (!row.route.isEmpty() && e.path != row.route))
                                    continue;
                                bool ok = true;
                                for (const Filter &f : std::as_const(q.filters))
                                    ok = ok && refMatches(f, *valueOf(m_ref, re, f.field, true));
                                if (ok)
                                    samples.append(e.value);
                            }
                            const auto stat = std::find_if(
                                row.stats.cbegin(), row.stats.cend(),
                                [&](const VitalStat &s) { return s.metric == metric; });
                            if (samples.isEmpty()) {
                                QVERIFY(stat == row.stats.cend());
                                continue;
                            }
                            QVERIFY2(stat != row.stats.cend(), qPrintable(metric + row.route));
                            QCOMPARE(stat->samples, qint64(samples.size()));
                            const double unit = metric == QLatin1String("CLS") ? 0.0001 : 1.0;
                            for (auto [p, got] :
                                 {std::pair {0.75, stat->p75}, std::pair {0.95, stat->p95}}) {
                                const double exact = exactPercentile(samples, p);
                                QVERIFY2(std::abs(got - exact) <= 0.0101 * exact + unit,
                                         qPrintable(QStringLiteral("%1 %2 p%3: exact %4, got %5")
                                                        .arg(metric, row.route)
                                                        .arg(p)
                                                        .arg(exact)
                                                        .arg(got)));
                            }
                            ++compared;
                        }
                    }
                }
            }
        }
    }
    QVERIFY(compared > 100);
}

void tst_QueryEngine::currentVisitorsCountsRecentVisitors()
{
    QueryError error;
    for (qint32 site = 1; site <= 3; ++site) {
        const qint64 now = m_clock.nowSecs();
        QSet<quint64> people;
        for (const RefEvent &re : m_ref.events) {
            if (re.g.site == site && re.g.kind != EventKind::Vitals && re.g.ts >= now - 300
                && re.g.ts <= now)
                people.insert(re.g.person);
        }
        const auto n = m_rollupEngine->currentVisitors(site, 300, &error);
        QVERIFY2(n, qPrintable(error.message));
        QCOMPARE(*n, qint64(people.size()));
    }
}

void tst_QueryEngine::comparisonUsesPreviousPeriod()
{
    QueryError error;
    Query q;
    q.siteId = 2;
    q.period.kind = Period::Kind::Custom;
    q.period.from = QDate(2023, 11, 7);
    q.period.to = QDate(2023, 11, 8);
    q.compare = true;
    const auto a = m_rollupEngine->aggregate(q, &error);
    QVERIFY2(a && a->previous, qPrintable(error.message));
    Query prev = q;
    prev.compare = false;
    prev.period.from = QDate(2023, 11, 5);
    prev.period.to = QDate(2023, 11, 6);
    const auto b = m_rollupEngine->aggregate(prev, &error);
    QVERIFY(b);
    checkMetrics(*a->previous, b->current, QStringLiteral("previous of 7-8 Nov is 5-6 Nov"));
    QVERIFY(b->current.pageviews > 0);
}

void tst_QueryEngine::unknownSiteAndBadRangeAreErrors()
{
    QString error;
    QueryError failure;
    Query q;
    q.siteId = 99;
    QVERIFY(!m_rollupEngine->aggregate(q, &failure));
    QVERIFY2(failure.message.contains(QLatin1String("no site")), qPrintable(failure.message));
    QVERIFY(!m_rollupEngine->site(QStringLiteral("nope.test")));
    QCOMPARE(m_rollupEngine->site(QStringLiteral("SITE2.test"))->id, 2);
    q.siteId = 1;
    q.period.kind = Period::Kind::Custom;
    q.period.from = QDate(2023, 11, 7);
    q.period.to = QDate(2023, 11, 1);
    QVERIFY(!m_rollupEngine->aggregate(q, &failure));
    QVERIFY(!failure.message.isEmpty());
    QVERIFY(!m_rollupEngine->breakdown(Query {1, {}, {}, false}, Field {}, 10, 0, &failure));
    QVERIFY(!failure.message.isEmpty());
    QueryEngine missing(m_dir.filePath(QStringLiteral("nothing-here")), &m_clock);
    QVERIFY(!missing.open(&error));
    // Parsing errors name the bad part.
    QVERIFY(!Period::parse(QStringLiteral("8d"), {}, {}, {}, &error));
    QVERIFY(error.contains(QLatin1String("8d")));
    QVERIFY(!Period::parse(QStringLiteral("day"), QStringLiteral("2023-13-01"), {}, {}, &error));
    QVERIFY(!Period::parse(QStringLiteral("custom"), {}, QStringLiteral("2023-11-05"), {}, &error));
    QVERIFY(!Field::parse(QStringLiteral("colour"), &error));
    // Far-future dates would overflow the events' time key into the next site's keys.
    QVERIFY(!Period::parse(QStringLiteral("day"), QStringLiteral("2059-06-01"), {}, {}, &error));
    Query future;
    future.siteId = 1;
    future.period.kind = Period::Kind::Custom;
    future.period.from = QDate(2057, 10, 1);
    future.period.to = QDate(2057, 12, 1);
    future.filters
        = {Filter {Field {Dimension::Page, {}}, Filter::Op::Contains, {QStringLiteral("/")}}};
    QVERIFY(!m_rawEngine->aggregate(future, &failure));
    QVERIFY2(failure.message.contains(QLatin1String("2053")), qPrintable(failure.message));
    QVERIFY(failure.isBadInput());
    // A raw scan past its memory budget fails as bad input, with a message saying why.
    QueryEngine::Options small;
    small.maxRawEvents = 100;
    small.maxRawVisits = 100;
    QueryEngine tight(m_dir.path(), &m_clock, small);
    QVERIFY(tight.open(&error));
    Query big;
    big.siteId = 1;
    big.period.kind = Period::Kind::Last7d;
    big.filters = future.filters;
    QVERIFY(!tight.aggregate(big, &failure));
    QVERIFY2(failure.message.contains(QLatin1String("more than 100 raw visits")),
             qPrintable(failure.message));
    QVERIFY(failure.isBadInput());
    // Exit pages are known once a visit is over: read in two passes, still counting visits
    // (they used to hold every event).
    big.filters = {Filter {Field {Dimension::ExitPage, {}}, Filter::Op::Is, {QStringLiteral("/")}}};
    QVERIFY(!tight.aggregate(big, &failure));
    QVERIFY2(failure.message.contains(QLatin1String("more than 100 raw visits")),
             qPrintable(failure.message));
    QVERIFY(failure.isBadInput());
    big.filters.clear(); // rollups answer this one
    QVERIFY2(tight.aggregate(big, &failure), qPrintable(failure.message));
    // Hourly buckets over a long period: the question's fault, named as such.
    Query hourly;
    hourly.siteId = 1;
    hourly.period.kind = Period::Kind::Last90d;
    QVERIFY(!m_rollupEngine->timeseries(hourly, Granularity::Hour, &failure));
    QCOMPARE(failure.kind, QueryError::Kind::HourlyRangeTooLong);
    QVERIFY2(!failure.message.contains(QLatin1String("interval")), qPrintable(failure.message));
    hourly.period.kind = Period::Kind::Last30d;
    QVERIFY2(m_rollupEngine->timeseries(hourly, Granularity::Hour, &failure),
             qPrintable(failure.message));
    QCOMPARE(Field::parse(QStringLiteral("visit:source"), &error)->dim, Dimension::Source);
    QCOMPARE(Field::parse(QStringLiteral("event:props:plan"), &error)->prop,
             QStringLiteral("plan"));
    const auto custom = Period::parse(QStringLiteral("custom"),
                                      QStringLiteral("2023-11-01,2023-11-05"), {}, {}, &error);
    QVERIFY(custom);
    QCOMPARE(custom->to, QDate(2023, 11, 5));
}

void tst_QueryEngine::answersFollowNewWrites()
{
    QString error;
    QueryError failure;
    Query q;
    q.siteId = 1;
    q.period.kind = Period::Kind::Last7d;
    auto pages = [&] {
        QStringList out;
        const auto b = m_rollupEngine->breakdown(q, Field {Dimension::Page, {}}, 1000, 0, &failure);
        for (const BreakdownRow &r : b->rows)
            out << r.value;
        return out;
    };
    QVERIFY(!pages().contains(QStringLiteral("/fresh")));
    QVERIFY(!pages().contains(QStringLiteral("/fresh"))); // a repeated question, answered again
    SqliteDb db;
    QVERIFY2(Database::open(&db, m_dir.path(), &error), qPrintable(error));
    SqliteEventStore store(&db);
    GenEvent g;
    g.site = 1;
    g.person = 999999;
    g.ts = m_clock.nowSecs() - 60;
    g.hostname = QStringLiteral("site1.test");
    g.path = QStringLiteral("/fresh");
    QCOMPARE(storeTraffic(store, {g}, zoneOf, 10, &error), 1);
    QVERIFY(pages().contains(QStringLiteral("/fresh")));

    // 24 h questions read raw events once and reuse them while nothing is written: the
    // reuse must end with the next write. (After the generated traffic, so the new event
    // keeps its own second; the store files late events under its latest one.)
    m_clock.setNowMs(1699790400000LL); // 2023-11-12T12:00Z
    Query day = q;
    day.period.kind = Period::Kind::Last24h;
    auto dayPageviews = [&] { return m_rollupEngine->aggregate(day, &failure)->current.pageviews; };
    const qint64 before = dayPageviews();
    QCOMPARE(dayPageviews(), before);
    g.ts = m_clock.nowSecs() - 60;
    g.path = QStringLiteral("/fresher");
    QCOMPARE(storeTraffic(store, {g}, zoneOf, 10, &error), 1);
    QCOMPARE(dayPageviews(), before + 1);
}

QTEST_GUILESS_MAIN(tst_QueryEngine)
#include "tst_queryengine.moc"
