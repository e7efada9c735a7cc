// Imports of aggregates (import/aggregateimporter.h) end to end, as a round trip: generated
// traffic in one store is exported with RayCstr's own exporter (api/plausibleexport, the
// layout of Plausible's CSV export) to a zip, the zip is imported with `raycstr-server
// import --from plausible` into a fresh store, and the query engine must answer the same
// totals, daily and monthly series and breakdowns (page, entry and exit page, source,
// referrer, the UTM fields, country, device, browser, OS, event name) from the imported
// daily sums as the original from its events — for every metric the export carries (the
// visitors of a source's field are summed over Plausible's per-acquisition rows: bounded).
// Then: the same export again replaces the earlier import, undo removes it, a day with
// native data is left out (cut-over), and a bad export leaves nothing behind.

#include "api/plausibleexport.h"
#include "common/clirun.h"
#include "common/trafficfeed.h"
#include "core/zipwriter.h"
#include "import/aggregateimporter.h"
#include "import/plausibleexportreader.h"
#include "query/queryengine.h"
#include "store/database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace raycstr;
using namespace raycstr::testing;
using namespace raycstr::query;

namespace {

const QDate First(2023, 11, 1);
const QDate Last(2023, 11, 12);
constexpr qint32 SiteId = 2; // America/New_York: local days are not UTC days
const QString Domain = QStringLiteral("site2.test");

QString describe(const Metrics &m)
{
    return QStringLiteral("visitors %1 visits %2 pageviews %3 events %4 bounces %5 duration %6")
        .arg(m.visitors)
        .arg(m.visits)
        .arg(m.pageviews)
        .arg(m.events)
        .arg(m.bounces)
        .arg(m.duration);
}

// The metrics Plausible's files carry for a breakdown's rows: custom events have no visits,
// exit pages only visitors and exits (RayCstr reports nothing else for them), and the
// visit tables no custom events.
Metrics carried(Dimension dim, Metrics m)
{
    if (dim == Dimension::EventName) {
        m.visits = 0;
        return m;
    }
    if (dim == Dimension::ExitPage)
        return Metrics {m.visitors, m.visits, 0, 0, 0, 0};
    m.events = 0;
    return m;
}

Query period(QDate from = First, QDate to = Last)
{
    Query q;
    q.siteId = SiteId;
    q.period.kind = Period::Kind::Custom;
    q.period.from = from;
    q.period.to = to;
    return q;
}

} // namespace

class tst_AggregateImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip();
    void answersSayWhatIsLeftOut();
    void sameExportAgainReplaces();
    void undoRemovesIt();
    void cutOverLeavesNativeDays();
    void badExportLeavesNothing();
    void interruptedRunResumes();

private:
    CliRun importZip(const QString &dataDir, const QString &zip)
    {
        return runCli(&m_clock,
                      {QStringLiteral("import"), QStringLiteral("--from"),
                       QStringLiteral("plausible"), QStringLiteral("--site"), Domain, zip},
                      dataDir);
    }
    static bool emptyStore(const QString &dir);
    // The original's visitors of `value` of an acquisition field, summed over each day's
    // whole acquisitions (what Plausible's imported_sources rows hold).
    qint64 acquisitionVisitors(Dimension dim, const QString &value);
    static qint64 count(const QString &dir, const char *sql);
    QMap<QString, Metrics> breakdown(QueryEngine &engine, Dimension dim, const Query &q,
                                     ImportsUse *imports = nullptr);

    ManualClock m_clock {1700481600000LL}; // 2023-11-20T12:00Z: the traffic is history
    QTemporaryDir m_source, m_target, m_files;
    QString m_zip;
    std::unique_ptr<QueryEngine> m_original, m_imported;
};

