// Pulling Plausible's Stats API (import/plausibleapiclient, plausibleapireader) against
// answers shaped exactly as Plausible documents them (plausible.io/docs/stats-api: v2's
// {"results": [{"metrics": [...], "dimensions": [...]}], "meta": {}, "query": {...}}; v1's
// {"results": [{"date": ..., "visitors": ...}]} and breakdown rows keyed by the property;
// errors as {"error": "..."}), served by a loopback fixture (common/fakeplausible.h) from a
// small fixed table of three days. Through `raycstr-server import --from plausible --url`:
//
// - the v2 pull writes the table's sums (bounces and durations rebuilt from the rate and the
//   average, "Direct / None" as the empty source, the "pageview" event row left out, custom
//   events as events minus pageviews), one request per breakdown for the month
//   ([time:day, dimension]); a server that takes one dimension per query is asked per day;
// - a server without v2 (404) is pulled through v1, with the same sums;
// - a 429 with Retry-After is waited out and asked again, nothing counted twice;
// - a refused key (401) is a clear error that never shows the key, and writes nothing;
// - a run cut in the middle (the key revoked after the first day) keeps its finished day and
//   the same command resumes it, asking only for the missing days, without double counting;
// - the same pull again replaces the earlier import;
// - an answer that is not JSON, a redirect to another server (not followed: the key stays
//   with the server given), a closed port and an HTTPS server whose certificate does not
//   verify (self-signed) are clear errors.

#include "common/clirun.h"
#include "common/enginefixture.h"
#include "common/fakeplausible.h"
#include "import/plausibleapiclient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTest>
#include <QTimeZone>

using namespace raycstr;
using namespace raycstr::testing;

namespace {

const QByteArray Key = FakePlausibleKey;
constexpr int Pulls = 15; // breakdowns asked per day (or per month through v2)

// An HTTPS server on loopback with a self-signed certificate (made by openssl, as the SMTP
// tests do), on the test's thread: the client must refuse it.
class SelfSignedServer : public QTcpServer
{
public:
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        socket->setSocketDescriptor(descriptor);
        socket->setSslConfiguration(config);
        socket->startServerEncryption();
    }
};

// What the table should leave in imported_daily.
struct Expected
{
    qint64 visitors = 0, visits = 0, pageviews = 0, events = 0, bounces = 0, duration = 0;
};

Expected expectedTotals(int days)
{
    Expected e;
    for (int k = 0; k < days; ++k) {
        const FakeDay t = fakeDay(k);
        const double visits = t.totals.value("visits");
        e.visitors += qint64(t.totals.value("visitors"));
        e.visits += qint64(visits);
        e.pageviews += qint64(t.totals.value("pageviews"));
        e.events += qint64(t.totals.value("events") - t.totals.value("pageviews"));
        e.bounces += std::llround(t.totals.value("bounce_rate") * visits / 100.0);
        e.duration += std::llround(t.totals.value("visit_duration") * visits);
    }
    return e;
}

} // namespace

class tst_PlausibleApiClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void v2PullWritesTheSums();
    void v2AsksAMonthAtATime();
    void serverWithoutV2IsPulledThroughV1();
    void tooManyRequestsWaitsForRetryAfter();
    void refusedKeyIsAClearError();
    void cutShortRunResumes();
    void ctrlCStopsCleanlyAndResumes();
    void pacingKeepsToTheLimit();
    void samePullAgainReplaces();
    void notJsonIsAClearError();
    void redirectElsewhereIsNotFollowed();
    void closedPortIsAClearError();
    void untrustedCertificateIsRefused();

private:
    CliRun pull(const QString &url, QStringList extra = {})
    {
        return runCli(&m_target->clock,
                      QStringList {QStringLiteral("import"), QStringLiteral("--from"),
                                   QStringLiteral("plausible"), QStringLiteral("--site"),
                                   QStringLiteral("example.com"), QStringLiteral("--url"), url,
                                   QStringLiteral("--from-date"), QStringLiteral("2023-10-30"),
                                   QStringLiteral("--to-date"), QStringLiteral("2023-11-05")}
                          + extra,
                      m_target->dataDir());
    }
    CliRun pullWithKey()
    {
        return pull(m_fake->url(), {QStringLiteral("--api-key-file"), m_keyFile});
    }
    qint64 sum(const char *column, int dim = 0)
    {
        return m_target->query(QStringLiteral("SELECT coalesce(sum(%1), 0) FROM imported_daily "
                                              "WHERE dim = %2")
                                   .arg(QLatin1String(column))
                                   .arg(dim)
                                   .toUtf8()
                                   .constData());
    }
    void verifyTotals(int days = FakeDays)
    {
        const Expected e = expectedTotals(days);
        QCOMPARE(sum("visitors"), e.visitors);
        QCOMPARE(sum("visits"), e.visits);
        QCOMPARE(sum("pageviews"), e.pageviews);
        QCOMPARE(sum("events"), e.events);
        QCOMPARE(sum("bounces"), e.bounces);
        QCOMPARE(sum("duration"), e.duration);
    }

    std::unique_ptr<EngineFixture> m_target;
    std::unique_ptr<FakePlausible> m_fake;
    QTemporaryDir m_dir;
    QString m_keyFile;
};

