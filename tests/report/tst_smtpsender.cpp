// SMTP delivery through libcurl against a real server on loopback (aiosmtpd): STARTTLS and
// implicit TLS with AUTH, the certificate really verified, the permanent failures (wrong
// password, untrusted certificate) not retried, the transient one (nobody listening)
// retried with back-off, and the password in no error message.

#include "common/smtpserver.h"
#include "report/mailmessage.h"
#include "report/smtpsender.h"

#include <QTcpServer>
#include <QTest>

using namespace raycstr;
using namespace raycstr::testing;

class tst_SmtpSender : public QObject
{
    Q_OBJECT

    static QByteArray message(const QString &subject)
    {
        MailMessage m;
        m.fromAddress = QStringLiteral("stats@example.com");
        m.to = {QStringLiteral("ana@example.org")};
        m.subject = subject;
        m.text = QStringLiteral("Visitors: 3\n");
        m.html = QStringLiteral("<p>Visitors: 3</p>");
        QString error;
        return m.toMime(QDateTime::currentDateTimeUtc(), "t@example.com", &error);
    }

    static SmtpSettings settings(const SmtpServer &server, bool implicitTls)
    {
        SmtpSettings s;
        s.url = QStringLiteral("%1://127.0.0.1:%2")
                    .arg(implicitTls ? QStringLiteral("smtps") : QStringLiteral("smtp"))
                    .arg(server.port());
        s.username = QLatin1String(SmtpServer::User);
        s.password = QLatin1String(SmtpServer::Password);
        s.caFile = server.certFile();
        s.timeoutSecs = 10;
        return s;
    }

private Q_SLOTS:
    void delivers_data()
    {
        QTest::addColumn<bool>("implicitTls");
        QTest::newRow("STARTTLS") << false;
        QTest::newRow("implicit TLS") << true;
    }

    void delivers()
    {
        QFETCH(bool, implicitTls);
        SmtpServer server;
        QString why;
        QVERIFY2(server.start(implicitTls, &why), qPrintable(why));
        SmtpSender sender(settings(server, implicitTls));
        const QByteArray mime = message(QStringLiteral("Weekly report"));
        SmtpError error;
        QVERIFY2(sender.send(mime, QStringLiteral("stats@example.com"),
                             {QStringLiteral("ana@example.org"), QStringLiteral("bo@example.net")},
                             &error),
                 qPrintable(error.message));
        QTRY_COMPARE(server.received(), 1);
        const QJsonObject env = server.envelope(1);
        QCOMPARE(env.value(QLatin1String("from")).toString(), QStringLiteral("stats@example.com"));
        QCOMPARE(env.value(QLatin1String("to")).toVariant().toStringList(),
                 (QStringList {QStringLiteral("ana@example.org"), QStringLiteral("bo@example.net")}));
        QVERIFY(env.value(QLatin1String("tls")).toBool());
        QCOMPARE(mimeParts(server.message(1)).value("text/plain"), QStringLiteral("Visitors: 3\n"));
        QCOMPARE(mimeParts(server.message(1)).value("text/html"), QStringLiteral("<p>Visitors: 3</p>"));
    }

    void wrongPasswordIsPermanent()
    {
        SmtpServer server;
        QString why;
        QVERIFY2(server.start(false, &why), qPrintable(why));
        SmtpSettings s = settings(server, false);
        s.password = QStringLiteral("not-the-Pa55word");
        SmtpSender sender(s);
        int waits = 0;
        sender.sleep = [&](int) { ++waits; };
        SmtpError error;
        QVERIFY(!sender.send(message(QStringLiteral("x")), QStringLiteral("stats@example.com"),
                             {QStringLiteral("ana@example.org")}, &error));
        QCOMPARE(error.kind, SmtpError::Kind::Auth);
        QCOMPARE(waits, 0); // not retried: the same password fails again
        QVERIFY2(!error.message.contains(s.password), qPrintable(error.message));
        QCOMPARE(server.received(), 0);
    }

    void untrustedCertificateIsRefused()
    {
        SmtpServer server;
        QString why;
        QVERIFY2(server.start(false, &why), qPrintable(why));
        SmtpSettings s = settings(server, false);
        s.caFile.clear(); // the self-signed certificate is in no system store
        SmtpSender sender(s);
        int waits = 0;
        sender.sleep = [&](int) { ++waits; };
        SmtpError error;
        QVERIFY(!sender.send(message(QStringLiteral("x")), QStringLiteral("stats@example.com"),
                             {QStringLiteral("ana@example.org")}, &error));
        QCOMPARE(error.kind, SmtpError::Kind::Tls);
        QCOMPARE(waits, 0);
        QCOMPARE(server.received(), 0);
    }

    void nobodyListeningIsRetriedWithBackOff()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close(); // a port nobody listens on
        SmtpSettings s;
        s.url = QStringLiteral("smtp://127.0.0.1:%1").arg(port);
        s.username = QStringLiteral("reports");
        s.password = QStringLiteral("top-Secret-77");
        s.attempts = 3;
        s.firstRetryDelayMs = 500;
        SmtpSender sender(s);
        QList<int> waits;
        sender.sleep = [&](int ms) { waits.append(ms); };
        SmtpError error;
        QVERIFY(!sender.send(message(QStringLiteral("x")), QStringLiteral("stats@example.com"),
                             {QStringLiteral("ana@example.org")}, &error));
        QCOMPARE(error.kind, SmtpError::Kind::Connect);
        QCOMPARE(waits, (QList<int> {500, 1000}));
        QVERIFY(!error.message.contains(s.password));
    }

    void badSettingsAreSaidAtOnce()
    {
        SmtpSettings s;
        s.url = QStringLiteral("http://mail.example.com");
        SmtpError error;
        QVERIFY(!SmtpSender(s).send("x", QStringLiteral("stats@example.com"),
                                    {QStringLiteral("a@example.org")}, &error));
        QCOMPARE(error.kind, SmtpError::Kind::BadInput);
        QVERIFY(error.message.contains(QLatin1String("smtp://")));
    }
};

QTEST_GUILESS_MAIN(tst_SmtpSender)
#include "tst_smtpsender.moc"