bool tst_AggregateImporter::emptyStore(const QString &dir)
{
    SqliteDb db;
    QString error;
    if (!Database::open(&db, dir, &error) || !addTrafficSites(db, 3)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return true;
}

qint64 tst_AggregateImporter::count(const QString &dir, const char *sql)
{
    SqliteDb db;
    QString error;
    if (!db.open(Database::pathIn(dir), SqliteDb::Mode::ReadOnly, &error))
        return -1;
    Statement st(db, sql);
    return st.next() ? st.int64(0) : -1;
}

qint64 tst_AggregateImporter::acquisitionVisitors(Dimension dim, const QString &value)
{
    qint64 sum = 0;
    for (QDate day = First; day <= Last; day = day.addDays(1)) {
        QueryError error;
        const auto rows = m_original->acquisitions(period(day, day), &error);
        if (!rows)
            qFatal("%s", qPrintable(error.message));
        for (const AcquisitionRow &row : *rows)
            if (row.values.value(int(dim) - int(Dimension::Source)) == value)
                sum += row.metrics.visitors;
    }
    return sum;
}

QMap<QString, Metrics> tst_AggregateImporter::breakdown(QueryEngine &engine, Dimension dim,
                                                        const Query &q, ImportsUse *imports)
{
    QueryError error;
    const auto r = engine.breakdown(q, Field {dim, {}}, 100000, 0, &error);
    if (!r)
        qFatal("breakdown by %s: %s", qPrintable(dimensionName(dim)), qPrintable(error.message));
    if (imports)
        *imports = r->imports;
    QMap<QString, Metrics> rows;
    for (const BreakdownRow &row : r->rows)
        rows[row.value] += carried(dim, row.metrics);
    return rows;
}

void tst_AggregateImporter::initTestCase()
{
    // The original: generated traffic (campaigns on some visits, custom events, countries,
    // devices, browsers) of three sites, through the real sessionizer.
    QVERIFY(emptyStore(m_source.path()));
    {
        SqliteDb db;
        QString error;
        QVERIFY2(Database::open(&db, m_source.path(), &error), qPrintable(error));
        TrafficSpec spec;
        spec.seed = 17;
        spec.people = 500;
        spec.days = 6;
        spec.extras = true;
        SqliteEventStore store(&db);
        QVERIFY2(storeTraffic(store, generateTraffic(spec), zoneOf, 500, &error) > 0,
                 qPrintable(error));
    }
    m_original = std::make_unique<QueryEngine>(m_source.path(), &m_clock);
    QString error;
    QVERIFY2(m_original->open(&error), qPrintable(error));

    // Its export, as `raycstr-server export` writes it.
    const auto site = m_original->site(Domain, &error);
    QVERIFY2(site, qPrintable(error));
    const auto files = PlausibleExport(m_original.get()).run(*site, period().period, {}, &error);
    QVERIFY2(files, qPrintable(error));
    m_zip = m_files.filePath(QStringLiteral("site2_test_20231120.zip"));
    ZipWriter zip;
    QVERIFY2(zip.open(m_zip, &error), qPrintable(error));
    for (const PlausibleExport::File &f : *files)
        QVERIFY2(zip.add(f.name, f.csv, &error), qPrintable(error));
    QVERIFY2(zip.close(&error), qPrintable(error));

    // Imported into a fresh store with the same sites.
    QVERIFY(emptyStore(m_target.path()));
    const CliRun run = importZip(m_target.path(), m_zip);
    QVERIFY2(run.code == 0, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(QStringLiteral("Import 1 into site2.test done")),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("daily aggregates written")), qPrintable(run.out));
    m_imported = std::make_unique<QueryEngine>(m_target.path(), &m_clock);
    QVERIFY2(m_imported->open(&error), qPrintable(error));
    QCOMPARE(count(m_target.path(), "SELECT count(*) FROM events"), 0);
    QVERIFY(count(m_target.path(), "SELECT count(*) FROM imported_daily") > 100);
}

