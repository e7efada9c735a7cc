#include "ingest/referrerparser.h"

#include <QTest>

using namespace raycstr;

class TestReferrerParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsePageUrl_data();
    void parsePageUrl();
    void parsePageUrlQuery_data();
    void parsePageUrlQuery();
    void parsePageUrlInvalid_data();
    void parsePageUrlInvalid();
    void classify_data();
    void classify();
    void classifyCarriesUtm();
};

void TestReferrerParser::parsePageUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("keepFragment");
    QTest::addColumn<QString>("hostname");
    QTest::addColumn<QString>("path");

    const auto row
        = [](const char *tag, const char *url, bool keep, const char *host, const char *path) {
              QTest::newRow(tag) << QString::fromUtf8(url) << keep << QString::fromUtf8(host)
                                 << QString::fromUtf8(path);
          };
    row("plain", "https://example.com/blog", false, "example.com", "/blog");
    row("http", "http://example.com/", false, "example.com", "/");
    row("empty path", "https://example.com", false, "example.com", "/");
    row("empty path with query", "https://example.com?x=1", false, "example.com", "/");
    row("empty path with fragment", "https://example.com#top", false, "example.com", "/");
    row("trailing slash kept", "https://example.com/blog/", false, "example.com", "/blog/");
    row("host lower-cased", "https://ExAmple.COM/Blog", false, "example.com", "/Blog");
    row("www removed", "https://www.example.com/a", false, "example.com", "/a");
    row("WWW removed", "https://WWW.Example.com/a", false, "example.com", "/a");
    row("www in the middle kept", "https://shop.www.example.com/", false, "shop.www.example.com",
        "/");
    row("wwwexample kept", "https://wwwexample.com/", false, "wwwexample.com", "/");
    row("subdomain", "https://blog.example.com/x", false, "blog.example.com", "/x");
    row("port dropped", "https://example.com:8443/x", false, "example.com", "/x");
    row("empty port", "https://example.com:/x", false, "example.com", "/x");
    row("userinfo dropped", "https://user:pw@example.com/x", false, "example.com", "/x");
    row("userinfo with port", "https://u@www.example.com:80/", false, "example.com", "/");
    row("scheme upper case", "HTTPS://example.com/x", false, "example.com", "/x");
    row("percent-encoding kept", "https://example.com/caf%C3%A9%20x", false, "example.com",
        "/caf%C3%A9%20x");
    row("query dropped", "https://example.com/p?utm_source=x&id=5", false, "example.com", "/p");
    row("fragment dropped", "https://example.com/app#/settings", false, "example.com", "/app");
    row("fragment kept", "https://example.com/app#/settings", true, "example.com",
        "/app#/settings");
    row("fragment kept, query dropped", "https://example.com/app?x=1#/s", true, "example.com",
        "/app#/s");
    row("fragment kept, empty path", "https://example.com#/s", true, "example.com", "/#/s");
    row("empty fragment not kept", "https://example.com/a#", true, "example.com", "/a");
    row("no fragment with keep", "https://example.com/a", true, "example.com", "/a");
    row("ipv4 host", "http://192.168.1.10:8080/x", false, "192.168.1.10", "/x");
    row("ipv6 host", "http://[::1]:8080/x", false, "[::1]", "/x");
    row("localhost", "http://localhost:3000/", false, "localhost", "/");
    row("trailing dot host", "https://example.com./x", false, "example.com", "/x");
    row("surrounding spaces", "  https://example.com/x \n", false, "example.com", "/x");
    row("unicode host", "https://bücher.de/x", false, "bücher.de", "/x");
    row("unicode host lower-cased", "https://BÜCHER.de/x", false, "bücher.de", "/x");
    // Found by fuzz_pageurl: letters that are not "upper case" to QChar yet have a lower
    // case (a title-case letter; a letter beyond U+FFFF, two UTF-16 units) were kept as sent,
    // so one host was counted under two names.
    row("title-case letter lower-cased", "https://\u01C5ungla.example/", false,
        "\u01C6ungla.example", "/");
    row("letter beyond U+FFFF lower-cased", "https://\U00010400.example/", false,
        "\U00010428.example", "/");
    row("double slash path", "https://example.com//x", false, "example.com", "//x");
}

