// Plausible's Stats API pulled into imported daily sums (import/plausibleapireader), end to end
// against a second RayCstr server on loopback: RayCstr speaks Plausible's v1 and v2, so an
// in-process ApiFixture (port 0) plays Plausible's part. The source holds the fixture's own
// 2023-11-14 plus generated traffic on 2023-11-15..18 (pages, landing pages, referrers, UTM
// tags, three browsers on three systems, custom events, bounces). The target is a second
// ApiFixture, whose own 2023-11-14 is native (left out: cut-over).
//
// `raycstr-server import --from plausible --url … --site example.com` (v2, then again with
// --api v1, which replaces the first import), and then the target's answers with
// with_imported=true must be the source's own: totals, the daily series and the breakdowns
// by page, entry and exit page, source, UTM source and campaign, device, browser, OS and
// custom event name. Visit duration comes back from Plausible as a whole-second average per
// day only (the reader rebuilds the sums from it), so it may differ by 1 s; everything else is
// exact. The requests made are counted: only the four imported days are asked about.

#include "common/apifixture.h"
#include "common/clirun.h"

#include <QRandomGenerator>
#include <QTest>

using namespace raycstr;
using namespace raycstr::testing;

namespace {

const QString Range = QStringLiteral("period=custom&date=2023-11-14,2023-11-18");
constexpr int Pulls = 15; // breakdowns asked per day
const QByteArray SafariUA = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) "
                            "AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 "
                            "Mobile/15E148 Safari/604.1";

} // namespace

class tst_PlausibleApiImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void v2PullAnswersAsTheSource();
    void v1PullReplacesAndAnswersAsTheSource();

private:
    void generate();
    CliRun pull(const QStringList &extra = {})
    {
        return runCli(&target.fixture.clock,
                      QStringList {QStringLiteral("import"), QStringLiteral("--from"),
                                   QStringLiteral("plausible"), QStringLiteral("--site"),
                                   QStringLiteral("example.com"), QStringLiteral("--url"),
                                   QStringLiteral("http://127.0.0.1:%1").arg(source.http.port()),
                                   QStringLiteral("--api-key-file"), m_keyFile,
                                   QStringLiteral("--from-date"), QStringLiteral("2023-11-01"),
                                   QStringLiteral("--requests-per-hour"), QStringLiteral("0")}
                          + extra,
                      target.fixture.dataDir());
    }
    static QJsonValue results(ApiFixture &api, const QString &path)
    {
        const HttpResult r = api.get(path);
        if (r.status != 200)
            qWarning("%s: %d %s", qPrintable(path), r.status, r.body.constData());
        return ApiFixture::object(r).value(QStringLiteral("results"));
    }
    void compareAll();
    void compareRows(const QString &property, const QString &metrics);

    ApiFixture source;
    ApiFixture target;
    QTemporaryDir m_dir;
    QString m_keyFile;
};