void tst_AggregateImporter::roundTrip()
{
    QueryError error;
    // Totals: every metric, custom events included (from imported_custom_events).
    const auto original = m_original->aggregate(period(), &error);
    QVERIFY2(original, qPrintable(error.message));
    const auto imported = m_imported->aggregate(period(), &error);
    QVERIFY2(imported, qPrintable(error.message));
    QVERIFY(original->current.visits > 100 && original->current.events > 10);
    QVERIFY2(imported->current == original->current,
             qPrintable(describe(original->current) + " vs " + describe(imported->current)));
    QVERIFY(imported->imports.included());
    QCOMPARE(original->imports.skip, ImportsUse::Skip::NoImportedData);

    // Daily and monthly series: each bucket.
    for (Granularity g : {Granularity::Day, Granularity::Month}) {
        const auto a = m_original->timeseries(period(), g, &error);
        QVERIFY2(a, qPrintable(error.message));
        const auto b = m_imported->timeseries(period(), g, &error);
        QVERIFY2(b, qPrintable(error.message));
        QVERIFY(b->imports.included());
        QCOMPARE(b->points.size(), a->points.size());
        int withData = 0;
        for (qsizetype i = 0; i < a->points.size(); ++i) {
            withData += !a->points.at(i).metrics.isZero();
            QVERIFY2(b->points.at(i).metrics == a->points.at(i).metrics,
                     qPrintable(a->points.at(i).date.toString(Qt::ISODate) + ": "
                                + describe(a->points.at(i).metrics) + " vs "
                                + describe(b->points.at(i).metrics)));
        }
        QVERIFY(withData >= (g == Granularity::Day ? 6 : 1));
    }

    // Every breakdown the imported tables answer, row by row.
    const QList<Dimension> dims = {
        Dimension::Page,       Dimension::EntryPage, Dimension::ExitPage,  Dimension::Source,
        Dimension::Referrer,   Dimension::UtmSource, Dimension::UtmMedium, Dimension::UtmCampaign,
        Dimension::UtmContent, Dimension::UtmTerm,   Dimension::Country,   Dimension::Device,
        Dimension::Browser,    Dimension::Os,        Dimension::EventName};
    for (Dimension dim : dims) {
        ImportsUse use;
        const QMap<QString, Metrics> a = breakdown(*m_original, dim, period());
        const QMap<QString, Metrics> b = breakdown(*m_imported, dim, period(), &use);
        QVERIFY2(use.included(), qPrintable(dimensionName(dim)));
        QCOMPARE(b.keys(), a.keys());
        for (auto it = a.cbegin(); it != a.cend(); ++it) {
            Metrics got = b.value(it.key());
            const QString what = dimensionName(dim) + " " + it.key() + ": " + describe(it.value())
                + " vs " + describe(got);
            if (dim >= Dimension::Source && dim <= Dimension::UtmTerm) {
                // Plausible's imported_sources has one row per whole acquisition and day: a
                // value of one of its fields sums the visitors of the rows that share it, so
                // a person who came twice a day by different sources (one referrer "")
                // counts twice, as in Plausible. Those are the day's acquisitions' visitors;
                // visits and everything else add up exactly.
                const qint64 perAcquisition = acquisitionVisitors(dim, it.key());
                QVERIFY2(got.visitors == perAcquisition && perAcquisition >= it.value().visitors,
                         qPrintable(
                             what + QStringLiteral(" (per acquisition: %1)").arg(perAcquisition)));
                got.visitors = it.value().visitors;
            }
            QVERIFY2(got == it.value(), qPrintable(what));
        }
    }
    // The sample is not trivial: campaigns, several countries, custom events.
    QVERIFY(breakdown(*m_original, Dimension::UtmCampaign, period()).contains("spring"));
    QVERIFY(breakdown(*m_original, Dimension::Country, period()).size() >= 4);
    QVERIFY(breakdown(*m_original, Dimension::EventName, period()).size() >= 2);

    // Totals under one "is" filter on a visit dimension: that value's imported rows.
    for (const auto &[dim, value] : {std::pair {Dimension::Country, QStringLiteral("DE")},
                                     std::pair {Dimension::Source, QStringLiteral("Google")},
                                     std::pair {Dimension::UtmCampaign, QStringLiteral("fall")}}) {
        Query q = period();
        q.filters = {Filter {Field {dim, {}}, Filter::Op::Is, {value}}};
        const auto a = m_original->aggregate(q, &error);
        const auto b = m_imported->aggregate(q, &error);
        QVERIFY(a && b);
        QVERIFY(b->imports.included());
        QVERIFY(a->current.visits > 0);
        QVERIFY2(carried(dim, b->current) == carried(dim, a->current),
                 qPrintable(value + ": " + describe(a->current) + " vs " + describe(b->current)));
    }
}

