// Funnel and goal benchmark (issue 4): a 4-step funnel and the goals report over the last
// 30 days of a data set made by seed_dataset (query-bench.sh makes and caches it), timed
// through raycstr::query::QueryEngine. Prints median and min per question, the funnel's
// numbers (so a fast wrong answer is visible), and PASS/MISS against the 300 ms target.
//
//   bench_funnel --data DIR [--runs 7] [--site busy.example] [--end YYYY-MM-DD] [--only TEXT]
//                [--clickhouse clickhouse://user@host:port/db]
//   bench_funnel --data DIR --migrate     (bring a cached data set to this build's schema)
//
// Each run uses a fresh QueryEngine, opened before the timer starts; run 0 is an unmeasured
// warm-up (OS page cache). With --clickhouse (issue 16) ClickHouseStats counts, on the copy
// seed_dataset --clickhouse made (password from RAYCSTR_CLICKHOUSE_PASSWORD); goals and
// funnels stay in DIR. Exit: 0 target met, 1 MISS, 2 could not run.

#include "benchclickhouse.h"
#include "core/clock.h"
#include "query/clickhousestats.h"
#include "query/queryengine.h"
#include "store/database.h"
#include "store/goalrepository.h"
#include "store/sqlitedb.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace raycstr;
using namespace raycstr::query;

namespace {

constexpr double FunnelTargetMs = 300;

int usage(const char *why)
{
    if (why)
        fprintf(stderr, "bench_funnel: %s\n", why);
    fprintf(stderr,
            "usage: bench_funnel --data DIR [--runs 7] [--site busy.example] "
            "[--end YYYY-MM-DD] [--only TEXT] [--clickhouse URL] | --data DIR --migrate\n");
    return 2;
}

QString metaValue(const QString &dataDir, const char *key)
{
    QFile f(dataDir + QStringLiteral("/dataset.txt"));
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(QByteArray(key) + '='))
            return QString::fromUtf8(line.mid(int(qstrlen(key)) + 1));
    }
    return QString();
}

