// The JSON layer under the wire formats (ingest/jsonreader, on simdjson): syntax errors,
// numbers, repeated keys, tolerated string quirks, nesting, and an informational
// parse benchmark. The wire formats' own rules are in tst_wireformat.cpp.

#include "common/wirebodies.h"
#include "ingest/jsonreader.h"
#include "ingest/wireformat.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace raycstr;
using namespace raycstr::testing;

class TestJsonReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonSyntaxRejects_data();
    void jsonSyntaxRejects();
    void jsonNumbers();
    void jsonScreenWidthRejects_data();
    void jsonScreenWidthRejects();
    void jsonDuplicateKeys();
    void jsonLenientStrings();
    void jsonNestingInProps();
    void emptyFirstDocument();
    void benchmarkParse();
};

void TestJsonReader::jsonSyntaxRejects_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("reason"); // what the message adds to "not valid JSON", if pinned
    const auto row = [](const char *tag, const QByteArray &body, const char *reason = "") {
        QTest::newRow(tag) << body << QString::fromUtf8(reason);
    };
    const QByteArray head = R"({"n":"pageview","u":"https://a.b/","d":"a.b")";
    row("invalid UTF-8 in a string",
        "{\"n\":\"pageview\",\"u\":\"https://a.b/\xff\",\"d\":\"a.b\"}", "invalid UTF8");
    row("invalid UTF-8 in a key", head + ",\"\xc3\":1}", "invalid UTF8");
    row("overlong UTF-8", "{\"n\":\"pageview\",\"u\":\"https://a.b/\xc0\xaf\",\"d\":\"a.b\"}",
        "invalid UTF8");
    row("UTF-8 encoded surrogate",
        "{\"n\":\"pageview\",\"u\":\"https://a.b/\xed\xa0\x80\",\"d\":\"a.b\"}", "invalid UTF8");
    row("truncated UTF-8 sequence",
        "{\"n\":\"pageview\",\"u\":\"https://a.b/\",\"d\":\"a.b\xe2\x82\"}", "invalid UTF8");
    row("garbage after the object", head + "} x");
    row("second document", head + "}{}");
    row("NUL after the object", QByteArray(head + "}").append('\0'));
    row("trailing comma", head + ",}");
    row("missing colon", head + R"(,"w" 5})");
    row("single quotes", "{'n':'pageview'}");
    row("whitespace only", " \n\t ");
    row("bad literal", head + R"(,"h":tru})", "illegal value");
    row("short unicode escape", R"({"n":"page\u12","u":"https://a.b/","d":"a.b"})");
    row("number overflow", head + R"(,"w":1e400})", "illegal number");
    row("leading zero", head + R"(,"w":0123})");
    row("hex number", head + R"(,"w":0x10})");
    row("NaN", head + R"(,"w":NaN})");
    row("deep nesting in an unknown field",
        head + R"(,"x":)" + QByteArray(2000, '[') + QByteArray(2000, ']') + "}",
        "too deeply nested");
    row("deep unclosed nesting", head + R"(,"x":)" + QByteArray(60000, '['));
}

void TestJsonReader::jsonSyntaxRejects()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, reason);
    ParsedBatch batch;
    WireError error;
    QVERIFY(!parsePlausibleEvent(body, &batch, &error));
    QCOMPARE(error.status, 400);
    QVERIFY2(error.message.startsWith(QLatin1String("request body is not valid JSON")),
             qPrintable(error.message));
    QVERIFY2(error.message.contains(reason), qPrintable(error.message));
    error = WireError();
    QVERIFY(!parseCollectBatch(body, &batch, &error));
    QCOMPARE(error.status, 400);
    QVERIFY2(error.message.startsWith(QLatin1String("request body is not valid JSON")),
             qPrintable(error.message));
}