void TestReferrerParser::parsePageUrl()
{
    QFETCH(QString, url);
    QFETCH(bool, keepFragment);
    QFETCH(QString, hostname);
    QFETCH(QString, path);
    const PageUrl page = raycstr::parsePageUrl(url, keepFragment);
    QVERIFY(page.valid);
    QCOMPARE(page.hostname, hostname);
    QCOMPARE(page.path, path);
}

void TestReferrerParser::parsePageUrlQuery_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QStringList>("expected"); // source, medium, campaign, content, term, ref

    const auto row = [](const char *tag, const char *url, QStringList expected) {
        QTest::newRow(tag) << QString::fromUtf8(url) << expected;
    };
    row("none", "https://example.com/", {"", "", "", "", "", ""});
    row("all utm",
        "https://example.com/?utm_source=news&utm_medium=email&utm_campaign=spring&utm_content="
        "banner&utm_term=shoes",
        {"news", "email", "spring", "banner", "shoes", ""});
    row("plus is space", "https://example.com/?utm_campaign=spring+sale",
        {"", "", "spring sale", "", "", ""});
    row("percent decoded", "https://example.com/?utm_source=caf%C3%A9%20bar%2B1",
        {"café bar+1", "", "", "", "", ""});
    row("ref", "https://example.com/?ref=producthunt", {"", "", "", "", "", "producthunt"});
    row("source", "https://example.com/?source=hn", {"", "", "", "", "", "hn"});
    row("source beats ref", "https://example.com/?ref=a&source=b", {"", "", "", "", "", "b"});
    row("first wins", "https://example.com/?utm_source=a&utm_source=b", {"a", "", "", "", "", ""});
    row("empty value skipped", "https://example.com/?utm_source=&utm_source=b",
        {"b", "", "", "", "", ""});
    row("other params ignored", "https://example.com/?id=1&utm_medium=cpc&x",
        {"", "cpc", "", "", "", ""});
    row("keys are case-sensitive", "https://example.com/?UTM_SOURCE=x", {"", "", "", "", "", ""});
    row("query after fragment ignored", "https://example.com/#x?utm_source=a",
        {"", "", "", "", "", ""});
    row("empty path", "https://example.com?utm_source=x", {"x", "", "", "", "", ""});
    row("escape at the end", "https://example.com/?utm_source=a%41", {"aA", "", "", "", "", ""});
    row("truncated escape kept", "https://example.com/?utm_source=a%4",
        {"a%4", "", "", "", "", ""});
    row("malformed escape kept", "https://example.com/?utm_source=100%zz",
        {"100%zz", "", "", "", "", ""});
}

void TestReferrerParser::parsePageUrlQuery()
{
    QFETCH(QString, url);
    QFETCH(QStringList, expected);
    const PageUrl page = raycstr::parsePageUrl(url);
    QVERIFY(page.valid);
    QCOMPARE(page.utmSource, expected.at(0));
    QCOMPARE(page.utmMedium, expected.at(1));
    QCOMPARE(page.utmCampaign, expected.at(2));
    QCOMPARE(page.utmContent, expected.at(3));
    QCOMPARE(page.utmTerm, expected.at(4));
    QCOMPARE(page.ref, expected.at(5));
}

void TestReferrerParser::parsePageUrlInvalid_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << QStringLiteral("   ");
    QTest::newRow("garbage") << QStringLiteral("not a url");
    QTest::newRow("no scheme") << QStringLiteral("example.com/path");
    QTest::newRow("scheme-relative") << QStringLiteral("//example.com/path");
    QTest::newRow("ftp") << QStringLiteral("ftp://example.com/file");
    QTest::newRow("file") << QStringLiteral("file:///home/user/index.html");
    QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)");
    QTest::newRow("no host") << QStringLiteral("https:///path");
    QTest::newRow("only scheme") << QStringLiteral("https://");
    QTest::newRow("userinfo, no host") << QStringLiteral("https://user@/x");
    QTest::newRow("bad port") << QStringLiteral("https://example.com:http/x");
    QTest::newRow("space in host") << QStringLiteral("https://exa mple.com/");
    QTest::newRow("bad host char") << QStringLiteral("https://exa<mple.com/");
    QTest::newRow("empty label") << QStringLiteral("https://example..com/");
    QTest::newRow("leading dot") << QStringLiteral("https://.example.com/");
    QTest::newRow("unclosed ipv6") << QStringLiteral("http://[::1/x");
    QTest::newRow("single colon") << QStringLiteral("https:example.com");
}

