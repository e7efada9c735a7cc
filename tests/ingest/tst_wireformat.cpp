#include "common/wirebodies.h"
#include "ingest/wireformat.h"

#include <QElapsedTimer>
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

class TestWireFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Traytic /collect
    void collectBatch();
    void collectVitalsMetrics();
    void collectNumericSiteId();
    void collectRejects_data();
    void collectRejects();
    void collectMaxEvents();

    // Plausible /api/event
    void plausibleTrackerPageview();
    void plausibleTrackerPropsString();
    void plausibleLongNames();
    void plausibleDomainList();
    void plausibleCustomEvent();
    void plausibleEngagement();
    void plausibleHashMode();
    void plausibleVitals_data();
    void plausibleVitals();
    void plausibleRevenue();
    void plausibleRejects_data();
    void plausibleRejects();

    // Shared body checks
    void bodyRejects_data();
    void bodyRejects();

    // The JSON layer's own edge cases and the parse benchmark: tst_jsonreader.cpp.
};

void TestWireFormat::collectBatch()
{
    const QByteArray body = R"({"siteId":"site-1","events":[
        {"type":"pageview","url":"https://example.com/a","referrer":"https://google.com/",
         "screenWidth":1280},
        {"type":"event","name":"signup","url":"https://example.com/a",
         "props":{"plan":"pro","seats":3,"trial":true,"ratio":0.5,"none":null},"value":49.5,
         "screen":390},
        {"type":"vitals","name":"lcp","value":1234.5,"url":"https://example.com/a"},
        {"type":"event","name":"scrolled","interactive":false}
    ]})";
    ParsedBatch batch;
    WireError error;
    QVERIFY2(parseCollectBatch(body, &batch, &error), qPrintable(error.message));
    QCOMPARE(batch.siteKey, QStringLiteral("site-1"));
    QVERIFY(batch.extraDomains.isEmpty());
    QCOMPARE(batch.hits.size(), 4);

    const Hit &pv = batch.hits.at(0);
    QCOMPARE(pv.kind, EventKind::Pageview);
    QCOMPARE(pv.url, QStringLiteral("https://example.com/a"));
    QCOMPARE(pv.referrer, QStringLiteral("https://google.com/"));
    QCOMPARE(pv.screenWidth, 1280);
    QVERIFY(pv.name.isEmpty());
    QVERIFY(pv.props.isEmpty());
    QVERIFY(!pv.hasValue);
    QVERIFY(pv.interactive);
    // The caller fills these from the request.
    QCOMPARE(pv.siteId, 0);
    QCOMPARE(pv.timestampMs, 0);
    QVERIFY(pv.ip.isNull());
    QVERIFY(pv.userAgent.isEmpty());

    const Hit &ev = batch.hits.at(1);
    QCOMPARE(ev.kind, EventKind::Custom);
    QCOMPARE(ev.name, QStringLiteral("signup"));
    // QJsonObject iterates keys sorted; null values are dropped, scalars become strings.
    QCOMPARE(ev.props,
             props({{"plan", "pro"}, {"ratio", "0.5"}, {"seats", "3"}, {"trial", "true"}}));
    QVERIFY(ev.hasValue);
    QCOMPARE(ev.value, 49.5);
    QCOMPARE(ev.screenWidth, 390);
    QVERIFY(ev.referrer.isEmpty());

    const Hit &vital = batch.hits.at(2);
    QCOMPARE(vital.kind, EventKind::Vitals);
    QCOMPARE(vital.name, QStringLiteral("LCP"));
    QVERIFY(vital.hasValue);
    QCOMPARE(vital.value, 1234.5);
    QVERIFY(!vital.interactive);
    QCOMPARE(vital.url, QStringLiteral("https://example.com/a"));

    const Hit &quiet = batch.hits.at(3);
    QCOMPARE(quiet.kind, EventKind::Custom);
    QVERIFY(!quiet.interactive);
    QVERIFY(quiet.url.isEmpty());
}

