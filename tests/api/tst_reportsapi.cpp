// E-mail reports and test messages over HTTP (reportsapi.h), in-process on port 0
// (apifixture.h) against the real parts: the loopback SMTP server (python3-aiosmtpd with
// STARTTLS and AUTH, tests/common/smtpserver.h) and the webhook receiver. The schedules and
// SMTP settings are answered read-only (no password), writes are refused with the reason;
// a test report and an alert's test reach the servers and say so; a wrong password, no
// smtp: and bad input each get their own answer; only an admin key of the site gets in.

#include "api/reportsapi.h"
#include "common/apifixture.h"
#include "common/smtpserver.h"
#include "common/webhookreceiver.h"
#include "store/alertrepository.h"

#include <QTest>

using namespace raycstr;
using namespace raycstr::testing;

namespace {

const QByteArray AdminKey = "key-admin-example";
const QByteArray OtherAdminKey = "key-admin-other";
const QString Reports = QStringLiteral("/api/sites/example.com/reports");

} // namespace

class tst_ReportsApi : public QObject
{
    Q_OBJECT

    ApiFixture s;
    SmtpServer smtp;
    WebhookReceiver hooks;
    qint64 ruleId = 0;

    // A second server with other settings (a route is registered once per server).
    struct Other
    {
        HttpServer http;
        std::unique_ptr<ReportsApi> api;
        std::unique_ptr<HttpClient> client;
    };