void TestReferrerParser::parsePageUrlInvalid()
{
    QFETCH(QString, url);
    const PageUrl page = raycstr::parsePageUrl(url);
    QVERIFY(!page.valid);
}

void TestReferrerParser::classify_data()
{
    QTest::addColumn<QString>("referrer");
    QTest::addColumn<QString>("pageUrl");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("referrerField");

    const auto row = [](const char *tag, const char *referrer, const char *source,
                        const char *field, const char *page = "https://example.com/landing") {
        QTest::newRow(tag) << QString::fromUtf8(referrer) << QString::fromUtf8(page)
                           << QString::fromUtf8(source) << QString::fromUtf8(field);
    };
    // Search engines.
    row("google", "https://www.google.com/", "Google", "google.com");
    row("google path", "https://www.google.com/search?q=x", "Google", "google.com/search");
    row("google.co.uk", "https://www.google.co.uk/", "Google", "google.co.uk");
    row("google.de", "https://google.de/", "Google", "google.de");
    row("google.com.au", "https://www.google.com.au/", "Google", "google.com.au");
    row("news.google.com", "https://news.google.com/articles/x", "Google",
        "news.google.com/articles/x");
    row("android google app", "android-app://com.google.android.googlequicksearchbox/", "Google",
        "com.google.android.googlequicksearchbox");
    row("android gmail", "android-app://com.google.android.gm", "Google", "com.google.android.gm");
    row("bing", "https://www.bing.com/", "Bing", "bing.com");
    row("cn.bing", "https://cn.bing.com/search", "Bing", "cn.bing.com/search");
    row("duckduckgo", "https://duckduckgo.com/", "DuckDuckGo", "duckduckgo.com");
    row("yahoo", "https://search.yahoo.com/", "Yahoo!", "search.yahoo.com");
    row("yahoo.co.jp", "https://search.yahoo.co.jp/", "Yahoo!", "search.yahoo.co.jp");
    row("yandex.ru", "https://yandex.ru/", "Yandex", "yandex.ru");
    row("yandex.com.tr", "https://yandex.com.tr/", "Yandex", "yandex.com.tr");
    row("baidu", "https://www.baidu.com/link?url=x", "Baidu", "baidu.com/link");
    row("ecosia", "https://www.ecosia.org/", "Ecosia", "ecosia.org");
    row("brave", "https://search.brave.com/", "Brave", "search.brave.com");
    row("qwant", "https://www.qwant.com/", "Qwant", "qwant.com");
    row("startpage", "https://www.startpage.com/", "Startpage", "startpage.com");
    // Social networks.
    row("facebook", "https://www.facebook.com/", "Facebook", "facebook.com");
    row("m.facebook", "https://m.facebook.com/", "Facebook", "m.facebook.com");
    row("l.facebook", "https://l.facebook.com/l.php?u=x", "Facebook", "l.facebook.com/l.php");
    row("fb.me", "https://fb.me/abc", "Facebook", "fb.me/abc");
    row("android facebook", "android-app://com.facebook.katana/", "Facebook",
        "com.facebook.katana");
    row("instagram", "https://l.instagram.com/", "Instagram", "l.instagram.com");
    row("twitter", "https://twitter.com/someone", "Twitter", "twitter.com/someone");
    row("t.co", "https://t.co/abc123", "Twitter", "t.co/abc123");
    row("x.com", "https://x.com/", "Twitter", "x.com");
    row("linkedin", "https://www.linkedin.com/feed/", "LinkedIn", "linkedin.com/feed");
    row("lnkd.in", "https://lnkd.in/xyz", "LinkedIn", "lnkd.in/xyz");
    row("reddit", "https://old.reddit.com/r/cpp/", "Reddit", "old.reddit.com/r/cpp");
    row("youtube", "https://www.youtube.com/", "YouTube", "youtube.com");
    row("youtu.be", "https://youtu.be/abc", "YouTube", "youtu.be/abc");
    row("android youtube", "android-app://com.google.android.youtube/", "YouTube",
        "com.google.android.youtube");
    row("pinterest", "https://www.pinterest.com/", "Pinterest", "pinterest.com");
    row("pinterest.de", "https://www.pinterest.de/", "Pinterest", "pinterest.de");
    row("hacker news", "https://news.ycombinator.com/item?id=1", "Hacker News",
        "news.ycombinator.com/item");
    row("github", "https://github.com/owner/repo", "GitHub", "github.com/owner/repo");
    row("tiktok", "https://www.tiktok.com/", "TikTok", "tiktok.com");
    // Unknown sites are named by their host.
    row("unknown", "https://www.someblog.net/post/1?x=1#c", "someblog.net", "someblog.net/post/1");
    row("unknown upper case", "https://Blog.Example.ORG/", "blog.example.org", "blog.example.org");
    row("lookalike google", "https://google.evil.com/", "google.evil.com", "google.evil.com");
    row("googleusercontent", "https://foo.googleusercontent.com/", "foo.googleusercontent.com",
        "foo.googleusercontent.com");
    row("not twitter", "https://notx.com/", "notx.com", "notx.com");
    row("other ycombinator", "https://www.ycombinator.com/", "ycombinator.com", "ycombinator.com");
    row("unknown android app", "android-app://org.example.reader/", "org.example.reader",
        "org.example.reader");
    // Internal and direct.
    row("same site", "https://example.com/other", "", "");
    row("same site, www on referrer", "https://www.example.com/other", "", "");
    row("same site, www on page", "https://example.com/other", "", "", "https://www.example.com/");
    row("same site, case", "https://EXAMPLE.com/", "", "");
    row("subdomain is another site", "https://blog.example.com/", "blog.example.com",
        "blog.example.com");
    row("empty", "", "", "");
    row("garbage", "not a url", "", "");
    row("non-web scheme", "chrome-extension://abcdef/page.html", "", "");
    row("localhost", "http://localhost:3000/", "", "");
    // Tagged links override the referrer.
    row("utm_source, no referrer", "", "newsletter", "",
        "https://example.com/?utm_source=newsletter");
    row("utm_source beats google", "https://www.google.com/", "newsletter", "google.com",
        "https://example.com/?utm_source=newsletter");
    row("ref, no referrer", "", "producthunt", "", "https://example.com/?ref=producthunt");
    row("ref beats referrer", "https://t.co/x", "producthunt", "t.co/x",
        "https://example.com/?ref=producthunt");
    row("utm_source beats ref", "", "a", "", "https://example.com/?ref=b&utm_source=a");
    row("utm on internal navigation", "https://example.com/x", "mail", "",
        "https://example.com/?utm_source=mail");
}