void tst_AggregateImporter::answersSayWhatIsLeftOut()
{
    QueryError error;
    using Skip = ImportsUse::Skip;
    // Hours: imported sums are daily.
    Query oneDay = period(QDate(2023, 11, 5), QDate(2023, 11, 5));
    const auto hourly = m_imported->timeseries(oneDay, std::nullopt, &error);
    QVERIFY(hourly);
    QCOMPARE(hourly->granularity, Granularity::Hour);
    QCOMPARE(hourly->imports.skip, Skip::UnsupportedInterval);
    QCOMPARE(hourly->imports.skipReason(), QStringLiteral("unsupported_interval"));
    // A filter the imported rows cannot apply: left out, and said so.
    Query filtered = period();
    filtered.filters = {Filter {Field {Dimension::Page, {}}, Filter::Op::Is, {"/pricing"}}};
    const auto agg = m_imported->aggregate(filtered, &error);
    QVERIFY(agg);
    QCOMPARE(agg->imports.skip, Skip::UnsupportedQuery);
    QVERIFY(agg->current.isZero()); // no native events in this store
    Query countryFilter = period();
    countryFilter.filters = {Filter {Field {Dimension::Country, {}}, Filter::Op::Is, {"DE"}}};
    const auto pages
        = m_imported->breakdown(countryFilter, Field {Dimension::Page, {}}, 10, 0, &error);
    QVERIFY(pages);
    QCOMPARE(pages->imports.skip, Skip::UnsupportedQuery);
    QVERIFY(pages->rows.isEmpty());
    // A dimension the imported tables lack.
    const auto versions
        = m_imported->breakdown(period(), Field {Dimension::BrowserVersion, {}}, 10, 0, &error);
    QVERIFY(versions);
    QCOMPARE(versions->imports.skip, Skip::UnsupportedQuery);
    // Not asked for (Plausible's APIs without with_imported / include.imports).
    Query notAsked = period();
    notAsked.imports = false;
    const auto bare = m_imported->aggregate(notAsked, &error);
    QVERIFY(bare);
    QCOMPARE(bare->imports.skip, Skip::NotRequested);
    QVERIFY(bare->current.isZero());
    // A period without imported days.
    const auto empty
        = m_imported->aggregate(period(QDate(2023, 10, 1), QDate(2023, 10, 31)), &error);
    QVERIFY(empty);
    QCOMPARE(empty->imports.skip, Skip::NoImportedData);
}

void tst_AggregateImporter::sameExportAgainReplaces()
{
    QueryError error;
    const qint64 rows = count(m_target.path(), "SELECT count(*) FROM imported_daily");
    const auto before = m_imported->aggregate(period(), &error);
    QVERIFY(before);
    const CliRun again = importZip(m_target.path(), m_zip);
    QVERIFY2(again.code == 0, qPrintable(again.out + again.err));
    QVERIFY2(again.out.contains(QStringLiteral("Replaced import 1")), qPrintable(again.out));
    QCOMPARE(count(m_target.path(), "SELECT count(*) FROM imported_daily"), rows);
    QCOMPARE(count(m_target.path(), "SELECT count(*) FROM imported_daily WHERE import_id = 1"), 0);
    const auto after = m_imported->aggregate(period(), &error);
    QVERIFY(after);
    QCOMPARE(after->current, before->current); // not doubled
    QCOMPARE(count(m_target.path(), "SELECT status = 'replaced' FROM imports WHERE id = 1"), 1);
    const CliRun list
        = runCli(&m_clock, {QStringLiteral("import"), QStringLiteral("list")}, m_target.path());
    QVERIFY(list.out.contains(QStringLiteral("plausible")));
}

