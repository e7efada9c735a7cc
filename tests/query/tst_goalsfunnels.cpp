// Reference comparison for goals and funnels: the same generated traffic as
// tst_queryengine (three sites and time zones, visits across midnight, the DST change and
// the 30-minute timeout, repeated and skipped pages) through the real sessionizer and
// store. Conversions, rates, revenue, goal filters and every funnel step must equal a
// naive count over the generated events (queryreference.h), from both the fast funnel
// path (only matching events read) and the general one (whole visits, filters).

#include "common/clickhousecopy.h"
#include "common/trafficfeed.h"
#include "core/clock.h"
#include "query/queryengine.h"
#include "queryreference.h"
#include "store/database.h"
#include "store/goalrepository.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace raycstr;
using namespace raycstr::testing;
using namespace raycstr::query;

namespace {

Period custom(QDate from, QDate to)
{
    Period p;
    p.kind = Period::Kind::Custom;
    p.from = from;
    p.to = to;
    return p;
}

Period ofKind(Period::Kind kind, QDate date = {})
{
    Period p;
    p.kind = kind;
    p.date = date;
    return p;
}

Matcher page(const char *pattern)
{
    return {Matcher::Kind::Page, QString::fromLatin1(pattern)};
}

Matcher eventNamed(const char *name)
{
    return {Matcher::Kind::Event, QString::fromLatin1(name)};
}

Filter filterOn(Dimension dim, Filter::Op op, QStringList values, QString prop = {})
{
    Filter f;
    f.field.dim = dim;
    f.field.prop = prop;
    f.op = op;
    f.values = values;
    return f;
}

} // namespace

