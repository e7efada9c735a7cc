// GA4 Data API reports end to end: a generated property's ten days (2023-11-01..10) written
// as runReport answers exactly as GA4's Data API gives them (dimensionHeaders,
// metricHeaders, rows of dimensionValues/metricValues as strings, rowCount, metadata, kind;
// the daily report in two pages of `limit` 6), the reports the README tells users to run,
// in a folder and a zip; imported with `raycstr-server import --from google-analytics`,
// then read back through the stats API (HTTP, the fixture's server): totals, the daily
// series and every breakdown must be the sample's sums, mapped as documented ("(direct)" →
// direct, "google" → Google, countryId, Macintosh → Mac OS X, GA's own events left out).
// Then: the same reports again replace the import, undo removes it, bad input (broken JSON,
// not a runReport answer, no date, a missing page, a page twice, a bad number, two
// breakdowns) is refused with the file and the place, writing nothing, and a day with native
// data is left out (cut-over).

#include "common/apifixture.h"
#include "common/clirun.h"
#include "common/importedstats.h"
#include "core/zipwriter.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace raycstr;
using namespace raycstr::testing;

namespace {

const QDate First(2023, 11, 1);
constexpr int Days = 10;
const QString Range = QStringLiteral("period=custom&from=2023-11-01&to=2023-11-10");

struct Row
{
    QStringList dims;
    QList<qint64> metrics;
};

// One runReport answer, as the Data API writes it (the metric types are GA's).
QByteArray runReport(const QStringList &dims, const QStringList &metrics, const QList<Row> &rows,
                     qint64 rowCount = -1)
{
    QJsonArray dh, mh, rs;
    for (const QString &d : dims)
        dh.append(QJsonObject {{QStringLiteral("name"), d}});
    for (const QString &m : metrics)
        mh.append(QJsonObject {{QStringLiteral("name"), m},
                               {QStringLiteral("type"),
                                m == u"userEngagementDuration" ? QStringLiteral("TYPE_SECONDS")
                                                               : QStringLiteral("TYPE_INTEGER")}});
    for (const Row &r : rows) {
        QJsonArray dv, mv;
        for (const QString &v : r.dims)
            dv.append(QJsonObject {{QStringLiteral("value"), v}});
        for (qint64 v : r.metrics)
            mv.append(QJsonObject {{QStringLiteral("value"), QString::number(v)}});
        rs.append(QJsonObject {{QStringLiteral("dimensionValues"), dv},
                               {QStringLiteral("metricValues"), mv}});
    }
    QJsonObject o {{QStringLiteral("dimensionHeaders"), dh},
                   {QStringLiteral("metricHeaders"), mh},
                   {QStringLiteral("metadata"),
                    QJsonObject {{QStringLiteral("currencyCode"), QStringLiteral("USD")},
                                 {QStringLiteral("timeZone"), QStringLiteral("Etc/GMT")}}},
                   {QStringLiteral("kind"), QStringLiteral("analyticsData#runReport")}};
    if (!rows.isEmpty()) {
        o.insert(QStringLiteral("rows"), rs);
        o.insert(QStringLiteral("rowCount"), rowCount < 0 ? rows.size() : rowCount);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QString dateOf(int d)
{
    return First.addDays(d).toString(QStringLiteral("yyyyMMdd"));
}

// What the sample holds, in RayCstr's terms.
struct Expected
{
    Metrics total;
    QList<qint64> visitorsByDay;
    QMap<QString, Metrics> pages, entryPages, sources, utmCampaigns, countries, devices, browsers,
        os, events;
};

} // namespace

class tst_Ga4ReportImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void totalsAndSeries();
    void breakdowns();
    void sameReportsAgainReplace();
    void badInputIsRefused_data();
    void badInputIsRefused();
    void undoRemovesIt();
    void cutOverLeavesNativeDays();

private:
    CliRun import(const QStringList &files)
    {
        return runCli(&api.fixture.clock,
                      QStringList {QStringLiteral("import"), QStringLiteral("--from"),
                                   QStringLiteral("google-analytics"), QStringLiteral("--site"),
                                   QStringLiteral("example.com")}
                          + files,
                      api.fixture.dataDir());
    }
    QMap<QString, QJsonObject> rows(const QString &endpoint)
    {
        QMap<QString, QJsonObject> out;
        const QJsonObject o
            = api.getOk(QStringLiteral("/api/events/example.com/") + endpoint
                 + (endpoint.contains(u'?') ? u'&' : u'?') + Range + QStringLiteral("&limit=1000"));
        for (const QJsonValue &v : o.value(QStringLiteral("rows")).toArray())
            out.insert(v.toObject().value(QStringLiteral("value")).toString(), v.toObject());
        return out;
    }
    void write(const QString &name, const QByteArray &bytes)
    {
        QFile f(m_reports.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    qint64 importedRows();

    ApiFixture api;
    QTemporaryDir m_dir;
    QDir m_reports;
    QString m_zip;
    Expected m_expected;
};

qint64 tst_Ga4ReportImport::importedRows()
{
    SqliteDb db;
    QString error;
    if (!Database::open(&db, api.fixture.dataDir(), &error))
        return -1;
    Statement st(db, "SELECT count(*) FROM imported_daily");
    return st.next() ? st.int64(0) : -1;
}

void tst_Ga4ReportImport::initTestCase()
{
    QVERIFY(api.start());
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("reports")));
    m_reports = QDir(m_dir.filePath(QStringLiteral("reports")));
    QRandomGenerator rnd(4);
    Expected &e = m_expected;
    QList<Row> daily, pages, landing, sources, countries, devices, browsers, os, events;
    struct Source
    {
        QString source, medium, campaign, name, utmCampaign;
    };
    const QList<Source> sourceRows {
        {QStringLiteral("(direct)"), QStringLiteral("(none)"), QStringLiteral("(direct)"), {}, {}},
        {QStringLiteral("google"),
         QStringLiteral("organic"),
         QStringLiteral("(organic)"),
         QStringLiteral("Google"),
         {}},
        {QStringLiteral("t.co"),
         QStringLiteral("referral"),
         QStringLiteral("(referral)"),
         QStringLiteral("Twitter"),
         {}},
        {QStringLiteral("news.ycombinator.com"),
         QStringLiteral("referral"),
         QStringLiteral("(referral)"),
         QStringLiteral("Hacker News"),
         {}},
        {QStringLiteral("newsletter"), QStringLiteral("email"), QStringLiteral("spring_sale"),
         QStringLiteral("newsletter"), QStringLiteral("spring_sale")}};
    const QList<QPair<QString, QString>> countryRows {{QStringLiteral("US"), QStringLiteral("US")},
                                                      {QStringLiteral("DE"), QStringLiteral("DE")},
                                                      {QStringLiteral("(not set)"), QString()}};
    const QList<QPair<QString, QString>> deviceRows {
        {QStringLiteral("desktop"), QStringLiteral("Desktop")},
        {QStringLiteral("mobile"), QStringLiteral("Mobile")},
        {QStringLiteral("tablet"), QStringLiteral("Tablet")},
        {QStringLiteral("smart tv"), QString()}};
    const QStringList browserRows {QStringLiteral("Chrome"), QStringLiteral("Safari"),
                                   QStringLiteral("Firefox")};
    const QList<QPair<QString, QString>> osRows {
        {QStringLiteral("Windows"), QStringLiteral("Windows")},
        {QStringLiteral("Macintosh"), QStringLiteral("Mac OS X")},
        {QStringLiteral("iOS"), QStringLiteral("iOS")},
        {QStringLiteral("Android"), QStringLiteral("Android")}};
    for (int d = 0; d < Days; ++d) {
        const QString date = dateOf(d);
        Metrics day;
        day.visitors = 20 + rnd.bounded(40);
        day.visits = day.visitors + rnd.bounded(10);
        day.pageviews = 2 * day.visits + rnd.bounded(20);
        day.bounces = rnd.bounded(int(day.visits));
        day.duration = 60 * day.visits + rnd.bounded(500);
        daily.append(
            {{date}, {day.visitors, day.visits, day.pageviews, day.bounces, day.duration}});
        e.total += day;
        e.visitorsByDay.append(day.visitors);
        // Pages: "/" on two hosts (summed), the others on one.
        for (const QString &host :
             {QStringLiteral("example.com"), QStringLiteral("www.example.com")})
            for (const QString &path :
                 {QStringLiteral("/"), QStringLiteral("/pricing"), QStringLiteral("/blog/hello")}) {
                if (host.startsWith(u"www") && path != u"/")
                    continue;
                Metrics m;
                m.visitors = 1 + rnd.bounded(15);
                m.pageviews = m.visitors + rnd.bounded(10);
                pages.append({{date, host, path}, {m.visitors, m.pageviews}});
                e.pages[path] += m;
            }
        for (const QString &path : {QStringLiteral("/"), QStringLiteral("/blog/hello")}) {
            Metrics m;
            m.visitors = 1 + rnd.bounded(10);
            m.visits = m.visitors + rnd.bounded(3);
            m.bounces = rnd.bounded(int(m.visits));
            landing.append({{date, path}, {m.visitors, m.visits, m.bounces}});
            e.entryPages[path] += m;
        }
        for (const Source &s : sourceRows) {
            Metrics m;
            m.visitors = 1 + rnd.bounded(10);
            m.visits = m.visitors + rnd.bounded(3);
            m.pageviews = m.visits + rnd.bounded(5);
            m.bounces = rnd.bounded(int(m.visits));
            m.duration = rnd.bounded(900);
            sources.append({{date, s.source, s.medium, s.campaign},
                            {m.visitors, m.visits, m.pageviews, m.bounces, m.duration}});
            e.sources[s.name] += m;
            e.utmCampaigns[s.utmCampaign] += m;
        }
        auto simple = [&](QList<Row> &rows, QMap<QString, Metrics> &expected, const QString &ga,
                          const QString &ours) {
            Metrics m;
            m.visitors = 1 + rnd.bounded(20);
            m.visits = m.visitors + rnd.bounded(4);
            rows.append({{date, ga}, {m.visitors, m.visits}});
            expected[ours] += m;
        };
        for (const auto &[ga, ours] : countryRows)
            simple(countries, e.countries, ga, ours);
        for (const auto &[ga, ours] : deviceRows)
            simple(devices, e.devices, ga, ours);
        for (const QString &b : browserRows)
            simple(browsers, e.browsers, b, b);
        for (const auto &[ga, ours] : osRows)
            simple(os, e.os, ga, ours);
        for (const QString &name : {QStringLiteral("page_view"), QStringLiteral("session_start"),
                                    QStringLiteral("sign_up"), QStringLiteral("file_download")}) {
            Metrics m;
            m.events = 1 + rnd.bounded(30);
            m.visitors = 1 + rnd.bounded(int(m.events));
            events.append({{date, name}, {m.events, m.visitors}});
            if (!name.startsWith(u"page") && !name.startsWith(u"session")) {
                e.events[name] += m;
                e.total.events += m.events;
            }
        }
    }
    const QStringList visitMetrics {QStringLiteral("totalUsers"), QStringLiteral("sessions"),
                                    QStringLiteral("screenPageViews"), QStringLiteral("bounces"),
                                    QStringLiteral("userEngagementDuration")};
    // The daily report in two pages (limit 6, offset 0 and 6), as a paginated runReport.
    write(QStringLiteral("daily-visitors-1.json"),
          runReport({QStringLiteral("date")}, visitMetrics, daily.mid(0, 6), daily.size()));
    write(QStringLiteral("daily-visitors-2.json"),
          runReport({QStringLiteral("date")}, visitMetrics, daily.mid(6), daily.size()));
    write(
        QStringLiteral("pages.json"),
        runReport({QStringLiteral("date"), QStringLiteral("hostName"), QStringLiteral("pagePath")},
                  {QStringLiteral("totalUsers"), QStringLiteral("screenPageViews")}, pages));
    write(QStringLiteral("sources.json"),
          runReport({QStringLiteral("date"), QStringLiteral("sessionSource"),
                     QStringLiteral("sessionMedium"), QStringLiteral("sessionCampaignName")},
                    visitMetrics, sources));
    const QStringList two {QStringLiteral("totalUsers"), QStringLiteral("sessions")};
    write(QStringLiteral("countries.json"),
          runReport({QStringLiteral("date"), QStringLiteral("countryId")}, two, countries));
    write(QStringLiteral("devices.json"),
          runReport({QStringLiteral("date"), QStringLiteral("deviceCategory")}, two, devices));
    write(QStringLiteral("browsers.json"),
          runReport({QStringLiteral("date"), QStringLiteral("browser")}, two, browsers));
    write(QStringLiteral("operating-systems.json"),
          runReport({QStringLiteral("date"), QStringLiteral("operatingSystem")}, two, os));
    // Landing pages and events in a zip beside the folder.
    m_zip = m_dir.filePath(QStringLiteral("more-reports.zip"));
    ZipWriter zip;
    QString error;
    QVERIFY2(zip.open(m_zip, &error), qPrintable(error));
    QVERIFY2(zip.add(QStringLiteral("landing-pages.json"),
                     runReport({QStringLiteral("date"), QStringLiteral("landingPage")},
                               {QStringLiteral("totalUsers"), QStringLiteral("sessions"),
                                QStringLiteral("bounces")},
                               landing),
                     &error),
             qPrintable(error));
    QVERIFY2(
        zip.add(QStringLiteral("events.json"),
                runReport({QStringLiteral("date"), QStringLiteral("eventName")},
                          {QStringLiteral("eventCount"), QStringLiteral("totalUsers")}, events),
                &error),
        qPrintable(error));
    QVERIFY2(zip.close(&error), qPrintable(error));

    const CliRun run = import({m_reports.path(), m_zip});
    QVERIFY2(run.code == 0, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(QStringLiteral("daily aggregates written")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("Days: 2023-11-01 to 2023-11-10")),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("20 ga_automatic_event")), qPrintable(run.out));
}

