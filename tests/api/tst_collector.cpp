#include "api/collector.h"
#include "http/httpserver.h"
#include "common/enginefixture.h"
#include "common/httpclient.h"

#include <QDir>
#include <QFile>
#include <QTcpSocket>
#include <QTemporaryDir>

using namespace raycstr;
using namespace raycstr::testing;

namespace {
const QByteArray PlausiblePageview
    = "{\"n\":\"pageview\",\"u\":\"https://example.com/"
      "blog?utm_source=x\",\"d\":\"example.com\",\"r\":null,\"w\":1280}";
}

class tst_Collector : public QObject
{
    Q_OBJECT

    struct Server
    {
        EngineFixture fixture;
        HttpServer http;
        std::unique_ptr<Collector> collector;
        std::unique_ptr<HttpClient> client;
        bool start(const ServerConfig &config = {}, EngineOptions options = {})
        {
            if (!fixture.start(options))
                return false;
            collector = std::make_unique<Collector>(fixture.engine.get(), config);
            collector->registerRoutes(http);
            QString error;
            if (!http.listen(QHostAddress::LocalHost, 0, &error)) {
                qWarning("%s", qPrintable(error));
                return false;
            }
            client = std::make_unique<HttpClient>(http.port());
            return true;
        }
        qint64 stored()
        {
            fixture.engine->flush();
            return fixture.query("SELECT count(*) FROM events");
        }
    };

private Q_SLOTS:
    void plausibleEventIsAcceptedAndStored()
    {
        Server s;
        QVERIFY(s.start());
        const HttpResult r = s.client->post(QStringLiteral("/api/event"), PlausiblePageview);
        QCOMPARE(r.status, 202);
        QCOMPARE(r.body, QByteArray("ok"));
        QCOMPARE(s.stored(), 1);
        QCOMPARE(s.fixture.query("SELECT count(*) FROM events e JOIN pages p ON p.id = e.page JOIN "
                                 "strings s ON s.id = p.path WHERE s.value = '/blog'"),
                 1);
        // utm_source=x became the visit's source.
        QCOMPARE(
            s.fixture.query("SELECT count(*) FROM events e JOIN acquisitions a ON a.id = "
                            "e.acquisition JOIN strings s ON s.id = a.source WHERE s.value = 'x'"),
            1);
    }

    // A field the parser does not know is named in the answer (the hit still counts), and
    // a name from the body never smuggles a header of its own.
    void ignoredFieldsAreNamedInTheAnswer()
    {
        Server s;
        QVERIFY(s.start());
        const HttpResult known = s.client->post(QStringLiteral("/api/event"), PlausiblePageview);
        QCOMPARE(known.status, 202);
        QVERIFY(known.header("RayCstr-Ignored-Fields").isEmpty());
        const HttpResult r = s.client->post(
            QStringLiteral("/api/event"),
            R"({"n":"pageview","u":"https://example.com/","d":"example.com","v":36,)"
            R"("colour":"red","a\r\nSet-Cookie: s=1, b":1})");
        QCOMPARE(r.status, 202);
        QCOMPARE(r.header("RayCstr-Ignored-Fields"), QByteArray("a??Set-Cookie:?s=1??b,colour"));
        QVERIFY(r.header("Set-Cookie").isEmpty());
        QCOMPARE(s.stored(), 2);
    }

    void traytic_batchIsAcceptedAsJson()
    {
        Server s;
        QVERIFY(s.start());
        QByteArray events;
        for (int i = 0; i < 100; ++i)
            events += (i ? "," : "")
                + QByteArray("{\"type\":\"pageview\",\"url\":\"https://example.com/p/")
                + QByteArray::number(i) + "\",\"referrer\":\"https://news.ycombinator.com/\"}";
        const HttpResult r = s.client->post(
            QStringLiteral("/collect"), "{\"siteId\":\"example.com\",\"events\":[" + events + "]}",
            "application/json");
        QCOMPARE(r.status, 204);
        QVERIFY(r.body.isEmpty());
        QCOMPARE(s.stored(), 100);
    }

