// GA4's BigQuery export end to end: a generated property's five days (2023-11-01..05) of
// events_YYYYMMDD rows in the documented export schema, as `bq extract
// --destination_format NEWLINE_DELIMITED_JSON` writes them (INT64 as strings, NULL fields
// left out, rows in no time order, one plain and one gzip'd file), with session_start /
// first_visit / user_engagement as GA sends them, an app's row and a consent-mode row
// without user_pseudo_id. Imported with `raycstr-server import --from ga4-bigquery`, the
// stats API (HTTP) must answer what the sample holds, computed here from the generator's
// own model: visitors per day, visits, pageviews, bounces, durations (to the last
// engagement ping), pages, sources (Google by referrer, a campaign from
// collected_traffic_source), countries (GA's names → ISO codes), devices, browsers, custom
// events and their props; and a filter on imported raw events (country) works like on
// native ones. Then: no user_pseudo_id reaches the disk, the same files again replace the
// import, bad rows are refused with file and line, undo removes it.

#include "common/apifixture.h"
#include "common/clirun.h"
#include "common/databasebytes.h"
#include "common/importedstats.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

using namespace raycstr;
using namespace raycstr::testing;

namespace {

const QDate First(2023, 11, 1);
constexpr int Days = 5;
const QString Range = QStringLiteral("period=custom&from=2023-11-01&to=2023-11-05");

struct Person
{
    QString id; // user_pseudo_id
    QString countryName, countryCode;
    QString category, os, osVersion, browser, browserVersion;
    QString device, osName; // RayCstr's
};

QJsonObject param(const QString &key, const QJsonValue &value, bool integer = false)
{
    return QJsonObject {
        {QStringLiteral("key"), key},
        {QStringLiteral("value"),
         QJsonObject {
             {integer ? QStringLiteral("int_value") : QStringLiteral("string_value"), value}}}};
}

struct Expected
{
    Metrics total;
    QList<qint64> visitorsByDay;
    QMap<QString, qint64> pageviews, visitsBySource, visitorsByCountry, visitorsByDevice,
        visitorsByBrowser, events, signupMethods;
    qint64 visitorsDE = 0;
};

} // namespace

class tst_Ga4BigQueryImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void totals();
    void breakdowns();
    void filtersWorkOnImportedEvents();
    void noVisitorIdOnDisk();
    void sameFilesAgainReplace();
    void badRowsAreRefused_data();
    void badRowsAreRefused();
    void undoRemovesIt();

private:
    CliRun import(const QStringList &files)
    {
        return runCli(&api.fixture.clock,
                      QStringList {QStringLiteral("import"), QStringLiteral("--from"),
                                   QStringLiteral("ga4-bigquery"), QStringLiteral("--site"),
                                   QStringLiteral("example.com")}
                          + files,
                      api.fixture.dataDir());
    }
    QMap<QString, qint64> column(const QString &endpoint, const QString &metric)
    {
        QMap<QString, qint64> out;
        const QJsonObject o
            = api.getOk(QStringLiteral("/api/events/example.com/") + endpoint
                 + (endpoint.contains(u'?') ? u'&' : u'?') + Range + QStringLiteral("&limit=1000"));
        for (const QJsonValue &v : o.value(QStringLiteral("rows")).toArray())
            out.insert(v.toObject().value(QStringLiteral("value")).toString(),
                       v.toObject().value(metric).toInteger());
        return out;
    }
    qint64 events() { return importedEventCount(api.fixture.dataDir()); }

    ApiFixture api;
    QTemporaryDir m_dir;
    QStringList m_files;
    QList<Person> m_people;
    Expected m_expected;
};