void tst_Ga4ReportImport::totalsAndSeries()
{
    const Metrics &t = m_expected.total;
    const QJsonObject o = api.getOk(QStringLiteral("/api/events/example.com/overview?") + Range);
    QCOMPARE(o.value(QStringLiteral("visitors")).toInteger(), t.visitors);
    QCOMPARE(o.value(QStringLiteral("visits")).toInteger(), t.visits);
    QCOMPARE(o.value(QStringLiteral("pageviews")).toInteger(), t.pageviews);
    QCOMPARE(o.value(QStringLiteral("events")).toInteger(), t.events);
    QCOMPARE(o.value(QStringLiteral("bounces")).toInteger(), t.bounces);
    QCOMPARE(o.value(QStringLiteral("duration")).toInteger(), t.duration);
    QCOMPARE(o.value(QStringLiteral("imports")).toObject(),
             (QJsonObject {{QStringLiteral("included"), true}}));
    const QJsonArray points
        = api.getOk(QStringLiteral("/api/events/example.com/timeseries?interval=day&") + Range)
              .value(QStringLiteral("points"))
              .toArray();
    QCOMPARE(points.size(), Days);
    for (int d = 0; d < Days; ++d)
        QCOMPARE(points.at(d).toObject().value(QStringLiteral("visitors")).toInteger(),
                 m_expected.visitorsByDay.at(d));
}

