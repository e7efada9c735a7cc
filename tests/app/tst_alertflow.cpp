// Alerts end to end through the whole server (ServerStack): pageviews posted to the real
// collector over HTTP, the ingest engine writing them, the server's own alert scheduler
// reading them through the query engine; the message captured by a real SMTP server
// (aiosmtpd) and by a loopback HTTP receiver. The rule comes from the config file: it fires
// once, sends nothing during its cool-down, and fires again after it.

#include "common/httpclient.h"
#include "common/smtpserver.h"
#include "common/webhookreceiver.h"
#include "core/clock.h"
#include "engine/ingestengine.h"
#include "report/alertscheduler.h"
#include "stack/serverstack.h"
#include "store/database.h"
#include "store/sites.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace raycstr;
using namespace raycstr::testing;

class tst_AlertFlow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock {1700000000000LL}; // 2023-11-14T22:13:20Z
    SmtpServer m_smtp;
    WebhookReceiver m_hook;
    int m_visitor = 0;

    ServerConfig config() const
    {
        ServerConfig c;
        c.dataDir = m_dir.path();
        c.listenAddress = QHostAddress::LocalHost;
        c.listenPort = 0;
        c.userAgentRegexes = findUserAgentRegexes();
        c.smtp.url = QStringLiteral("smtp://127.0.0.1:%1").arg(m_smtp.port());
        c.smtp.username = QLatin1String(SmtpServer::User);
        c.smtp.password = QLatin1String(SmtpServer::Password);
        c.smtp.from = QStringLiteral("RayCstr <stats@example.com>");
        c.smtp.caFile = m_smtp.certFile();
        c.smtp.attempts = 1;
        AlertRule spike;
        spike.site = QStringLiteral("example.com");
        spike.kind = AlertRule::Kind::Spike;
        spike.threshold = 3;
        spike.cooldownMinutes = 30;
        spike.email = {QStringLiteral("ops@example.org")};
        spike.webhook = m_hook.url(QStringLiteral("/hooks/T0/s3cr3t"));
        c.alerts = {spike};
        return c;
    }

    // `n` new visitors (a User-Agent each, all from loopback) view a page, through HTTP.
    void visit(ServerStack &stack, int n)
    {
        HttpClient client(stack.port());
        for (int i = 0; i < n; ++i) {
            ++m_visitor;
            const QByteArray ua = "Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 "
                                  "Firefox/"
                + QByteArray::number(100 + m_visitor) + ".0";
            const HttpResult r = client.post(
                QStringLiteral("/api/event"),
                "{\"n\":\"pageview\",\"u\":\"https://example.com/\",\"d\":\"example.com\","
                "\"r\":null,\"w\":1280}",
                "text/plain", {{"User-Agent", ua}});
            QCOMPARE(r.status, 202);
        }
        QVERIFY(stack.engine()->flush());
    }
    static void checkNow(ServerStack &stack)
    {
        report::AlertScheduler *alerts = stack.alerts();
        QVERIFY(alerts);
        alerts->waitForDone(); // the check start() began, if still running
        QCoreApplication::processEvents();
        QVERIFY(alerts->check());
        alerts->waitForDone();
        QCoreApplication::processEvents();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        QVERIFY2(m_smtp.start(false, &why), qPrintable(why));
        QVERIFY(m_hook.start());
        SqliteDb db;
        QVERIFY2(Database::open(&db, m_dir.path(), &why), qPrintable(why));
        QVERIFY2(SiteRepository(&db).add(QStringLiteral("example.com"), QStringLiteral("UTC"),
                                         m_clock.nowSecs(), &why),
                 qPrintable(why));
    }

    void spikeFiresOnceQuietInTheCooldownThenAgain()
    {
        ServerStack stack(&m_clock);
        QString error;
        QVERIFY2(stack.start(config(), &error), qPrintable(error));
        QSignalSpy sent(stack.alerts(), &report::AlertScheduler::alertSent);
        visit(stack, 2);
        checkNow(stack);
        QCOMPARE(m_hook.received(), 0);
        visit(stack, 1);
        checkNow(stack);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(m_smtp.received(), 1);
        QCOMPARE(m_hook.received(), 1);
        const QString mail = mimeParts(m_smtp.message(1)).value("text/plain");
        QVERIFY2(mail.contains(QLatin1String("Traffic spike on example.com: 3 current visitors")),
                 qPrintable(mail));
        QCOMPARE(m_hook.requests().first().path, QByteArray("/hooks/T0/s3cr3t"));
        QVERIFY(QJsonDocument::fromJson(m_hook.requests().first().body)
                    .object()
                    .value(QLatin1String("text"))
                    .toString()
                    .contains(QLatin1String("3 current visitors")));

        // More visitors within the cool-down: nothing more.
        for (int minute = 1; minute <= 3; ++minute) {
            m_clock.advanceMs(60 * 1000);
            visit(stack, 2);
            checkNow(stack);
        }
        QCOMPARE(m_smtp.received(), 1);
        QCOMPARE(m_hook.received(), 1);

        // After it, still busy: sent again.
        m_clock.advanceMs(28 * 60 * 1000);
        visit(stack, 3);
        checkNow(stack);
        QCOMPARE(m_smtp.received(), 2);
        QCOMPARE(m_hook.received(), 2);
        QCOMPARE(sent.size(), 2);
        stack.stop();
    }
};

QTEST_GUILESS_MAIN(tst_AlertFlow)
#include "tst_alertflow.moc"
