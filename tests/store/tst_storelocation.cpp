#include "store/storelocation.h"

#include <QTest>

using namespace raycstr;

class tst_StoreLocation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sqliteIsTheDefault()
    {
        QString error;
        for (const QString &text :
             {QString(), QStringLiteral("sqlite"), QStringLiteral(" SQLite ")}) {
            const auto location = StoreLocation::parse(text, &error);
            QVERIFY2(location, qPrintable(error));
            QCOMPARE(location->kind(), StoreLocation::Kind::Sqlite);
            QCOMPARE(location->toDisplayString(), QStringLiteral("sqlite"));
        }
    }

    void clickHouseUrls_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("cluster");
        QTest::newRow("full") << "clickhouse://stats@ch.example:8124/analytics"
                              << "ch.example" << 8124 << "stats"
                              << "analytics" << QString();
        QTest::newRow("defaults") << "clickhouse://localhost"
                                  << "localhost" << 8123 << "default"
                                  << "raycstr" << QString();
        QTest::newRow("trailing slash") << "clickhouse://10.0.0.5:8123/"
                                        << "10.0.0.5" << 8123 << "default"
                                        << "raycstr" << QString();
        QTest::newRow("ipv6") << "ClickHouse://u@[::1]:9123/db_2"
                              << "::1" << 9123 << "u"
                              << "db_2" << QString();
        QTest::newRow("escaped user") << "clickhouse://r%40y@h/d"
                                      << "h" << 8123 << "r@y"
                                      << "d" << QString();
        QTest::newRow("cluster") << "clickhouse://stats@ch1:8123/analytics?cluster=web_shards"
                                 << "ch1" << 8123 << "stats"
                                 << "analytics"
                                 << "web_shards";
        QTest::newRow("cluster, defaults") << "clickhouse://ch1?cluster=my-cluster.eu"
                                           << "ch1" << 8123 << "default"
                                           << "raycstr"
                                           << "my-cluster.eu";
    }
    void clickHouseUrls()
    {
        QFETCH(QString, text);
        QString error;
        const auto location = StoreLocation::parse(text, &error);
        QVERIFY2(location, qPrintable(error));
        QVERIFY(location->isClickHouse());
        const ClickHouseEndpoint &e = location->clickHouse();
        QTEST(e.host, "host");
        QTEST(int(e.port), "port");
        QTEST(e.user, "user");
        QTEST(e.database, "database");
        QTEST(e.cluster, "cluster");
        QCOMPARE(e.isCluster(), !e.cluster.isEmpty());
        // What it displays parses back to the same endpoint.
        const auto again = StoreLocation::parse(location->toDisplayString(), &error);
        QVERIFY2(again, qPrintable(location->toDisplayString() + QLatin1Char(' ') + error));
        QCOMPARE(again->clickHouse(), e);
    }

    void badLocationsAreRefusedClearly_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("says");
        QTest::newRow("password") << "clickhouse://u:hunter2@h/db"
                                  << "password";
        QTest::newRow("empty password") << "clickhouse://u:@h/db"
                                        << "password";
        QTest::newRow("http") << "http://h:8123/db"
                              << "not a store location";
        QTest::newRow("a path") << "/var/lib/raycstr"
                                << "not a store location";
        QTest::newRow("no host") << "clickhouse:///db"
                                 << "no host";
        QTest::newRow("bad port") << "clickhouse://h:99999/db"
                                  << "not a store location";
        QTest::newRow("options") << "clickhouse://h/db?secure=1"
                                 << "options";
        QTest::newRow("other option with cluster") << "clickhouse://h/db?cluster=c&secure=1"
                                                   << "options";
        QTest::newRow("empty cluster") << "clickhouse://h/db?cluster="
                                       << "cluster name";
        QTest::newRow("cluster name") << "clickhouse://h/db?cluster=a'b"
                                      << "cluster name";
        QTest::newRow("fragment") << "clickhouse://h/db#x"
                                  << "fragment";
        QTest::newRow("database name") << "clickhouse://h/my-db"
                                       << "letters, digits";
        QTest::newRow("nested path") << "clickhouse://h/a/b"
                                     << "letters, digits";
    }
    void badLocationsAreRefusedClearly()
    {
        QFETCH(QString, text);
        QFETCH(QString, says);
        QString error;
        QVERIFY(!StoreLocation::parse(text, &error));
        QVERIFY2(error.contains(says), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("clickhouse://[user@]host")), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1String("hunter2")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(tst_StoreLocation)
#include "tst_storelocation.moc"
