// Goals and funnels over HTTP, in-process on port 0 with the API fixture's traffic
// (apifixture.h): A lands on / and views /pricing, B bounces on /, C lands on /blog and
// signs up. The fixture has a goal "Signup" and a funnel "Blog signup" (/blog → signup).

#include "common/apifixture.h"

#include <QTest>

using namespace raycstr;
using namespace raycstr::testing;

namespace {

const QByteArray AdminKey = "key-admin-example";
const QString Day = QStringLiteral("period=day&date=2023-11-14");

QByteArray lines(std::initializer_list<const char *> parts)
{
    QByteArray out;
    for (const char *p : parts)
        out += QByteArray(p) + '\n';
    return out;
}

} // namespace

class tst_GoalsApi : public QObject
{
    Q_OBJECT

    ApiFixture s;

    HttpResult send(const QByteArray &method, const QString &path, const QByteArray &body,
                    const QByteArray &contentType, const QByteArray &key = AdminKey)
    {
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!key.isEmpty())
            headers.append({"Authorization", "Bearer " + key});
        if (!contentType.isEmpty())
            headers.append({"Content-Type", contentType});
        return s.client->request(method, path, body, headers);
    }
    static QList<qint64> stepVisitors(const QJsonObject &o)
    {
        QList<qint64> out;
        for (const QJsonValue &v : o.value(QStringLiteral("steps")).toArray())
            out.append(v.toObject().value(QStringLiteral("visitors")).toInteger());
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(s.start());
        QVERIFY2(s.queryError.isEmpty(), qPrintable(s.queryError));
        s.auth.addKey(AdminKey, s.fixture.siteId, true);
    }

    void goalConversions()
    {
        const HttpResult r = s.get(QStringLiteral("/api/events/example.com/goals?") + Day, SiteKey);
        QCOMPARE(r.status, 200);
        const QJsonObject o = ApiFixture::object(r);
        QCOMPARE(o.value(QStringLiteral("visitors")).toInteger(), 3);
        const QJsonArray goals = o.value(QStringLiteral("goals")).toArray();
        QCOMPARE(goals.size(), 1);
        const QJsonObject g = goals[0].toObject();
        QCOMPARE(g.value(QStringLiteral("name")).toString(), QStringLiteral("Signup"));
        QCOMPARE(g.value(QStringLiteral("event")).toString(), QStringLiteral("signup"));
        QCOMPARE(g.value(QStringLiteral("unique_conversions")).toInteger(), 1);
        QCOMPARE(g.value(QStringLiteral("total_conversions")).toInteger(), 1);
        QCOMPARE(g.value(QStringLiteral("conversion_rate")).toDouble(), 33.33);
    }

    void goalFilterOnOtherReports()
    {
        // "Visitors who signed up came from…": only C's visit (Hacker News, /blog).
        HttpResult r = s.get(
            QStringLiteral("/api/events/example.com/overview?filter=goal==Signup&") + Day, SiteKey);
        QCOMPARE(r.status, 200);
        QJsonObject o = ApiFixture::object(r);
        QCOMPARE(o.value(QStringLiteral("visitors")).toInteger(), 1);
        QCOMPARE(o.value(QStringLiteral("pageviews")).toInteger(), 1);
        QCOMPARE(o.value(QStringLiteral("events")).toInteger(), 1);
        r = s.get(QStringLiteral("/api/events/example.com/sources?filter=goal==Signup&") + Day,
                  SiteKey);
        QCOMPARE(r.status, 200);
        const QJsonArray rows = ApiFixture::object(r).value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].toObject().value(QStringLiteral("value")).toString(),
                 QStringLiteral("Hacker News"));
        // Not converted: A and B.
        r = s.get(QStringLiteral("/api/events/example.com/overview?filter=goal!=Signup&") + Day,
                  SiteKey);
        QCOMPARE(ApiFixture::object(r).value(QStringLiteral("visitors")).toInteger(), 2);
        r = s.get(QStringLiteral("/api/events/example.com/overview?filter=goal==Nope&") + Day,
                  SiteKey);
        QCOMPARE(r.status, 400);
        QVERIFY2(r.error().contains(QLatin1String("no goal named \"Nope\"")), r.body.constData());
    }

    void eventPropertyKeys()
    {
        // Drill into an event: its keys, then a key's values.
        HttpResult r = s.get(
            QStringLiteral("/api/events/example.com/properties?filter=event_name==signup&") + Day,
            SiteKey);
        QCOMPARE(r.status, 200);
        const QJsonArray rows = ApiFixture::object(r).value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].toObject().value(QStringLiteral("key")).toString(),
                 QStringLiteral("plan"));
        QCOMPARE(rows[0].toObject().value(QStringLiteral("events")).toInteger(), 1);
        r = s.get(QStringLiteral("/api/events/example.com/breakdown?by=prop:plan&") + Day, SiteKey);
        QCOMPARE(ApiFixture::object(r)
                     .value(QStringLiteral("rows"))
                     .toArray()[0]
                     .toObject()
                     .value(QStringLiteral("value")),
                 QStringLiteral("pro"));
        r = s.get(QStringLiteral("/api/events/example.com/properties?filter=event_name==other&")
                      + Day,
                  SiteKey);
        QCOMPARE(ApiFixture::object(r).value(QStringLiteral("rows")).toArray().size(), 0);
    }

    void funnelReports()
    {
        HttpResult r
            = s.get(QStringLiteral("/api/events/example.com/funnel?funnel=1&") + Day, SiteKey);
        QCOMPARE(r.status, 200);
        QJsonObject o = ApiFixture::object(r);
        QCOMPARE(stepVisitors(o), (QList<qint64> {1, 1}));
        QCOMPARE(o.value(QStringLiteral("funnel")).toObject().value(QStringLiteral("name")),
                 QStringLiteral("Blog signup"));
        QCOMPARE(o.value(QStringLiteral("conversion_rate")).toDouble(), 100.0);
        // By name, and an unsaved funnel given as steps: / (A, B) then /pricing (A).
        r = s.get(QStringLiteral("/api/events/example.com/funnel?funnel=blog%20signup&") + Day,
                  SiteKey);
        QCOMPARE(r.status, 200);
        r = s.get(QStringLiteral("/api/events/example.com/funnel?step=/&step=/pricing&") + Day,
                  SiteKey);
        QCOMPARE(r.status, 200);
        o = ApiFixture::object(r);
        QCOMPARE(stepVisitors(o), (QList<qint64> {2, 1}));
        const QJsonObject second = o.value(QStringLiteral("steps")).toArray()[1].toObject();
        QCOMPARE(second.value(QStringLiteral("conversion_from_previous")).toDouble(), 50.0);
        QCOMPARE(second.value(QStringLiteral("drop_off")).toInteger(), 1);
        // The source filter keeps B's direct visit only: / reached, /pricing not.
        r = s.get(
            QStringLiteral("/api/events/example.com/funnel?step=/&step=/pricing&filter=source==&")
                + Day,
            SiteKey);
        QCOMPARE(stepVisitors(ApiFixture::object(r)), (QList<qint64> {1, 0}));

        const QList<QPair<QString, QString>> bad = {
            {QStringLiteral("funnel=99"), QStringLiteral("no funnel \"99\"")},
            {QStringLiteral("step=/"), QStringLiteral("2 to 8 steps")},
            {QStringLiteral("step=pricing&step=/"), QStringLiteral("must start with '/'")},
            {QStringLiteral("funnel=1&step=/&step=/a"), QStringLiteral("not both")},
            {QString(), QStringLiteral("which funnel?")},
        };
        for (const auto &[query, message] : bad) {
            r = s.get(QStringLiteral("/api/events/example.com/funnel?") + query, SiteKey);
            QVERIFY2(r.status == 400 || r.status == 404, qPrintable(query));
            QVERIFY2(r.error().contains(message),
                     qPrintable(query + QLatin1String(": ") + r.error()));
        }
    }

    void goalDefinitions()
    {
        const QString path = QStringLiteral("/api/sites/example.com/goals");
        // A read key may list but not change; another site's key may do neither.
        QCOMPARE(s.get(path, SiteKey).status, 200);
        QCOMPARE(s.get(path, OtherSiteKey).status, 403);
        QCOMPARE(s.get(path, QByteArray()).status, 401);
        HttpResult r = send("POST", path, "{\"page\": \"/pricing\"}", "application/json", SiteKey);
        QCOMPARE(r.status, 403);

        r = send("POST", path, "{\"page\": \"/pricing\", \"name\": \"Saw pricing\"}",
                 "application/json");
        QCOMPARE(r.status, 201);
        const qint64 id = ApiFixture::object(r).value(QStringLiteral("id")).toInteger();
        QVERIFY(id > 1);
        r = send("POST", path, "{\"page\": \"/pricing\"}", "application/json");
        QCOMPARE(r.status, 409);
        for (const QByteArray &body : {QByteArray("{\"page\": \"pricing\"}"),
                                       QByteArray("{\"event\": \"a\", \"page\": \"/b\"}"),
                                       QByteArray("{}"), QByteArray("not json")}) {
            r = send("POST", path, body, "application/json");
            QVERIFY2(r.status == 400 && !r.error().isEmpty(), body.constData());
        }
        const QJsonArray goals
            = ApiFixture::object(s.get(path, SiteKey)).value(QStringLiteral("goals")).toArray();
        QCOMPARE(goals.size(), 2);
        // The new goal reports at once: A saw /pricing.
        const QJsonArray report
            = ApiFixture::object(s.get(QStringLiteral("/api/events/example.com/goals?") + Day))
                  .value(QStringLiteral("goals"))
                  .toArray();
        QCOMPARE(report[1].toObject().value(QStringLiteral("unique_conversions")).toInteger(), 1);

        QCOMPARE(send("DELETE", path + QStringLiteral("/%1").arg(id), {}, {}, SiteKey).status, 403);
        QCOMPARE(send("DELETE", path + QStringLiteral("/%1").arg(id), {}, {}).status, 204);
        QCOMPARE(send("DELETE", path + QStringLiteral("/%1").arg(id), {}, {}).status, 404);
        QCOMPARE(send("PUT", path, {}, {}).status, 405);
    }

    void funnelDefinitionsInYamlAndJson()
    {
        const QString path = QStringLiteral("/api/sites/example.com/funnels");
        const QByteArray yaml
            = lines({"name: Pricing path", "funnel:", "  - step: /", "    name: home",
                     "  - step: /pricing", "  - event: signup", "    name: signed up"});
        HttpResult r = send("POST", path, yaml, "application/yaml");
        QCOMPARE(r.status, 201);
        const qint64 id = ApiFixture::object(r).value(QStringLiteral("id")).toInteger();
        // Exported as YAML, it is the file we sent (ids are added on export).
        r = send("GET", path + QStringLiteral("/%1?format=yaml").arg(id), {}, {}, SiteKey);
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("Content-Type").startsWith("application/yaml"));
        QCOMPARE(r.body,
                 QByteArray("name: Pricing path\nid: ") + QByteArray::number(id) + '\n'
                     + yaml.mid(yaml.indexOf("funnel:")));
        // Importing the same name again is refused unless replacing; replacing keeps the id.
        QCOMPARE(send("POST", path, yaml, "application/yaml").status, 409);
        r = send("POST", path + QStringLiteral("?replace=1"), r.body, "text/yaml");
        QCOMPARE(r.status, 201);
        QCOMPARE(ApiFixture::object(r).value(QStringLiteral("id")).toInteger(), id);

        // YAML errors name the line; a nameless file takes ?name=.
        r = send("POST", path, lines({"funnel:", "  - step: /", "  - naem: x"}),
                 "application/yaml");
        QCOMPARE(r.status, 400);
        QVERIFY2(r.error().contains(QLatin1String("line 3")), qPrintable(r.error()));
        r = send("POST", path, lines({"funnel:", "  - step: /", "  - step: /blog"}),
                 "application/yaml");
        QCOMPARE(r.status, 400);
        QVERIFY2(r.error().contains(QLatin1String("no name")), qPrintable(r.error()));
        r = send("POST", path + QStringLiteral("?name=Home%20to%20blog"),
                 lines({"funnel:", "  - step: /", "  - step: /blog"}), "application/yaml");
        QCOMPARE(r.status, 201);

        // JSON, as the dashboard sends it.
        r = send("POST", path,
                 "{\"name\": \"J\", \"steps\": [{\"kind\": \"page\", \"match\": \"/\"}, "
                 "{\"kind\": \"event\", \"match\": \"signup\"}]}",
                 "application/json");
        QCOMPARE(r.status, 201);
        r = send("POST", path, "{\"name\": \"K\", \"steps\": 3}", "application/json");
        QCOMPARE(r.status, 400);
        QCOMPARE(ApiFixture::object(s.get(path, SiteKey))
                     .value(QStringLiteral("funnels"))
                     .toArray()
                     .size(),
                 4);
        QCOMPARE(send("DELETE", path + QStringLiteral("/J"), {}, {}).status, 204);
        QCOMPARE(send("GET", path + QStringLiteral("/J"), {}, {}).status, 404);
    }
};

QTEST_MAIN(tst_GoalsApi)
#include "tst_goalsapi.moc"
