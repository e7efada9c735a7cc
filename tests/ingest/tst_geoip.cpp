#include "ingest/geoip.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace raycstr;

// Each test writes its own small database with tests/data/make-test-mmdb.pl, so the
// answers are known and do not change with a downloaded database.
class TestGeoIp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void lookups_data();
    void lookups();
    void ipv6LookupInIpv4Database();
    void notOpen();
    void missingFile();
    void corruptFile();
    void emptyFile();
    void directory();
    void openGeoIpWithoutPath();
    void openGeoIpWithDatabase();
    void reopen();
    void concurrentLookups();
    void realDatabase();

private:
    QString makeDatabase(const QString &layout, const QString &variant);

    QTemporaryDir m_dir;
};

QString TestGeoIp::makeDatabase(const QString &layout, const QString &variant)
{
    const QString script = QStringLiteral(RAYCSTR_TEST_DATA_DIR "/make-test-mmdb.pl");
    const QString output
        = m_dir.filePath(layout + QLatin1Char('-') + variant + QStringLiteral(".mmdb"));
    if (QFile::exists(output))
        return output;
    QProcess perl;
    perl.start(QStringLiteral("perl"), {script, output, layout, variant});
    if (!perl.waitForStarted()) {
        qWarning("cannot run perl (%s); install it with installer/setup-deps.sh",
                 qPrintable(perl.errorString()));
        return QString();
    }
    perl.waitForFinished(60000);
    if (perl.exitStatus() != QProcess::NormalExit || perl.exitCode() != 0) {
        qWarning("%s failed: %s\nThe test needs MaxMind::DB::Writer (Debian: "
                 "libmaxmind-db-writer-perl); install it with installer/setup-deps.sh",
                 qPrintable(script), perl.readAllStandardError().constData());
        return QString();
    }
    return output;
}

void TestGeoIp::initTestCase()
{
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
    // Fail (not skip) when the generator cannot run: a silently skipped GeoIP test would
    // hide a broken setup.
    if (makeDatabase(QStringLiteral("maxmind"), QStringLiteral("ipv6")).isEmpty()) {
        QFAIL("cannot build the test GeoIP database: needs perl with MaxMind::DB::Writer "
              "(libmaxmind-db-writer-perl); run installer/setup-deps.sh");
    }
}

void TestGeoIp::lookups_data()
{
    QTest::addColumn<QString>("layout");
    QTest::addColumn<QString>("variant");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("country");

    const QStringList layouts = {QStringLiteral("maxmind"), QStringLiteral("iplocation")};
    const QStringList variants
        = {QStringLiteral("ipv6"), QStringLiteral("ipv6-noalias"), QStringLiteral("ipv4")};
    for (const QString &layout : layouts) {
        for (const QString &variant : variants) {
            const bool v6 = variant != u"ipv4";
            const auto row = [&](const char *what, const char *address, const char *country) {
                QTest::addRow("%s %s: %s", qPrintable(layout), qPrintable(variant), what)
                    << layout << variant << QString::fromLatin1(address)
                    << QString::fromLatin1(country);
            };
            row("ipv4", "81.2.69.160", "GB");
            row("ipv4 other network", "203.0.113.7", "JP");
            row("ipv4 network start", "81.2.69.0", "GB");
            row("ipv4 network end", "81.2.69.255", "GB");
            row("ipv4 just outside", "81.2.70.0", "");
            row("mapped ipv4", "::ffff:81.2.69.160", "GB");
            row("mapped ipv4 other", "::ffff:203.0.113.7", "JP");
            row("mapped unknown", "::ffff:8.8.8.8", "");
            row("ipv6", "2001:db8:1::1", v6 ? "DE" : "");
            row("ipv6 end of /48", "2001:db8:1:ffff:ffff:ffff:ffff:ffff", v6 ? "DE" : "");
            row("ipv6 unknown", "2001:db8:2::1", "");
            row("ipv4 unknown", "8.8.8.8", "");
            row("registered country only", "198.51.100.20", "FR");
            row("record without country", "192.0.2.1", "");
            row("loopback", "127.0.0.1", "");
            row("ipv6 loopback", "::1", "");
        }
    }
}

