// Webhook delivery against a real HTTP receiver on loopback: Slack's JSON and the plain
// text body, retries with back-off on 5xx and 429, no retry on a 4xx, a timeout, and no
// error message that shows the URL's secret path.

#include "common/webhookreceiver.h"
#include "report/webhooksender.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTest>

using namespace raycstr;
using namespace raycstr::testing;
using report::WebhookError;
using report::WebhookSender;
using report::WebhookSettings;

class tst_WebhookSender : public QObject
{
    Q_OBJECT

    static WebhookSender sender(QList<int> *waits, int attempts = 3, int timeoutSecs = 5)
    {
        WebhookSettings settings;
        settings.attempts = attempts;
        settings.timeoutSecs = timeoutSecs;
        settings.firstRetryDelayMs = 100;
        WebhookSender s(settings);
        s.sleep = [waits](int ms) { waits->append(ms); };
        return s;
    }

private Q_SLOTS:
    void slackJsonBody()
    {
        WebhookReceiver receiver;
        QVERIFY(receiver.start());
        QList<int> waits;
        WebhookSender s = sender(&waits);
        WebhookError error;
        const QString text = QStringLiteral("Traffic spike on example.com: 57 \"visitors\" ✓");
        QVERIFY2(s.send(receiver.url(QStringLiteral("/services/T0/B0/s3cr3t")),
                        AlertRule::WebhookFormat::Slack, text, &error),
                 qPrintable(error.message));
        QCOMPARE(receiver.received(), 1);
        const auto r = receiver.requests().first();
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.path, QByteArray("/services/T0/B0/s3cr3t"));
        QCOMPARE(r.headers.value("content-type"), QByteArray("application/json"));
        QCOMPARE(QJsonDocument::fromJson(r.body).object(),
                 QJsonObject({{QStringLiteral("text"), text}}));
        QVERIFY(waits.isEmpty());
    }

    void plainTextBodyForNtfy()
    {
        WebhookReceiver receiver;
        QVERIFY(receiver.start());
        QList<int> waits;
        WebhookSender s = sender(&waits);
        WebhookError error;
        QVERIFY(s.send(receiver.url(QStringLiteral("/raycstr-alerts")),
                       AlertRule::WebhookFormat::Text, QStringLiteral("Pageviews are back ✓"),
                       &error));
        const auto r = receiver.requests().first();
        QVERIFY(r.headers.value("content-type").startsWith("text/plain"));
        QCOMPARE(QString::fromUtf8(r.body), QStringLiteral("Pageviews are back ✓"));
    }

    void transientFailuresAreRetriedWithBackOff()
    {
        WebhookReceiver receiver;
        QVERIFY(receiver.start());
        receiver.answerNext({503, 429});
        QList<int> waits;
        WebhookSender s = sender(&waits);
        WebhookError error;
        QVERIFY2(s.send(receiver.url(QStringLiteral("/hook")), AlertRule::WebhookFormat::Slack,
                        QStringLiteral("x"), &error),
                 qPrintable(error.message));
        QCOMPARE(receiver.received(), 3);
        QCOMPARE(waits, QList<int>({100, 200}));
    }

    void aClientErrorIsNotRetriedAndHidesTheSecret()
    {
        WebhookReceiver receiver;
        QVERIFY(receiver.start());
        receiver.answerNext({404});
        QList<int> waits;
        WebhookSender s = sender(&waits);
        WebhookError error;
        QVERIFY(!s.send(receiver.url(QStringLiteral("/services/T0/B0/s3cr3t")),
                        AlertRule::WebhookFormat::Slack, QStringLiteral("x"), &error));
        QCOMPARE(receiver.received(), 1);
        QVERIFY(error.permanent());
        QVERIFY(waits.isEmpty());
        QVERIFY2(error.message.contains(QLatin1String("404")), qPrintable(error.message));
        QVERIFY2(!error.message.contains(QLatin1String("s3cr3t")), qPrintable(error.message));
    }

    void nobodyListeningFailsAfterEveryAttempt()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        QList<int> waits;
        WebhookSender s = sender(&waits, 2);
        WebhookError error;
        QVERIFY(!s.send(QStringLiteral("http://127.0.0.1:%1/services/s3cr3t").arg(port),
                        AlertRule::WebhookFormat::Text, QStringLiteral("x"), &error));
        QCOMPARE(error.kind, WebhookError::Kind::Connect);
        QCOMPARE(waits.size(), 1);
        QVERIFY2(!error.message.contains(QLatin1String("s3cr3t")), qPrintable(error.message));
    }

    void aReceiverThatNeverAnswersTimesOut()
    {
        // Accepts the connection (the kernel's backlog) and never reads or answers.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        QList<int> waits;
        WebhookSender s = sender(&waits, 1, 1);
        WebhookError error;
        QElapsedTimer t;
        t.start();
        QVERIFY(!s.send(QStringLiteral("http://127.0.0.1:%1/x").arg(silent.serverPort()),
                        AlertRule::WebhookFormat::Slack, QStringLiteral("x"), &error));
        QCOMPARE(error.kind, WebhookError::Kind::Timeout);
        QVERIFY(t.elapsed() < 5000);
    }

    void onlyHttpUrls()
    {
        QList<int> waits;
        WebhookSender s = sender(&waits);
        WebhookError error;
        QVERIFY(!s.send(QStringLiteral("file:///etc/passwd"), AlertRule::WebhookFormat::Text,
                        QStringLiteral("x"), &error));
        QCOMPARE(error.kind, WebhookError::Kind::BadInput);
    }
};

QTEST_GUILESS_MAIN(tst_WebhookSender)
#include "tst_webhooksender.moc"