void tst_Ga4BigQueryImport::initTestCase()
{
    QVERIFY(api.start());
    QRandomGenerator rnd(20231101);
    struct Kind
    {
        const char *category, *os, *osVersion, *browser, *browserVersion, *device, *osName;
    };
    const Kind kinds[]
        = {{"desktop", "Windows", "Windows 10", "Chrome", "119.0.6045.159", "Desktop", "Windows"},
           {"mobile", "iOS", "iOS 17.1.1", "Safari", "17.1", "Mobile", "iOS"},
           {"tablet", "Android", "Android 14", "Chrome", "119.0.6045.163", "Tablet", "Android"},
           {"desktop", "Macintosh", "Macintosh Intel 10.15", "Firefox", "120.0", "Desktop",
            "Mac OS X"}};
    const QPair<QString, QString> countries[]
        = {{QStringLiteral("United States"), QStringLiteral("US")},
           {QStringLiteral("Germany"), QStringLiteral("DE")},
           {QStringLiteral("Czechia"), QStringLiteral("CZ")},
           {QStringLiteral("Côte d’Ivoire"), QStringLiteral("CI")},
           {QStringLiteral("(not set)"), QString()}};
    for (int i = 0; i < 24; ++i) {
        const Kind &k = kinds[i % 4];
        const auto &c = countries[i % 5];
        m_people.append(
            {QStringLiteral("%1.%2").arg(1000000000 + rnd.bounded(900000000)).arg(1698000000 + i),
             c.first, c.second, QLatin1String(k.category), QLatin1String(k.os),
             QLatin1String(k.osVersion), QLatin1String(k.browser), QLatin1String(k.browserVersion),
             QLatin1String(k.device), QLatin1String(k.osName)});
    }

    const QStringList pages {QStringLiteral("/"), QStringLiteral("/pricing"),
                             QStringLiteral("/blog/hello"), QStringLiteral("/docs")};
    QList<QByteArray> rows;
    Expected &e = m_expected;
    QSet<QString> seen; // first_visit once per person
    auto row = [&](const Person &p, qint64 ms, const QString &name, QJsonArray params,
                   qint64 sessionId, const QJsonObject &collected = {}) {
        params.prepend(param(QStringLiteral("ga_session_id"), QString::number(sessionId), true));
        params.append(param(QStringLiteral("ga_session_number"), QStringLiteral("1"), true));
        QJsonObject o {
            {QStringLiteral("event_date"),
             QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(u"yyyyMMdd")},
            {QStringLiteral("event_timestamp"), QString::number(ms * 1000 + 123)},
            {QStringLiteral("event_name"), name},
            {QStringLiteral("event_params"), params},
            {QStringLiteral("event_bundle_sequence_id"), QString::number(rnd.bounded(100))},
            {QStringLiteral("user_pseudo_id"), p.id},
            {QStringLiteral("privacy_info"),
             QJsonObject {{QStringLiteral("analytics_storage"), QStringLiteral("Yes")},
                          {QStringLiteral("ads_storage"), QStringLiteral("Yes")},
                          {QStringLiteral("uses_transient_token"), QStringLiteral("No")}}},
            {QStringLiteral("user_first_touch_timestamp"), QStringLiteral("1698000000000000")},
            {QStringLiteral("device"),
             QJsonObject {
                 {QStringLiteral("category"), p.category},
                 {QStringLiteral("mobile_brand_name"), QStringLiteral("Apple")},
                 {QStringLiteral("operating_system"), p.os},
                 {QStringLiteral("operating_system_version"), p.osVersion},
                 {QStringLiteral("language"), QStringLiteral("en-us")},
                 {QStringLiteral("is_limited_ad_tracking"), QStringLiteral("No")},
                 {QStringLiteral("web_info"),
                  QJsonObject {{QStringLiteral("browser"), p.browser},
                               {QStringLiteral("browser_version"), p.browserVersion},
                               {QStringLiteral("hostname"), QStringLiteral("example.com")}}}}},
            {QStringLiteral("geo"),
             QJsonObject {{QStringLiteral("city"), QStringLiteral("(not set)")},
                          {QStringLiteral("country"), p.countryName},
                          {QStringLiteral("continent"), QStringLiteral("Europe")},
                          {QStringLiteral("region"), QStringLiteral("(not set)")}}},
            // The user's first acquisition, not the visit's: must not be used.
            {QStringLiteral("traffic_source"),
             QJsonObject {{QStringLiteral("name"), QStringLiteral("(referral)")},
                          {QStringLiteral("medium"), QStringLiteral("referral")},
                          {QStringLiteral("source"), QStringLiteral("bing.com")}}},
            {QStringLiteral("stream_id"), QStringLiteral("4242424242")},
            {QStringLiteral("platform"), QStringLiteral("WEB")},
            {QStringLiteral("items"), QJsonArray()},
            {QStringLiteral("is_active_user"), true}};
        if (!collected.isEmpty())
            o.insert(QStringLiteral("collected_traffic_source"), collected);
        rows.append(QJsonDocument(o).toJson(QJsonDocument::Compact));
    };

    for (int d = 0; d < Days; ++d) {
        const qint64 dayStart
            = QDateTime(First.addDays(d), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        qint64 visitorsToday = 0;
        for (const Person &p : std::as_const(m_people)) {
            if (rnd.bounded(3) == 0)
                continue;
            ++visitorsToday;
            e.visitorsByCountry[p.countryCode] += 1;
            e.visitorsByDevice[p.device] += 1;
            e.visitorsByBrowser[p.browser] += 1;
            if (p.countryCode == u"DE")
                ++e.visitorsDE;
            const int visits = 1 + rnd.bounded(2);
            for (int v = 0; v < visits; ++v) {
                qint64 t
                    = dayStart + (v == 0 ? 8 : 16) * 3600000LL + rnd.bounded(3 * 3600) * 1000LL;
                const qint64 start = t;
                const qint64 session = t / 1000;
                const int how = rnd.bounded(3); // direct, Google, the newsletter campaign
                const QString source = how == 0 ? QString()
                    : how == 1                  ? QStringLiteral("Google")
                                                : QStringLiteral("newsletter");
                e.visitsBySource[source] += 1;
                ++e.total.visits;
                if (!seen.contains(p.id)) {
                    seen.insert(p.id);
                    row(p, t, QStringLiteral("first_visit"),
                        {param(QStringLiteral("page_location"),
                               QStringLiteral("https://example.com") + pages.first())},
                        session);
                }
                row(p, t, QStringLiteral("session_start"), {}, session);
                const int views = 1 + rnd.bounded(4);
                bool interacted = false;
                for (int n = 0; n < views; ++n) {
                    const QString &page = pages.at(rnd.bounded(pages.size()));
                    QJsonArray params {
                        param(QStringLiteral("page_location"),
                              QStringLiteral("https://example.com") + page),
                        param(QStringLiteral("page_title"), QStringLiteral("Example")),
                        param(QStringLiteral("engaged_session_event"), QStringLiteral("1"), true)};
                    QJsonObject collected;
                    if (n == 0 && how == 1)
                        params.append(param(QStringLiteral("page_referrer"),
                                            QStringLiteral("https://www.google.com/")));
                    if (n == 0 && how == 2)
                        collected = QJsonObject {
                            {QStringLiteral("manual_source"), QStringLiteral("newsletter")},
                            {QStringLiteral("manual_medium"), QStringLiteral("email")},
                            {QStringLiteral("manual_campaign_name"), QStringLiteral("spring")}};
                    row(p, t, QStringLiteral("page_view"), params, session, collected);
                    e.pageviews[page] += 1;
                    ++e.total.pageviews;
                    // The engagement ping when the page is left.
                    const qint64 engaged = 1000 + rnd.bounded(20000);
                    t += engaged;
                    row(p, t, QStringLiteral("user_engagement"),
                        {param(QStringLiteral("page_location"),
                               QStringLiteral("https://example.com") + page),
                         param(QStringLiteral("engagement_time_msec"), QString::number(engaged),
                               true)},
                        session);
                    if (rnd.bounded(5) == 0) {
                        t += 1000;
                        const QString method
                            = rnd.bounded(2) ? QStringLiteral("email") : QStringLiteral("google");
                        row(p, t, QStringLiteral("sign_up"),
                            {param(QStringLiteral("page_location"),
                                   QStringLiteral("https://example.com") + page),
                             param(QStringLiteral("method"), method)},
                            session);
                        e.events[QStringLiteral("sign_up")] += 1;
                        e.signupMethods[method] += 1;
                        ++e.total.events;
                        interacted = true;
                    }
                    if (n + 1 < views)
                        t += 10000 + rnd.bounded(200) * 1000;
                }
                // From the first pageview to the last event, in the events' whole seconds.
                e.total.duration += t / 1000 - start / 1000;
                if (views == 1 && !interacted)
                    ++e.total.bounces;
            }
        }
        e.visitorsByDay.append(visitorsToday);
        e.total.visitors += visitorsToday;
    }
    // Rows an import leaves out: an app's event, and a consent-mode ping without an id.
    QJsonObject app = QJsonDocument::fromJson(rows.first()).object();
    app.insert(QStringLiteral("platform"), QStringLiteral("ANDROID"));
    rows.append(QJsonDocument(app).toJson(QJsonDocument::Compact));
    const auto pageview = std::find_if(rows.cbegin(), rows.cend(), [](const QByteArray &r) {
        return r.contains(R"("event_name":"page_view")");
    });
    QVERIFY(pageview != rows.cend());
    QJsonObject cookieless = QJsonDocument::fromJson(*pageview).object();
    cookieless.remove(QStringLiteral("user_pseudo_id"));
    rows.append(QJsonDocument(cookieless).toJson(QJsonDocument::Compact));

    // In no time order, as an extract of a sharded table is; half plain, half gzip'd.
    for (qsizetype i = rows.size() - 1; i > 0; --i)
        rows.swapItemsAt(i, rnd.bounded(int(i + 1)));
    const qsizetype half = rows.size() / 2;
    const QString plain = m_dir.filePath(QStringLiteral("events_000000000000.json"));
    const QString gz = m_dir.filePath(QStringLiteral("events_000000000001.json.gz"));
    QFile f(plain);
    QVERIFY(f.open(QIODevice::WriteOnly));
    for (qsizetype i = 0; i < half; ++i)
        f.write(rows.at(i) + '\n');
    f.close();
    gzFile z = gzopen(QFile::encodeName(gz).constData(), "wb");
    QVERIFY(z);
    for (qsizetype i = half; i < rows.size(); ++i) {
        const QByteArray line = rows.at(i) + '\n';
        gzwrite(z, line.constData(), unsigned(line.size()));
    }
    gzclose(z);
    m_files = {plain, gz};

    const CliRun run = import(m_files);
    QVERIFY2(run.code == 0, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(QStringLiteral("1 app")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("1 no_user_pseudo_id")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("Days: 2023-11-01 to 2023-11-05")),
             qPrintable(run.out));
}

void tst_Ga4BigQueryImport::totals()
{
    const Metrics &t = m_expected.total;
    const QJsonObject o = api.getOk(QStringLiteral("/api/events/example.com/overview?") + Range);
    QCOMPARE(o.value(QStringLiteral("visitors")).toInteger(), t.visitors);
    QCOMPARE(o.value(QStringLiteral("visits")).toInteger(), t.visits);
    QCOMPARE(o.value(QStringLiteral("pageviews")).toInteger(), t.pageviews);
    QCOMPARE(o.value(QStringLiteral("events")).toInteger(), t.events);
    QCOMPARE(o.value(QStringLiteral("bounces")).toInteger(), t.bounces);
    QCOMPARE(o.value(QStringLiteral("duration")).toInteger(), t.duration);
    const QJsonArray points
        = api.getOk(QStringLiteral("/api/events/example.com/timeseries?interval=day&") + Range)
              .value(QStringLiteral("points"))
              .toArray();
    QCOMPARE(points.size(), Days);
    for (int d = 0; d < Days; ++d)
        QCOMPARE(points.at(d).toObject().value(QStringLiteral("visitors")).toInteger(),
                 m_expected.visitorsByDay.at(d));
}

void tst_Ga4BigQueryImport::breakdowns()
{
    QCOMPARE(column(QStringLiteral("pages"), QStringLiteral("pageviews")), m_expected.pageviews);
    QCOMPARE(column(QStringLiteral("sources"), QStringLiteral("visits")),
             m_expected.visitsBySource);
    QCOMPARE(column(QStringLiteral("breakdown?by=utm_campaign"), QStringLiteral("visits"))
                 .value(QStringLiteral("spring")),
             m_expected.visitsBySource.value(QStringLiteral("newsletter")));
    QCOMPARE(column(QStringLiteral("countries"), QStringLiteral("visitors")),
             m_expected.visitorsByCountry);
    QCOMPARE(column(QStringLiteral("devices"), QStringLiteral("visitors")),
             m_expected.visitorsByDevice);
    QCOMPARE(column(QStringLiteral("breakdown?by=browser"), QStringLiteral("visitors")),
             m_expected.visitorsByBrowser);
    const QMap<QString, qint64> os
        = column(QStringLiteral("breakdown?by=os"), QStringLiteral("visitors"));
    QVERIFY2(os.contains(QStringLiteral("Mac OS X")) && !os.contains(QStringLiteral("Macintosh")),
             qPrintable(QStringList(os.keys()).join(u',')));
    QCOMPARE(column(QStringLiteral("breakdown?by=event_name"), QStringLiteral("events")),
             m_expected.events);
    QCOMPARE(column(QStringLiteral("breakdown?by=prop:method"), QStringLiteral("events")),
             m_expected.signupMethods);
}

void tst_Ga4BigQueryImport::filtersWorkOnImportedEvents()
{
    const QJsonObject o
        = api.getOk(QStringLiteral("/api/events/example.com/overview?filter=country==DE&") + Range);
    QCOMPARE(o.value(QStringLiteral("visitors")).toInteger(), m_expected.visitorsDE);
}

void tst_Ga4BigQueryImport::noVisitorIdOnDisk()
{
    const QByteArray bytes = directoryBytes(api.fixture.dataDir());
    QVERIFY(!bytes.isEmpty());
    for (const Person &p : std::as_const(m_people))
        QVERIFY2(!bytes.contains(p.id.toUtf8()), qPrintable(p.id));
    // And no temporary run was left behind.
    QVERIFY(QDir::temp().entryList({QStringLiteral("raycstr-import-*.run")}).isEmpty());
}

void tst_Ga4BigQueryImport::sameFilesAgainReplace()
{
    const qint64 before = events();
    QVERIFY(before > 0);
    const CliRun run = import(m_files);
    QVERIFY2(run.code == 0, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(QStringLiteral("Replaced import")), qPrintable(run.out));
    QCOMPARE(events(), before);
    QCOMPARE(api.getOk(QStringLiteral("/api/events/example.com/overview?") + Range)
                 .value(QStringLiteral("pageviews"))
                 .toInteger(),
             m_expected.total.pageviews);
}

void tst_Ga4BigQueryImport::badRowsAreRefused_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("error");
    const QByteArray good
        = R"({"event_date":"20231020","event_timestamp":"1697796000000000","event_name":"page_view",)"
          R"("event_params":[{"key":"page_location","value":{"string_value":"https://example.com/"}}],)"
          R"("user_pseudo_id":"1.2","platform":"WEB"})";
    QTest::newRow("truncated") << good.left(good.size() - 20)
                               << QStringLiteral("bad.json:2: not valid JSON");
    QTest::newRow("no event_name") << QByteArray(good).replace("event_name", "name")
                                   << QStringLiteral("bad.json:2: event_name: missing");
    QTest::newRow("bad timestamp")
        << QByteArray(good).replace("1697796000000000", "yesterday")
        << QStringLiteral("bad.json:2: event_timestamp: expected microseconds");
    QTest::newRow("not an object")
        << QByteArray("[1, 2]") << QStringLiteral("bad.json:2: expected a JSON object");
    QTest::newRow("bad params") << QByteArray(good)
                                       .replace(R"("event_params":[)", R"("event_params":{"x":[)")
                                       .replace("}}],", "}}]},")
                                << QStringLiteral("bad.json:2: event_params: expected an array");
}