void tst_PlausibleApiImport::generate()
{
    // Deterministic: the same traffic every run.
    QRandomGenerator rng(17);
    const QStringList pages = {QStringLiteral("/"), QStringLiteral("/blog"),
                               QStringLiteral("/pricing"), QStringLiteral("/docs/start")};
    const QStringList referrers = {QString(), QStringLiteral("https://www.google.com/"),
                                   QStringLiteral("https://news.ycombinator.com/item?id=1"),
                                   QStringLiteral("https://duckduckgo.com/")};
    const QList<QByteArray> agents = {ChromeUA, FirefoxUA, SafariUA};
    for (int day = 1; day <= 4; ++day) {
        const int visitors = 6 + day * 2;
        for (int v = 0; v < visitors; ++v) {
            const QString ip = QStringLiteral("198.51.100.%1").arg(day * 40 + v);
            const QByteArray ua = agents.at(rng.bounded(int(agents.size())));
            qint64 minute = qint64(day) * 1440 + 60 + v * 9;
            QString url
                = QStringLiteral("https://example.com") + pages.at(rng.bounded(int(pages.size())));
            if (rng.bounded(4) == 0)
                url += QStringLiteral("?utm_source=newsletter&utm_medium=email&utm_campaign=nov")
                    + QString::number(day % 2);
            Hit land = source.fixture.pageview(url, ip, ua);
            land.referrer = referrers.at(rng.bounded(int(referrers.size())));
            source.submit(minute, land);
            const int more = rng.bounded(4); // 0: a bounce
            for (int p = 0; p < more; ++p)
                source.submit(
                    ++minute,
                    source.fixture.pageview(QStringLiteral("https://example.com")
                                                + pages.at(rng.bounded(int(pages.size()))),
                                            ip, ua));
            if (more > 0 && rng.bounded(3) == 0) {
                Hit e = source.fixture.pageview(QStringLiteral("https://example.com/pricing"), ip,
                                                ua);
                e.kind = EventKind::Custom;
                e.name = rng.bounded(2) ? QStringLiteral("signup") : QStringLiteral("download");
                source.submit(++minute, e);
            }
        }
    }
}

void tst_PlausibleApiImport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(source.start());
    generate();
    QVERIFY(target.start());
    // The import runs on 2023-11-19: every pulled day is over.
    target.fixture.clock.setNowMs(TrafficStartMs + 5LL * 86400000);
    m_keyFile = m_dir.filePath(QStringLiteral("key"));
    QFile f(m_keyFile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(AllSitesKey + "\n");
}

void tst_PlausibleApiImport::compareRows(const QString &property, const QString &metrics)
{
    const QString path = QStringLiteral("/api/v1/stats/breakdown?site_id=example.com&") + Range
        + QStringLiteral("&limit=1000&property=") + property + QStringLiteral("&metrics=")
        + metrics;
    const QString key = property.section(u':', 1);
    auto rows = [&](ApiFixture &api, const QString &p) {
        QMap<QString, QJsonObject> out;
        for (const QJsonValue &v : results(api, p).toArray())
            out.insert(v.toObject().value(key).toString(), v.toObject());
        return out;
    };
    QMap<QString, QJsonObject> want = rows(source, path);
    QMap<QString, QJsonObject> got = rows(target, path + QStringLiteral("&with_imported=true"));
    if (property == u"event:name") {
        // Pageviews are no custom event: Plausible's "pageview" row is not imported.
        want.remove(QStringLiteral("(none)"));
        got.remove(QStringLiteral("(none)"));
    }
    QVERIFY2(want.size() >= 2, qPrintable(property));
    QCOMPARE(got.keys(), want.keys());
    for (auto it = want.cbegin(); it != want.cend(); ++it) {
        QJsonObject w = it.value(), g = got.value(it.key());
        // Whole-second averages per day: the rebuilt sums may round the other way.
        if (w.contains(QStringLiteral("visit_duration"))) {
            QVERIFY2(qAbs(w.take(QStringLiteral("visit_duration")).toDouble()
                          - g.take(QStringLiteral("visit_duration")).toDouble())
                         <= 1,
                     qPrintable(property + u' ' + it.key()));
        }
        QVERIFY2(g == w,
                 qPrintable(property + u' ' + it.key() + u' '
                            + QString::fromUtf8(QJsonDocument(g).toJson(QJsonDocument::Compact))
                            + QStringLiteral(" != ")
                            + QString::fromUtf8(QJsonDocument(w).toJson(QJsonDocument::Compact))));
    }
}