void TestWireFormat::collectVitalsMetrics()
{
    const QByteArray body = R"({"siteId":"s","events":[{"type":"vitals",
        "url":"https://example.com/","metrics":{"lcp":2500,"CLS":0.05,"Inp":180,"ttfb":90,
        "fcp":1200}}]})";
    ParsedBatch batch;
    WireError error;
    QVERIFY2(parseCollectBatch(body, &batch, &error), qPrintable(error.message));
    QCOMPARE(batch.hits.size(), 5);
    QMap<QString, double> values;
    for (const Hit &hit : std::as_const(batch.hits)) {
        QCOMPARE(hit.kind, EventKind::Vitals);
        QVERIFY(hit.hasValue);
        QCOMPARE(hit.url, QStringLiteral("https://example.com/"));
        values.insert(hit.name, hit.value);
    }
    const QMap<QString, double> expected = {{QStringLiteral("LCP"), 2500},
                                            {QStringLiteral("CLS"), 0.05},
                                            {QStringLiteral("INP"), 180},
                                            {QStringLiteral("TTFB"), 90},
                                            {QStringLiteral("FCP"), 1200}};
    QCOMPARE(values, expected);
}

void TestWireFormat::collectNumericSiteId()
{
    ParsedBatch batch;
    WireError error;
    const QByteArray body1 = R"({"siteId":42,"events":[{"type":"pageview","url":"https://a.b/"}]})";
    QVERIFY2(parseCollectBatch(body1, &batch, &error), qPrintable(error.message));
    QCOMPARE(batch.siteKey, QStringLiteral("42"));
}