void tst_PlausibleApiClient::init()
{
    m_target = std::make_unique<EngineFixture>();
    // 2023-11-14: every pulled day is over.
    QVERIFY(m_target->start());
    m_fake = std::make_unique<FakePlausible>();
    m_keyFile = m_dir.filePath(QStringLiteral("key"));
    QFile f(m_keyFile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(Key + "\n");
}

void tst_PlausibleApiClient::cleanup()
{
    m_fake.reset();
    m_target.reset();
    qunsetenv("RAYCSTR_PLAUSIBLE_API_KEY");
}

void tst_PlausibleApiClient::v2PullWritesTheSums()
{
    const CliRun r = pullWithKey();
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Stats API v2")), qPrintable(r.out));
    verifyTotals();
    // One request for the series, then one per breakdown for the month: [time:day, dimension].
    const auto seen = m_fake->seen();
    QCOMPARE(seen.size(), 1 + Pulls);
    for (const auto &s : seen)
        QCOMPARE(s.path, QByteArray("/api/v2/query"));
    const QJsonObject asked = QJsonDocument::fromJson(seen.at(1).body).object();
    QCOMPARE(asked.value(u"dimensions").toArray(),
             QJsonArray({QStringLiteral("time:day"), QStringLiteral("event:page")}));
    QCOMPARE(asked.value(u"date_range").toArray(),
             QJsonArray({QStringLiteral("2023-11-01"), QStringLiteral("2023-11-03")}));
    // A breakdown's rows as Plausible names them.
    const int source = int(Dimension::Source), event = int(Dimension::EventName);
    QCOMPARE(m_target->query(QStringLiteral("SELECT sum(visitors) FROM imported_daily WHERE "
                                            "dim = %1 AND value = ''")
                                 .arg(source)
                                 .toUtf8()
                                 .constData()),
             qint64(4 + 5 + 6));
    QCOMPARE(m_target->query(QStringLiteral("SELECT count(*) FROM imported_daily WHERE dim = %1 "
                                            "AND value = 'pageview'")
                                 .arg(event)
                                 .toUtf8()
                                 .constData()),
             qint64(0));
    QCOMPARE(sum("events", event), qint64(2 * FakeDays));
    // Entry page "/" on day 0: 50 % of 6 visits bounced, 40 s on average.
    QCOMPARE(m_target->query(QStringLiteral("SELECT bounces * 1000 + duration FROM imported_daily "
                                            "WHERE dim = %1 AND value = '/' AND day = %2")
                                 .arg(int(Dimension::EntryPage))
                                 .arg(QDate(1970, 1, 1).daysTo(FakeFirstDay))
                                 .toUtf8()
                                 .constData()),
             qint64(3 * 1000 + 240));
}

void tst_PlausibleApiClient::v2AsksAMonthAtATime()
{
    m_fake->setDays(40); // 2023-11-01 .. 2023-12-10
    m_target->clock.setNowMs(
        QDateTime(QDate(2024, 1, 2), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch());
    const CliRun r = pull(m_fake->url(),
                          {QStringLiteral("--api-key-file"), m_keyFile, QStringLiteral("--to-date"),
                           QStringLiteral("2023-12-31")});
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    verifyTotals(40);
    QCOMPARE(m_target->query("SELECT count(DISTINCT day) FROM imported_daily"), qint64(40));
    // Two months of days: 31, then the 9 left.
    const auto seen = m_fake->seen();
    QCOMPARE(seen.size(), 1 + 2 * Pulls);
    auto range = [&](int i) {
        return QJsonDocument::fromJson(seen.at(i).body).object().value(u"date_range").toArray();
    };
    QCOMPARE(range(1), QJsonArray({QStringLiteral("2023-11-01"), QStringLiteral("2023-12-01")}));
    QCOMPARE(range(1 + Pulls),
             QJsonArray({QStringLiteral("2023-12-02"), QStringLiteral("2023-12-10")}));
    // Progress in days (plain lines: stderr is no terminal here).
    QVERIFY2(r.err.contains(QStringLiteral("of 40 days")), qPrintable(r.err));
}

void tst_PlausibleApiClient::serverWithoutV2IsPulledThroughV1()
{
    m_fake->setMode(FakePlausible::Mode::NoV2);
    qputenv("RAYCSTR_PLAUSIBLE_API_KEY", Key);
    const CliRun r = pull(m_fake->url());
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Stats API v1")), qPrintable(r.out));
    verifyTotals();
    const auto seen = m_fake->seen();
    QCOMPARE(seen.size(), 1 + 1 + FakeDays * Pulls); // the v2 probe, then v1
    QCOMPARE(seen.first().status, 404);
    QVERIFY(seen.at(1).path.startsWith("/api/v1/stats/timeseries?"));
    QVERIFY(seen.last().path.startsWith("/api/v1/stats/breakdown?"));
    QVERIFY(seen.last().path.contains("limit=1000&page=1"));
}

void tst_PlausibleApiClient::tooManyRequestsWaitsForRetryAfter()
{
    m_fake->tooManyAt(3, 1);
    const CliRun r = pull(m_fake->url(), {QStringLiteral("--api-key"), QString::fromLatin1(Key)});
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    // --api-key works, with a warning that ps shows it.
    QVERIFY2(r.err.contains(QStringLiteral("ps")), qPrintable(r.err));
    const auto seen = m_fake->seen();
    QCOMPARE(seen.size(), 1 + Pulls + 1);
    QCOMPARE(seen.at(2).status, 429);
    QCOMPARE(seen.at(3).body, seen.at(2).body); // the same question again
    QVERIFY2(seen.at(3).atMs - seen.at(2).atMs >= 950,
             qPrintable(QString::number(seen.at(3).atMs - seen.at(2).atMs)));
    verifyTotals();
}

void tst_PlausibleApiClient::refusedKeyIsAClearError()
{
    const QByteArray wrong = "not-the-key-9c1e";
    qputenv("RAYCSTR_PLAUSIBLE_API_KEY", wrong);
    const CliRun r = pull(m_fake->url());
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("refused the API key (HTTP 401")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("API Keys")), qPrintable(r.err));
    QVERIFY(!r.err.contains(QString::fromLatin1(wrong))
            && !r.out.contains(QString::fromLatin1(wrong)));
    QCOMPARE(m_fake->seen().size(), 1); // no retries, no v1 attempt
    QCOMPARE(sum("visitors"), qint64(0));
    QCOMPARE(m_target->query("SELECT count(*) FROM imports"), qint64(0));
}