void tst_AggregateImporter::undoRemovesIt()
{
    const CliRun undo
        = runCli(&m_clock, {QStringLiteral("import"), QStringLiteral("undo"), QStringLiteral("2")},
                 m_target.path());
    QVERIFY2(undo.code == 0, qPrintable(undo.out + undo.err));
    QCOMPARE(count(m_target.path(), "SELECT count(*) FROM imported_daily"), 0);
    QCOMPARE(count(m_target.path(), "SELECT count(*) FROM import_days"), 0);
    QueryError error;
    const auto after = m_imported->aggregate(period(), &error);
    QVERIFY(after);
    QVERIFY(after->current.isZero());
    QCOMPARE(after->imports.skip, ImportsUse::Skip::NoImportedData);
}

void tst_AggregateImporter::cutOverLeavesNativeDays()
{
    // A store whose site already has native data on 2023-11-05 (local): that day is left
    // out, the others are imported.
    QTemporaryDir dir;
    QVERIFY(emptyStore(dir.path()));
    const QDate native(2023, 11, 5);
    {
        SqliteDb db;
        QString error;
        QVERIFY(Database::open(&db, dir.path(), &error));
        // Sixty people on one morning hour of that day (site 2's time zone).
        TrafficSpec spec;
        spec.seed = 5;
        spec.sites = 1;
        spec.people = 60;
        spec.sessionsPerPerson = 1;
        spec.from
            = QDateTime(native, QTime(6, 0), QTimeZone("America/New_York")).toSecsSinceEpoch();
        spec.days = 1;
        QList<GenEvent> traffic;
        for (GenEvent e : generateTraffic(spec)) {
            e.site = SiteId;
            e.ts = spec.from + (e.ts - spec.from) % 3600;
            traffic.append(e);
        }
        std::stable_sort(traffic.begin(), traffic.end(),
                         [](const GenEvent &a, const GenEvent &b) { return a.ts < b.ts; });
        SqliteEventStore store(&db);
        QVERIFY2(storeTraffic(store, traffic, zoneOf, 500, &error) > 0, qPrintable(error));
    }
    QueryEngine engine(dir.path(), &m_clock);
    QString error;
    QVERIFY(engine.open(&error));
    QueryError why;
    const Query day = period(native, native);
    const auto nativeDay = engine.aggregate(day, &why);
    QVERIFY(nativeDay && nativeDay->current.visits > 0);

    const CliRun run = importZip(dir.path(), m_zip);
    QVERIFY2(run.code == 0, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(QStringLiteral("Left out 1 days that already had data")),
             qPrintable(run.out));
    QCOMPARE(count(dir.path(), "SELECT cut_over_days FROM imports"), 1);
    const qint64 nativeDayNumber = QDate(1970, 1, 1).daysTo(native);
    QCOMPARE(count(dir.path(),
                   QStringLiteral("SELECT count(*) FROM imported_daily WHERE day = %1")
                       .arg(nativeDayNumber)
                       .toUtf8()
                       .constData()),
             0);
    // The native day is answered from its own events alone; the days around it from the
    // import, as the original answers them.
    const auto mixedDay = engine.aggregate(day, &why);
    QVERIFY(mixedDay);
    QCOMPARE(mixedDay->current, nativeDay->current);
    const Query before = period(First, native.addDays(-1));
    const auto a = m_original->aggregate(before, &why);
    const auto b = engine.aggregate(before, &why);
    QVERIFY(a && b);
    QVERIFY(a->current.visits > 0);
    QCOMPARE(b->current, a->current);
}