void TestJsonReader::jsonNumbers()
{
    // Every number is a double, as it was with QJsonValue; props show integral ones without a
    // decimal point and the rest in the shortest form that reads back the same.
    const QByteArray body
        = R"({"n":"x","u":"https://a.b/","d":"a.b","p":{"a":3,"b":0.5,"c":-0.0,"d":1e21,"e":1e-7,"f":123e-2,"g":9007199254740993,"h":18446744073709551615,"i":-9223372036854775809,"j":123456789012345678901234567890,"k":0.30000000000000004,"l":-17}})";
    ParsedBatch batch;
    WireError error;
    QVERIFY2(parsePlausibleEvent(body, &batch, &error), qPrintable(error.message));
    QCOMPARE(batch.hits.first().props,
             props({{"a", "3"},
                    {"b", "0.5"},
                    {"c", "0"},
                    {"d", "1e+21"},
                    {"e", "1e-07"},
                    {"f", "1.23"},
                    {"g", "9007199254740992"},
                    {"h", "18446744073709552000"},
                    {"i", "-9223372036854776000"},
                    {"j", "1.2345678901234568e+29"},
                    {"k", "0.30000000000000004"},
                    {"l", "-17"}}));

    // Exponents in numeric fields; -0 is 0 (Qt stored integral doubles as integers).
    const QByteArray collect
        = R"({"siteId":4.2e1,"events":[{"type":"event","url":"https://a.b/","name":"x","value":1.5e3,"screen":1E3},{"type":"event","url":"https://a.b/","name":"y","value":-0.0},{"type":"vitals","url":"https://a.b/","name":"CLS","value":5e-2}]})";
    QVERIFY2(parseCollectBatch(collect, &batch, &error), qPrintable(error.message));
    QCOMPARE(batch.siteKey, QStringLiteral("42"));
    QCOMPARE(batch.hits.size(), 3);
    QCOMPARE(batch.hits.at(0).value, 1500.0);
    QCOMPARE(batch.hits.at(0).screenWidth, 1000);
    QCOMPARE(batch.hits.at(1).value, 0.0);
    QVERIFY(!std::signbit(batch.hits.at(1).value));
    QCOMPARE(batch.hits.at(2).value, 0.05);

    const QByteArray engagement
        = R"({"n":"engagement","u":"https://a.b/","d":"a.b","e":2.5E+4,"w":1.28e3})";
    QVERIFY2(parsePlausibleEvent(engagement, &batch, &error), qPrintable(error.message));
    QCOMPARE(batch.hits.first().value, 25000.0);
    QCOMPARE(batch.hits.first().screenWidth, 1280);
}

void TestJsonReader::jsonScreenWidthRejects_data()
{
    QTest::addColumn<QByteArray>("width");
    QTest::newRow("above the limit") << QByteArray("100001");
    QTest::newRow("beyond 32 bits") << QByteArray("4294967296");
    QTest::newRow("largest unsigned 64-bit") << QByteArray("18446744073709551615");
    QTest::newRow("beyond 64 bits") << QByteArray("123456789012345678901234567890");
    QTest::newRow("beyond 64 bits, negative") << QByteArray("-123456789012345678901234567890");
    QTest::newRow("exponent") << QByteArray("1e300");
    QTest::newRow("tiny fraction") << QByteArray("1e-300");
}

void TestJsonReader::jsonScreenWidthRejects()
{
    QFETCH(QByteArray, width);
    ParsedBatch batch;
    WireError error;
    const QByteArray body = R"({"n":"pageview","u":"https://a.b/","d":"a.b","w":)" + width + "}";
    QVERIFY(!parsePlausibleEvent(body, &batch, &error));
    QCOMPARE(error.status, 400);
    QVERIFY2(error.message.contains(QLatin1String("field 'w' must be a non-negative integer")),
             qPrintable(error.message));
    const QByteArray collect
        = R"({"siteId":"s","events":[{"type":"pageview","url":"https://a.b/","screen":)" + width
        + "}]}";
    QVERIFY(!parseCollectBatch(collect, &batch, &error));
    QVERIFY2(error.message.contains(QLatin1String("events[0]: field 'screen' must be a "
                                                  "non-negative integer")),
             qPrintable(error.message));
}