void tst_Ga4ReportImport::breakdowns()
{
    auto check = [&](const QString &endpoint, const QMap<QString, Metrics> &expected,
                     const QStringList &metrics) {
        const QMap<QString, QJsonObject> got = rows(endpoint);
        QVERIFY2(got.keys() == expected.keys(),
                 qPrintable(endpoint + QStringLiteral(": ") + QStringList(got.keys()).join(u'|')
                            + QStringLiteral(" vs ") + QStringList(expected.keys()).join(u'|')));
        auto member = [](const QString &name) -> qint64 Metrics::* {
            if (name == u"visitors")
                return &Metrics::visitors;
            if (name == u"visits")
                return &Metrics::visits;
            if (name == u"pageviews")
                return &Metrics::pageviews;
            if (name == u"events")
                return &Metrics::events;
            if (name == u"bounces")
                return &Metrics::bounces;
            return &Metrics::duration;
        };
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            for (const QString &name : metrics)
                QVERIFY2(got.value(it.key()).value(name).toInteger() == it.value().*member(name),
                         qPrintable(endpoint + u' ' + it.key() + u' ' + name));
    };
    check(QStringLiteral("pages"), m_expected.pages,
          {QStringLiteral("visitors"), QStringLiteral("pageviews")});
    check(QStringLiteral("breakdown?by=entry_page"), m_expected.entryPages,
          {QStringLiteral("visitors"), QStringLiteral("visits"), QStringLiteral("bounces")});
    check(QStringLiteral("sources"), m_expected.sources,
          {QStringLiteral("visitors"), QStringLiteral("visits"), QStringLiteral("pageviews"),
           QStringLiteral("bounces"), QStringLiteral("duration")});
    check(QStringLiteral("breakdown?by=utm_campaign"), m_expected.utmCampaigns,
          {QStringLiteral("visitors"), QStringLiteral("visits")});
    check(QStringLiteral("countries"), m_expected.countries,
          {QStringLiteral("visitors"), QStringLiteral("visits")});
    check(QStringLiteral("devices"), m_expected.devices,
          {QStringLiteral("visitors"), QStringLiteral("visits")});
    check(QStringLiteral("breakdown?by=browser"), m_expected.browsers,
          {QStringLiteral("visitors"), QStringLiteral("visits")});
    check(QStringLiteral("breakdown?by=os"), m_expected.os,
          {QStringLiteral("visitors"), QStringLiteral("visits")});
    check(QStringLiteral("breakdown?by=event_name"), m_expected.events,
          {QStringLiteral("visitors"), QStringLiteral("events")});
}