void tst_AggregateImporter::badExportLeavesNothing()
{
    // The last table read (imported_visitors sorts last) is damaged: the files before it were
    // fine, and still nothing is written.
    QTemporaryDir dir;
    QVERIFY(emptyStore(dir.path()));
    const QString bad = m_files.filePath(QStringLiteral("bad.zip"));
    {
        QString error;
        const auto site = m_original->site(Domain, &error);
        const auto files
            = PlausibleExport(m_original.get()).run(*site, period().period, {}, &error);
        QVERIFY(files);
        ZipWriter zip;
        QVERIFY(zip.open(bad, &error));
        for (PlausibleExport::File f : *files) {
            if (f.name.startsWith(QLatin1String("imported_visitors_"))) {
                QList<QByteArray> lines = f.csv.split('\n');
                lines[3].insert(11, 'x'); // line 4: visitors "x12", not a number
                f.csv = lines.join('\n');
            }
            QVERIFY(zip.add(f.name, f.csv, &error));
        }
        QVERIFY(zip.close(&error));
    }
    const CliRun run = importZip(dir.path(), bad);
    QVERIFY(run.code != 0);
    const QString where = bad + QStringLiteral("/imported_visitors_20231101_20231112.csv:4:12: ");
    QVERIFY2(run.err.contains(where), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("Nothing of this import was kept")),
             qPrintable(run.err));
    QCOMPARE(count(dir.path(), "SELECT count(*) FROM imported_daily"), 0);
    QCOMPARE(count(dir.path(), "SELECT count(*) FROM import_days"), 0);
}

void tst_AggregateImporter::interruptedRunResumes()
{
    // Ctrl+C after three days: those stay (status interrupted); the same export again goes
    // on from there, and the whole equals the original.
    QTemporaryDir dir;
    QVERIFY(emptyStore(dir.path()));
    PlausibleExportReader reader(m_zip);
    ImportError bad;
    QVERIFY2(reader.read(&bad), qPrintable(bad.toString()));
    ImportRequest request;
    request.siteId = SiteId;
    request.timeZone = QTimeZone("America/New_York");
    request.source = QStringLiteral("plausible");
    request.files = {m_zip};
    const QString fingerprint
        = QStringLiteral("plausible\n") + reader.fileNames().join(QLatin1Char('\n'));
    SqliteDb db;
    QString error;
    QVERIFY(Database::open(&db, dir.path(), &error));
    std::atomic<bool> cancel {false};
    AggregateImporter first(&db, &m_clock);
    first.setCancelFlag(&cancel);
    first.setProgress([&](qint64 done, qint64) { cancel = done >= 3; });
    ImportRun run;
    QCOMPARE(first.run(request, fingerprint, reader.days(), reader.rowsRead(), reader.skipped(),
                       &run, &error),
             Importer::Outcome::Interrupted);
    QCOMPARE(run.status, ImportRun::Status::Interrupted);
    QCOMPARE(count(dir.path(), "SELECT count(*) FROM import_days"), 3);

    AggregateImporter second(&db, &m_clock);
    QCOMPARE(second.run(request, fingerprint, reader.days(), reader.rowsRead(), reader.skipped(),
                        &run, &error),
             Importer::Outcome::Done);
    QCOMPARE(second.resumed(), run.id);
    QCOMPARE(run.skipped.value(QStringLiteral("resumed")) > 0, true);
    QCOMPARE(count(dir.path(), "SELECT count(DISTINCT import_id) FROM imported_daily"), 1);
    QueryEngine engine(dir.path(), &m_clock);
    QVERIFY(engine.open(&error));
    QueryError why;
    const auto a = m_original->aggregate(period(), &why);
    const auto b = engine.aggregate(period(), &why);
    QVERIFY(a && b);
    QCOMPARE(b->current, a->current);
}

QTEST_GUILESS_MAIN(tst_AggregateImporter)
#include "tst_aggregateimporter.moc"
