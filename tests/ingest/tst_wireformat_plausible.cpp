#include "tst_wireformat.h"

#include "common/wirebodies.h"
#include "ingest/wireformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace raycstr;
using namespace raycstr::testing;

namespace {

QByteArray repeatedProps(int count)
{
    QJsonObject p;
    for (int i = 0; i < count; ++i)
        p.insert(QStringLiteral("k%1").arg(i), QStringLiteral("v"));
    return json(QJsonObject {{QStringLiteral("n"), QStringLiteral("signup")},
                             {QStringLiteral("u"), QStringLiteral("https://example.com/")},
                             {QStringLiteral("d"), QStringLiteral("example.com")},
                             {QStringLiteral("p"), p}});
}

} // namespace

void TestWireFormat::plausibleTrackerPageview()
{
    // Byte for byte what Plausible's tracker sends.
    const QByteArray body
        = R"({"n":"pageview","u":"https://example.com/blog?utm_source=x","d":"example.com","r":null,"w":1280})";
    ParsedBatch batch;
    WireError error;
    QVERIFY2(parsePlausibleEvent(body, &batch, &error), qPrintable(error.message));
    QCOMPARE(batch.siteKey, QStringLiteral("example.com"));
    QVERIFY(batch.extraDomains.isEmpty());
    QCOMPARE(batch.hits.size(), 1);
    const Hit &hit = batch.hits.first();
    QCOMPARE(hit.kind, EventKind::Pageview);
    QVERIFY(hit.name.isEmpty());
    QCOMPARE(hit.url, QStringLiteral("https://example.com/blog?utm_source=x"));
    QVERIFY(hit.referrer.isEmpty());
    QCOMPARE(hit.screenWidth, 1280);
    QVERIFY(hit.interactive);
    QVERIFY(!hit.hashMode);
    QVERIFY(!hit.hasValue);
    QVERIFY(hit.props.isEmpty());
}

void TestWireFormat::plausibleTrackerPropsString()
{
    const QByteArray body
        = R"({"n":"pageview","u":"https://example.com/blog?utm_source=x","d":"example.com","r":null,"w":1280,"p":"{\"plan\":\"pro\"}"})";
    ParsedBatch batch;
    WireError error;
    QVERIFY2(parsePlausibleEvent(body, &batch, &error), qPrintable(error.message));
    QCOMPARE(batch.hits.size(), 1);
    QCOMPARE(batch.hits.first().props, props({{"plan", "pro"}}));
}

void TestWireFormat::plausibleLongNames()
{
    const QByteArray body = R"({"name":"Signup","url":"https://example.com/join",
        "domain":"example.com","referrer":"https://news.ycombinator.com/",
        "props":{"plan":"pro","seats":2},"interactive":false})";
    ParsedBatch batch;
    WireError error;
    QVERIFY2(parsePlausibleEvent(body, &batch, &error), qPrintable(error.message));
    QCOMPARE(batch.siteKey, QStringLiteral("example.com"));
    const Hit &hit = batch.hits.first();
    QCOMPARE(hit.kind, EventKind::Custom);
    QCOMPARE(hit.name, QStringLiteral("Signup"));
    QCOMPARE(hit.url, QStringLiteral("https://example.com/join"));
    QCOMPARE(hit.referrer, QStringLiteral("https://news.ycombinator.com/"));
    QCOMPARE(hit.props, props({{"plan", "pro"}, {"seats", "2"}}));
    QVERIFY(!hit.interactive);
    QCOMPARE(hit.screenWidth, 0);
}

void TestWireFormat::plausibleDomainList()
{
    const QByteArray body
        = R"({"n":"pageview","u":"https://example.com/","d":"example.com, rollup.example ,,all.example"})";
    ParsedBatch batch;
    WireError error;
    QVERIFY2(parsePlausibleEvent(body, &batch, &error), qPrintable(error.message));
    QCOMPARE(batch.siteKey, QStringLiteral("example.com"));
    QCOMPARE(batch.extraDomains,
             QStringList({QStringLiteral("rollup.example"), QStringLiteral("all.example")}));
    QCOMPARE(batch.hits.size(), 1);
}

