#include "core/config.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace raycstr;

class tst_Config : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString write(const QByteArray &yaml)
    {
        const QString path = m_dir.filePath(QStringLiteral("config.yaml"));
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(yaml);
        return path;
    }

private Q_SLOTS:
    void defaults()
    {
        ServerConfig c;
        QCOMPARE(c.listenString(), QStringLiteral("127.0.0.1:8080"));
        QCOMPARE(c.retentionDays, 90);
        QVERIFY(c.trustedProxies.isEmpty());
    }

    void readsEverySetting()
    {
        ServerConfig c;
        QString error;
        QVERIFY2(c.loadYaml(write("listen: \"[::1]:9000\"\n"
                                  "data_dir: /var/lib/raycstr\n"
                                  "retention_days: 30\n"
                                  "trusted_proxies: [\"10.0.0.0/8\", \"::1\"]\n"
                                  "geoip_database: /tmp/country.mmdb\n"
                                  "bot_rules: /etc/raycstr/bot-rules.txt\n"
                                  "queue_capacity: 5000\n"
                                  "queue_megabytes: 16\n"),
                            &error),
                 qPrintable(error));
        QCOMPARE(c.listenAddress, QHostAddress(QStringLiteral("::1")));
        QCOMPARE(c.listenPort, quint16(9000));
        QCOMPARE(c.dataDir, QStringLiteral("/var/lib/raycstr"));
        QCOMPARE(c.retentionDays, 30);
        QCOMPARE(c.trustedProxies.size(), 2);
        QVERIFY(c.isTrustedProxy(QHostAddress(QStringLiteral("10.1.2.3"))));
        QVERIFY(c.isTrustedProxy(QHostAddress(QStringLiteral("::ffff:10.1.2.3"))));
        QVERIFY(c.isTrustedProxy(QHostAddress(QStringLiteral("::1"))));
        QVERIFY(!c.isTrustedProxy(QHostAddress(QStringLiteral("192.0.2.1"))));
        QCOMPARE(c.geoipDatabase, QStringLiteral("/tmp/country.mmdb"));
        QCOMPARE(c.botRules, QStringLiteral("/etc/raycstr/bot-rules.txt"));
        QCOMPARE(c.queueCapacity, 5000);
        QCOMPARE(c.queueBytes, 16LL * 1024 * 1024);
    }

    void readsTheConnectionSettings()
    {
        ServerConfig c;
        QCOMPARE(c.connections.headerTimeoutSecs, 10);
        QString error;
        QVERIFY2(c.loadYaml(write("http_header_timeout: 5\n"
                                  "http_body_timeout: 7\n"
                                  "http_idle_timeout: 9\n"
                                  "max_connections: 2000\n"
                                  "max_connections_per_address: 32\n"),
                            &error),
                 qPrintable(error));
        QCOMPARE(c.connections.headerTimeoutSecs, 5);
        QCOMPARE(c.connections.bodyTimeoutSecs, 7);
        QCOMPARE(c.connections.idleTimeoutSecs, 9);
        QCOMPARE(c.connections.maxConnections, 2000);
        QCOMPARE(c.connections.maxConnectionsPerAddress, 32);
        QVERIFY(!c.loadYaml(write("http_idle_timeout: 0\n"), &error));
        QVERIFY2(error.contains(QLatin1String("http_idle_timeout must be at least 1")),
                 qPrintable(error));
        QCOMPARE(c.connections.idleTimeoutSecs, 9); // a refused file changes nothing
    }

    void emptyFileChangesNothing()
    {
        ServerConfig c;
        QString error;
        QVERIFY(c.loadYaml(write(""), &error));
        QCOMPARE(c.listenPort, quint16(8080));
    }

    void backupSettings()
    {
        ServerConfig c;
        QString error;
        QVERIFY(c.backups.dir.isEmpty()); // off by default
        QVERIFY2(c.loadYaml(write("backup:\n  dir: /var/backups/raycstr\n  keep: 3\n"), &error),
                 qPrintable(error));
        QCOMPARE(c.backups.dir, QStringLiteral("/var/backups/raycstr"));
        QCOMPARE(c.backups.keep, 3);
        QCOMPARE(c.backups.intervalHours, 24);
        QVERIFY(!c.loadYaml(write("backup:\n  dir: /x\n  keep: 0\n"), &error));
        QVERIFY2(error.contains(QLatin1String("backup.keep")), qPrintable(error));
        QVERIFY(!c.loadYaml(write("backup:\n  folder: /x\n"), &error));
        QVERIFY2(error.contains(QLatin1String("backup.folder")), qPrintable(error));
    }

    void storeAndItsPassword()
    {
        ServerConfig c;
        QString error;
        const QString path = write("store: clickhouse://raycstr@ch.internal:8123/stats\n"
                                   "store_password: \"s3cret\"\n");
        // Readable by others: the password must not load.
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                | QFileDevice::ReadOther));
        QVERIFY(!c.loadYaml(path, &error));
        QVERIFY2(error.contains(QLatin1String("store_password")), qPrintable(error));
        QVERIFY(!error.contains(QLatin1String("s3cret")));
        QVERIFY(c.storePassword.isEmpty());
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QVERIFY2(c.loadYaml(path, &error), qPrintable(error));
        QCOMPARE(c.store, QStringLiteral("clickhouse://raycstr@ch.internal:8123/stats"));
        QCOMPARE(c.storePassword, QStringLiteral("s3cret"));
    }

    void alertRules()
    {
        ServerConfig c;
        QString error;
        QVERIFY2(c.loadYaml(write("alerts:\n"
                                  "  - site: Example.com\n"
                                  "    type: spike\n"
                                  "    visitors: 50\n"
                                  "    webhook: https://hooks.slack.com/services/T/B/x\n"
                                  "  - site: example.com\n"
                                  "    type: goal\n"
                                  "    goal: Signup\n"
                                  "    digest: true\n"
                                  "    cooldown_minutes: 5\n"
                                  "    webhook: https://ntfy.sh/x\n"
                                  "    webhook_format: text\n"),
                            &error),
                 qPrintable(error));
        QCOMPARE(c.alerts.size(), 2);
        QCOMPARE(c.alerts[0].site, QStringLiteral("example.com"));
        QCOMPARE(c.alerts[0].kind, AlertRule::Kind::Spike);
        QCOMPARE(c.alerts[0].threshold, 50);
        QCOMPARE(c.alerts[0].cooldownMinutes, 60);
        QCOMPARE(c.alerts[1].kind, AlertRule::Kind::Goal);
        QVERIFY(c.alerts[1].digest);
        QCOMPARE(c.alerts[1].cooldownMinutes, 5);
        QCOMPARE(c.alerts[1].format, AlertRule::WebhookFormat::Text);
        // E-mail alerts need an smtp: section.
        QVERIFY(!c.loadYaml(write("alerts:\n  - site: a.org\n    type: drop\n    hours: 2\n"
                                  "    email: ops@a.org\n"),
                            &error));
        QVERIFY2(error.contains(QLatin1String("no smtp section")), qPrintable(error));
    }

    void errorsNameTheProblemAndLine_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown key") << QByteArray("listen: 1.2.3.4:80\nretention: 5\n")
                                     << QStringLiteral("line 2: unknown setting 'retention'");
        QTest::newRow("bad port") << QByteArray("listen: 127.0.0.1:99999\n")
                                  << QStringLiteral("invalid port");
        QTest::newRow("bad address")
            << QByteArray("listen: nonsense:80\n") << QStringLiteral("invalid IP address");
        QTest::newRow("retention 0") << QByteArray("retention_days: 0\n")
                                     << QStringLiteral("retention_days must be at least 1");
        QTest::newRow("retention text")
            << QByteArray("retention_days: lots\n") << QStringLiteral("line 1");
        QTest::newRow("bad proxy")
            << QByteArray("trusted_proxies:\n  - 10.0.0.0/8\n  - not-an-ip\n")
            << QStringLiteral("line 3: invalid IP address 'not-an-ip'");
        QTest::newRow("proxy not list")
            << QByteArray("trusted_proxies: 10.0.0.1\n") << QStringLiteral("must be a list");
        QTest::newRow("not a map")
            << QByteArray("- a\n- b\n") << QStringLiteral("expected a mapping");
        QTest::newRow("alert type") << QByteArray("alerts:\n  - site: a.org\n    type: surge\n")
                                    << QStringLiteral("line 3: alerts: type must be spike");
        QTest::newRow("alert key")
            << QByteArray("alerts:\n  - site: a.org\n    type: drop\n    hours: 2\n"
                          "    webhook: https://x.org/h\n    sms: 1\n")
            << QStringLiteral("line 6: alerts: unknown setting 'alerts.sms'");
        QTest::newRow("alert invalid")
            << QByteArray("retention_days: 9\nalerts:\n  - site: a.org\n    type: drop\n"
                          "    webhook: https://x.org/h\n")
            << QStringLiteral("line 3: alerts: a drop alert needs hours");
        QTest::newRow("alert visitors text")
            << QByteArray("alerts:\n  - site: a.org\n    type: spike\n    visitors: lots\n")
            << QStringLiteral("line 4");
        QTest::newRow("alert webhook scheme")
            << QByteArray("alerts:\n  - site: a.org\n    type: spike\n    visitors: 9\n"
                          "    webhook: ftp://x.org/h\n")
            << QStringLiteral("line 2: alerts: the webhook must be an http:// or https:// URL");
        QTest::newRow("alerts not list") << QByteArray("alerts: 5\n")
                                         << QStringLiteral("alerts must be a list");
        QTest::newRow("broken yaml") << QByteArray("listen: [\n") << QStringLiteral("line ");
    }

    void errorsNameTheProblemAndLine()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, expected);
        ServerConfig c;
        const ServerConfig before = c;
        QString error;
        QVERIFY(!c.loadYaml(write(yaml), &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QCOMPARE(c.listenPort, before.listenPort); // a failed load changes nothing
        QCOMPARE(c.retentionDays, before.retentionDays);
    }

    void missingFile()
    {
        ServerConfig c;
        QString error;
        QVERIFY(!c.loadYaml(m_dir.filePath(QStringLiteral("nope.yaml")), &error));
        QVERIFY2(error.contains(QLatin1String("cannot read config file")), qPrintable(error));
    }

    void listenForms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("address");
        QTest::addColumn<int>("port");
        QTest::newRow("v4") << QStringLiteral("127.0.0.1:8080") << QStringLiteral("127.0.0.1")
                            << 8080;
        QTest::newRow("v6") << QStringLiteral("[::1]:81") << QStringLiteral("::1") << 81;
        QTest::newRow("all") << QStringLiteral(":82") << QString() << 82;
        QTest::newRow("port only") << QStringLiteral("83") << QString() << 83;
        QTest::newRow("localhost")
            << QStringLiteral("localhost:84") << QStringLiteral("127.0.0.1") << 84;
    }

    void listenForms()
    {
        QFETCH(QString, text);
        QFETCH(QString, address);
        QFETCH(int, port);
        QHostAddress a;
        quint16 p = 0;
        QString error;
        QVERIFY2(ServerConfig::parseListen(text, &a, &p, &error), qPrintable(error));
        QCOMPARE(a, address.isEmpty() ? QHostAddress(QHostAddress::Any) : QHostAddress(address));
        QCOMPARE(int(p), port);
    }
};

QTEST_GUILESS_MAIN(tst_Config)
#include "tst_config.moc"