void tst_PlausibleApiClient::cutShortRunResumes()
{
    // A day at a time (the server takes one dimension per query: the refused first try, then
    // per day); the key is revoked after the first day and a few of the second's requests.
    m_fake->setMode(FakePlausible::Mode::OneDimension);
    m_fake->revokeFrom(1 + 1 + Pulls + 4);
    CliRun r = pullWithKey();
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("kept its finished days")), qPrintable(r.err));
    QCOMPARE(m_target->query("SELECT count(DISTINCT day) FROM imported_daily"), qint64(1));
    QCOMPARE(sum("visitors"), qint64(fakeDay(0).totals.value("visitors")));
    QJsonObject run = latestImport(&m_target->clock, m_target->dataDir());
    QCOMPARE(run.value(u"status").toString(), QStringLiteral("interrupted"));
    QVERIFY(run.value(u"error").toString().contains(QStringLiteral("401")));

    m_fake->clear();
    m_fake->setMode(FakePlausible::Mode::OneDimension);
    r = pullWithKey();
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Resumed import")), qPrintable(r.out));
    // The finished day is not asked again.
    QCOMPARE(m_fake->seen().size(), 1 + 1 + (FakeDays - 1) * Pulls);
    verifyTotals(); // nothing counted twice
    run = latestImport(&m_target->clock, m_target->dataDir());
    QCOMPARE(run.value(u"status").toString(), QStringLiteral("done"));
    QCOMPARE(run.value(u"skipped").toObject().value(u"resumed").toInteger(), 1);
}

void tst_PlausibleApiClient::ctrlCStopsCleanlyAndResumes()
{
    m_fake->setMode(FakePlausible::Mode::OneDimension); // a day at a time
    m_fake->interruptAt(1 + 1 + Pulls + 3); // while the second day is pulled
    CliRun r = pullWithKey();
    QCOMPARE(r.code, 130);
    QVERIFY2(r.out.contains(QStringLiteral("kept its finished days")), qPrintable(r.out));
    QCOMPARE(m_fake->seen().size(), 1 + 1 + Pulls + 3); // nothing asked after Ctrl+C
    QCOMPARE(m_target->query("SELECT count(DISTINCT day) FROM imported_daily"), qint64(1));
    QJsonObject run = latestImport(&m_target->clock, m_target->dataDir());
    QCOMPARE(run.value(u"status").toString(), QStringLiteral("interrupted"));
    QCOMPARE(run.value(u"error").toString(), QString());

    m_fake->clear();
    r = pullWithKey(); // now a month at a time: the two days left in one go
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Resumed import")), qPrintable(r.out));
    QCOMPARE(m_fake->seen().size(), 1 + Pulls);
    verifyTotals();
}