void TestWireFormat::plausibleCustomEvent()
{
    const QByteArray body
        = R"({"n":"Outbound Link: Click","u":"https://example.com/","d":"example.com","r":"https://t.co/x","w":390,"p":{"url":"https://github.com/"},"i":true})";
    ParsedBatch batch;
    WireError error;
    QVERIFY2(parsePlausibleEvent(body, &batch, &error), qPrintable(error.message));
    const Hit &hit = batch.hits.first();
    QCOMPARE(hit.kind, EventKind::Custom);
    QCOMPARE(hit.name, QStringLiteral("Outbound Link: Click"));
    QCOMPARE(hit.referrer, QStringLiteral("https://t.co/x"));
    QCOMPARE(hit.props, props({{"url", "https://github.com/"}}));
    QVERIFY(hit.interactive);
    QCOMPARE(hit.screenWidth, 390);
}

void TestWireFormat::plausibleEngagement()
{
    ParsedBatch batch;
    WireError error;
    const QByteArray body2
        = R"({"n":"engagement","u":"https://example.com/a","d":"example.com","e":15300,"sd":80})";
    QVERIFY2(parsePlausibleEvent(body2, &batch, &error), qPrintable(error.message));
    Hit hit = batch.hits.first();
    QCOMPARE(hit.kind, EventKind::Engagement);
    QVERIFY(hit.name.isEmpty());
    QVERIFY(!hit.interactive); // engagement pings never end a bounce by default
    QVERIFY(hit.hasValue);
    QCOMPARE(hit.value, 15300.0);

    const QByteArray body3
        = R"({"name":"engagement","url":"https://example.com/a","domain":"example.com","engagement_time":10,"interactive":true})";
    QVERIFY2(parsePlausibleEvent(body3, &batch, &error), qPrintable(error.message));
    hit = batch.hits.first();
    QCOMPARE(hit.value, 10.0);
    QVERIFY(hit.interactive);

    const QByteArray body4 = R"({"n":"engagement","u":"https://example.com/a","d":"example.com"})";
    QVERIFY(parsePlausibleEvent(body4, &batch, &error));
    QVERIFY(!batch.hits.first().hasValue);
}

void TestWireFormat::plausibleHashMode()
{
    ParsedBatch batch;
    WireError error;
    const QByteArray body5
        = R"({"n":"pageview","u":"https://example.com/app#/settings","d":"example.com","h":1})";
    QVERIFY(parsePlausibleEvent(body5, &batch, &error));
    QVERIFY(batch.hits.first().hashMode);
    QCOMPARE(batch.hits.first().url, QStringLiteral("https://example.com/app#/settings"));
    const QByteArray body6
        = R"({"n":"pageview","u":"https://example.com/app#/settings","d":"example.com","h":0})";
    QVERIFY(parsePlausibleEvent(body6, &batch, &error));
    QVERIFY(!batch.hits.first().hashMode);
    const QByteArray body7
        = R"({"n":"pageview","u":"https://example.com/","d":"example.com","h":true})";
    QVERIFY(parsePlausibleEvent(body7, &batch, &error));
    QVERIFY(batch.hits.first().hashMode);
}

