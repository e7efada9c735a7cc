// Alert rules over HTTP, in-process on port 0 (apifixture.h): admin key only, a rule added,
// listed (the config file's too, webhooks redacted), deleted; a 4xx with a JSON reason for
// each kind of bad input; a key for another site sees nothing of this one's rules.

#include "common/apifixture.h"
#include "store/alertrepository.h"

#include <QTest>

using namespace raycstr;
using namespace raycstr::testing;

namespace {

const QByteArray AdminKey = "key-admin-example";
const QByteArray OtherAdminKey = "key-admin-other";
const QString Alerts = QStringLiteral("/api/sites/example.com/alerts");

} // namespace

class tst_AlertsApi : public QObject
{
    Q_OBJECT

    ApiFixture s;

    HttpResult send(const QByteArray &method, const QString &path, const QByteArray &body = {},
                    const QByteArray &key = AdminKey)
    {
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!key.isEmpty())
            headers.append({"Authorization", "Bearer " + key});
        if (!body.isEmpty())
            headers.append({QByteArray("Content-Type"), QByteArray("application/json")});
        return s.client->request(method, path, body, headers);
    }
    static QString reason(const HttpResult &r)
    {
        return ApiFixture::object(r).value(QStringLiteral("error")).toString();
    }
    QList<AlertRule> stored()
    {
        SqliteDb db;
        QString error;
        if (!Database::open(&db, s.fixture.dir.path(), &error))
            qFatal("%s", qPrintable(error));
        return AlertRepository(&db).rules();
    }

