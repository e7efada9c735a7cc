#include "ingest/botfilter.h"
#include "ingest/uapregexes.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <yaml-cpp/yaml.h>

using namespace raycstr;

class TestBotFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isBot_data();
    void isBot();
    void localRules();
    void scoredOnPublicLists();
};

void TestBotFilter::isBot_data()
{
    QTest::addColumn<QByteArray>("ua");
    QTest::addColumn<bool>("bot");

    const auto bot
        = [](const char *name, const char *ua) { QTest::newRow(name) << QByteArray(ua) << true; };
    const auto human
        = [](const char *name, const char *ua) { QTest::newRow(name) << QByteArray(ua) << false; };

    // Empty and blank.
    bot("empty", "");
    bot("blank", "   \t");

    // Search and AI crawlers.
    bot("googlebot", "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)");
    bot("googlebot smartphone",
        "Mozilla/5.0 (Linux; Android 6.0.1; Nexus 5X Build/MMB29P) AppleWebKit/537.36 (KHTML, "
        "like Gecko) Chrome/121.0.6167.184 Mobile Safari/537.36 (compatible; Googlebot/2.1; "
        "+http://www.google.com/bot.html)");
    bot("bingbot",
        "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; bingbot/2.0; "
        "+http://www.bing.com/bingbot.htm) Chrome/116.0.1938.76 Safari/537.36");
    bot("yandexbot", "Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)");
    bot("baiduspider",
        "Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)");
    bot("yahoo slurp",
        "Mozilla/5.0 (compatible; Yahoo! Slurp; http://help.yahoo.com/help/us/ysearch/slurp)");
    bot("duckduckbot", "DuckDuckBot/1.1; (+http://duckduckgo.com/duckduckbot.html)");
    bot("applebot",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_5) AppleWebKit/605.1.15 (KHTML, like "
        "Gecko) Version/13.1.1 Safari/605.1.15 (Applebot/0.1; +http://www.apple.com/go/applebot)");
    bot("ahrefsbot", "Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)");
    bot("gptbot",
        "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; GPTBot/1.2; "
        "+https://openai.com/gptbot)");
    bot("bytespider",
        "Mozilla/5.0 (Linux; Android 5.0) AppleWebKit/537.36 (KHTML, like Gecko) Mobile "
        "Safari/537.36 (compatible; Bytespider; spider-feedback@bytedance.com)");
    bot("mediapartners", "Mediapartners-Google");

    // Link previews and monitors.
    bot("facebookexternalhit",
        "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)");
    bot("slackbot", "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)");
    bot("discordbot", "Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)");
    bot("twitterbot", "Twitterbot/1.0");
    bot("linkedinbot",
        "LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)");
    bot("telegrambot", "TelegramBot (like TwitterBot)");
    bot("whatsapp", "WhatsApp/2.23.20.0 A");
    bot("skype", "Mozilla/5.0 (Windows NT 6.1; WOW64) SkypeUriPreview Preview/0.5");
    bot("uptimerobot", "Mozilla/5.0+(compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)");
    bot("pingdom",
        "Mozilla/5.0 (compatible; pingdom.com_bot_version_1.4_(http://www.pingdom.com/))");
    bot("statuscake",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Chrome/101.0.4951.54 Safari/537.36 StatusCake");

    // Headless browsers and auditing.
    bot("headless chrome",
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
        "HeadlessChrome/120.0.6099.109 Safari/537.36");
    bot("phantomjs",
        "Mozilla/5.0 (Unknown; Linux x86_64) AppleWebKit/538.1 (KHTML, like Gecko) "
        "PhantomJS/2.1.1 Safari/538.1");
    bot("lighthouse",
        "Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like "
        "Gecko) Chrome/119.0.0.0 Mobile Safari/537.36 Chrome-Lighthouse");

    // HTTP libraries and tools.
    bot("curl", "curl/8.4.0");
    bot("wget", "Wget/1.21.3");
    bot("python-requests", "python-requests/2.31.0");
    bot("python-urllib", "Python-urllib/3.11");
    bot("aiohttp", "Python/3.11 aiohttp/3.9.1");
    bot("go", "Go-http-client/2.0");
    bot("java", "Java/17.0.9");
    bot("okhttp", "okhttp/4.12.0");
    bot("axios", "axios/1.6.2");
    bot("node-fetch", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)");
    bot("libwww-perl", "libwww-perl/6.72");
    bot("apache-httpclient", "Apache-HttpClient/4.5.14 (Java/17.0.8)");
    bot("postman", "PostmanRuntime/7.36.0");
    bot("httpie", "HTTPie/3.2.2");
    bot("scrapy", "Scrapy/2.11.0 (+https://scrapy.org)");

    // Real browsers.
    human("chrome windows",
          "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
          "Chrome/120.0.0.0 Safari/537.36");
    human("chrome mac",
          "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like "
          "Gecko) Chrome/120.0.0.0 Safari/537.36");
    human("chrome linux",
          "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
          "Chrome/120.0.0.0 Safari/537.36");
    human("chrome android",
          "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) "
          "Chrome/120.0.6099.144 Mobile Safari/537.36");
    human("chrome ios",
          "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, "
          "like Gecko) CriOS/120.0.6099.119 Mobile/15E148 Safari/604.1");
    human("chromebook",
          "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) "
          "Chrome/120.0.0.0 Safari/537.36");
    human("firefox windows",
          "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:121.0) Gecko/20100101 Firefox/121.0");
    human("firefox mac",
          "Mozilla/5.0 (Macintosh; Intel Mac OS X 14.2; rv:121.0) Gecko/20100101 Firefox/121.0");
    human("firefox linux",
          "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0");
    human("firefox android",
          "Mozilla/5.0 (Android 14; Mobile; rv:121.0) Gecko/121.0 Firefox/121.0");
    human("firefox ios",
          "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, "
          "like Gecko) FxiOS/121.0 Mobile/15E148 Safari/605.1.15");
    human("safari mac",
          "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like "
          "Gecko) Version/17.2 Safari/605.1.15");
    human("safari iphone",
          "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, "
          "like Gecko) Version/17.2 Mobile/15E148 Safari/604.1");
    human("safari ipad",
          "Mozilla/5.0 (iPad; CPU OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
          "Gecko) Version/17.2 Mobile/15E148 Safari/604.1");
    human("edge windows",
          "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
          "Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.91");
    human("edge android",
          "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) "
          "Chrome/120.0.0.0 Mobile Safari/537.36 EdgA/120.0.2210.115");
    human("samsung internet",
          "Mozilla/5.0 (Linux; Android 13; SAMSUNG SM-S918B) AppleWebKit/537.36 (KHTML, like "
          "Gecko) SamsungBrowser/23.0 Chrome/115.0.0.0 Mobile Safari/537.36");
    human("opera",
          "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
          "Chrome/120.0.0.0 Safari/537.36 OPR/106.0.0.0");
    human("opera mini",
          "Opera/9.80 (Android; Opera Mini/7.5.33361/191.227; U; en) Presto/2.12.423 "
          "Version/12.16");
    human("facebook in-app",
          "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, "
          "like Gecko) Mobile/15E148 [FBAN/FBIOS;FBAV/444.0.0.41.110;FBBV/540084929;"
          "FBDV/iPhone14,5;FBMD/iPhone;FBSN/iOS;FBSV/17.1.2;FBSS/3;FBCR/;FBID/phone;FBLC/en_US;"
          "FBOP/80]");
    human("instagram in-app",
          "Mozilla/5.0 (Linux; Android 13; SM-A536B Build/TP1A.220624.014; wv) "
          "AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/120.0.6099.144 Mobile "
          "Safari/537.36 Instagram 312.1.0.34.111 Android");
    human("carrier with bot in its name",
          "Mozilla/5.0 (iPhone; CPU iPhone OS 11_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, "
          "like Gecko) Mobile/15G77 [FBAN/FBIOS;FBAV/194.0.0.38.99;FBBV/127868476;"
          "FBDV/iPhone7,2;FBMD/iPhone;FBSN/iOS;FBSV/11.4.1;FBSS/2;FBCR/OrangeBotswana;FBID/phone]");
    human("cubot phone",
          "Mozilla/5.0 (Linux; Android 11; CUBOT X30) AppleWebKit/537.36 (KHTML, like Gecko) "
          "Chrome/120.0.6099.144 Mobile Safari/537.36");
    human("yandex browser",
          "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
          "Chrome/118.0.0.0 YaBrowser/23.11.0.0 Safari/537.36");
    human("vivaldi",
          "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
          "Chrome/120.0.0.0 Safari/537.36 Vivaldi/6.5.3206.48");
}

void TestBotFilter::isBot()
{
    QFETCH(QByteArray, ua);
    QFETCH(bool, bot);
    QCOMPARE(BotFilter::standard().isBot(ua), bot);
}

QTEST_GUILESS_MAIN(TestBotFilter)
#include "tst_botfilter.moc"

void TestBotFilter::localRules()
{
    QString error;
    const auto filter = BotFilter::create(QStringLiteral("# ours\n"
                                                         "bot: AcmeUptime$\n"
                                                         "human: \\bAcmeScanner/\\d\n"
                                                         "referrer: spam.example\n"),
                                          &error);
    QVERIFY2(filter, qPrintable(error));
    const QByteArray uptime
        = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, "
          "like Gecko) Chrome/126.0.0.0 Safari/537.36 AcmeUptime";
    QVERIFY(filter->isBot(uptime));
    QVERIFY(!BotFilter::standard().isBot(uptime));
    // A kiosk's browser whose token isbot takes for a scanner ("scan"): masked, so a person…
    const QByteArray kiosk
        = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0 AcmeScanner/2";
    QVERIFY(BotFilter::standard().isBot(kiosk));
    QVERIFY(!filter->isBot(kiosk));
    // …but only that token: a crawler carrying it is still caught by its own words.
    QVERIFY(filter->isBot("Mozilla/5.0 (compatible; Googlebot/2.1) AcmeScanner/2"));
    QVERIFY(!BotFilter::create(QStringLiteral("robot: x"), &error));
    QVERIFY2(error.contains(QLatin1String("line 1")), qPrintable(error));
    QVERIFY(!BotFilter::create(QStringLiteral("\nbot: (unclosed"), &error));
    QVERIFY2(error.contains(QLatin1String("line 2")), qPrintable(error));
}

namespace {

// Every user_agent_string of one of uap-core's test files.
QStringList uapStrings(const QString &file)
{
    QStringList out;
    const YAML::Node root = YAML::LoadFile(file.toStdString());
    for (const YAML::Node &c : root["test_cases"])
        out.append(QString::fromStdString(c["user_agent_string"].as<std::string>()));
    return out;
}

double share(qsizetype part, qsizetype whole)
{
    return whole == 0 ? 0 : 100.0 * double(part) / double(whole);
}

} // namespace

// Issue 15's goal, on public lists the filter was not built from. isbot (the filter's list)
// is itself built from crawler-user-agents, Matomo's bots.yml, myip.ms, user-agents.net,
// ua-parser-js and top-crawler-agents (its README, "Data sources"); uap-core is none of
// those. So:
// - bots: every uap-core test string that uap-core's own device parser files under "Spider"
//   (Debian's uap-core: tests/test_ua.yaml, tests/test_device.yaml, test_resources/*.yaml),
//   scored on the filter alone (the pipeline adds uap-core's "Spider" on top, which would
//   make this list trivially 100 %);
// - people: every uap-core test string that is a browser's ("Mozilla/…" or "Opera/…",
//   in-app browsers and WebViews included) and that uap-core does not call a Spider.
// crawler-user-agents' instances are scored too, for comparison with the 78.8 %,
// but they are among isbot's sources, so they prove nothing on their own.
void TestBotFilter::scoredOnPublicLists()
{
    const QString uap = QStringLiteral("/usr/share/uap-core");
    UapRegexes regexes;
    QString error;
    if (!regexes.load(uap + QStringLiteral("/regexes.yaml"), &error))
        QFAIL(qPrintable(QStringLiteral("uap-core is missing (installer/setup-deps.sh installs "
                                        "it): %1")
                             .arg(error)));
    const auto isUapSpider = [&](const QString &ua) {
        const std::string text = ua.toStdString();
        return regexes.match(UapRegexes::Section::Device, text).fields[0] == "Spider"
            || regexes.match(UapRegexes::Section::UserAgent, text).fields[0] == "Spider";
    };
    // Bots (the goal): the test cases uap-core's maintainers labelled "Spider" by hand.
    QSet<QString> labelledSpiders, regexSpiders, browserSet;
    const YAML::Node devices
        = YAML::LoadFile((uap + QStringLiteral("/tests/test_device.yaml")).toStdString());
    for (const YAML::Node &c : devices["test_cases"]) {
        if (c["family"].as<std::string>() == "Spider")
            labelledSpiders.insert(
                QString::fromStdString(c["user_agent_string"].as<std::string>()));
    }
    // Bots (for information): every test string uap-core's regexes call "Spider". Noisier:
    // they also catch old IE toolbars ("TeomaBar", "U.S. Robotics"), which are people.
    for (const char *file : {"tests/test_ua.yaml", "tests/test_device.yaml", "tests/test_os.yaml",
                             "test_resources/firefox_user_agent_strings.yaml",
                             "test_resources/opera_mini_user_agent_strings.yaml",
                             "test_resources/pgts_browser_list.yaml",
                             "test_resources/podcasting_user_agent_strings.yaml"}) {
        for (const QString &ua : uapStrings(uap + u'/' + QLatin1String(file))) {
            if (isUapSpider(ua))
                regexSpiders.insert(ua);
        }
    }
    // People: the browsers' strings of the test files that list browsers and devices
    // (pgts_browser_list is every agent pgts.com saw, crawlers included: not used).
    for (const char *file : {"tests/test_ua.yaml", "tests/test_device.yaml",
                             "test_resources/firefox_user_agent_strings.yaml",
                             "test_resources/opera_mini_user_agent_strings.yaml"}) {
        for (const QString &ua : uapStrings(uap + u'/' + QLatin1String(file))) {
            if ((ua.startsWith(QLatin1String("Mozilla/")) || ua.startsWith(QLatin1String("Opera/")))
                && !labelledSpiders.contains(ua) && !isUapSpider(ua))
                browserSet.insert(ua);
        }
    }
    QStringList spiders = labelledSpiders.values();
    QStringList browsers = browserSet.values();
    std::sort(spiders.begin(), spiders.end());
    std::sort(browsers.begin(), browsers.end());
    qsizetype regexSpidersDropped = 0;
    for (const QString &ua : std::as_const(regexSpiders))
        regexSpidersDropped += BotFilter::standard().isBot(ua.toUtf8()) ? 1 : 0;

    const BotFilter &filter = BotFilter::standard();
    QStringList missedBots, lostPeople;
    for (const QString &ua : std::as_const(spiders)) {
        if (!filter.isBot(ua.toUtf8()))
            missedBots.append(ua);
    }
    for (const QString &ua : std::as_const(browsers)) {
        if (filter.isBot(ua.toUtf8()))
            lostPeople.append(ua);
    }

    QFile cuaFile(QStringLiteral(RAYCSTR_BOTLISTS_SOURCE_DIR
                                 "/node_modules/crawler-user-agents/crawler-user-agents.json"));
    if (!cuaFile.open(QIODevice::ReadOnly))
        QFAIL("crawler-user-agents is missing: run installer/setup-deps.sh");
    qsizetype cuaInstances = 0, cuaDropped = 0;
    for (const QJsonValue &entry : QJsonDocument::fromJson(cuaFile.readAll()).array()) {
        for (const QJsonValue &instance :
             entry.toObject().value(QLatin1String("instances")).toArray()) {
            ++cuaInstances;
            cuaDropped += filter.isBot(instance.toString().toUtf8()) ? 1 : 0;
        }
    }

    for (const QString &ua : std::as_const(missedBots))
        qInfo("bot kept: %s", qPrintable(ua));
    for (const QString &ua : std::as_const(lostPeople))
        qInfo("person dropped: %s", qPrintable(ua));
    const double botShare = share(spiders.size() - missedBots.size(), spiders.size());
    const double peopleShare = share(browsers.size() - lostPeople.size(), browsers.size());
    qInfo("uap-core strings its regexes call Spider, dropped: %.2f %% (%lld of %lld)",
          share(regexSpidersDropped, regexSpiders.size()), qlonglong(regexSpidersDropped),
          qlonglong(regexSpiders.size()));
    qInfo("isbot %s: uap-core crawler strings dropped: %.2f %% (%lld of %lld; goal >= 98 %%)",
          qPrintable(BotFilter::listVersion()), botShare,
          qlonglong(spiders.size() - missedBots.size()), qlonglong(spiders.size()));
    qInfo("isbot %s: uap-core browser strings kept: %.2f %% (%lld of %lld; goal >= 99.5 %%)",
          qPrintable(BotFilter::listVersion()), peopleShare,
          qlonglong(browsers.size() - lostPeople.size()), qlonglong(browsers.size()));
    qInfo("crawler-user-agents instances dropped (one of isbot's sources): %.2f %% (%lld of %lld)",
          share(cuaDropped, cuaInstances), qlonglong(cuaDropped), qlonglong(cuaInstances));
    // People, held out: the exceptions in people.txt were written from uap-core's browser
    // strings, so their share above flatters the filter. Intoli's user-agents (10,000 real
    // browsers seen on the web, npm, pinned with the lists) played no part in it.
    QFile intoliFile(QStringLiteral(RAYCSTR_BOTLISTS_SOURCE_DIR
                                    "/node_modules/user-agents/dist/user-agents.json"));
    if (!intoliFile.open(QIODevice::ReadOnly))
        QFAIL("user-agents is missing: run installer/setup-deps.sh");
    qsizetype intoliPeople = 0;
    QStringList intoliLost;
    for (const QJsonValue &entry : QJsonDocument::fromJson(intoliFile.readAll()).array()) {
        const QString ua = entry.toObject().value(QLatin1String("userAgent")).toString();
        ++intoliPeople;
        if (filter.isBot(ua.toUtf8()))
            intoliLost.append(ua);
    }
    for (const QString &ua : std::as_const(intoliLost))
        qInfo("held-out person dropped: %s", qPrintable(ua));
    const double heldOutShare = share(intoliPeople - intoliLost.size(), intoliPeople);
    qInfo("isbot %s: user-agents' real browsers kept (held out): %.2f %% (%lld of %lld; goal >= "
          "99.5 %%)",
          qPrintable(BotFilter::listVersion()), heldOutShare,
          qlonglong(intoliPeople - intoliLost.size()), qlonglong(intoliPeople));
    QVERIFY(intoliPeople >= 5000);
    QVERIFY2(heldOutShare >= 99.5, "below the goal: >= 99.5 % of held-out browsers kept");
    QVERIFY(spiders.size() > 50 && browsers.size() > 5000); // the lists are really there
    QVERIFY2(botShare >= 98.0, "below the goal: >= 98 % of crawler strings dropped");
    QVERIFY2(peopleShare >= 99.5, "below the goal: >= 99.5 % of browser strings kept");
}
