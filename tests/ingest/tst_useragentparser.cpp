#include "ingest/useragentparser.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>
#include <yaml-cpp/yaml.h>

using namespace raycstr;

Q_DECLARE_METATYPE(raycstr::DeviceType)

namespace {

QString uapCoreDir()
{
    const QString dir = qEnvironmentVariable("RAYCSTR_UAP_CORE_DIR");
    return dir.isEmpty() ? QStringLiteral("/usr/share/uap-core") : dir;
}

QString regexesPath()
{
    return QDir(uapCoreDir()).filePath(QStringLiteral("regexes.yaml"));
}

// uap-core's "Other" is our empty string.
QString normalisedFamily(const std::string &family)
{
    return family == "Other" ? QString() : QString::fromStdString(family);
}

} // namespace

class TestUserAgentParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void commonAgents_data();
    void commonAgents();
    void spiderFamilyIsBot();
    void unloadedReturnsBotFlagOnly();
    void cacheCountsHitsAndMisses();
    void cacheIsBounded();
    void uapCoreAgreement_data();
    void uapCoreAgreement();

private:
    UserAgentParser m_parser;
    UserAgentParser m_uncached; // cache disabled: the agreement test's rate is the regex work
    bool m_loaded = false;
};

void TestUserAgentParser::initTestCase()
{
    if (!QFile::exists(regexesPath()))
        return; // each test skips with the path in its message
    QString error;
    QVERIFY2(m_parser.load(regexesPath(), &error), qPrintable(error));
    QVERIFY2(m_uncached.load(regexesPath(), &error), qPrintable(error));
    m_uncached.setCacheCapacity(0);
    m_loaded = true;
}

void TestUserAgentParser::commonAgents_data()
{
    QTest::addColumn<QByteArray>("ua");
    QTest::addColumn<QString>("browser");
    QTest::addColumn<QString>("major");
    QTest::addColumn<QString>("os");
    QTest::addColumn<QString>("osVersion");
    QTest::addColumn<DeviceType>("device");

    const auto row = [](const char *name, const char *ua, const char *browser, const char *major,
                        const char *os, const char *osVersion, DeviceType device) {
        QTest::newRow(name) << QByteArray(ua) << QString::fromLatin1(browser)
                            << QString::fromLatin1(major) << QString::fromLatin1(os)
                            << QString::fromLatin1(osVersion) << device;
    };

    row("chrome windows",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Chrome/120.0.0.0 Safari/537.36",
        "Chrome", "120", "Windows", "10", DeviceType::Desktop);
    row("safari macos",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like "
        "Gecko) Version/17.2 Safari/605.1.15",
        "Safari", "17", "Mac OS X", "10.15", DeviceType::Desktop);
    row("firefox linux", "Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0",
        "Firefox", "121", "Linux", "", DeviceType::Desktop);
    row("firefox ubuntu",
        "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0", "Firefox",
        "121", "Ubuntu", "", DeviceType::Desktop);
    row("safari iphone",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, "
        "like Gecko) Version/17.2 Mobile/15E148 Safari/604.1",
        "Mobile Safari", "17", "iOS", "17.2", DeviceType::Mobile);
    row("chrome iphone",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, "
        "like Gecko) CriOS/120.0.6099.119 Mobile/15E148 Safari/604.1",
        "Chrome Mobile iOS", "120", "iOS", "17.2", DeviceType::Mobile);
    row("safari ipad",
        "Mozilla/5.0 (iPad; CPU OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
        "Version/17.2 Mobile/15E148 Safari/604.1",
        "Mobile Safari", "17", "iOS", "17.2", DeviceType::Tablet);
    row("chrome android phone",
        "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Chrome/120.0.6099.144 Mobile Safari/537.36",
        "Chrome Mobile", "120", "Android", "10", DeviceType::Mobile);
    row("chrome android tablet",
        "Mozilla/5.0 (Linux; Android 13; SM-X700) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Chrome/120.0.6099.144 Safari/537.36",
        "Chrome", "120", "Android", "13", DeviceType::Tablet);
    row("firefox android tablet",
        "Mozilla/5.0 (Android 13; Tablet; rv:121.0) Gecko/121.0 Firefox/121.0", "Firefox Mobile",
        "121", "Android", "13", DeviceType::Tablet);
    row("edge windows",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.91",
        "Edge", "120", "Windows", "10", DeviceType::Desktop);
    row("samsung internet",
        "Mozilla/5.0 (Linux; Android 13; SAMSUNG SM-S918B) AppleWebKit/537.36 (KHTML, like "
        "Gecko) SamsungBrowser/23.0 Chrome/115.0.0.0 Mobile Safari/537.36",
        "Samsung Internet", "23", "Android", "13", DeviceType::Mobile);
    row("opera windows",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Chrome/120.0.0.0 Safari/537.36 OPR/106.0.0.0",
        "Opera", "106", "Windows", "10", DeviceType::Desktop);
    row("chromebook",
        "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Chrome/120.0.0.0 Safari/537.36",
        "Chrome", "120", "Chrome OS", "14541", DeviceType::Desktop);
    row("windows 7 firefox",
        "Mozilla/5.0 (Windows NT 6.1; Win64; x64; rv:115.0) Gecko/20100101 Firefox/115.0",
        "Firefox", "115", "Windows", "7", DeviceType::Desktop);
    // A bare word ("SomethingNobodyKnows") is no browser's UA: isbot's list calls it a bot.
    row("unknown", "Mozilla/5.0 (Plan9; SomethingNobodyKnows) NobodyBrowser/1.2", "", "", "", "",
        DeviceType::Unknown);
}