void tst_PlausibleApiClient::pacingKeepsToTheLimit()
{
    // Three requests per 700 ms window: the fourth waits until the first is 700 ms old.
    PlausibleApiClient::Settings settings;
    settings.baseUrl = QUrl(m_fake->url());
    settings.key = Key;
    settings.requestsPerHour = 3;
    settings.windowMs = 700;
    PlausibleApiClient client(settings);
    const QJsonObject body {{"site_id", "example.com"},
                            {"metrics", QJsonArray {"visitors"}},
                            {"date_range", QJsonArray {"2023-11-01", "2023-11-01"}},
                            {"dimensions", QJsonArray {"time:day"}}};
    for (int i = 0; i < 7; ++i) {
        PlausibleApiError error;
        const auto answer = client.post(QStringLiteral("/api/v2/query"), body, &error);
        QVERIFY2(answer, qPrintable(error.message));
        QCOMPARE(answer->value(u"results").toArray().size(), 1);
    }
    const auto seen = m_fake->seen();
    QCOMPARE(seen.size(), 7);
    for (qsizetype i = 3; i < seen.size(); ++i)
        // Times of arrival: a slow first arrival may shorten a gap a little, never halve it.
        QVERIFY2(seen.at(i).atMs - seen.at(i - 3).atMs >= 500,
                 qPrintable(QStringLiteral("request %1 came %2 ms after request %3")
                                .arg(i)
                                .arg(seen.at(i).atMs - seen.at(i - 3).atMs)
                                .arg(i - 3)));
    QVERIFY(client.waitedMs() >= 1000); // two waits of about 700 ms
    QCOMPARE(client.requestsSent(), 7);
}

void tst_PlausibleApiClient::samePullAgainReplaces()
{
    QCOMPARE(pullWithKey().code, 0);
    const CliRun r = pullWithKey();
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Replaced import")), qPrintable(r.out));
    verifyTotals();
    QCOMPARE(m_target->query("SELECT count(*) FROM imports WHERE status = 'replaced'"), qint64(1));
    QCOMPARE(m_target->query("SELECT count(*) FROM imports WHERE status = 'done'"), qint64(1));
}

void tst_PlausibleApiClient::notJsonIsAClearError()
{
    m_fake->setMode(FakePlausible::Mode::NotJson);
    const CliRun r = pullWithKey();
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("is not JSON")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("<!DOCTYPE html>")), qPrintable(r.err));
    QCOMPARE(sum("visitors"), qint64(0));
}

void tst_PlausibleApiClient::redirectElsewhereIsNotFollowed()
{
    m_fake->setMode(FakePlausible::Mode::Redirect);
    const CliRun r = pullWithKey();
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("redirects to https://plausible.example/api/v2/query")),
             qPrintable(r.err));
    QCOMPARE(m_fake->seen().size(), 1); // and the key was sent nowhere else
}

void tst_PlausibleApiClient::closedPortIsAClearError()
{
    QTcpServer probe; // a port nobody listens on
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    QElapsedTimer t;
    t.start();
    const CliRun r = pull(QStringLiteral("http://127.0.0.1:%1").arg(port),
                          {QStringLiteral("--api-key-file"), m_keyFile});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("cannot reach 127.0.0.1:%1").arg(port)),
             qPrintable(r.err));
    QVERIFY(t.elapsed() < 5000); // said at once, not after retries
}

void tst_PlausibleApiClient::untrustedCertificateIsRefused()
{
    const QString key = m_dir.filePath(QStringLiteral("tls.key")),
                  cert = m_dir.filePath(QStringLiteral("tls.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-days"),
                   QStringLiteral("2"), QStringLiteral("-keyout"), key, QStringLiteral("-out"),
                   cert});
    QVERIFY2(openssl.waitForFinished(30000) && openssl.exitCode() == 0,
             openssl.readAllStandardError().constData());
    QFile keyFile(key);
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    SelfSignedServer server;
    server.config.setLocalCertificate(QSslCertificate::fromPath(cert).value(0));
    server.config.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
    QVERIFY(!server.config.localCertificate().isNull() && !server.config.privateKey().isNull());
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    const CliRun r = pull(QStringLiteral("https://127.0.0.1:%1").arg(server.serverPort()),
                          {QStringLiteral("--api-key-file"), m_keyFile});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("cannot reach 127.0.0.1:%1").arg(server.serverPort())),
             qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("certificate"), Qt::CaseInsensitive), qPrintable(r.err));
    QCOMPARE(m_target->query("SELECT count(*) FROM imports"), qint64(0));
}

QTEST_GUILESS_MAIN(tst_PlausibleApiClient)
#include "tst_plausibleapiclient.moc"