void TestJsonReader::jsonDuplicateKeys()
{
    // As QJsonObject: a repeated key keeps its last value, also when spelled with escapes,
    // and props come sorted by key.
    ParsedBatch batch;
    WireError error;
    const QByteArray body
        = R"({"n":"first","u":"https://a.b/","d":"a.b","n":"second","p":{"b":"1","a":"2","a":"3","\u0061":"4"}})";
    QVERIFY2(parsePlausibleEvent(body, &batch, &error), qPrintable(error.message));
    QCOMPARE(batch.hits.first().name, QStringLiteral("second"));
    QCOMPARE(batch.hits.first().props, props({{"a", "4"}, {"b", "1"}}));

    // The props limit counts distinct keys.
    QByteArray many = R"({"n":"x","u":"https://a.b/","d":"a.b","p":{"k0":"first")";
    for (int i = 0; i < Limits::MaxProps; ++i)
        many += ",\"k" + QByteArray::number(i) + "\":\"v\"";
    many += "}}";
    QVERIFY2(parsePlausibleEvent(many, &batch, &error), qPrintable(error.message));
    QCOMPARE(batch.hits.first().props.size(), Limits::MaxProps);
    QCOMPARE(batch.hits.first().props.first(),
             (Property {QStringLiteral("k0"), QStringLiteral("v")}));

    // Repeated events fields: the last wins there too.
    const QByteArray collect
        = R"({"siteId":"a","events":[{"type":"event","type":"pageview","url":"https://a.b/1","url":"https://a.b/2"}],"siteId":"b"})";
    QVERIFY2(parseCollectBatch(collect, &batch, &error), qPrintable(error.message));
    QCOMPARE(batch.siteKey, QStringLiteral("b"));
    QCOMPARE(batch.hits.first().kind, EventKind::Pageview);
    QCOMPARE(batch.hits.first().url, QStringLiteral("https://a.b/2"));
}

void TestJsonReader::jsonLenientStrings()
{
    ParsedBatch batch;
    WireError error;

    // A lone surrogate, as JSON.stringify writes a string cut inside an emoji: accepted as
    // before, the surrogate replaced by U+FFFD (also inside the JSON-encoded props).
    const QByteArray lone
        = R"({"n":"x","u":"https://a.b/\ud83d","d":"a.b","p":"{\"t\":\"ab\\ud83d\",\"s\":\"\\ud83d\\ude00\"}"})";
    QVERIFY2(parsePlausibleEvent(lone, &batch, &error), qPrintable(error.message));
    QCOMPARE(batch.hits.first().url, QStringLiteral("https://a.b/\uFFFD"));
    QCOMPARE(batch.hits.first().props,
             QList<Property>({{QStringLiteral("s"), QStringLiteral("\U0001F600")},
                              {QStringLiteral("t"), QStringLiteral("ab\uFFFD")}}));

    // Raw control characters and unknown escapes, which Qt's parser let through (hand-made
    // JSON): the parser reads them; a property value keeps them (ingest/inputrules.h)…
    const QByteArray sloppy
        = "{\"n\":\"x\",\"u\":\"https://a.b/q\",\"d\":\"a.b\",\"r\":\"https://c.d/\\'x\\'\","
          "\"p\":{\"k\":\"line1\nline2\tend\"}}";
    QVERIFY2(parsePlausibleEvent(sloppy, &batch, &error), qPrintable(error.message));
    QCOMPARE(batch.hits.first().url, QStringLiteral("https://a.b/q"));
    QCOMPARE(batch.hits.first().referrer, QStringLiteral("https://c.d/'x'"));
    QCOMPARE(batch.hits.first().props, props({{"k", "line1\nline2\tend"}}));
    // …but a URL refuses them (issue 15: a raw tab used to be stored in the path).
    QVERIFY(!parsePlausibleEvent("{\"n\":\"x\",\"u\":\"https://a.b/\tq\",\"d\":\"a.b\"}", &batch,
                                 &error));
    QVERIFY2(error.message.contains(QLatin1String("control character (U+0009)")),
             qPrintable(error.message));

    // A byte order mark before the object, and an escaped NUL kept as a character.
    const QByteArray bom = "\xEF\xBB\xBF{\"n\":\"x\",\"u\":\"https://a.b/"
                           "\",\"d\":\"a.b\",\"p\":{\"k\":\"a\\u0000b\"}}";
    QVERIFY2(parsePlausibleEvent(bom, &batch, &error), qPrintable(error.message));
    QCOMPARE(batch.hits.first().props.first().value, QStringView(u"a\0b", 3).toString());

    // Non-ASCII text round-trips, escaped or not.
    const QByteArray utf8 = R"({"n":"Café \u00e9","u":"https://a.b/ü","d":"a.b"})";
    QVERIFY2(parsePlausibleEvent(utf8, &batch, &error), qPrintable(error.message));
    QCOMPARE(batch.hits.first().name, QStringLiteral("Café é"));
    QCOMPARE(batch.hits.first().url, QStringLiteral("https://a.b/ü"));
}