class tst_GoalsFunnels : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Reference m_ref;
    ManualClock m_clock {1699543800000LL}; // 2023-11-09T15:30Z, inside the traffic
    std::unique_ptr<QueryEngine> m_fast; // rollups and the lean funnel scan
    std::unique_ptr<QueryEngine> m_raw; // raw events, whole visits
    ClickHouseCopy m_clickHouse; // the same traffic in ClickHouse (issue 16)
    std::unique_ptr<QueryEngine> m_onClickHouse;
    ClickHouseCopy m_cluster {ClickHouseCopy::Layout::Cluster}; // sharded over two nodes
    std::unique_ptr<QueryEngine> m_onCluster;
    // Every engine a comparison of `site` runs on, with the name its failures carry. The
    // cluster runs the same SQL as the single node; what it can get wrong is where rows live
    // and how the shards' aggregates merge, which one site's whole matrix shows: site 2,
    // whose local days and DST lie apart from UTC's. (A question on the two-node cluster
    // costs up to twice one on a single node: all three sites more than doubled the suite's
    // time.)
    QList<QPair<QString, QueryEngine *>> engines(qint32 site) const
    {
        QList<QPair<QString, QueryEngine *>> all {{QStringLiteral("fast"), m_fast.get()},
                                                  {QStringLiteral("raw"), m_raw.get()},
                                                  {QStringLiteral("ClickHouse"),
                                                   m_onClickHouse.get()}};
        if (site == 2)
            all.append({QStringLiteral("ClickHouse cluster"), m_onCluster.get()});
        return all;
    }
    QList<Goal> m_goals; // as stored for every site, same order

    QList<QPair<QString, Period>> periods() const
    {
        return {{QStringLiteral("7d"), ofKind(Period::Kind::Last7d)},
                {QStringLiteral("24h"), ofKind(Period::Kind::Last24h)},
                {QStringLiteral("DST day"), ofKind(Period::Kind::Day, QDate(2023, 11, 5))},
                {QStringLiteral("4-6 Nov"), custom(QDate(2023, 11, 4), QDate(2023, 11, 6))},
                {QStringLiteral("month"), ofKind(Period::Kind::Month)}};
    }
    // A goal filter as the engine gets it (names) and as the reference needs it (matchers).
    Filter goalFilter(Filter::Op op, QStringList names) const
    {
        Filter f;
        f.field.goal = true;
        f.op = op;
        f.values = names;
        for (const QString &n : names) {
            for (const Goal &g : m_goals) {
                if (g.name == n)
                    f.goals.append(g.match);
            }
        }
        return f;
    }
    QList<QPair<QString, QList<Filter>>> filterSets() const
    {
        using O = Filter::Op;
        using D = Dimension;
        return {
            {QStringLiteral("none"), {}},
            {QStringLiteral("source is Google"),
             {filterOn(D::Source, O::Is, {QStringLiteral("Google")})}},
            {QStringLiteral("page is /pricing"),
             {filterOn(D::Page, O::Is, {QStringLiteral("/pricing")})}},
            {QStringLiteral("country is not DE"),
             {filterOn(D::Country, O::IsNot, {QStringLiteral("DE")})}},
            {QStringLiteral("prop plan is pro"),
             {filterOn(D::EventName, O::Is, {QStringLiteral("pro")}, QStringLiteral("plan"))}},
            {QStringLiteral("goal Signed up"), {goalFilter(O::Is, {QStringLiteral("Signed up")})}},
            {QStringLiteral("goal is not Blog or Pricing"),
             {goalFilter(O::IsNot, {QStringLiteral("Blog post"), QStringLiteral("Pricing")})}},
            {QStringLiteral("goal Blog post and Firefox"),
             {goalFilter(O::Is, {QStringLiteral("Blog post")}),
              filterOn(D::Browser, O::Is, {QStringLiteral("Firefox")})}},
        };
    }
    QList<Funnel> funnels() const
    {
        auto make = [](const char *name, QList<Matcher> steps) {
            Funnel f;
            f.name = QString::fromLatin1(name);
            for (const Matcher &m : steps)
                f.steps.append({QString(), m});
            return f;
        };
        return {
            make("home pricing signup", {page("/"), page("/pricing"), page("/signup")}),
            make("blog to signup event", {page("/blog/**"), eventNamed("signup"), page("/docs")}),
            make("home twice", {page("/"), page("/")}),
            make("four steps",
                 {page("/"), page("/blog/*"), page("/pricing"), eventNamed("download")}),
            make("events only", {eventNamed("download"), eventNamed("signup")}),
            make("eight",
                 {page("/**"), page("/**"), page("/**"), page("/**"), page("/**"), page("/**"),
                  page("/**"), page("/**")}),
            make("never", {page("/nowhere"), eventNamed("signup")})};
    }

    // The naive side, with two shortcuts that change no answer: local days are computed
    // once per event and visit, and whether an event passes a filter set once per set.
    QList<qint64> m_eventDay, m_visitDay;
    QHash<QString, QList<bool>> m_passes;
    const QList<bool> &passes(const QString &name, const QList<Filter> &filters)
    {
        auto it = m_passes.find(name);
        if (it == m_passes.end()) {
            QList<bool> p;
            for (const RefEvent &re : m_ref.events)
                p.append(re.g.kind != EventKind::Vitals && refPasses(m_ref, re, filters));
            it = m_passes.insert(name, p);
        }
        return it.value();
    }

    // Per step: visitors (person, visit start day) whose visit began in the window, took
    // part (an activity event of it passes the filters) and reached the step in order.
    QList<qint64> refFunnel(const Window &w, const Funnel &f, const QList<bool> &pass) const
    {
        QList<QSet<QPair<quint64, qint64>>> reached(f.steps.size());
        for (int v = 0; v < m_ref.visits.size(); ++v) {
            const RefVisit &visit = m_ref.visits[v];
            if (visit.site != w.site || visit.start < w.from || visit.start >= w.to)
                continue;
            bool takesPart = false;
            for (int i : m_ref.visitEvents[v])
                takesPart = takesPart || pass[i];
            if (!takesPart)
                continue;
            int step = 0;
            for (int i : m_ref.visitEvents[v]) {
                if (step < f.steps.size() && refHits(f.steps[step].match, m_ref.events[i].g))
                    ++step;
            }
            for (int k = 0; k < step; ++k)
                reached[k].insert({visit.person, m_visitDay[v]});
        }
        QList<qint64> out;
        for (const auto &s : reached)
            out.append(s.size());
        return out;
    }

    struct RefGoal
    {
        qint64 uniques = 0, total = 0;
        QMap<QString, double> revenue;
    };
    RefGoal refGoal(const Window &w, const Goal &g, const QList<bool> &pass) const
    {
        RefGoal out;
        QSet<QPair<quint64, qint64>> seen;
        for (int i = 0; i < m_ref.events.size(); ++i) {
            const GenEvent &e = m_ref.events[i].g;
            if (e.site != w.site || e.ts < w.from || e.ts >= w.to || !pass[i]
                || !refHits(g.match, e))
                continue;
            ++out.total;
            const QPair<quint64, qint64> k {e.person, m_eventDay[i]};
            if (!seen.contains(k)) {
                seen.insert(k);
                ++out.uniques;
            }
            const QString currency = propOf(e, QStringLiteral("revenue_currency"));
            if (!currency.isEmpty())
                out.revenue[currency] += propOf(e, QStringLiteral("revenue_amount")).toDouble();
        }
        return out;
    }
    // Daily unique visitors with an activity event in the window that passes (as
    // refGroups counts them; goalFiltersApplyToEveryReport uses refGroups itself).
    qint64 refVisitors(const Window &w, const QList<bool> &pass) const
    {
        QSet<QPair<quint64, qint64>> seen;
        for (int i = 0; i < m_ref.events.size(); ++i) {
            const GenEvent &e = m_ref.events[i].g;
            if (e.site == w.site && e.ts >= w.from && e.ts < w.to && pass[i])
                seen.insert({e.person, m_eventDay[i]});
        }
        return seen.size();
    }