    ServerConfig config() const
    {
        ServerConfig c;
        c.dataDir = s.fixture.dir.path(); // (start() sets it again: the fixture's folder)
        c.smtp = smtp.settings();
        ReportSchedule weekly;
        weekly.site = QStringLiteral("example.com");
        weekly.to = {QStringLiteral("team@example.com")};
        weekly.language = QStringLiteral("de");
        ReportSchedule other;
        other.site = QStringLiteral("other.org");
        other.to = {QStringLiteral("someone@other.org")};
        c.reports = {weekly, other};
        return c;
    }
    std::unique_ptr<Other> other(const ServerConfig &c)
    {
        auto o = std::make_unique<Other>();
        o->api = std::make_unique<ReportsApi>(s.queries.get(), &s.access, &s.fixture.clock, c);
        QString error;
        if (!o->api->open(&error))
            qFatal("%s", qPrintable(error));
        o->api->registerRoutes(o->http);
        if (!o->http.listen(QHostAddress::LocalHost, 0, &error))
            qFatal("%s", qPrintable(error));
        o->client = std::make_unique<HttpClient>(o->http.port());
        return o;
    }
    static HttpResult send(HttpClient &client, const QByteArray &method, const QString &path,
                           const QByteArray &body = {}, const QByteArray &key = AdminKey)
    {
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!key.isEmpty())
            headers.append({"Authorization", "Bearer " + key});
        if (!body.isEmpty())
            headers.append({QByteArray("Content-Type"), QByteArray("application/json")});
        return client.request(method, path, body, headers);
    }
    HttpResult send(const QByteArray &method, const QString &path, const QByteArray &body = {},
                    const QByteArray &key = AdminKey)
    {
        return send(*s.client, method, path, body, key);
    }
    static QString reason(const HttpResult &r)
    {
        return ApiFixture::object(r).value(QStringLiteral("error")).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(smtp.start(false, &error), qPrintable(error));
        QVERIFY(hooks.start());
        s.mailConfig = config();
        QVERIFY(s.start());
        QVERIFY2(s.queryError.isEmpty(), qPrintable(s.queryError));
        s.auth.addKey(AdminKey, s.fixture.siteId, true);
        s.auth.addKey(OtherAdminKey, s.otherSiteId, true);

        SqliteDb db;
        QVERIFY(Database::open(&db, s.fixture.dir.path(), &error));
        AlertRule rule;
        rule.site = QStringLiteral("example.com");
        rule.kind = AlertRule::Kind::Drop;
        rule.threshold = 3;
        rule.email = {QStringLiteral("ops@example.com")};
        rule.webhook = hooks.url(QStringLiteral("/hook"));
        const auto stored = AlertRepository(&db).add(rule, s.fixture.clock.nowSecs(), &error);
        QVERIFY2(stored, qPrintable(error));
        ruleId = stored->id;
    }

    void settingsReadOnly()
    {
        const HttpResult r = send("GET", Reports);
        QCOMPARE(r.status, 200);
        const QJsonObject o = ApiFixture::object(r);
        QCOMPARE(o.value(QStringLiteral("managed_by")).toString(), QStringLiteral("config"));
        const QJsonArray schedules = o.value(QStringLiteral("reports")).toArray();
        QCOMPARE(schedules.size(), 1); // not other.org's
        const QJsonObject weekly = schedules.at(0).toObject();
        QCOMPARE(weekly.value(QStringLiteral("to")).toArray().at(0).toString(),
                 QStringLiteral("team@example.com"));
        QCOMPARE(weekly.value(QStringLiteral("every")).toString(), QStringLiteral("week"));
        QCOMPARE(weekly.value(QStringLiteral("language")).toString(), QStringLiteral("de"));
        QCOMPARE(weekly.value(QStringLiteral("managed_by")).toString(), QStringLiteral("config"));
        const QJsonObject mail = o.value(QStringLiteral("smtp")).toObject();
        QVERIFY(mail.value(QStringLiteral("password_set")).toBool());
        QCOMPARE(mail.value(QStringLiteral("username")).toString(),
                 QLatin1String(SmtpServer::User));
        QVERIFY(!r.body.contains(SmtpServer::Password));
        QVERIFY(!mail.contains(QStringLiteral("password")));

        // Not written behind the admin's back: the file is theirs.
        const HttpResult write = send("POST", Reports, R"({"to": ["x@example.com"]})");
        QCOMPARE(write.status, 405);
        QCOMPARE(write.header("Allow"), QByteArray("GET"));
        QVERIFY2(reason(write).contains(QLatin1String("config file")), qPrintable(reason(write)));
    }

    void adminKeyOnly()
    {
        const QByteArray body = R"({"to": "team@example.com"})";
        const QString test = Reports + QStringLiteral("/test");
        for (const auto &[method, path] :
             {std::pair {QByteArray("GET"), Reports}, std::pair {QByteArray("POST"), test}}) {
            QCOMPARE(send(method, path, body, QByteArray()).status, 401);
            QCOMPARE(send(method, path, body, "key-that-does-not-exist").status, 401);
            QCOMPARE(send(method, path, body, SiteKey).status, 403); // a read key
            QCOMPARE(send(method, path, body, OtherAdminKey).status, 403);
        }
        QCOMPARE(send("POST", QStringLiteral("/api/sites/example.com/alerts/%1/test").arg(ruleId),
                      {}, SiteKey)
                     .status,
                 403);
        QCOMPARE(smtp.received(), 0);
        QCOMPARE(hooks.received(), 0);
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("says");
        QTest::newRow("not json") << QByteArray("to=a@b.org") << "JSON object";
        QTest::newRow("no to") << QByteArray(R"({"period": "week"})") << "\"to\"";
        QTest::newRow("bad address")
            << QByteArray(R"({"to": "not-an-address"})") << "not an e-mail address";
        QTest::newRow("one bad of two")
            << QByteArray(R"({"to": ["a@example.com", "b@"]})") << "not an e-mail address";
        QTest::newRow("bad period")
            << QByteArray(R"({"to": "a@example.com", "period": "day"})") << "week or month";
        QTest::newRow("bad language")
            << QByteArray(R"({"to": "a@example.com", "language": "xx"})") << "language";
        QTest::newRow("unknown field")
            << QByteArray(R"({"to": "a@example.com", "cc": "b"})") << "unknown field";
    }
    void badInput()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, says);
        const HttpResult r = send("POST", Reports + QStringLiteral("/test"), body);
        QCOMPARE(r.status, 400);
        QVERIFY2(reason(r).contains(says), qPrintable(reason(r)));
        QCOMPARE(smtp.received(), 0);
    }

    void testReportIsSent()
    {
        const HttpResult r = send("POST", Reports + QStringLiteral("/test"),
                                  R"({"to": "boss@example.com", "period": "month"})");
        QVERIFY2(r.status == 200, r.body.constData());
        QVERIFY(ApiFixture::object(r).value(QStringLiteral("sent")).toBool());
        QCOMPARE(smtp.received(), 1);
        QCOMPARE(smtp.envelope(1).value(QStringLiteral("to")).toArray().at(0).toString(),
                 QStringLiteral("boss@example.com"));
        const QByteArray message = smtp.message(1);
        QVERIFY(message.contains("example.com"));
        const auto parts = mimeParts(message);
        QVERIFY(parts.contains("text/html"));
        QVERIFY(parts.value("text/plain").contains(QStringLiteral("example.com")));
    }

    void alertTestReachesEveryChannel()
    {
        const int before = smtp.received();
        const HttpResult r
            = send("POST", QStringLiteral("/api/sites/example.com/alerts/%1/test").arg(ruleId));
        QVERIFY2(r.status == 200, r.body.constData());
        QCOMPARE(ApiFixture::object(r).value(QStringLiteral("failures")).toArray().size(), 0);
        QCOMPARE(smtp.received(), before + 1);
        QCOMPARE(hooks.received(), 1);
        QCOMPARE(hooks.requests().at(0).path, QByteArray("/hook"));

        QCOMPARE(send("POST", QStringLiteral("/api/sites/example.com/alerts/999/test")).status,
                 404);
        // Another site's admin: its rule is not found through other.org either.
        QCOMPARE(send("POST", QStringLiteral("/api/sites/other.org/alerts/%1/test").arg(ruleId), {},
                      OtherAdminKey)
                     .status,
                 404);
    }

    // The SMTP server's own words come back, so the admin sees what to fix.
    void smtpErrorIsTold()
    {
        ServerConfig c = config();
        c.smtp.password = QStringLiteral("wrong-password");
        const auto wrong = other(c);
        const HttpResult r = send(*wrong->client, "POST", Reports + QStringLiteral("/test"),
                                  R"({"to": "boss@example.com"})");
        QCOMPARE(r.status, 502);
        QVERIFY2(reason(r).contains(QLatin1String("not sent")), qPrintable(reason(r)));
        QVERIFY2(reason(r).contains(QLatin1String("535"))
                     || reason(r).contains(QLatin1String("login"))
                     || reason(r).contains(QLatin1String("uthentication")),
                 qPrintable(reason(r)));
        QVERIFY(!r.body.contains("wrong-password"));
    }

    void noSmtpIs409()
    {
        ServerConfig c = config();
        c.smtp = SmtpSettings();
        const auto none = other(c);
        const HttpResult r = send(*none->client, "POST", Reports + QStringLiteral("/test"),
                                  R"({"to": "boss@example.com"})");
        QCOMPARE(r.status, 409);
        QVERIFY2(reason(r).contains(QLatin1String("smtp")), qPrintable(reason(r)));
        const HttpResult list = send(*none->client, "GET", Reports);
        QCOMPARE(list.status, 200);
        QVERIFY(!ApiFixture::object(list)
                     .value(QStringLiteral("smtp"))
                     .toObject()
                     .value(QStringLiteral("configured"))
                     .toBool());
    }
};

QTEST_MAIN(tst_ReportsApi)
#include "tst_reportsapi.moc"