void TestUserAgentParser::commonAgents()
{
    if (!m_loaded)
        QSKIP(qPrintable(QStringLiteral("no uap-core regexes at %1").arg(regexesPath())));
    QFETCH(QByteArray, ua);
    QFETCH(QString, browser);
    QFETCH(QString, major);
    QFETCH(QString, os);
    QFETCH(QString, osVersion);
    QFETCH(DeviceType, device);

    const UserAgentInfo info = m_parser.parse(ua);
    QCOMPARE(info.agent.browser, browser);
    QCOMPARE(info.agent.browserVersion, major);
    QCOMPARE(info.agent.os, os);
    QCOMPARE(info.agent.osVersion, osVersion);
    QCOMPARE(deviceTypeName(info.agent.device), deviceTypeName(device));
    QVERIFY(!info.isBot);
}

void TestUserAgentParser::spiderFamilyIsBot()
{
    if (!m_loaded)
        QSKIP(qPrintable(QStringLiteral("no uap-core regexes at %1").arg(regexesPath())));
    // No bot token for BotFilter; uap-core's device parsers call it a "Spider".
    const QByteArray ua = "Mozilla/5.0 (X11; Datanyze; Linux x86_64) AppleWebKit/537.36 "
                          "(KHTML, like Gecko) Chrome/65.0.3325.181 Safari/537.36";
    QVERIFY(m_parser.parse(ua).isBot);
    QVERIFY(m_parser.parse("curl/8.4.0").isBot);
    QVERIFY(m_parser.parse("").isBot);
}