private Q_SLOTS:
    void initTestCase();
    void goalsMatchReference();
    void goalFiltersApplyToEveryReport();
    void funnelsMatchReference();
    void propertyKeysMatchReference();
    void unknownGoalsAndBadFunnelsAreBadInput();
    void reportVisitorSetsAreChargedToTheMemoryBudget();
};

void tst_GoalsFunnels::propertyKeysMatchReference()
{
    int rows = 0;
    for (qint32 site = 1; site <= 3; ++site) {
        for (const auto &[periodName, period] : periods()) {
            for (const auto &[filterName, filters] : filterSets()) {
                Query q;
                q.siteId = site;
                q.period = period;
                q.filters = filters;
                for (Filter &f : q.filters)
                    f.goals.clear();
                QueryError error;
                const auto iv = m_fast->resolve(site, period, &error);
                QVERIFY2(iv, qPrintable(error.message));
                const QList<bool> &pass = passes(filterName, filters);
                QMap<QString, QPair<qint64, QSet<QPair<quint64, qint64>>>> expected;
                for (int i = 0; i < m_ref.events.size(); ++i) {
                    const GenEvent &e = m_ref.events[i].g;
                    if (e.site != site || e.kind != EventKind::Custom || e.ts < iv->fromSecs
                        || e.ts >= iv->toSecs || !pass[i])
                        continue;
                    for (const Property &p : e.props) {
                        if (p.key.startsWith(QLatin1String("revenue_")))
                            continue; // revenue, reported by the goals report
                        ++expected[p.key].first;
                        expected[p.key].second.insert({e.person, m_eventDay[i]});
                    }
                }
                for (const auto &[engineName, engine] : engines(site)) {
                    const auto r = engine->propertyKeys(q, &error);
                    QVERIFY2(r, qPrintable(engineName + u' ' + error.message));
                    QCOMPARE(r->size(), expected.size());
                    for (const PropertyKeyRow &row : *r) {
                        QVERIFY2(row.events == expected.value(row.key).first
                                     && row.visitors == expected.value(row.key).second.size(),
                                 qPrintable(QStringLiteral("site %1 %2 %3 key %4 (%5)")
                                                .arg(site)
                                                .arg(periodName, filterName, row.key, engineName)));
                        ++rows;
                    }
                }
            }
        }
    }
    QVERIFY(rows > 100);
}

