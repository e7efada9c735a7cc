// The MIME message: headers (dates in English, encoded-words for non-ASCII, one-line
// values only), multipart/alternative with base64 UTF-8 parts, and address checks.

#include "common/smtpserver.h"
#include "report/mailmessage.h"

#include <QTest>
#include <QTimeZone>

using namespace raycstr;
using namespace raycstr::testing;

class tst_MailMessage : public QObject
{
    Q_OBJECT

    static MailMessage sample()
    {
        MailMessage m;
        m.fromName = QStringLiteral("RayCstr");
        m.fromAddress = QStringLiteral("stats@example.com");
        m.to = {QStringLiteral("ana@example.org"), QStringLiteral("bo@example.net")};
        m.subject = QStringLiteral("example.com · Wochenbericht · 13.11.23 – 19.11.23");
        m.text = QStringLiteral("Besucher: 3\n");
        m.html = QStringLiteral("<p>Besucher: <b>3</b> — größer</p>");
        m.extraHeaders.append({QByteArrayLiteral("List-Unsubscribe"), QByteArrayLiteral("<mailto:stats@example.com>")});
        return m;
    }

private Q_SLOTS:
    void headersAndParts()
    {
        QString error;
        const QDateTime date(QDate(2023, 11, 20), QTime(8, 0), QTimeZone("Europe/Berlin"));
        const QByteArray mime = sample().toMime(date, "id-1@example.com", &error);
        QVERIFY2(!mime.isEmpty(), qPrintable(error));
        QVERIFY2(mime.startsWith("Date: Mon, 20 Nov 2023 08:00:00 +0100\r\n"), mime.constData());
        QVERIFY(mime.contains("\r\nFrom: \"RayCstr\" <stats@example.com>\r\n"));
        QVERIFY(mime.contains("\r\nTo: ana@example.org, bo@example.net\r\n"));
        QVERIFY(mime.contains("\r\nMessage-ID: <id-1@example.com>\r\n"));
        QVERIFY(mime.contains("\r\nList-Unsubscribe: <mailto:stats@example.com>\r\n"));
        // The non-ASCII subject as encoded-words that decode back to it.
        const qsizetype s = mime.indexOf("\r\nSubject: ") + 11;
        const QByteArray subject = mime.mid(s, mime.indexOf("\r\nMessage-ID") - s);
        QString decoded;
        for (const QByteArray &word : subject.split(' ')) {
            const QByteArray w = word.trimmed();
            QVERIFY2(w.startsWith("=?UTF-8?B?") && w.endsWith("?=") && w.size() <= 75, w);
            decoded += QString::fromUtf8(QByteArray::fromBase64(w.mid(10, w.size() - 12)));
        }
        QCOMPARE(decoded, sample().subject);
        for (const QByteArray &line : mime.split('\n'))
            QVERIFY2(line.size() <= 78, line.constData());
        const auto parts = mimeParts(mime);
        QCOMPARE(parts.value("text/plain"), sample().text);
        QCOMPARE(parts.value("text/html"), sample().html);
        QVERIFY(mime.indexOf("text/plain") < mime.indexOf("text/html")); // text first
    }

    void textOnly()
    {
        MailMessage m = sample();
        m.html.clear();
        QString error;
        const QByteArray mime = m.toMime(QDateTime::currentDateTimeUtc(), "x@y", &error);
        QVERIFY(!mime.contains("multipart"));
        QCOMPARE(mimeParts(mime).value("text/plain"), m.text);
    }

    void refusesWhatWouldBreakTheHeaders_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("subject with a line break") << "subject" << "Hi\r\nBcc: x@evil.test";
        QTest::newRow("name with a line break") << "name" << "A\nB";
        QTest::newRow("recipient with a space") << "to" << "a b@example.com";
        QTest::newRow("recipient with a line break") << "to" << "a@example.com\r\nBcc: x@y";
        QTest::newRow("no @") << "to" << "example.com";
        QTest::newRow("sender") << "from" << "<stats@example.com>";
    }

    void refusesWhatWouldBreakTheHeaders()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        MailMessage m = sample();
        if (field == u"subject")
            m.subject = value;
        else if (field == u"name")
            m.fromName = value;
        else if (field == u"to")
            m.to = {value};
        else
            m.fromAddress = value;
        QString error;
        QVERIFY(m.toMime(QDateTime::currentDateTimeUtc(), "x@y", &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void mailboxes()
    {
        QString name, address;
        QVERIFY(MailMessage::parseMailbox(QStringLiteral("RayCstr <stats@example.com>"), &name,
                                          &address));
        QCOMPARE(name, QStringLiteral("RayCstr"));
        QCOMPARE(address, QStringLiteral("stats@example.com"));
        QVERIFY(MailMessage::parseMailbox(QStringLiteral("\"Ana B.\" <ana@example.org>"), &name,
                                          &address));
        QCOMPARE(name, QStringLiteral("Ana B."));
        QVERIFY(MailMessage::parseMailbox(QStringLiteral("stats@example.com"), &name, &address));
        QVERIFY(name.isEmpty());
        QVERIFY(!MailMessage::parseMailbox(QStringLiteral("Stats <not an address>"), &name,
                                           &address));
    }
};

QTEST_GUILESS_MAIN(tst_MailMessage)
#include "tst_mailmessage.moc"