void TestWireFormat::plausibleVitals_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("props object") << QByteArray(
        R"({"n":"vitals","u":"https://example.com/","d":"example.com","p":{"LCP":2500,"cls":0.1}})");
    QTest::newRow("props string") << QByteArray(
        R"({"n":"vitals","u":"https://example.com/","d":"example.com","p":"{\"LCP\":\"2500\",\"CLS\":0.1}"})");
    QTest::newRow("metrics object") << QByteArray(
        R"({"n":"vitals","u":"https://example.com/","d":"example.com","metrics":{"lcp":2500,"Cls":0.1},"p":{"ignored":"x"}})");
}

void TestWireFormat::plausibleVitals()
{
    QFETCH(QByteArray, body);
    ParsedBatch batch;
    WireError error;
    QVERIFY2(parsePlausibleEvent(body, &batch, &error), qPrintable(error.message));
    QCOMPARE(batch.hits.size(), 2);
    QMap<QString, double> values;
    for (const Hit &hit : std::as_const(batch.hits)) {
        QCOMPARE(hit.kind, EventKind::Vitals);
        QVERIFY(hit.hasValue);
        QVERIFY(!hit.interactive);
        QCOMPARE(hit.url, QStringLiteral("https://example.com/"));
        QVERIFY(hit.props.isEmpty());
        values.insert(hit.name, hit.value);
    }
    const QMap<QString, double> expected
        = {{QStringLiteral("LCP"), 2500}, {QStringLiteral("CLS"), 0.1}};
    QCOMPARE(values, expected);
}

void TestWireFormat::plausibleRevenue()
{
    ParsedBatch batch;
    WireError error;
    const QByteArray body8
        = R"({"n":"Purchase","u":"https://example.com/","d":"example.com","p":{"plan":"pro"},"$":{"amount":"12.50","currency":"eur"}})";
    QVERIFY2(parsePlausibleEvent(body8, &batch, &error), qPrintable(error.message));
    QCOMPARE(batch.hits.first().props,
             props({{"plan", "pro"}, {"revenue_amount", "12.50"}, {"revenue_currency", "EUR"}}));
    const QByteArray body9
        = R"({"n":"Purchase","u":"https://example.com/","d":"example.com","revenue":{"amount":99,"currency":"USD"}})";
    QVERIFY2(parsePlausibleEvent(body9, &batch, &error), qPrintable(error.message));
    QCOMPARE(batch.hits.first().props,
             props({{"revenue_amount", "99"}, {"revenue_currency", "USD"}}));
}

void TestWireFormat::plausibleRejects_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("needle");
    const auto row = [](const char *tag, const QByteArray &body, int status, const char *needle) {
        QTest::newRow(tag) << body << status << QString::fromUtf8(needle);
    };
    row("missing name", R"({"u":"https://a.b/","d":"a.b"})", 400, "missing field 'n' (or 'name')");
    row("empty name", R"({"n":"","u":"https://a.b/","d":"a.b"})", 400, "missing field 'n'");
    row("name not a string", R"({"name":1,"u":"https://a.b/","d":"a.b"})", 400,
        "field 'name' must be a string");
    row("name too long", R"({"n":")" + QByteArray(121, 'n') + R"(","u":"https://a.b/","d":"a.b"})",
        400, "field 'n' is too long (121 characters; the limit is 120)");
    row("missing url", R"({"n":"pageview","d":"a.b"})", 400, "missing field 'u' (or 'url')");
    row("url too long",
        R"({"n":"pageview","url":"https://a.b/)" + QByteArray(2000, 'x') + R"(","d":"a.b"})", 400,
        "field 'url' is too long");
    row("missing domain", R"({"n":"pageview","u":"https://a.b/"})", 400,
        "missing field 'd' (or 'domain')");
    row("only commas", R"({"n":"pageview","u":"https://a.b/","d":" , "})", 400,
        "missing field 'd'");
    row("domain too long",
        R"({"n":"pageview","u":"https://a.b/","d":"a.b,)" + QByteArray(254, 'd') + R"("})", 400,
        "is too long (254 characters; the limit is 253)");
    row("referrer not a string", R"({"n":"pageview","u":"https://a.b/","d":"a.b","r":{}})", 400,
        "field 'r' must be a string");
    row("props array", R"({"n":"x","u":"https://a.b/","d":"a.b","p":[1]})", 400,
        "field 'p' must be an object");
    row("props string not json", R"({"n":"x","u":"https://a.b/","d":"a.b","p":"plan=pro"})", 400,
        "field 'p' must be an object (or a JSON-encoded object)");
    row("props string array", R"({"n":"x","u":"https://a.b/","d":"a.b","props":"[1]"})", 400,
        "field 'props' must be an object");
    row("props number", R"({"n":"x","u":"https://a.b/","d":"a.b","p":5})", 400,
        "field 'p' must be an object");
    row("too many props", repeatedProps(31), 400, "field 'p' has 31 properties; the limit is 30");
    row("nested prop", R"({"n":"x","u":"https://a.b/","d":"a.b","p":"{\"a\":{\"b\":1}}"})", 400,
        "property 'a' must be a string, number or boolean");
    row("prop key too long",
        R"({"n":"x","u":"https://a.b/","d":"a.b","p":{")" + QByteArray(121, 'k') + R"(":"v"}})",
        400, "is too long (121 characters; the limit is 120)");
    row("prop value too long",
        R"({"n":"x","u":"https://a.b/","d":"a.b","p":{"k":")" + QByteArray(2001, 'v') + R"("}})",
        400, "value of property 'k' is too long (2001 characters; the limit is 2000)");
    row("empty prop key", R"({"n":"x","u":"https://a.b/","d":"a.b","p":{"":"v"}})", 400,
        "a property key is empty");
    row("screen width string", R"({"n":"pageview","u":"https://a.b/","d":"a.b","w":"1280"})", 400,
        "field 'w' must be a non-negative integer");
    row("hash flag string", R"({"n":"pageview","u":"https://a.b/","d":"a.b","h":"yes"})", 400,
        "field 'h' must be a boolean");
    row("interactive number", R"({"n":"x","u":"https://a.b/","d":"a.b","i":2})", 400,
        "field 'i' must be a boolean");
    row("engagement time string", R"({"n":"engagement","u":"https://a.b/","d":"a.b","e":"long"})",
        400, "field 'e' must be a number");
    row("vitals without metrics", R"({"n":"vitals","u":"https://a.b/","d":"a.b"})", 400,
        "field 'p' has no metrics");
    row("vitals unknown metric", R"({"n":"vitals","u":"https://a.b/","d":"a.b","p":{"FID":3}})",
        400, "unknown Web Vitals metric 'FID'");
    row("vitals bad value", R"({"n":"vitals","u":"https://a.b/","d":"a.b","p":{"LCP":"fast"}})",
        400, "metric 'LCP' must be a finite non-negative number");
    row("vitals negative", R"({"n":"vitals","u":"https://a.b/","d":"a.b","metrics":{"INP":-3}})",
        400, "metric 'INP' must be a finite non-negative number");
    row("vitals metrics array", R"({"n":"vitals","u":"https://a.b/","d":"a.b","metrics":[1]})", 400,
        "field 'metrics' must be an object");
    row("url with NUL", R"({"n":"pageview","u":"https://a.b/x\u0000y","d":"a.b"})", 400,
        "field 'u' contains a control character (U+0000)");
    row("referrer with escape",
        R"({"n":"pageview","u":"https://a.b/","d":"a.b","r":"https://c.d/\u001b"})", 400,
        "field 'r' contains a control character (U+001B)");
    row("name with NUL", R"({"n":"Sign\u0000up","u":"https://a.b/","d":"a.b"})", 400,
        "field 'n' contains a control character (U+0000)");
    row("domain with control", R"({"n":"pageview","u":"https://a.b/","d":"a.b\u0007"})", 400,
        "field 'd' contains a control character (U+0007)");
    row("prop key with NUL in a props string",
        R"({"n":"x","u":"https://a.b/","d":"a.b","p":"{\"k\\u0000\":\"v\"}"})", 400,
        "contains a control character (U+0000)");
    row("relative url", R"({"n":"pageview","u":"/pricing","d":"a.b"})", 400,
        "field 'u' must be an absolute http(s) URL");
    row("javascript url", R"x({"n":"pageview","url":"javascript:void(0)","d":"a.b"})x", 400,
        "field 'url' must be an absolute http(s) URL");
    row("url without host", R"({"n":"pageview","u":"https:///x","d":"a.b"})", 400,
        "field 'u' must be an absolute http(s) URL");
    row("revenue without currency",
        R"({"n":"Purchase","u":"https://a.b/","d":"a.b","$":{"amount":5}})", 400,
        "field '$' must have a numeric 'amount' and a three-letter 'currency'");
    row("revenue bad amount",
        R"({"n":"Purchase","u":"https://a.b/","d":"a.b","revenue":{"amount":"lots","currency":"EUR"}})",
        400, "field 'revenue' must have a numeric 'amount'");
}

void TestWireFormat::plausibleRejects()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, needle);
    ParsedBatch batch;
    WireError error;
    QVERIFY(!parsePlausibleEvent(body, &batch, &error));
    QCOMPARE(error.status, status);
    QVERIFY2(error.message.contains(needle), qPrintable(error.message));
}