void tst_GoalsFunnels::initTestCase()
{
    QVERIFY(m_dir.isValid());
    TrafficSpec spec;
    spec.seed = 11;
    spec.people = 700;
    spec.days = 8;
    spec.extras = true;
    spec.revenue = true;
    const QList<GenEvent> traffic = generateTraffic(spec);
    m_ref = buildReference(traffic);
    for (const RefEvent &re : m_ref.events)
        m_eventDay.append(localDay(re.g.site, re.g.ts));
    for (const RefVisit &v : m_ref.visits)
        m_visitDay.append(localDay(v.site, v.start));

    SqliteDb db;
    QString error;
    QVERIFY2(Database::open(&db, m_dir.path(), &error), qPrintable(error));
    QVERIFY(addTrafficSites(db, spec.sites));
    SqliteEventStore store(&db);
    QVERIFY2(storeTraffic(store, traffic, zoneOf, 500, &error) > 0, qPrintable(error));
    GoalRepository goals(&db);
    const QList<QPair<QString, Matcher>> definitions = {
        {QStringLiteral("Signed up"), eventNamed("signup")},
        {QStringLiteral("Download"), eventNamed("download")},
        {QStringLiteral("Blog post"), page("/blog/*")},
        {QStringLiteral("Pricing"), page("/pricing")},
        {QStringLiteral("Anything under blog"), page("/blog/**")},
        {QStringLiteral("Never sent"), eventNamed("never-sent")},
    };
    for (qint32 site = 1; site <= spec.sites; ++site) {
        for (const auto &[name, match] : definitions) {
            const auto g = goals.addGoal(site, name, match, 0, &error);
            QVERIFY2(g, qPrintable(error));
            if (site == 1)
                m_goals.append(*g);
        }
    }
    m_fast = std::make_unique<QueryEngine>(m_dir.path(), &m_clock);
    m_raw = std::make_unique<QueryEngine>(m_dir.path(), &m_clock, QueryEngine::Options {true});
    QVERIFY2(m_fast->open(&error), qPrintable(error));
    QVERIFY2(m_raw->open(&error), qPrintable(error));
    QVERIFY2(m_clickHouse.start(traffic, QStringLiteral("goals"), &error), qPrintable(error));
    m_onClickHouse = m_clickHouse.engine(m_dir.path(), &m_clock);
    QVERIFY2(m_onClickHouse->open(&error), qPrintable(error));
    QVERIFY2(m_cluster.start(traffic, QStringLiteral("goals"), &error), qPrintable(error));
    m_onCluster = m_cluster.engine(m_dir.path(), &m_clock);
    QVERIFY2(m_onCluster->open(&error), qPrintable(error));
}

void tst_GoalsFunnels::goalsMatchReference()
{
    int checked = 0, nonZero = 0, withRevenue = 0;
    for (qint32 site = 1; site <= 3; ++site) {
        for (const auto &[periodName, period] : periods()) {
            for (const auto &[filterName, filters] : filterSets()) {
                for (const auto &[engineName, engine] : engines(site)) {
                    Query q;
                    q.siteId = site;
                    q.period = period;
                    q.filters = filters;
                    for (Filter &f : q.filters)
                        f.goals.clear(); // the engine looks goals up by name
                    QueryError error;
                    const auto r = engine->goals(q, &error);
                    QVERIFY2(r, qPrintable(engineName + u' ' + error.message));
                    const Window w {site, r->interval.fromSecs, r->interval.toSecs};
                    const QString where = QStringLiteral("site %1, %2, %3 (%4)")
                                              .arg(site)
                                              .arg(periodName, filterName, engineName);
                    const QList<bool> &pass = passes(filterName, filters);
                    QCOMPARE(r->visitors, refVisitors(w, pass));
                    QCOMPARE(r->rows.size(), m_goals.size());
                    for (const GoalRow &row : r->rows) {
                        const RefGoal expected = refGoal(w, row.goal, pass);
                        QVERIFY2(row.uniques == expected.uniques && row.total == expected.total,
                                 qPrintable(QStringLiteral("%1, goal %2: uniques %3/%4 total %5/%6")
                                                .arg(where, row.goal.name)
                                                .arg(row.uniques)
                                                .arg(expected.uniques)
                                                .arg(row.total)
                                                .arg(expected.total)));
                        const double rate = r->visitors
                            ? 100.0 * double(expected.uniques) / double(r->visitors)
                            : 0;
                        QVERIFY2(qAbs(row.conversionRate - rate) < 1e-9, qPrintable(where));
                        QCOMPARE(row.revenue.keys(), expected.revenue.keys());
                        for (auto it = expected.revenue.cbegin(); it != expected.revenue.cend();
                             ++it)
                            QVERIFY2(qAbs(row.revenue.value(it.key()) - it.value()) < 1e-6,
                                     qPrintable(where + QLatin1String(" revenue ") + it.key()));
                        ++checked;
                        nonZero += row.uniques > 0;
                        withRevenue += !row.revenue.isEmpty();
                    }
                }
            }
        }
    }
    qInfo("goal rows compared: %d (%d with conversions, %d with revenue)", checked, nonZero,
          withRevenue);
    QVERIFY(nonZero > checked / 3); // the traffic really converts
    QVERIFY(withRevenue > 50);
}