void TestJsonReader::jsonNestingInProps()
{
    // Nesting within the parser's depth limit reaches the props check and its message.
    ParsedBatch batch;
    WireError error;
    const QByteArray body = R"({"n":"x","u":"https://a.b/","d":"a.b","p":{"a":)"
        + QByteArray(500, '[') + QByteArray(500, ']') + "}}";
    QVERIFY(!parsePlausibleEvent(body, &batch, &error));
    QVERIFY2(error.message.contains(QLatin1String("property 'a' must be a string, number or "
                                                  "boolean")),
             qPrintable(error.message));
}

void TestJsonReader::emptyFirstDocument()
{
    // Found by fuzz_jsonreader: an empty body as a Document's first input wrote the padding
    // through a buffer that was never allocated (a segfault in the collector's thread).
    json::Document document;
    QString error;
    QVERIFY(!document.parse(std::string_view(), &error));
    QCOMPARE(error, QStringLiteral("no value"));
    QVERIFY2(document.parse(R"({"a":1})", &error), qPrintable(error));
    QCOMPARE(json::Value(document.root()).toObject().value(QLatin1String("a")).toDouble(), 1.0);
}

void TestJsonReader::benchmarkParse()
{
    // What Plausible's tracker sends for a pageview with custom props (~250 bytes).
    const QByteArray plausible
        = R"({"n":"pageview","u":"https://example.com/blog/2024/05/how-we-cut-our-bundle-size?utm_source=newsletter&utm_medium=email","d":"example.com","r":"https://www.google.com/","w":1440,"h":0,"p":"{\"author\":\"jane\",\"plan\":\"pro\"}"})";
    // A full Traytic batch: mostly pageviews, some custom events with props, some vitals.
    QJsonArray events;
    for (int i = 0; i < Limits::MaxEventsPerBatch; ++i) {
        const QString url = QStringLiteral("https://example.com/docs/page-%1?ref=nav").arg(i);
        if (i % 10 == 9) {
            events.append(QJsonObject {{QStringLiteral("type"), QStringLiteral("vitals")},
                                       {QStringLiteral("url"), url},
                                       {QStringLiteral("name"), QStringLiteral("LCP")},
                                       {QStringLiteral("value"), 1234.5}});
        } else if (i % 5 == 4) {
            events.append(
                QJsonObject {{QStringLiteral("type"), QStringLiteral("event")},
                             {QStringLiteral("url"), url},
                             {QStringLiteral("name"), QStringLiteral("signup")},
                             {QStringLiteral("props"),
                              QJsonObject {{QStringLiteral("plan"), QStringLiteral("pro")},
                                           {QStringLiteral("seats"), 3}}}});
        } else {
            events.append(QJsonObject {
                {QStringLiteral("type"), QStringLiteral("pageview")},
                {QStringLiteral("url"), url},
                {QStringLiteral("referrer"), QStringLiteral("https://www.google.com/")},
                {QStringLiteral("screenWidth"), 1280}});
        }
    }
    const QByteArray batchBody = traytic(events);

    ParsedBatch batch;
    WireError error;
    qsizetype hits = 0;
#if defined(__OPTIMIZE__) && !defined(__SANITIZE_ADDRESS__)
    constexpr int scale = 1;
#else
    constexpr int scale = 50; // the figures mean nothing here; keep debug/sanitizer runs quick
#endif
    constexpr int singleRounds = 200000 / scale;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < singleRounds; ++i) {
        if (!parsePlausibleEvent(plausible, &batch, &error))
            QFAIL(qPrintable(error.message));
        hits += batch.hits.size();
    }
    const qint64 singleNs = timer.nsecsElapsed();

    constexpr int batchRounds = 2000 / scale;
    timer.restart();
    for (int i = 0; i < batchRounds; ++i) {
        if (!parseCollectBatch(batchBody, &batch, &error))
            QFAIL(qPrintable(error.message));
        hits += batch.hits.size();
    }
    const qint64 batchNs = timer.nsecsElapsed();
    QCOMPARE(hits, singleRounds + qsizetype(batchRounds) * Limits::MaxEventsPerBatch);

    qInfo("Plausible body (%lld bytes): %.3f us per body", static_cast<long long>(plausible.size()),
          singleNs / 1000.0 / singleRounds);
    qInfo("Traytic batch (%lld bytes, %lld events): %.3f us per event, %.1f us per batch",
          static_cast<long long>(batchBody.size()), static_cast<long long>(events.size()),
          batchNs / 1000.0 / batchRounds / events.size(), batchNs / 1000.0 / batchRounds);
}

QTEST_GUILESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"