void tst_Ga4ReportImport::sameReportsAgainReplace()
{
    const qint64 before = importedRows();
    const CliRun run = import({m_reports.path(), m_zip});
    QVERIFY2(run.code == 0, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(QStringLiteral("Replaced import 1")), qPrintable(run.out));
    QCOMPARE(importedRows(), before);
    QCOMPARE(api.getOk(QStringLiteral("/api/events/example.com/overview?") + Range)
                 .value(QStringLiteral("visitors"))
                 .toInteger(),
             m_expected.total.visitors);
}

void tst_Ga4ReportImport::badInputIsRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    const QStringList users {QStringLiteral("totalUsers")};
    const QByteArray good
        = runReport({QStringLiteral("date")}, users,
                    {{{QStringLiteral("20231020")}, {5}}, {{QStringLiteral("20231021")}, {7}}});
    QTest::newRow("truncated") << good.left(good.size() / 2)
                               << QStringLiteral("bad.json:%1:%2: not valid JSON");
    QTest::newRow("not a report") << QByteArray(R"({"error": {"code": 403, "message": "denied"}})")
                                  << QStringLiteral(
                                         "bad.json: no dimensionHeaders and metricHeaders");
    QTest::newRow("no date") << runReport({QStringLiteral("countryId")}, users,
                                          {{{QStringLiteral("US")}, {5}}})
                             << QStringLiteral("bad.json: dimensionHeaders: the report has no "
                                               "'date' dimension (it has: countryId)");
    QTest::newRow("missing page") << runReport(
        {QStringLiteral("date")}, users, {{{QStringLiteral("20231020")}, {5}}},
        3) << QStringLiteral("bad.json: this report has 3 rows (rowCount) but its files hold 1");
    QTest::newRow("row twice")
        << runReport({QStringLiteral("date")}, users,
                     {{{QStringLiteral("20231020")}, {5}}, {{QStringLiteral("20231020")}, {5}}})
        << QStringLiteral("bad.json: rows[1]: this row (20231020) was in an earlier file");
    QTest::newRow("bad number")
        << QByteArray(good).replace(R"("value": "7")", R"("value": "seven")")
        << QStringLiteral("bad.json: rows[1].metricValues[0].value: expected a number");
    QTest::newRow("bad date")
        << QByteArray(good).replace("20231021", "2023-10-21")
        << QStringLiteral("bad.json: rows[1].dimensionValues[0].value: not a date (YYYYMMDD)");
    QTest::newRow("two breakdowns")
        << runReport({QStringLiteral("date"), QStringLiteral("countryId"),
                      QStringLiteral("deviceCategory")},
                     users,
                     {{{QStringLiteral("20231020"), QStringLiteral("US"), QStringLiteral("mobile")},
                       {5}}})
        << QStringLiteral("bad.json: dimensionHeaders[2]: dimension 'deviceCategory' is a second "
                          "breakdown");
    QTest::newRow("unknown dimension")
        << runReport({QStringLiteral("date"), QStringLiteral("city")}, users,
                     {{{QStringLiteral("20231020"), QStringLiteral("Berlin")}, {5}}})
        << QStringLiteral("bad.json: dimensionHeaders[1]: dimension 'city' is not one");
}