    void rejectionsSayWhatIsWrongAndStoreNothing_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        const QString event = QStringLiteral("/api/event");
        const QString collect = QStringLiteral("/collect");
        QTest::newRow("malformed json") << event << QByteArray("POST") << QByteArray("text/plain")
                                        << QByteArray("{\"n\":") << 400 << QStringLiteral("JSON");
        QTest::newRow("empty body") << event << QByteArray("POST") << QByteArray("text/plain")
                                    << QByteArray() << 400 << QStringLiteral("empty");
        QTest::newRow("missing domain")
            << event << QByteArray("POST") << QByteArray("text/plain")
            << QByteArray("{\"n\":\"pageview\",\"u\":\"https://example.com/\"}") << 400
            << QStringLiteral("domain");
        QTest::newRow("unknown site")
            << event << QByteArray("POST") << QByteArray("text/plain")
            << QByteArray("{\"n\":\"pageview\",\"u\":\"https://other.org/\",\"d\":\"other.org\"}")
            << 404 << QStringLiteral("unknown site 'other.org'");
        QTest::newRow("missing siteId")
            << collect << QByteArray("POST") << QByteArray("application/json")
            << QByteArray("{\"events\":[{\"type\":\"pageview\",\"url\":\"https://example.com/\"}]}")
            << 400 << QStringLiteral("siteId");
        QTest::newRow("unknown type")
            << collect << QByteArray("POST") << QByteArray("application/json")
            << QByteArray("{\"siteId\":\"example.com\",\"events\":[{\"type\":\"click\",\"url\":"
                          "\"https://example.com/\"}]}")
            << 400 << QStringLiteral("type");
        QByteArray many = "{\"siteId\":\"example.com\",\"events\":[";
        for (int i = 0; i < 101; ++i)
            many += (i ? "," : "")
                + QByteArray("{\"type\":\"pageview\",\"url\":\"https://example.com/\"}");
        many += "]}";
        QTest::newRow("101 events")
            << collect << QByteArray("POST") << QByteArray("application/json") << many << 413
            << QStringLiteral("100");
        QByteArray huge = "{\"n\":\"pageview\",\"u\":\"https://example.com/"
                          "\",\"d\":\"example.com\",\"p\":{\"x\":\""
            + QByteArray(70 * 1024, 'a') + "\"}}";
        QTest::newRow("over 64 KB") << event << QByteArray("POST") << QByteArray("text/plain")
                                    << huge << 413 << QStringLiteral("the limit is 65536");
        QByteArray longUrl = "{\"n\":\"pageview\",\"u\":\"https://example.com/"
            + QByteArray(2100, 'a') + "\",\"d\":\"example.com\"}";
        QTest::newRow("long url") << event << QByteArray("POST") << QByteArray("text/plain")
                                  << longUrl << 400 << QStringLiteral("'u' is too long");
        // Issue 15: these were answered 202 and then stored with a NUL in the path, or
        // dropped by the writer where nobody saw it.
        QTest::newRow("NUL in the url")
            << event << QByteArray("POST") << QByteArray("text/plain")
            << QByteArray("{\"n\":\"pageview\",\"u\":\"https://example.com/"
                          "a\\u0000b\",\"d\":\"example.com\"}")
            << 400 << QStringLiteral("field 'u' contains a control character (U+0000)");
        QTest::newRow("javascript url")
            << event << QByteArray("POST") << QByteArray("text/plain")
            << QByteArray(
                   "{\"n\":\"pageview\",\"u\":\"javascript:alert(1)\",\"d\":\"example.com\"}")
            << 400 << QStringLiteral("field 'u' must be an absolute http(s) URL");
        QTest::newRow("relative url")
            << collect << QByteArray("POST") << QByteArray("application/json")
            << QByteArray("{\"siteId\":\"example.com\",\"events\":[{\"type\":\"pageview\",\"url\":"
                          "\"/pricing\"}]}")
            << 400 << QStringLiteral("events[0]: field 'url' must be an absolute http(s) URL");
        QTest::newRow("form body")
            << event << QByteArray("POST") << QByteArray("application/x-www-form-urlencoded")
            << QByteArray("n=pageview") << 415 << QStringLiteral("application/json or text/plain");
        QTest::newRow("GET") << event << QByteArray("GET") << QByteArray() << QByteArray() << 405
                             << QStringLiteral("POST");
        QTest::newRow("no such endpoint")
            << QStringLiteral("/api/nothing") << QByteArray("GET") << QByteArray() << QByteArray()
            << 404 << QStringLiteral("no such endpoint");
    }

    void rejectionsSayWhatIsWrongAndStoreNothing()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, message);
        Server s;
        QVERIFY(s.start());
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!contentType.isEmpty())
            headers.append({"Content-Type", contentType});
        const HttpResult r = s.client->request(method, path, body, headers);
        QCOMPARE(r.status, status);
        QVERIFY2(r.header("Content-Type").startsWith("application/json"),
                 r.header("Content-Type").constData());
        QVERIFY2(r.error().contains(message, Qt::CaseInsensitive), qPrintable(r.error()));
        QCOMPARE(s.stored(), 0);
    }

    void corsPreflightAndCredentials()
    {
        Server s;
        QVERIFY(s.start());
        const HttpResult pre
            = s.client->request("OPTIONS", QStringLiteral("/api/event"), {},
                                {{"Origin", "https://example.com"},
                                 {"Access-Control-Request-Method", "POST"},
                                 {"Access-Control-Request-Headers", "content-type"}});
        QCOMPARE(pre.status, 204);
        QCOMPARE(pre.header("Access-Control-Allow-Origin"), QByteArray("https://example.com"));
        QCOMPARE(pre.header("Access-Control-Allow-Credentials"), QByteArray("true"));
        QVERIFY(pre.header("Access-Control-Allow-Methods").contains("POST"));
        QCOMPARE(pre.header("Access-Control-Allow-Headers"), QByteArray("content-type"));
        const HttpResult post
            = s.client->post(QStringLiteral("/api/event"), PlausiblePageview, "application/json",
                             {{"Origin", "https://www.example.com"}});
        QCOMPARE(post.status, 202);
        QCOMPARE(post.header("Access-Control-Allow-Origin"), QByteArray("https://www.example.com"));
        QCOMPARE(post.header("Access-Control-Allow-Credentials"), QByteArray("true"));
        QCOMPARE(s.stored(), 1);
    }

    void forwardedForOnlyFromTrustedProxies()
    {
        // Untrusted peer: X-Forwarded-For is ignored, so two "clients" are one visitor.
        {
            Server s;
            QVERIFY(s.start());
            s.client->post(QStringLiteral("/api/event"), PlausiblePageview, "text/plain",
                           {{"X-Forwarded-For", "198.51.100.1"}});
            s.client->post(QStringLiteral("/api/event"), PlausiblePageview, "text/plain",
                           {{"X-Forwarded-For", "198.51.100.2"}});
            QCOMPARE(s.stored(), 2);
            QCOMPARE(s.fixture.query("SELECT count(DISTINCT visitor) FROM events"), 1);
        }
        // Trusted proxy (the loopback peer): the forwarded address counts.
        {
            ServerConfig config;
            QString error;
            QPair<QHostAddress, int> subnet;
            QVERIFY(ServerConfig::parseSubnet(QStringLiteral("127.0.0.0/8"), &subnet, &error));
            config.trustedProxies.append(subnet);
            Server s;
            QVERIFY(s.start(config));
            s.client->post(QStringLiteral("/api/event"), PlausiblePageview, "text/plain",
                           {{"X-Forwarded-For", "198.51.100.1"}});
            s.client->post(QStringLiteral("/api/event"), PlausiblePageview, "text/plain",
                           {{"X-Forwarded-For", "198.51.100.2"}});
            // A chain: the client forged the left entry; the right-most untrusted one wins.
            s.client->post(QStringLiteral("/api/event"), PlausiblePageview, "text/plain",
                           {{"X-Forwarded-For", "1.2.3.4, 198.51.100.1, 127.0.0.1"}});
            QCOMPARE(s.stored(), 3);
            QCOMPARE(s.fixture.query("SELECT count(DISTINCT visitor) FROM events"), 2);
        }
    }

    void busyQueueAnswers503WithRetryAfter()
    {
        Server s;
        EngineOptions options;
        options.queue.hits = 5;
        QVERIFY(s.start({}, options));
        SqliteDb blocker;
        QString error;
        QVERIFY(blocker.open(Database::pathIn(s.fixture.dir.path()), SqliteDb::Mode::ReadWrite,
                             &error));
        QVERIFY(blocker.exec("BEGIN IMMEDIATE"));
        QCOMPARE(s.client->post(QStringLiteral("/api/event"), PlausiblePageview).status, 202);
        QTRY_COMPARE(s.fixture.engine->counters().queued,
                     0); // the writer holds it, stuck on the lock
        int accepted = 1;
        HttpResult r;
        for (int i = 0; i < 10; ++i) {
            r = s.client->post(QStringLiteral("/api/event"), PlausiblePageview);
            if (r.status != 202)
                break;
            ++accepted;
        }
        QCOMPARE(accepted, 6);
        QCOMPARE(r.status, 503);
        QCOMPARE(r.header("Retry-After"), QByteArray("1"));
        QVERIFY2(r.error().contains(QLatin1String("busy")), qPrintable(r.error()));
        QVERIFY(blocker.exec("ROLLBACK"));
        QCOMPARE(s.stored(), accepted); // every 2xx is on disk
    }

    void plausibleDomainListCountsForEveryKnownSite()
    {
        Server s;
        QVERIFY(s.start());
        SqliteDb db;
        QString error;
        QVERIFY(Database::open(&db, s.fixture.dir.path(), &error));
        QVERIFY(
            SiteRepository(&db).add(QStringLiteral("rollup.example.com"), QString(), 0, &error));
        const QByteArray body = "{\"n\":\"pageview\",\"u\":\"https://example.com/"
                                "\",\"d\":\"example.com,unknown.org,rollup.example.com\"}";
        QCOMPARE(s.client->post(QStringLiteral("/api/event"), body).status, 202);
        QCOMPARE(s.stored(), 2);
        QCOMPARE(s.fixture.query("SELECT count(DISTINCT id >> 46) FROM events"), 2);
    }

    void botsGet2xxButAreNotStored()
    {
        Server s;
        QVERIFY(s.start());
        const HttpResult r = s.client->post(
            QStringLiteral("/api/event"), PlausiblePageview, "text/plain",
            {{"User-Agent",
              "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"}});
        QCOMPARE(r.status, 202);
        QCOMPARE(s.stored(), 0);
        QCOMPARE(s.fixture.query("SELECT count FROM dropped WHERE reason = 'bot'"), 1);
    }

    // Issue 15: Matomo's referrer-spam list; a spam referrer's hit is counted, not stored.
    void referrerSpamGets2xxButIsNotStored()
    {
        Server s;
        QVERIFY(s.start());
        const QByteArray spam = "{\"n\":\"pageview\",\"u\":\"https://example.com/\",\"d\":"
                                "\"example.com\",\"r\":\"https://www.best.semalt.com/x\"}";
        const QByteArray fine = "{\"n\":\"pageview\",\"u\":\"https://example.com/\",\"d\":"
                                "\"example.com\",\"r\":\"https://notsemalt.com/\"}";
        QCOMPARE(s.client->post(QStringLiteral("/api/event"), spam, "text/plain").status, 202);
        QCOMPARE(s.client->post(QStringLiteral("/api/event"), fine, "text/plain").status, 202);
        QCOMPARE(s.stored(), 1);
        QCOMPARE(s.fixture.query("SELECT count FROM dropped WHERE reason = 'referrer_spam'"), 1);
    }

    // The bot_rules file reaches the writer: a site-local bot, referrer and human rule all
    // apply, and a broken rule stops the start with its line.
    void siteLocalRulesApply()
    {
        QTemporaryDir rulesDir;
        const QString path = rulesDir.filePath(QStringLiteral("bot-rules.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# ours\nbot: AcmeUptime$\nreferrer: spam.example\n");
        file.close();
        EngineOptions options;
        options.botRules = path;
        Server s;
        QVERIFY(s.start({}, options));
        const QByteArray uptime
            = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
              "Chrome/126.0.0.0 Safari/537.36 AcmeUptime";
        QCOMPARE(s.client
                     ->post(QStringLiteral("/api/event"), PlausiblePageview, "text/plain",
                            {{"User-Agent", uptime}})
                     .status,
                 202);
        const QByteArray spam = "{\"n\":\"pageview\",\"u\":\"https://example.com/\",\"d\":"
                                "\"example.com\",\"r\":\"https://a.spam.example/\"}";
        QCOMPARE(s.client->post(QStringLiteral("/api/event"), spam, "text/plain").status, 202);
        QCOMPARE(s.stored(), 0);
        QCOMPARE(s.fixture.query("SELECT count FROM dropped WHERE reason = 'bot'"), 1);
        QCOMPARE(s.fixture.query("SELECT count FROM dropped WHERE reason = 'referrer_spam'"), 1);

        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("bot: (unclosed\n");
        file.close();
        IngestEngine engine(&s.fixture.clock);
        QString error;
        EngineOptions broken = options;
        broken.dataDir = s.fixture.dir.path() + QStringLiteral("/other");
        QVERIFY(QDir().mkpath(broken.dataDir));
        QVERIFY(!engine.start(broken, &error));
        QVERIFY2(error.contains(QLatin1String("bot_rules"))
                     && error.contains(QLatin1String("line 1")),
                 qPrintable(error));
    }

    void bothHttpLayersAnswerAlike()
    {
        // The lean front serves a plain POST; one with a repeated header goes to QHttpServer's
        // route (a chunked one did before issue 14; chunked bodies are refused now).
        // The same event must be stored either way, and the answers must agree.
        Server s;
        QVERIFY(s.start());
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, s.http.port());
        QVERIFY(QTest::qWaitFor([&]() { return socket.state() == QAbstractSocket::ConnectedState; },
                                5000));
        const QByteArray head
            = "POST /api/event HTTP/1.1\r\nHost: x\r\nOrigin: https://example.com\r\n"
              "User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 "
              "Firefox/126.0\r\nContent-Type: text/plain\r\n";
        socket.write(head + "Content-Length: " + QByteArray::number(PlausiblePageview.size())
                     + "\r\n\r\n" + PlausiblePageview);
        socket.write(head + "Referer: https://a.example/\r\nReferer: https://b.example/\r\n"
                     + "Content-Length: " + QByteArray::number(PlausiblePageview.size())
                     + "\r\n\r\n" + PlausiblePageview);
        QByteArray answers;
        QVERIFY(QTest::qWaitFor(
            [&]() {
                answers += socket.readAll();
                return answers.count("\r\n\r\nok") == 2;
            },
            5000));
        QCOMPARE(answers.count("HTTP/1.1 202 Accepted"), 2);
        QCOMPARE(answers.count("Access-Control-Allow-Origin: https://example.com"), 2);
        QCOMPARE(s.http.handedOff(), 1);
        QCOMPARE(s.stored(), 2);
    }
};

QTEST_GUILESS_MAIN(tst_Collector)
#include "tst_collector.moc"