void TestWireFormat::collectRejects_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("needle"); // the message must name the problem

    const auto row = [](const char *tag, const QByteArray &body, int status, const char *needle) {
        QTest::newRow(tag) << body << status << QString::fromUtf8(needle);
    };
    const QByteArray pv = R"({"type":"pageview","url":"https://example.com/"})";
    row("missing siteId", R"({"events":[)" + pv + "]}", 400, "missing field 'siteId'");
    row("empty siteId", R"({"siteId":"","events":[)" + pv + "]}", 400, "missing field 'siteId'");
    row("siteId not a string", R"({"siteId":["x"],"events":[)" + pv + "]}", 400,
        "field 'siteId' must be a string");
    row("siteId too long", R"({"siteId":")" + QByteArray(300, 'a') + R"(","events":[)" + pv + "]}",
        400, "field 'siteId' is too long");
    row("missing events", R"({"siteId":"s"})", 400, "missing field 'events'");
    row("events not an array", R"({"siteId":"s","events":{}})", 400,
        "field 'events' must be an array");
    row("events empty", R"({"siteId":"s","events":[]})", 400, "field 'events' is empty");
    row("event not an object", traytic({5}), 400, "events[0]: must be an object");
    row("missing type", R"({"siteId":"s","events":[{"url":"https://a.b/"}]})", 400,
        "events[0]: missing field 'type'");
    row("unknown type", R"({"siteId":"s","events":[)" + pv + R"(,{"type":"click"}]})", 400,
        "events[1]: unknown type 'click'");
    row("type not a string", R"({"siteId":"s","events":[{"type":1}]})", 400, "unknown type");
    row("pageview without url", R"({"siteId":"s","events":[{"type":"pageview"}]})", 400,
        "events[0]: missing field 'url'");
    row("url not a string", R"({"siteId":"s","events":[{"type":"pageview","url":7}]})", 400,
        "field 'url' must be a string");
    row("url too long",
        R"({"siteId":"s","events":[{"type":"pageview","url":"https://a.b/)" + QByteArray(2000, 'x')
            + R"("}]})",
        400, "field 'url' is too long");
    row("referrer too long",
        R"({"siteId":"s","events":[{"type":"pageview","url":"https://a.b/","referrer":"https://c.d/)"
            + QByteArray(2000, 'x') + R"("}]})",
        400, "field 'referrer' is too long");
    row("event without name", R"({"siteId":"s","events":[{"type":"event"}]})", 400,
        "events[0]: missing field 'name'");
    row("name too long",
        R"({"siteId":"s","events":[{"type":"event","name":")" + QByteArray(121, 'n') + R"("}]})",
        400, "field 'name' is too long");
    row("props not an object",
        R"({"siteId":"s","events":[{"type":"event","name":"x","props":"a"}]})", 400,
        "field 'props' must be an object");
    row("prop value object",
        R"({"siteId":"s","events":[{"type":"event","name":"x","props":{"a":{"b":1}}}]})", 400,
        "property 'a' must be a string, number or boolean");
    row("prop value array",
        R"({"siteId":"s","events":[{"type":"event","name":"x","props":{"a":[1]}}]})", 400,
        "property 'a' must be a string, number or boolean");
    row("prop key too long",
        R"({"siteId":"s","events":[{"type":"event","name":"x","props":{")" + QByteArray(121, 'k')
            + R"(":"v"}}]})",
        400, "property key 'kkkk");
    row("prop value too long",
        R"({"siteId":"s","events":[{"type":"event","name":"x","props":{"k":")"
            + QByteArray(2001, 'v') + R"("}}]})",
        400, "value of property 'k' is too long");
    row("value not a number",
        R"({"siteId":"s","events":[{"type":"event","name":"x","value":"1"}]})", 400,
        "field 'value' must be a number");
    row("screen width not a number",
        R"({"siteId":"s","events":[{"type":"pageview","url":"https://a.b/","screenWidth":"wide"}]})",
        400, "field 'screenWidth' must be a non-negative integer");
    row("screen width negative",
        R"({"siteId":"s","events":[{"type":"pageview","url":"https://a.b/","screen":-1}]})", 400,
        "field 'screen' must be a non-negative integer");
    row("screen width fractional",
        R"({"siteId":"s","events":[{"type":"pageview","url":"https://a.b/","screen":12.5}]})", 400,
        "field 'screen' must be a non-negative integer");
    row("interactive not a bool",
        R"({"siteId":"s","events":[{"type":"event","name":"x","interactive":"no"}]})", 400,
        "field 'interactive' must be a boolean");
    row("vitals unknown metric",
        R"({"siteId":"s","events":[{"type":"vitals","name":"FID","value":1}]})", 400,
        "unknown Web Vitals metric 'FID'");
    row("vitals negative", R"({"siteId":"s","events":[{"type":"vitals","name":"LCP","value":-1}]})",
        400, "metric 'LCP' must be a finite non-negative number");
    row("vitals value missing", R"({"siteId":"s","events":[{"type":"vitals","name":"LCP"}]})", 400,
        "field 'value' must be a number");
    row("vitals value string",
        R"({"siteId":"s","events":[{"type":"vitals","name":"cls","value":"x"}]})", 400,
        "field 'value' must be a number");
    row("vitals without name or metrics",
        R"({"siteId":"s","events":[{"type":"vitals","value":1}]})", 400,
        "missing field 'name' (or 'metrics')");
    row("vitals metrics not an object",
        R"({"siteId":"s","events":[{"type":"vitals","metrics":[1]}]})", 400,
        "field 'metrics' must be an object");
    row("vitals metrics empty", R"({"siteId":"s","events":[{"type":"vitals","metrics":{}}]})", 400,
        "field 'metrics' has no metrics");
    row("vitals metrics unknown",
        R"({"siteId":"s","events":[{"type":"vitals","metrics":{"lcp":1,"speed":2}}]})", 400,
        "unknown Web Vitals metric 'speed'");
    row("vitals metrics value not a number",
        R"({"siteId":"s","events":[{"type":"vitals","metrics":{"lcp":true}}]})", 400,
        "metric 'LCP' must be a finite non-negative number");
    // Issue 15: control characters have no place in paths, referrers, names or keys, and a
    // page URL must be an absolute http(s) URL: both were 2xx and stored (NUL in the path)
    // or silently dropped.
    row("url with NUL",
        R"({"siteId":"s","events":[{"type":"pageview","url":"https://a.b/x\u0000y"}]})", 400,
        "field 'url' contains a control character (U+0000)");
    row("url with newline",
        R"({"siteId":"s","events":[{"type":"pageview","url":"https://a.b/x\ny"}]})", 400,
        "field 'url' contains a control character (U+000A)");
    row("referrer with DEL",
        R"({"siteId":"s","events":[{"type":"pageview","url":"https://a.b/","referrer":"https://c.d/\u007f"}]})",
        400, "field 'referrer' contains a control character (U+007F)");
    row("name with tab", R"({"siteId":"s","events":[{"type":"event","name":"sign\tup"}]})", 400,
        "field 'name' contains a control character (U+0009)");
    row("prop key with control",
        R"({"siteId":"s","events":[{"type":"event","name":"x","props":{"a\u0001":"v"}}]})", 400,
        "a property key contains a control character (U+0001)");
    row("relative url", R"({"siteId":"s","events":[{"type":"pageview","url":"/pricing"}]})", 400,
        "field 'url' must be an absolute http(s) URL");
    row("javascript url",
        R"x({"siteId":"s","events":[{"type":"pageview","url":"javascript:alert(1)"}]})x", 400,
        "field 'url' must be an absolute http(s) URL");
    row("event with a relative url",
        R"({"siteId":"s","events":[{"type":"event","name":"x","url":"pricing"}]})", 400,
        "field 'url' must be an absolute http(s) URL");
    row("error names the event index",
        R"({"siteId":"s","events":[)" + pv + "," + pv + R"(,{"type":"pageview"}]})", 400,
        "events[2]:");
}