void tst_GoalsFunnels::goalFiltersApplyToEveryReport()
{
    // "Visitors who signed up came from…": a breakdown and an aggregate with a goal filter.
    const QList<Filter> filters = {goalFilter(Filter::Op::Is, {QStringLiteral("Signed up")})};
    int rows = 0;
    for (qint32 site = 1; site <= 3; ++site) {
        for (const auto &[engineName, engine] : engines(site)) {
            Query q;
            q.siteId = site;
            q.period = ofKind(Period::Kind::Last7d);
            q.filters = filters;
            q.filters[0].goals.clear();
            QueryError error;
            const auto agg = engine->aggregate(q, &error);
            QVERIFY2(agg, qPrintable(error.message));
            const Window w {site, agg->interval.fromSecs, agg->interval.toSecs};
            auto total = [](const RefEvent &) { return std::optional<QString>(QString()); };
            const Metrics expected = refGroups(m_ref, w, filters, total, total).value(QString());
            QVERIFY2(
                agg->current == expected,
                qPrintable(describe(expected) + QLatin1String(" vs ") + describe(agg->current)));
            QVERIFY(agg->current.visitors > 0);

            const auto sources
                = engine->breakdown(q, Field {Dimension::Source, {}}, 100, 0, &error);
            QVERIFY2(sources, qPrintable(error.message));
            const auto refSources = refGroups(
                m_ref, w, filters,
                [&](const RefEvent &re) {
                    return valueOf(m_ref, re, Field {Dimension::Source, {}}, false);
                },
                [&](const RefEvent &re) {
                    return valueOf(m_ref, re, Field {Dimension::Source, {}}, false);
                });
            QCOMPARE(sources->rows.size(), refSources.size());
            for (const BreakdownRow &row : sources->rows) {
                QVERIFY2(row.metrics == refSources.value(row.value),
                         qPrintable(row.value + QLatin1String(": ")
                                    + describe(refSources.value(row.value)) + QLatin1String(" vs ")
                                    + describe(row.metrics)));
                ++rows;
            }
        }
    }
    QVERIFY(rows > 6);
}

void tst_GoalsFunnels::funnelsMatchReference()
{
    int checked = 0, completed = 0;
    for (qint32 site = 1; site <= 3; ++site) {
        for (const auto &[periodName, period] : periods()) {
            for (const auto &[filterName, filters] : filterSets()) {
                for (const Funnel &f : funnels()) {
                    for (const auto &[engineName, engine] : engines(site)) {
                        Query q;
                        q.siteId = site;
                        q.period = period;
                        q.filters = filters;
                        for (Filter &x : q.filters)
                            x.goals.clear();
                        QueryError error;
                        const auto r = engine->funnel(q, f, &error);
                        QVERIFY2(r, qPrintable(error.message));
                        const Window w {site, r->interval.fromSecs, r->interval.toSecs};
                        const QList<qint64> expected = refFunnel(w, f, passes(filterName, filters));
                        QList<qint64> got;
                        for (const FunnelStepResult &s : r->steps)
                            got.append(s.visitors);
                        QVERIFY2(
                            got == expected,
                            qPrintable(QStringLiteral("site %1, %2, %3, %4 (%5)")
                                           .arg(site)
                                           .arg(periodName, filterName, f.name, engineName)));
                        // The derived figures follow from the counts.
                        for (qsizetype k = 1; k < r->steps.size(); ++k) {
                            const FunnelStepResult &s = r->steps[k];
                            QCOMPARE(s.dropOff, expected[k - 1] - expected[k]);
                            if (expected[k - 1])
                                QVERIFY(
                                    qAbs(s.fromPrevious
                                         - 100.0 * double(expected[k]) / double(expected[k - 1]))
                                    < 1e-9);
                            if (expected[0])
                                QVERIFY(qAbs(s.fromFirst
                                             - 100.0 * double(expected[k]) / double(expected[0]))
                                        < 1e-9);
                        }
                        if (expected[0])
                            QVERIFY(qAbs(r->conversionRate
                                         - 100.0 * double(expected.last()) / double(expected[0]))
                                    < 1e-9);
                        ++checked;
                        completed += expected.last() > 0;
                    }
                }
            }
        }
    }
    qInfo("funnels compared: %d (%d with visitors completing them)", checked, completed);
    QVERIFY(completed > checked / 3);
}