void tst_PlausibleApiImport::compareAll()
{
    const QString metrics
        = QStringLiteral("visitors,visits,pageviews,bounce_rate,visit_duration,events");
    // Totals.
    const QString aggregate = QStringLiteral("/api/v1/stats/aggregate?site_id=example.com&") + Range
        + QStringLiteral("&metrics=") + metrics;
    QJsonObject want = results(source, aggregate).toObject();
    QJsonObject got = results(target, aggregate + QStringLiteral("&with_imported=true")).toObject();
    QVERIFY(want.value(QStringLiteral("visitors")).toObject().value(QStringLiteral("value")).toInt()
            > 30);
    QVERIFY(qAbs(want.take(QStringLiteral("visit_duration")).toObject().value(u"value").toDouble()
                 - got.take(QStringLiteral("visit_duration")).toObject().value(u"value").toDouble())
            <= 1);
    QCOMPARE(got, want);
    // Without the imported days the target is its own 2023-11-14 only.
    const QJsonObject native = results(target, aggregate).toObject();
    QVERIFY(native.value(u"visitors").toObject().value(u"value").toInt()
            < want.value(u"visitors").toObject().value(u"value").toInt());

    // The daily series.
    const QString series = QStringLiteral("/api/v1/stats/timeseries?site_id=example.com&") + Range
        + QStringLiteral("&interval=date&metrics=visitors,visits,pageviews,bounce_rate,events");
    const QJsonArray wantDays = results(source, series).toArray();
    const QJsonArray gotDays
        = results(target, series + QStringLiteral("&with_imported=true")).toArray();
    QCOMPARE(wantDays.size(), 5);
    QCOMPARE(gotDays, wantDays);

    // Breakdowns.
    const QString visit = QStringLiteral("visitors,visits,pageviews,bounce_rate,visit_duration");
    compareRows(QStringLiteral("event:page"), QStringLiteral("visitors,visits,pageviews"));
    compareRows(QStringLiteral("visit:entry_page"), visit);
    compareRows(QStringLiteral("visit:exit_page"), QStringLiteral("visitors,visits"));
    compareRows(QStringLiteral("visit:source"), visit);
    compareRows(QStringLiteral("visit:referrer"), QStringLiteral("visitors,visits"));
    compareRows(QStringLiteral("visit:utm_campaign"), visit);
    compareRows(QStringLiteral("visit:device"), visit);
    compareRows(QStringLiteral("visit:browser"), visit);
    compareRows(QStringLiteral("visit:os"), visit);
    compareRows(QStringLiteral("event:name"), QStringLiteral("visitors,events"));
}

void tst_PlausibleApiImport::v2PullAnswersAsTheSource()
{
    const CliRun r = pull();
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Stats API v2")), qPrintable(r.out));
    // 2023-11-14 has native data in the target: left out, and never asked about.
    QVERIFY2(r.out.contains(QStringLiteral("Left out 1 days")), qPrintable(r.out));
    // RayCstr's v2 answers one dimension per query: [time:day, event:page] is refused once,
    // then each day is asked on its own.
    QVERIFY2(r.out.contains(QStringLiteral("%1 requests").arg(1 + 1 + 4 * Pulls)),
             qPrintable(r.out));
    QVERIFY(!r.err.contains(QString::fromLatin1(AllSitesKey)));
    compareAll();
}

void tst_PlausibleApiImport::v1PullReplacesAndAnswersAsTheSource()
{
    const CliRun r = pull({QStringLiteral("--api"), QStringLiteral("v1")});
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Stats API v1")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Replaced import")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("%1 requests").arg(1 + 4 * Pulls)), qPrintable(r.out));
    const QJsonObject run = latestImport(&target.fixture.clock, target.fixture.dataDir());
    QCOMPARE(run.value(u"source").toString(), QStringLiteral("plausible-api"));
    QCOMPARE(run.value(u"status").toString(), QStringLiteral("done"));
    QCOMPARE(run.value(u"first_day").toString(), QStringLiteral("2023-11-15"));
    QCOMPARE(run.value(u"last_day").toString(), QStringLiteral("2023-11-18"));
    compareAll(); // replaced, not added to
}

QTEST_GUILESS_MAIN(tst_PlausibleApiImport)
#include "tst_plausibleapiimport.moc"