struct Stat
{
    std::vector<double> ms;
    double median() const
    {
        std::vector<double> s = ms;
        std::sort(s.begin(), s.end());
        return s.empty() ? 0 : s[s.size() / 2];
    }
    double min() const { return ms.empty() ? 0 : *std::min_element(ms.begin(), ms.end()); }
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString dataDir, domain = QStringLiteral("busy.example"), only;
    int runs = 7;
    bool migrate = false;
    QDate end;
    QueryEngine::Options options;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            usage(nullptr);
            return 0;
        }
        if (a == QLatin1String("--migrate")) {
            migrate = true;
            continue;
        }
        if (i + 1 >= args.size())
            return usage(qPrintable(QStringLiteral("%1 needs a value").arg(a)));
        const QString v = args[++i];
        bool ok = true;
        if (a == QLatin1String("--data"))
            dataDir = v;
        else if (a == QLatin1String("--runs"))
            ok = (runs = v.toInt(&ok)) >= 1 && ok;
        else if (a == QLatin1String("--site"))
            domain = v;
        else if (a == QLatin1String("--only")) // run only the cases whose name contains TEXT
            only = v;
        else if (a == QLatin1String("--end"))
            ok = (end = QDate::fromString(v, Qt::ISODate)).isValid();
        else if (a == QLatin1String("--clickhouse")) {
            QString why;
            const auto ch = bench::BenchClickHouse::parse(v, &why);
            if (!ch)
                return usage(qPrintable(why));
            options.makeStats = [ch = *ch](QString *) {
                return std::make_unique<ClickHouseStats>(ch.endpoint, ch.password);
            };
        } else
            return usage(qPrintable(QStringLiteral("unknown option %1").arg(a)));
        if (!ok)
            return usage(qPrintable(QStringLiteral("bad value for %1: %2").arg(a, v)));
    }
    if (dataDir.isEmpty())
        return usage("--data is required");
    QString error;
    if (migrate) {
        // What the server does on start after an upgrade: apply the new migrations.
        SqliteDb db;
        if (!Database::open(&db, dataDir, &error)) {
            fprintf(stderr, "bench_funnel: %s\n", qPrintable(error));
            return 2;
        }
        printf("%d\n", Database::schemaVersion(&db));
        return 0;
    }
    if (!end.isValid())
        end = QDate::fromString(metaValue(dataDir, "end"), Qt::ISODate);
    if (!end.isValid())
        return usage("no --end given and no end= in DIR/dataset.txt");

    // The goals the report computes: stored once, like a site owner would.
    qint32 siteId = 0;
    {
        SqliteDb db;
        if (!Database::open(&db, dataDir, &error)) {
            fprintf(stderr, "bench_funnel: %s\n", qPrintable(error));
            return 2;
        }
        Statement st(db, "SELECT id FROM sites WHERE domain = ?");
        st.bind(1, domain);
        if (!st.next()) {
            fprintf(stderr, "bench_funnel: no site %s\n", qPrintable(domain));
            return 2;
        }
        siteId = qint32(st.int64(0));
        GoalRepository goals(&db);
        const QList<QPair<QString, Matcher>> wanted
            = {{QStringLiteral("Signup"), {Matcher::Kind::Event, QStringLiteral("Signup")}},
               {QStringLiteral("Download"), {Matcher::Kind::Event, QStringLiteral("Download")}},
               {QStringLiteral("Pricing"), {Matcher::Kind::Page, QStringLiteral("/pricing")}},
               {QStringLiteral("Blog"), {Matcher::Kind::Page, QStringLiteral("/blog/**")}}};
        for (const auto &[name, match] : wanted) {
            if (!goals.findGoal(siteId, name) && !goals.addGoal(siteId, name, match, 0, &error)) {
                fprintf(stderr, "bench_funnel: %s\n", qPrintable(error));
                return 2;
            }
        }
    }

    ManualClock clock(
        QDateTime(end.addDays(1), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch());
    Funnel funnel;
    funnel.name = QStringLiteral("bench");
    funnel.steps
        = {{QStringLiteral("home"), {Matcher::Kind::Page, QStringLiteral("/")}},
           {QStringLiteral("pricing"), {Matcher::Kind::Page, QStringLiteral("/pricing")}},
           {QStringLiteral("signup page"), {Matcher::Kind::Page, QStringLiteral("/signup")}},
           {QStringLiteral("signed up"), {Matcher::Kind::Event, QStringLiteral("Signup")}}};
    Funnel wildcard = funnel;
    wildcard.steps[1]
        = {QStringLiteral("any blog post"), {Matcher::Kind::Page, QStringLiteral("/blog/**")}};
    Query q;
    q.siteId = siteId;
    q.period.kind = Period::Kind::Last30d;
    Query google = q;
    Filter source;
    source.field.dim = Dimension::Source;
    source.values = {QStringLiteral("Google")};
    google.filters = {source};

    struct Case
    {
        const char *name;
        std::function<bool(QueryEngine &, QueryError *)> run;
        bool target;
    };
    std::optional<FunnelResult> shown;
    const QList<Case> cases = {
        {"funnel 4 steps, 30d",
         [&](QueryEngine &e, QueryError *err) {
             shown = e.funnel(q, funnel, err);
             return shown.has_value();
         },
         true},
        {"funnel with /blog/** step, 30d",
         [&](QueryEngine &e, QueryError *err) { return e.funnel(q, wildcard, err).has_value(); },
         false},
        {"funnel, source is Google, 30d",
         [&](QueryEngine &e, QueryError *err) { return e.funnel(google, funnel, err).has_value(); },
         false},
        {"goals report (4 goals), 30d",
         [&](QueryEngine &e, QueryError *err) { return e.goals(q, err).has_value(); }, false},
    };
    printf("bench_funnel on %s: %s, site %s, 30 days to %s, %d runs (+1 warm-up)\n",
           options.makeStats ? "ClickHouse" : "SQLite", qPrintable(dataDir), qPrintable(domain),
           qPrintable(end.toString(Qt::ISODate)), runs);
    bool pass = true;
    for (const Case &c : cases) {
        if (!only.isEmpty() && !QString::fromLatin1(c.name).contains(only))
            continue;
        Stat stat;
        for (int r = 0; r <= runs; ++r) {
            QueryEngine engine(dataDir, &clock, options);
            if (!engine.open(&error)) {
                fprintf(stderr, "bench_funnel: %s\n", qPrintable(error));
                return 2;
            }
            QElapsedTimer t;
            t.start();
            QueryError why;
            if (!c.run(engine, &why)) {
                fprintf(stderr, "bench_funnel: %s: %s\n", c.name, qPrintable(why.message));
                return 2;
            }
            if (r > 0)
                stat.ms.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        const bool ok = !c.target || stat.median() < FunnelTargetMs;
        pass = pass && ok;
        printf("  %-34s median %8.1f ms  min %8.1f ms%s\n", c.name, stat.median(), stat.min(),
               c.target ? (ok ? "   target < 300 ms: PASS" : "   target < 300 ms: MISS") : "");
    }
    if (shown) {
        printf("  funnel:");
        for (const FunnelStepResult &s : shown->steps)
            printf("  %s %lld (%.1f%%)", qPrintable(s.step.label()), qlonglong(s.visitors),
                   s.fromPrevious);
        printf("  → conversion %.2f%%\n", shown->conversionRate);
    }
    return pass ? 0 : 1;
}