void TestGeoIp::lookups()
{
    QFETCH(QString, layout);
    QFETCH(QString, variant);
    QFETCH(QString, address);
    QFETCH(QString, country);

    const QString path = makeDatabase(layout, variant);
    QVERIFY(!path.isEmpty());
    MaxMindGeoIp geo;
    QString error;
    QVERIFY2(geo.open(path, &error), qPrintable(error));
    QVERIFY(geo.isOpen());
    const QHostAddress host(address);
    QVERIFY2(!host.isNull(), qPrintable(address));
    QCOMPARE(geo.countryCode(host), country);
}

void TestGeoIp::ipv6LookupInIpv4Database()
{
    // libmaxminddb reports an error for this; for us it is just "unknown".
    MaxMindGeoIp geo;
    QString error;
    QVERIFY2(geo.open(makeDatabase(QStringLiteral("maxmind"), QStringLiteral("ipv4")), &error),
             qPrintable(error));
    QCOMPARE(geo.countryCode(QHostAddress(QStringLiteral("2001:db8:1::1"))), QString());
    QCOMPARE(geo.countryCode(QHostAddress()), QString());
    QCOMPARE(geo.countryCode(QHostAddress(QStringLiteral("81.2.69.1"))), QStringLiteral("GB"));
}

void TestGeoIp::notOpen()
{
    MaxMindGeoIp geo;
    QVERIFY(!geo.isOpen());
    QCOMPARE(geo.countryCode(QHostAddress(QStringLiteral("81.2.69.160"))), QString());
    NullGeoIp null;
    QCOMPARE(null.countryCode(QHostAddress(QStringLiteral("81.2.69.160"))), QString());
}

void TestGeoIp::missingFile()
{
    const QString path = m_dir.filePath(QStringLiteral("does-not-exist.mmdb"));
    MaxMindGeoIp geo;
    QString error;
    QVERIFY(!geo.open(path, &error));
    QVERIFY(!geo.isOpen());
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("does not exist")), qPrintable(error));
    QVERIFY(!geo.open(path, nullptr)); // the error out-parameter is optional

    QString warning;
    const std::unique_ptr<GeoIp> fallback = openGeoIp(path, &warning);
    QVERIFY(fallback);
    QVERIFY(dynamic_cast<NullGeoIp *>(fallback.get()));
    QVERIFY2(warning.contains(path), qPrintable(warning));
    QCOMPARE(fallback->countryCode(QHostAddress(QStringLiteral("81.2.69.160"))), QString());
}

void TestGeoIp::corruptFile()
{
    const QString path = m_dir.filePath(QStringLiteral("corrupt.mmdb"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray junk(64 * 1024, Qt::Uninitialized);
        QRandomGenerator generator(42);
        generator.fillRange(reinterpret_cast<quint32 *>(junk.data()), junk.size() / 4);
        file.write(junk);
    }
    MaxMindGeoIp geo;
    QString error;
    QVERIFY(!geo.open(path, &error));
    QVERIFY(!geo.isOpen());
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("could not be opened")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("MaxMind DB")), qPrintable(error));

    QString warning;
    const std::unique_ptr<GeoIp> fallback = openGeoIp(path, &warning);
    QVERIFY(dynamic_cast<NullGeoIp *>(fallback.get()));
    QVERIFY(!warning.isEmpty());
}