void TestReferrerParser::classify()
{
    QFETCH(QString, referrer);
    QFETCH(QString, pageUrl);
    QFETCH(QString, source);
    QFETCH(QString, referrerField);
    const PageUrl page = raycstr::parsePageUrl(pageUrl);
    QVERIFY(page.valid);
    const Acquisition acq = classifyAcquisition(referrer, page);
    QCOMPARE(acq.source, source);
    QCOMPARE(acq.referrer, referrerField);
}

void TestReferrerParser::classifyCarriesUtm()
{
    const PageUrl page = raycstr::parsePageUrl(
        QStringLiteral("https://example.com/?utm_source=nl&utm_medium=email&utm_campaign=launch+day"
                       "&utm_content=hero&utm_term=analytics"));
    const Acquisition acq
        = classifyAcquisition(QStringLiteral("https://mail.example.org/inbox"), page);
    Acquisition expected;
    expected.source = QStringLiteral("nl");
    expected.referrer = QStringLiteral("mail.example.org/inbox");
    expected.utmSource = QStringLiteral("nl");
    expected.utmMedium = QStringLiteral("email");
    expected.utmCampaign = QStringLiteral("launch day");
    expected.utmContent = QStringLiteral("hero");
    expected.utmTerm = QStringLiteral("analytics");
    QCOMPARE(acq, expected);
}

QTEST_GUILESS_MAIN(TestReferrerParser)
#include "tst_referrerparser.moc"