void tst_GoalsFunnels::unknownGoalsAndBadFunnelsAreBadInput()
{
    Query q;
    q.siteId = 1;
    q.period = ofKind(Period::Kind::Last7d);
    Filter g;
    g.field.goal = true;
    g.values = {QStringLiteral("No such goal")};
    q.filters = {g};
    QueryError error;
    QVERIFY(!m_fast->aggregate(q, &error));
    QVERIFY(error.isBadInput());
    QVERIFY2(error.message.contains(QLatin1String("no goal named \"No such goal\"")),
             qPrintable(error.message));

    q.filters[0].values = {QStringLiteral("Signed up")};
    q.filters[0].op = Filter::Op::Contains;
    QVERIFY(!m_fast->breakdown(q, Field {Dimension::Page, {}}, 10, 0, &error));
    QVERIFY(error.isBadInput());

    q.filters.clear();
    Field byGoal;
    byGoal.goal = true;
    QVERIFY(!m_fast->breakdown(q, byGoal, 10, 0, &error));
    QVERIFY(error.isBadInput());

    Funnel one;
    one.steps = {{QString(), page("/")}};
    QVERIFY(!m_fast->funnel(q, one, &error));
    QVERIFY(error.isBadInput());
    QVERIFY2(error.message.contains(QLatin1String("2 to 8 steps")), qPrintable(error.message));
}

// The goals report's visitors per goal and the property-key report's visitors per key grow
// with visitors: they are charged to the question's memory budget like the scan's own
// structures (issue 14). Calibrated on the scan alone: the smallest budget with which one
// day's goal conversions (the same streamed scan, no visitor sets) are answered is too
// small for either report, whose sets take at least one more table.
void tst_GoalsFunnels::reportVisitorSetsAreChargedToTheMemoryBudget()
{
    QString error;
    QueryError failure;
    const Period day = ofKind(Period::Kind::Day, QDate(2023, 11, 8));
    const auto iv = m_fast->resolve(1, day, &failure);
    QVERIFY2(iv, qPrintable(failure.message));
    const auto engineWith = [&](size_t budget) {
        QueryEngine::Options options;
        options.maxRawBytes = budget;
        options.memoMaxBytes = 0;
        auto engine = std::make_unique<QueryEngine>(m_dir.path(), &m_clock, options);
        return engine->open(&error) ? std::move(engine) : nullptr;
    };
    const auto scanFits = [&](size_t budget) {
        auto engine = engineWith(budget);
        return engine
            && engine->goalConversions(1, eventNamed("signup"), iv->fromSecs, iv->toSecs, &failure)
                   .has_value();
    };
    constexpr size_t Step = 4 * 1024;
    size_t low = 0, high = 64 * 1024 * 1024; // scanFits(low) is false, scanFits(high) true
    QVERIFY(!scanFits(low));
    QVERIFY2(scanFits(high), qPrintable(failure.message));
    while (high - low > Step) {
        const size_t mid = (low + high) / 2;
        (scanFits(mid) ? high : low) = mid;
    }
    Query q;
    q.siteId = 1;
    q.period = day;
    auto tight = engineWith(high);
    QVERIFY2(tight, qPrintable(error));
    QVERIFY(!tight->goals(q, &failure));
    QCOMPARE(failure.kind, QueryError::Kind::OverMemoryBudget);
    QVERIFY2(failure.message.contains(QLatin1String("MB of memory")), qPrintable(failure.message));
    QVERIFY(!tight->propertyKeys(q, &failure));
    QCOMPARE(failure.kind, QueryError::Kind::OverMemoryBudget);
    // With room for the sets both answer (and count something: the sets were used).
    auto roomy = engineWith(high + 4 * 1024 * 1024);
    QVERIFY2(roomy, qPrintable(error));
    const auto goals = roomy->goals(q, &failure);
    QVERIFY2(goals, qPrintable(failure.message));
    qint64 uniques = 0;
    for (const GoalRow &row : goals->rows)
        uniques += row.uniques;
    QVERIFY(uniques > 0);
    const auto keys = roomy->propertyKeys(q, &failure);
    QVERIFY2(keys, qPrintable(failure.message));
    QVERIFY(!keys->isEmpty());
}

QTEST_GUILESS_MAIN(tst_GoalsFunnels)
#include "tst_goalsfunnels.moc"