void TestGeoIp::emptyFile()
{
    const QString path = m_dir.filePath(QStringLiteral("empty.mmdb"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    MaxMindGeoIp geo;
    QString error;
    QVERIFY(!geo.open(path, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
}

void TestGeoIp::directory()
{
    MaxMindGeoIp geo;
    QString error;
    QVERIFY(!geo.open(m_dir.path(), &error));
    QVERIFY2(error.contains(QLatin1String("not a regular file")), qPrintable(error));
    QVERIFY(!geo.open(QString(), &error));
    QVERIFY(!error.isEmpty());
}

void TestGeoIp::openGeoIpWithoutPath()
{
    // No database configured is a supported setup, not a problem worth a warning.
    QString warning;
    const std::unique_ptr<GeoIp> geo = openGeoIp(QString(), &warning);
    QVERIFY(dynamic_cast<NullGeoIp *>(geo.get()));
    QVERIFY(warning.isEmpty());
}

void TestGeoIp::openGeoIpWithDatabase()
{
    QString warning;
    const std::unique_ptr<GeoIp> geo = openGeoIp(
        makeDatabase(QStringLiteral("iplocation"), QStringLiteral("ipv6-noalias")), &warning);
    QVERIFY2(dynamic_cast<MaxMindGeoIp *>(geo.get()), qPrintable(warning));
    QVERIFY(warning.isEmpty());
    QCOMPARE(geo->countryCode(QHostAddress(QStringLiteral("::ffff:203.0.113.1"))),
             QStringLiteral("JP"));
}

void TestGeoIp::reopen()
{
    MaxMindGeoIp geo;
    QString error;
    QVERIFY(geo.open(makeDatabase(QStringLiteral("maxmind"), QStringLiteral("ipv6")), &error));
    QVERIFY(geo.open(makeDatabase(QStringLiteral("iplocation"), QStringLiteral("ipv4")), &error));
    QCOMPARE(geo.countryCode(QHostAddress(QStringLiteral("2001:db8:1::1"))), QString());
    QCOMPARE(geo.countryCode(QHostAddress(QStringLiteral("81.2.69.1"))), QStringLiteral("GB"));
    // A failed open leaves nothing half-open behind.
    QVERIFY(!geo.open(m_dir.filePath(QStringLiteral("nope.mmdb")), &error));
    QVERIFY(!geo.isOpen());
    QCOMPARE(geo.countryCode(QHostAddress(QStringLiteral("81.2.69.1"))), QString());
}

void TestGeoIp::concurrentLookups()
{
    MaxMindGeoIp geo;
    QString error;
    QVERIFY(geo.open(makeDatabase(QStringLiteral("maxmind"), QStringLiteral("ipv6")), &error));
    const QHostAddress gb(QStringLiteral("::ffff:81.2.69.5"));
    const QHostAddress de(QStringLiteral("2001:db8:1::9"));
    const QHostAddress none(QStringLiteral("8.8.4.4"));
    std::atomic<int> mismatches = 0;
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&] {
            for (int i = 0; i < 20000; ++i) {
                if (geo.countryCode(gb) != u"GB" || geo.countryCode(de) != u"DE"
                    || !geo.countryCode(none).isEmpty())
                    ++mismatches;
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(mismatches.load(), 0);
}

void TestGeoIp::realDatabase()
{
    // The installed ip-location-db database has no ::ffff:0:0/96 alias: make sure mapped
    // addresses still resolve there (the common case behind a dual-stack socket).
    const QString path = QStringLiteral("/usr/local/share/raycstr/country.mmdb");
    if (!QFile::exists(path))
        QSKIP("no installed country database (optional; installer/setup-deps.sh fetches it)");
    MaxMindGeoIp geo;
    QString error;
    QVERIFY2(geo.open(path, &error), qPrintable(error));
    const QString plain = geo.countryCode(QHostAddress(QStringLiteral("81.2.69.160")));
    QCOMPARE(plain.size(), 2);
    QCOMPARE(geo.countryCode(QHostAddress(QStringLiteral("::ffff:81.2.69.160"))), plain);
}

QTEST_GUILESS_MAIN(TestGeoIp)
#include "tst_geoip.moc"
