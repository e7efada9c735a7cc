// What the CORS answers may echo: origins and header-name lists as browsers send them, and
// nothing a client could use to write into our response head.

#include "http/cors.h"

#include <QTest>

using namespace raycstr;

class tst_Cors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void origins_data()
    {
        QTest::addColumn<QByteArray>("origin");
        QTest::addColumn<bool>("valid");
        QTest::newRow("https") << QByteArray("https://site.example") << true;
        QTest::newRow("port") << QByteArray("http://localhost:8080") << true;
        QTest::newRow("ipv6") << QByteArray("http://[2001:db8::1]:8443") << true;
        QTest::newRow("opaque") << QByteArray("null") << true;
        QTest::newRow("app scheme") << QByteArray("chrome-extension://abcdef") << true;
        QTest::newRow("path") << QByteArray("https://site.example/") << false;
        QTest::newRow("markup") << QByteArray("https://site.example/<script>") << false;
        QTest::newRow("no scheme") << QByteArray("site.example") << false;
        QTest::newRow("no host") << QByteArray("https://") << false;
        QTest::newRow("bad port") << QByteArray("https://site.example:80a") << false;
        QTest::newRow("CRLF") << QByteArray("https://a.example\r\nSet-Cookie: x=1") << false;
        QTest::newRow("space") << QByteArray("https://a.example b") << false;
        QTest::newRow("too long") << "https://" + QByteArray(400, 'a') << false;
    }
    void origins()
    {
        QFETCH(QByteArray, origin);
        QFETCH(bool, valid);
        QCOMPARE(isValidOrigin(origin), valid);
    }

    void tokenLists_data()
    {
        QTest::addColumn<QByteArray>("list");
        QTest::addColumn<bool>("valid");
        QTest::newRow("one") << QByteArray("content-type") << true;
        QTest::newRow("several") << QByteArray("content-type, x-trace,authorization") << true;
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("commas only") << QByteArray(" , ") << false;
        QTest::newRow("parameter") << QByteArray("content-type; x=\"1\"") << false;
        QTest::newRow("two words") << QByteArray("content type") << false;
        QTest::newRow("CRLF") << QByteArray("a\r\nb") << false;
        QTest::newRow("too long") << QByteArray(2000, 'a') << false;
    }
    void tokenLists()
    {
        QFETCH(QByteArray, list);
        QFETCH(bool, valid);
        QCOMPARE(isTokenList(list), valid);
    }
};

QTEST_GUILESS_MAIN(tst_Cors)
#include "tst_cors.moc"