private Q_SLOTS:
    void initTestCase()
    {
        AlertRule fromConfig;
        fromConfig.site = QStringLiteral("example.com");
        fromConfig.kind = AlertRule::Kind::Drop;
        fromConfig.threshold = 6;
        fromConfig.webhook = QStringLiteral("https://hooks.slack.com/services/T0/B0/c0nfigs3cret");
        s.configAlerts = {fromConfig};
        QVERIFY(s.start());
        QVERIFY2(s.queryError.isEmpty(), qPrintable(s.queryError));
        s.auth.addKey(AdminKey, s.fixture.siteId, true);
        s.auth.addKey(OtherAdminKey, s.otherSiteId, true);
    }

    void addListDelete()
    {
        HttpResult r = send("POST", Alerts,
                            // Not a raw string: moc (6.4) reads the "//" of a URL in one as a
                            // comment and then finds no class in this file.
                            "{\"type\": \"spike\", \"visitors\": 50, \"cooldown_minutes\": 15,"
                            " \"email\": [\"ops@example.org\"],"
                            " \"webhook\": \"https://hooks.slack.com/services/T1/B1/s3cr3t\"}");
        QCOMPARE(r.status, 201);
        QJsonObject o = ApiFixture::object(r);
        const qint64 id = o.value(QStringLiteral("id")).toInteger();
        QVERIFY(id > 0);
        QCOMPARE(o.value(QStringLiteral("type")).toString(), QStringLiteral("spike"));
        QCOMPARE(o.value(QStringLiteral("visitors")).toInt(), 50);
        QCOMPARE(o.value(QStringLiteral("webhook")).toString(),
                 QStringLiteral("https://hooks.slack.com/…"));
        QVERIFY(!r.body.contains("s3cr3t"));
        QCOMPARE(stored().size(), 1);
        QCOMPARE(stored().first().webhook,
                 QStringLiteral("https://hooks.slack.com/services/T1/B1/s3cr3t"));

        r = send("GET", Alerts);
        QCOMPARE(r.status, 200);
        const QJsonArray all = ApiFixture::object(r).value(QStringLiteral("alerts")).toArray();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[0].toObject().value(QStringLiteral("source")).toString(),
                 QStringLiteral("config"));
        QVERIFY(all[0].toObject().value(QStringLiteral("id")).isNull());
        QCOMPARE(all[0].toObject().value(QStringLiteral("hours")).toInt(), 6);
        QCOMPARE(all[1].toObject().value(QStringLiteral("id")).toInteger(), id);
        QVERIFY(!r.body.contains("s3cret") && !r.body.contains("s3cr3t"));

        // Another site's admin key: not this site's rules, not even by id.
        QCOMPARE(send("GET", Alerts, {}, OtherAdminKey).status, 403);
        QCOMPARE(send("DELETE", QStringLiteral("/api/sites/other.org/alerts/%1").arg(id), {},
                      OtherAdminKey)
                     .status,
                 404);
        QCOMPARE(stored().size(), 1);

        QCOMPARE(send("DELETE", Alerts + QStringLiteral("/%1").arg(id)).status, 204);
        QVERIFY(stored().isEmpty());
        r = send("DELETE", Alerts + QStringLiteral("/%1").arg(id));
        QCOMPARE(r.status, 404);
        QVERIFY(reason(r).contains(QLatin1String("no alert")));

        // A new rule never gets a removed rule's id (its state in alert_state is keyed by it).
        r = send("POST", Alerts, R"({"type": "drop", "hours": 2, "email": "a@b.org"})");
        QCOMPARE(r.status, 201);
        const qint64 next = ApiFixture::object(r).value(QStringLiteral("id")).toInteger();
        QVERIFY2(next > id, qPrintable(QString::number(next)));
        QCOMPARE(send("DELETE", Alerts + QStringLiteral("/%1").arg(next)).status, 204);
    }

    void adminKeyOnly()
    {
        QCOMPARE(send("GET", Alerts, {}, QByteArray()).status, 401);
        QCOMPARE(send("GET", Alerts, {}, SiteKey).status, 403); // a read key
        QCOMPARE(send("POST", Alerts, R"({"type": "drop", "hours": 2, "email": "a@b.org"})",
                      SiteKey)
                     .status,
                 403);
        QCOMPARE(send("PUT", Alerts, "{}").status, 405);
        QVERIFY(stored().isEmpty());
    }

    void badInputIsA400WithTheReason_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("says");
        QTest::newRow("not json") << QByteArray("type=spike") << "JSON object";
        QTest::newRow("no type") << QByteArray(R"({"visitors": 5, "email": "a@b.org"})")
                                 << "\"type\"";
        QTest::newRow("bad type") << QByteArray(R"({"type": "surge", "email": "a@b.org"})")
                                  << "\"type\"";
        QTest::newRow("no threshold") << QByteArray(R"({"type": "spike", "email": "a@b.org"})")
                                      << "visitors";
        QTest::newRow("fraction") << QByteArray(R"({"type": "spike", "visitors": 2.5,
                                                   "email": "a@b.org"})")
                                  << "whole number";
        QTest::newRow("no channel") << QByteArray(R"({"type": "drop", "hours": 3})")
                                    << "e-mail address or a webhook";
        QTest::newRow("bad address") << QByteArray(R"({"type": "drop", "hours": 3,
                                                      "email": ["not-an-address"]})")
                                     << "not an e-mail address";
        QTest::newRow("bad webhook") << QByteArray("{\"type\": \"drop\", \"hours\": 3,"
                                                " \"webhook\": \"file:///etc/passwd\"}")
                                     << "http:// or https://";
        QTest::newRow("goal without name") << QByteArray(R"({"type": "goal", "email": "a@b.org"})")
                                           << "goal's name";
        QTest::newRow("unknown goal")
            << QByteArray(R"({"type": "goal", "goal": "Nothing", "email": "a@b.org"})")
            << "no goal named \"Nothing\"";
        QTest::newRow("unknown field") << QByteArray(R"({"type": "drop", "hours": 3,
                                                        "email": "a@b.org", "sms": "+1"})")
                                       << "unknown field \"sms\"";
        QTest::newRow("bad format") << QByteArray("{\"type\": \"drop\", \"hours\": 3,"
                                               " \"webhook\": \"https://ntfy.sh/x\","
                                               " \"webhook_format\": \"xml\"}")
                                    << "webhook_format";
    }

    void badInputIsA400WithTheReason()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, says);
        const HttpResult r = send("POST", Alerts, body);
        QCOMPARE(r.status, 400);
        QVERIFY2(reason(r).contains(says), qPrintable(reason(r)));
        QVERIFY(stored().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_AlertsApi)
#include "tst_alertsapi.moc"
