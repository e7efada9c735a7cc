// The sites routes (api/sitesapi.h), in-process on port 0 with the API fixture
// (apifixture.h): example.com (the traffic, 2023-11-14 10:00–10:11 UTC) and other.org.

#include "common/apifixture.h"

#include <QTest>

using namespace raycstr;
using namespace raycstr::testing;

namespace {

const QByteArray AdminKey = "key-admin-example";
const QByteArray ShareSecret = "share-example";

QStringList domains(const HttpResult &r)
{
    QStringList out;
    for (const QJsonValue &v : ApiFixture::object(r).value(QStringLiteral("sites")).toArray())
        out.append(v.toObject().value(QStringLiteral("domain")).toString());
    return out;
}

} // namespace

class tst_SitesApi : public QObject
{
    Q_OBJECT

    ApiFixture s;

    HttpResult patch(const QString &path, const QByteArray &body, const QByteArray &key)
    {
        QList<QPair<QByteArray, QByteArray>> headers {{"Content-Type", "application/json"}};
        if (!key.isEmpty())
            headers.append({"Authorization", "Bearer " + key});
        return s.client->request("PATCH", path, body, headers);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(s.start());
        QVERIFY2(s.queryError.isEmpty(), qPrintable(s.queryError));
        s.auth.addKey(AdminKey, s.fixture.siteId, true);
        s.auth.addShare(ShareSecret, s.otherSiteId);
    }

    void listsTheSitesEachKeyMayRead()
    {
        HttpResult r = s.get(QStringLiteral("/api/sites"), AllSitesKey);
        QCOMPARE(r.status, 200);
        QCOMPARE(domains(r), (QStringList {QStringLiteral("example.com"), QStringLiteral("other.org")}));
        const QJsonObject first
            = ApiFixture::object(r).value(QStringLiteral("sites")).toArray().at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("id")).toInt(), s.fixture.siteId);
        QCOMPARE(first.value(QStringLiteral("timezone")).toString(), QStringLiteral("UTC"));

        r = s.get(QStringLiteral("/api/sites"), SiteKey);
        QCOMPARE(r.status, 200);
        QCOMPARE(domains(r), QStringList {QStringLiteral("example.com")});
        r = s.get(QStringLiteral("/api/sites"), OtherSiteKey);
        QCOMPARE(domains(r), QStringList {QStringLiteral("other.org")});
        r = s.get(QStringLiteral("/api/sites"), AdminKey);
        QCOMPARE(domains(r), QStringList {QStringLiteral("example.com")});
        // A share link reads its one site.
        r = s.get(QStringLiteral("/api/sites?auth=") + QLatin1String(ShareSecret), QByteArray());
        QCOMPARE(r.status, 200);
        QCOMPARE(domains(r), QStringList {QStringLiteral("other.org")});
    }

    void refusesWithoutAValidKey()
    {
        for (const QByteArray &key : {QByteArray(), QByteArray("no-such-key"), RevokedKey}) {
            const HttpResult r = s.get(QStringLiteral("/api/sites"), key);
            QCOMPARE(r.status, 401);
            QVERIFY(!r.error().isEmpty());
        }
        QCOMPARE(s.get(QStringLiteral("/api/sites?auth=wrong"), QByteArray()).status, 401);
        QCOMPARE(s.get(QStringLiteral("/api/sites"), AllSitesKey, "POST").status, 405);
    }

    void oneSite()
    {
        HttpResult r = s.get(QStringLiteral("/api/sites/example.com"), SiteKey);
        QCOMPARE(r.status, 200);
        QCOMPARE(ApiFixture::object(r).value(QStringLiteral("domain")).toString(),
                 QStringLiteral("example.com"));
        QCOMPARE(s.get(QStringLiteral("/api/sites/other.org"), SiteKey).status, 403);
        QCOMPARE(s.get(QStringLiteral("/api/sites/nowhere.net"), AllSitesKey).status, 404);
        QCOMPARE(s.get(QStringLiteral("/api/sites/example.com"), QByteArray()).status, 401);
    }

    void changingTheZoneNeedsAnAdminKeyAndAKnownZone()
    {
        const QByteArray berlin = R"({"timezone": "Europe/Berlin"})";
        QCOMPARE(patch(QStringLiteral("/api/sites/example.com"), berlin, QByteArray()).status, 401);
        QCOMPARE(patch(QStringLiteral("/api/sites/example.com"), berlin, SiteKey).status, 403);
        QCOMPARE(patch(QStringLiteral("/api/sites/other.org"), berlin, AdminKey).status, 403);

        HttpResult r = patch(QStringLiteral("/api/sites/example.com"),
                             R"({"timezone": "Mars/Olympus_Mons"})", AdminKey);
        QCOMPARE(r.status, 400);
        QVERIFY2(r.error().contains(QStringLiteral("Mars/Olympus_Mons")), qPrintable(r.error()));
        for (const QByteArray &body : {QByteArray("not json"), QByteArray("{}"),
                                      QByteArray(R"({"timezone": 3})")}) {
            r = patch(QStringLiteral("/api/sites/example.com"), body, AdminKey);
            QCOMPARE(r.status, 400);
            QVERIFY2(r.error().contains(QStringLiteral("timezone")), qPrintable(r.error()));
        }
        // Nothing changed.
        r = s.get(QStringLiteral("/api/sites/example.com"), SiteKey);
        QCOMPARE(ApiFixture::object(r).value(QStringLiteral("timezone")).toString(),
                 QStringLiteral("UTC"));
    }

    // Reports read the zone when they run: "today" (the clock stands at 10:12 UTC on 14 Nov)
    // is 15 Nov in UTC+14 from the next question on, also on the query pool's workers,
    // whose engines outlive the change. (Days already counted keep the boundaries of their
    // daily totals: the store does not recount them.)
    void reportsUseTheNewZone()
    {
        auto today = [this] {
            const HttpResult r = s.get(QStringLiteral("/api/stats?site=example.com&period=day"));
            return ApiFixture::object(r)
                .value(QStringLiteral("period"))
                .toObject()
                .value(QStringLiteral("from"))
                .toString();
        };
        QCOMPARE(today(), QStringLiteral("2023-11-14"));
        QCOMPARE(today(), QStringLiteral("2023-11-14")); // every worker has seen the site
        HttpResult r = patch(QStringLiteral("/api/sites/example.com"),
                             R"({"timezone": "Pacific/Kiritimati"})", AdminKey);
        QCOMPARE(r.status, 200);
        QCOMPARE(ApiFixture::object(r).value(QStringLiteral("timezone")).toString(),
                 QStringLiteral("Pacific/Kiritimati"));
        r = s.get(QStringLiteral("/api/sites"), SiteKey);
        QCOMPARE(ApiFixture::object(r)
                     .value(QStringLiteral("sites"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("timezone"))
                     .toString(),
                 QStringLiteral("Pacific/Kiritimati"));
        for (int i = 0; i < 4; ++i) // whichever worker answers
            QCOMPARE(today(), QStringLiteral("2023-11-15"));
        QCOMPARE(patch(QStringLiteral("/api/sites/example.com"), R"({"timezone": "UTC"})", AdminKey)
                     .status,
                 200);
        QCOMPARE(today(), QStringLiteral("2023-11-14"));
    }
};

QTEST_MAIN(tst_SitesApi)
#include "tst_sitesapi.moc"
