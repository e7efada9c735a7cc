// Reference comparison for the query engine: random traffic (several sites and time zones,
// visits across midnight and the US DST change, bots-free here: the pipeline's bot filter
// has its own tests) goes through the real sessionizer and SQLite store. Every metric the
// engine returns — from rollups and from raw events — must equal a deliberately naive
// computation over the generated events. Vitals percentiles are histogram-based and must
// be within 1 % of the exact nearest-rank value.

#include "tst_queryengine.h"

#include <QTest>

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
    QueryEngine::Options inPasses;
    inPasses.forceRaw = true;
    inPasses.rawPassBytes = 32 * 1024;
    m_passesEngine = std::make_unique<QueryEngine>(m_dir.path(), &m_clock, inPasses);
    QVERIFY2(m_passesEngine->open(&error), qPrintable(error));

    QVERIFY2(m_clickHouse.start(traffic, QStringLiteral("parity"), &error), qPrintable(error));
    m_clickHouseEngine = m_clickHouse.engine(m_dir.path(), &m_clock);
    QVERIFY2(m_clickHouseEngine->open(&error), qPrintable(error));
    m_clickHouseRawEngine = m_clickHouse.engine(m_dir.path(), &m_clock, QueryEngine::Options {true});
    QVERIFY2(m_clickHouseRawEngine->open(&error), qPrintable(error));

    QVERIFY2(m_cluster.start(traffic, QStringLiteral("parity"), &error), qPrintable(error));
    m_clusterEngine = m_cluster.engine(m_dir.path(), &m_clock);
    QVERIFY2(m_clusterEngine->open(&error), qPrintable(error));
}

void tst_QueryEngine::clusterSpreadsEventsOverBothShards()
{
    // The cluster's parity is worth something only if both shards hold part of the traffic.
    const qint64 first = m_cluster.count("events_local", 0);
    const qint64 second = m_cluster.count("events_local", 1);
    QVERIFY2(first > 0 && second > 0, qPrintable(QStringLiteral("%1 + %2").arg(first).arg(second)));
    // Each event on one shard only: together they hold what the single node holds.
    QCOMPARE(first + second, m_clickHouse.count("events"));
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
        for (const auto &[name, engine] : engines(site)) {
            const auto n = engine->currentVisitors(site, 300, &error);
            QVERIFY2(n, qPrintable(name + u' ' + error.message));
            QCOMPARE(*n, qint64(people.size()));
        }
    }
}

void tst_QueryEngine::clickHouseQuestionsKeepTheTimeBudget()
{
    Query q;
    q.siteId = 1;
    q.period.kind = Period::Kind::Last7d;
    QueryError error;
    // A budget already spent: the question fails as over budget, without asking ClickHouse.
    m_clickHouseEngine->setDeadline(std::chrono::steady_clock::now() - std::chrono::seconds(1));
    QVERIFY(!m_clickHouseEngine->aggregate(q, &error));
    QVERIFY(m_clickHouseEngine->lastErrorWasOverBudget());
    QCOMPARE(error.kind, QueryError::Kind::Failed);
    // Time left: answered, and the flag is cleared.
    m_clickHouseEngine->setDeadline(std::chrono::steady_clock::now() + std::chrono::seconds(30));
    QVERIFY2(m_clickHouseEngine->aggregate(q, &error), qPrintable(error.message));
    QVERIFY(!m_clickHouseEngine->lastErrorWasOverBudget());
    m_clickHouseEngine->setDeadline({});
    QVERIFY2(m_clickHouseEngine->aggregate(q, &error), qPrintable(error.message));
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
    // A raw scan past its memory budget fails as the server's limit (not the asker's
    // mistake: the API answers 503), with a message saying why.
    QueryEngine::Options small;
    small.maxRawBytes = 128 * 1024; // less than the visitor index and the visits' first block
    small.memoMaxBytes = 0;
    QueryEngine tight(m_dir.path(), &m_clock, small);
    QVERIFY(tight.open(&error));
    Query big;
    big.siteId = 1;
    big.period.kind = Period::Kind::Last7d;
    big.filters = future.filters;
    QVERIFY(!tight.aggregate(big, &failure));
    QVERIFY2(failure.message.contains(QLatin1String("more than 0.1 MB of memory")),
             qPrintable(failure.message));
    QCOMPARE(failure.kind, QueryError::Kind::OverMemoryBudget);
    QVERIFY(!failure.isBadInput());
    // Exit pages are known once a visit is over: read in two passes, still counting visits
    // (they used to hold every event).
    big.filters = {Filter {Field {Dimension::ExitPage, {}}, Filter::Op::Is, {QStringLiteral("/")}}};
    QVERIFY(!tight.aggregate(big, &failure));
    QVERIFY2(failure.message.contains(QLatin1String("more than 0.1 MB of memory")),
             qPrintable(failure.message));
    QCOMPARE(failure.kind, QueryError::Kind::OverMemoryBudget);
    QVERIFY(!failure.isBadInput());
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

// A range too large for the memory budget in one pass is answered in passes over shares of
// the visitors, each within the budget, with the same numbers (issue 14: the 24 h view of a
// busy day). Calibrated on the data: the smallest budget the one-pass question needs.
void tst_QueryEngine::passesKeepABusyRangeInItsBudget()
{
    QString error;
    QueryError failure;
    Query q;
    q.siteId = 1;
    q.period.kind = Period::Kind::Month;
    const Field byPage {Dimension::Page, {}};
    const auto engineWith = [&](size_t budget, size_t perPass) {
        QueryEngine::Options options;
        options.forceRaw = true;
        options.maxRawBytes = budget;
        options.rawPassBytes = perPass;
        auto engine = std::make_unique<QueryEngine>(m_dir.path(), &m_clock, options);
        return engine->open(&error) ? std::move(engine) : nullptr;
    };
    const auto fits = [&](size_t budget) {
        auto engine = engineWith(budget, 0);
        return engine && engine->breakdown(q, byPage, 1000, 0, &failure).has_value();
    };
    constexpr size_t Step = 4 * 1024;
    size_t low = 0, high = 64 * 1024 * 1024;
    QVERIFY(!fits(low));
    QVERIFY2(fits(high), qPrintable(failure.message));
    while (high - low > Step) {
        const size_t mid = (low + high) / 2;
        (fits(mid) ? high : low) = mid;
    }
    const size_t onePass = high;
    const size_t tight = onePass * 3 / 4;
    auto single = engineWith(tight, 0);
    QVERIFY(single);
    QVERIFY(!single->breakdown(q, byPage, 1000, 0, &failure));
    QCOMPARE(failure.kind, QueryError::Kind::OverMemoryBudget);
    auto inPasses = engineWith(tight, 1); // as many passes as there may be
    QVERIFY(inPasses);
    const auto got = inPasses->breakdown(q, byPage, 1000, 0, &failure);
    QVERIFY2(
        got,
        qPrintable(
            QStringLiteral("one pass needs %1 KB: %2").arg(onePass / 1024).arg(failure.message)));
    const auto expected = m_rawEngine->breakdown(q, byPage, 1000, 0, &failure);
    QVERIFY2(expected, qPrintable(failure.message));
    QCOMPARE(got->rows.size(), expected->rows.size());
    QVERIFY(got->rows.size() > 3);
    for (qsizetype i = 0; i < got->rows.size(); ++i) {
        QCOMPARE(got->rows[i].value, expected->rows[i].value);
        checkMetrics(got->rows[i].metrics, expected->rows[i].metrics, got->rows[i].value);
    }
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