void TestUserAgentParser::unloadedReturnsBotFlagOnly()
{
    UserAgentParser parser;
    QVERIFY(!parser.isLoaded());
    QString error;
    QVERIFY(!parser.load(QStringLiteral("/nonexistent/regexes.yaml"), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!parser.isLoaded());

    const UserAgentInfo human = parser.parse(
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Chrome/120.0.0.0 Safari/537.36");
    QVERIFY(!human.isBot);
    QCOMPARE(human.agent, Agent());
    QVERIFY(parser.parse("Googlebot/2.1 (+http://www.google.com/bot.html)").isBot);
}

void TestUserAgentParser::cacheCountsHitsAndMisses()
{
    if (!m_loaded)
        QSKIP(qPrintable(QStringLiteral("no uap-core regexes at %1").arg(regexesPath())));
    UserAgentParser parser;
    QVERIFY(parser.load(regexesPath(), nullptr));
    const QByteArray a = "Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0";
    const QByteArray b = "Mozilla/5.0 (Android 14; Mobile; rv:121.0) Gecko/121.0 Firefox/121.0";

    const UserAgentInfo first = parser.parse(a);
    QCOMPARE(parser.cacheMisses(), 1);
    QCOMPARE(parser.cacheHits(), 0);
    QCOMPARE(parser.parse(a).agent, first.agent);
    QCOMPARE(parser.cacheHits(), 1);
    parser.parse(b);
    parser.parse(b);
    parser.parse(a);
    QCOMPARE(parser.cacheMisses(), 2);
    QCOMPARE(parser.cacheHits(), 3);
}

void TestUserAgentParser::cacheIsBounded()
{
    if (!m_loaded)
        QSKIP(qPrintable(QStringLiteral("no uap-core regexes at %1").arg(regexesPath())));
    UserAgentParser parser;
    QVERIFY(parser.load(regexesPath(), nullptr));
    parser.setCacheCapacity(4);
    const auto ua = [](int i) { return QByteArray("Agent/") + QByteArray::number(i); };
    for (int i = 0; i < 10; ++i)
        parser.parse(ua(i));
    QCOMPARE(parser.cacheMisses(), 10);
    parser.parse(ua(9)); // most recent: still cached
    QCOMPARE(parser.cacheHits(), 1);
    parser.parse(ua(0)); // long evicted
    QCOMPARE(parser.cacheMisses(), 11);

    parser.setCacheCapacity(0); // disabled: every parse is a miss
    parser.parse(ua(0));
    parser.parse(ua(0));
    QCOMPARE(parser.cacheMisses(), 13);
    QCOMPARE(parser.cacheHits(), 1);
}

void TestUserAgentParser::uapCoreAgreement_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("os"); // false: compare browser family; true: OS family

    // The files uap-core's own test runner (tests/test.js) checks, browser then OS.
    const char *browserFiles[] = {
        "tests/test_ua.yaml",
        "test_resources/firefox_user_agent_strings.yaml",
        "test_resources/opera_mini_user_agent_strings.yaml",
        "test_resources/pgts_browser_list.yaml",
        "test_resources/podcasting_user_agent_strings.yaml",
    };
    for (const char *f : browserFiles)
        QTest::newRow(f) << QString::fromLatin1(f) << false;
    const char *osFiles[] = {"tests/test_os.yaml", "test_resources/additional_os_tests.yaml"};
    for (const char *f : osFiles)
        QTest::newRow(f) << QString::fromLatin1(f) << true;
}

void TestUserAgentParser::uapCoreAgreement()
{
    QFETCH(QString, file);
    QFETCH(bool, os);
    if (!m_loaded)
        QSKIP(qPrintable(QStringLiteral("no uap-core regexes at %1").arg(regexesPath())));
    const QString path = QDir(uapCoreDir()).filePath(file);
    if (!QFile::exists(path))
        QSKIP(qPrintable(QStringLiteral("uap-core test file %1 is absent").arg(path)));

    YAML::Node cases;
    try {
        cases = YAML::LoadFile(QFile::encodeName(path).toStdString())["test_cases"];
    } catch (const YAML::Exception &e) {
        QFAIL(e.what());
    }
    QVERIFY2(cases && cases.IsSequence(), qPrintable(path));

    std::vector<std::pair<QByteArray, QString>> expected;
    expected.reserve(cases.size());
    for (const YAML::Node &c : cases) {
        const YAML::Node ua = c["user_agent_string"];
        const YAML::Node family = c["family"];
        if (!ua || !ua.IsScalar())
            continue;
        expected.emplace_back(QByteArray::fromStdString(ua.as<std::string>()),
                              normalisedFamily(family && family.IsScalar()
                                                   ? family.as<std::string>()
                                                   : std::string("Other")));
    }
    QVERIFY(!expected.empty());

    int agree = 0;
    QStringList examples;
    QElapsedTimer timer;
    timer.start();
    for (const auto &[ua, family] : expected) {
        const Agent agent = m_uncached.parse(ua).agent;
        const QString &got = os ? agent.os : agent.browser;
        if (got == family)
            ++agree;
        else if (examples.size() < 5)
            examples << QStringLiteral("  expected '%1', got '%2': %3")
                            .arg(family, got, QString::fromUtf8(ua.left(120)));
    }
    const qint64 ns = qMax<qint64>(1, timer.nsecsElapsed());

    const int n = int(expected.size());
    const double score = double(agree) / n;
    qInfo().noquote() << QStringLiteral("uap-core %1 family agreement (%2): %3% of %4 cases; "
                                        "uncached parse rate %5 UAs/s")
                             .arg(os ? QStringLiteral("OS") : QStringLiteral("browser"), file)
                             .arg(score * 100, 0, 'f', 1)
                             .arg(n)
                             .arg(double(n) * 1e9 / double(ns), 0, 'f', 0);
    for (const QString &line : std::as_const(examples))
        qInfo().noquote() << line;
    QVERIFY2(score >= 0.95,
             qPrintable(QStringLiteral("%1: %2% agreement").arg(file).arg(score * 100, 0, 'f', 1)));
}

QTEST_GUILESS_MAIN(TestUserAgentParser)
#include "tst_useragentparser.moc"