void TestWireFormat::collectRejects()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, needle);
    ParsedBatch batch;
    WireError error;
    QVERIFY(!parseCollectBatch(body, &batch, &error));
    QCOMPARE(error.status, status);
    QVERIFY2(error.message.contains(needle), qPrintable(error.message));
}

void TestWireFormat::collectMaxEvents()
{
    QJsonArray events;
    const QJsonObject pv {{QStringLiteral("type"), QStringLiteral("pageview")},
                          {QStringLiteral("url"), QStringLiteral("https://a.b/")}};
    for (qsizetype i = 0; i < Limits::MaxEventsPerBatch; ++i)
        events.append(pv);
    ParsedBatch batch;
    WireError error;
    QVERIFY2(parseCollectBatch(traytic(events), &batch, &error), qPrintable(error.message));
    QCOMPARE(batch.hits.size(), Limits::MaxEventsPerBatch);

    events.append(pv);
    QVERIFY(!parseCollectBatch(traytic(events), &batch, &error));
    QCOMPARE(error.status, 413);
    QVERIFY2(error.message.contains(QLatin1String("'events' has 101 events; the limit is 100")),
             qPrintable(error.message));
}

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

void TestWireFormat::bodyRejects_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("needle");
    QTest::newRow("empty") << QByteArray() << 400 << QStringLiteral("request body is empty");
    QTest::newRow("not json") << QByteArray("n=pageview&u=x") << 400
                              << QStringLiteral("request body is not valid JSON");
    QTest::newRow("truncated json")
        << QByteArray(R"({"n":"pageview")") << 400 << QStringLiteral("not valid JSON");
    QTest::newRow("array") << QByteArray("[1,2]") << 400
                           << QStringLiteral("request body must be a JSON object");
    // Qt 6.4 refuses top-level scalars as invalid JSON; either way it is a 400.
    QTest::newRow("string") << QByteArray(R"("hello")") << 400 << QStringLiteral("request body");
    QByteArray huge = R"({"n":"pageview","u":"https://a.b/","d":"a.b","p":{"k":")";
    huge += QByteArray(Limits::MaxBodyBytes, 'x');
    huge += R"("}})";
    QTest::newRow("too large")
        << huge << 413 << QStringLiteral("bytes; the limit is %1").arg(Limits::MaxBodyBytes);
}

void TestWireFormat::bodyRejects()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, needle);
    ParsedBatch batch;
    WireError error;
    QVERIFY(!parsePlausibleEvent(body, &batch, &error));
    QCOMPARE(error.status, status);
    QVERIFY2(error.message.contains(needle), qPrintable(error.message));
    error = WireError();
    QVERIFY(!parseCollectBatch(body, &batch, &error));
    QCOMPARE(error.status, status);
    QVERIFY2(error.message.contains(needle), qPrintable(error.message));
}

QTEST_GUILESS_MAIN(TestWireFormat)
#include "tst_wireformat.moc"
