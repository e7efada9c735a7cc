// The one client-address rule: the socket peer, unless it is a trusted proxy; then the
// right-most X-Forwarded-For hop that is not one (what is left of it may be forged).

#include "core/config.h"
#include "http/clientaddress.h"

#include <QTest>

using namespace raycstr;

class tst_ClientAddress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clientAddress_data()
    {
        QTest::addColumn<QString>("peer");
        QTest::addColumn<QByteArray>("forwardedFor");
        QTest::addColumn<QString>("client");
        QTest::newRow("untrusted peer")
            << "203.0.113.5" << QByteArray("198.51.100.1") << "203.0.113.5";
        QTest::newRow("proxy, one hop")
            << "10.0.0.2" << QByteArray("198.51.100.1") << "198.51.100.1";
        QTest::newRow("proxy, no header") << "10.0.0.2" << QByteArray() << "10.0.0.2";
        QTest::newRow("forged hops on the left")
            << "10.0.0.2" << QByteArray("1.2.3.4, 198.51.100.1, 10.0.0.7") << "198.51.100.1";
        QTest::newRow("only proxies")
            << "10.0.0.2" << QByteArray("10.0.0.9, 10.0.0.7") << "10.0.0.9";
        QTest::newRow("ports") << "10.0.0.2" << QByteArray("198.51.100.1:5555") << "198.51.100.1";
        QTest::newRow("ipv6 with port")
            << "10.0.0.2" << QByteArray("[2001:db8::1]:443") << "2001:db8::1";
        QTest::newRow("garbage") << "10.0.0.2" << QByteArray("not-an-address") << "10.0.0.2";
        QTest::newRow("mapped proxy")
            << "::ffff:10.0.0.2" << QByteArray("198.51.100.1") << "198.51.100.1";
    }
    void clientAddress()
    {
        QFETCH(QString, peer);
        QFETCH(QByteArray, forwardedFor);
        QFETCH(QString, client);
        ServerConfig config;
        QPair<QHostAddress, int> subnet;
        QString error;
        QVERIFY(ServerConfig::parseSubnet(QStringLiteral("10.0.0.0/8"), &subnet, &error));
        config.trustedProxies.append(subnet);
        QCOMPARE(raycstr::clientAddress(QHostAddress(peer), forwardedFor, config),
                 QHostAddress(client));
    }
};

QTEST_GUILESS_MAIN(tst_ClientAddress)
#include "tst_clientaddress.moc"