void tst_Ga4ReportImport::badInputIsRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    const QString file = m_dir.filePath(QStringLiteral("bad.json"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(json);
    }
    const qint64 before = importedRows();
    const CliRun run = import({file});
    QCOMPARE(run.code, 1);
    if (error.contains(u"%1")) {
        // Broken JSON: the line and column where it ends, from the file's own text.
        QVERIFY2(run.err.contains(QRegularExpression(
                     QRegularExpression::escape(m_dir.filePath(QStringLiteral("bad.json")))
                     + QStringLiteral(":\\d+:\\d+: not valid JSON"))),
                 qPrintable(run.err));
    } else {
        QVERIFY2(run.err.contains(m_dir.filePath(error)), qPrintable(run.err));
    }
    QVERIFY2(run.err.contains(QStringLiteral("Nothing of this import was kept")),
             qPrintable(run.err));
    QCOMPARE(importedRows(), before);
}

void tst_Ga4ReportImport::undoRemovesIt()
{
    const QJsonObject latest = latestImport(&api.fixture.clock, api.fixture.dataDir());
    QCOMPARE(latest.value(QStringLiteral("source")).toString(), QStringLiteral("google-analytics"));
    QCOMPARE(latest.value(QStringLiteral("status")).toString(), QStringLiteral("done"));
    const CliRun undo = undoImport(&api.fixture.clock, latest, api.fixture.dataDir());
    QVERIFY2(undo.code == 0, qPrintable(undo.out + undo.err));
    QCOMPARE(importedRows(), 0);
    const QJsonObject o = api.getOk(QStringLiteral("/api/events/example.com/overview?") + Range);
    QCOMPARE(o.value(QStringLiteral("visitors")).toInteger(), 0);
    QCOMPARE(o.value(QStringLiteral("imports")).toObject().value(QStringLiteral("skip_reason")),
             QStringLiteral("no_imported_data"));
}

