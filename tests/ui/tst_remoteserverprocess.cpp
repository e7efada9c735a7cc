// Remote mode against the real raycstr-server executable on loopback, set up as a user
// would: `site add`, `token create`, `serve`; events POSTed to its collector; then the
// desktop app's RemoteDataSource reads the dashboard's numbers and the live stream.

#include "common/httpclient.h"
#include "answerspy.h"
#include "ui/data/remotedatasource.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace raycstr;
using namespace raycstr::testing;
using namespace raycstr::ui;

namespace {
const QString Server = QStringLiteral(RAYCSTR_BUILD_DIR "/app/raycstr-server");
const QList<QByteArray> Agents = {
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/126.0.0.0 Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0",
};
} // namespace

class TestRemoteServerProcess : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir dir;
    QProcess server;
    quint16 port = 0;
    QByteArray key;

    QString run(const QStringList &args)
    {
        QProcess p;
        p.start(Server, args + QStringList {QStringLiteral("--data"), dir.path()});
        if (!p.waitForFinished(30000) || p.exitCode() != 0)
            qWarning("%s", p.readAllStandardError().constData());
        return QString::fromUtf8(p.readAllStandardOutput());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(Server), qPrintable(Server));
        QVERIFY(run({QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("example.com")})
                    .contains(QStringLiteral("Added example.com")));
        const QString out = run({QStringLiteral("token"), QStringLiteral("create"),
                                 QStringLiteral("--site"), QStringLiteral("example.com")});
        const auto m = QRegularExpression(QStringLiteral("(rc_\\S+)")).match(out);
        QVERIFY2(m.hasMatch(), qPrintable(out));
        key = m.captured(1).toLatin1();
        // A free port: ask the kernel for one, then hand it to the server.
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        server.setProcessChannelMode(QProcess::MergedChannels);
        server.start(Server,
                     {QStringLiteral("serve"), QStringLiteral("--data"), dir.path(),
                      QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)});
        QVERIFY(server.waitForStarted());
        QByteArray log;
        QTRY_VERIFY_WITH_TIMEOUT((log += server.readAll()).contains("collecting on")
                                     || server.state() != QProcess::Running,
                                 15000);
        QVERIFY2(server.state() == QProcess::Running, log.constData());
    }

    void dashboardAndLiveFromTheServer()
    {
        const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(port));
        RemoteDataSource source(url, key, {QStringLiteral("example.com")});
        AnswerSpy<SiteList> sites;
        source.ask(admin::Sites {}, sites.context(), sites.recorder());
        QVERIFY(sites.wait());
        QCOMPARE(sites.at(0)->sites.size(), 1);

        QSignalSpy live(&source, &DataSource::liveEventsArrived);
        source.setLiveSite(QStringLiteral("example.com"));
        QTRY_VERIFY_WITH_TIMEOUT(source.isLiveConnected(), 5000);

        HttpClient client(port);
        for (int i = 0; i < 2; ++i) {
            const QByteArray body = "{\"n\":\"pageview\",\"u\":\"https://example.com/p"
                + QByteArray::number(i) + "\",\"d\":\"example.com\"}";
            QCOMPARE(client
                         .request("POST", QStringLiteral("/api/event"), body,
                                  {{"Content-Type", "text/plain"}, {"User-Agent", Agents.at(i)}})
                         .status,
                     202);
        }
        // Both events over the stream (stored, so the stats API counts them too).
        auto streamed = [&live] {
            qsizetype n = 0;
            for (const auto &args : live)
                n += args.at(0).value<QList<LiveEvent>>().size();
            return n;
        };
        QTRY_COMPARE_WITH_TIMEOUT(streamed(), qsizetype(2), 3000);

        DashboardQuery today;
        today.site = QStringLiteral("example.com");
        today.period.kind = query::Period::Kind::Today;
        AnswerSpy<query::AggregateResult> aggregate;
        AnswerSpy<query::BreakdownResult> pages;
        source.ask(stats::Aggregate {today}, aggregate.context(), aggregate.recorder());
        source.ask(stats::Breakdown {today, fieldNamed(QStringLiteral("page")), 10},
                   pages.context(), pages.recorder());
        QTRY_VERIFY_WITH_TIMEOUT(aggregate.count() == 1 && pages.count() == 1, 5000);
        const auto r = *aggregate.at(0);
        QCOMPARE(r.current.visitors, 2);
        QCOMPARE(r.current.pageviews, 2);
        QCOMPARE(pages.at(0)->rows.size(), 2);
        source.setLiveSite(QString());
    }

    void cleanupTestCase()
    {
        if (server.state() == QProcess::Running) {
            server.terminate(); // SIGTERM: drains and exits 0
            QVERIFY(server.waitForFinished(15000));
            QCOMPARE(server.exitCode(), 0);
        }
    }
};

QTEST_MAIN(TestRemoteServerProcess)
#include "tst_remoteserverprocess.moc"