void tst_Ga4BigQueryImport::badRowsAreRefused()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, error);
    const QString file = m_dir.filePath(QStringLiteral("bad.json"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        // A good first row, then the bad one.
        f.write(R"({"event_timestamp":"1697796000000000","event_name":"page_view",)"
                R"("event_params":[{"key":"page_location","value":{"string_value":)"
                R"("https://example.com/"}}],"user_pseudo_id":"1.2"})"
                "\n"
                + line + "\n");
    }
    const qint64 before = events();
    const CliRun run = import({file});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(m_dir.filePath(error)), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("Nothing of this import was kept")),
             qPrintable(run.err));
    QCOMPARE(events(), before);
}

void tst_Ga4BigQueryImport::undoRemovesIt()
{
    const QJsonObject latest = latestImport(&api.fixture.clock, api.fixture.dataDir());
    QCOMPARE(latest.value(QStringLiteral("source")).toString(), QStringLiteral("ga4-bigquery"));
    QCOMPARE(latest.value(QStringLiteral("status")).toString(), QStringLiteral("done"));
    const CliRun undo = undoImport(&api.fixture.clock, latest, api.fixture.dataDir());
    QVERIFY2(undo.code == 0, qPrintable(undo.out + undo.err));
    QCOMPARE(events(), 0);
    QCOMPARE(api.getOk(QStringLiteral("/api/events/example.com/overview?") + Range)
                 .value(QStringLiteral("pageviews"))
                 .toInteger(),
             0);
}

QTEST_GUILESS_MAIN(tst_Ga4BigQueryImport)
#include "tst_ga4bigqueryimport.moc"