void tst_Ga4ReportImport::cutOverLeavesNativeDays()
{
    // A week later, a report of the fixture's native day (2023-11-14) and the day before.
    const QString file = m_dir.filePath(QStringLiteral("cut-over.json"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(
            runReport({QStringLiteral("date")}, {QStringLiteral("totalUsers")},
                      {{{QStringLiteral("20231113")}, {5}}, {{QStringLiteral("20231114")}, {7}}}));
    }
    ManualClock later(TrafficStartMs + 7 * 86400000LL);
    const CliRun run = runCli(&later,
                              {QStringLiteral("import"), QStringLiteral("--from"),
                               QStringLiteral("google-analytics"), QStringLiteral("--site"),
                               QStringLiteral("example.com"), file},
                              api.fixture.dataDir());
    QVERIFY2(run.code == 0, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(QStringLiteral("Left out 1 days that already had data")),
             qPrintable(run.out));
    QCOMPARE(importedRows(), 1);
    // The native day's numbers are the fixture's alone (3 visitors), the day before imported.
    const QJsonArray points = api.getOk(QStringLiteral("/api/events/example.com/timeseries?interval=day"
                                                "&period=custom&from=2023-11-13&to=2023-11-14"))
                                  .value(QStringLiteral("points"))
                                  .toArray();
    QCOMPARE(points.size(), 2);
    QCOMPARE(points.at(0).toObject().value(QStringLiteral("visitors")).toInteger(), 5);
    QCOMPARE(points.at(1).toObject().value(QStringLiteral("visitors")).toInteger(), 3);
}

QTEST_GUILESS_MAIN(tst_Ga4ReportImport)
#include "tst_ga4reportimport.moc"
