// The web dashboard's server side over real HTTP: the page and its assets with their
// security and cache headers, gzip, 304s, and the site list per kind of credential. What
// the page does in a browser: tests/e2e/web.e2e.mjs.

#include "api/webdashboard.h"
#include "common/apifixture.h"

using namespace raycstr;
using namespace raycstr::testing;

class tst_WebDashboard : public QObject
{
    Q_OBJECT

    ApiFixture s;
    std::unique_ptr<WebDashboard> web;

    HttpResult get(const QString &path, QList<QPair<QByteArray, QByteArray>> headers = {})
    {
        return s.client->request("GET", path, QByteArray(), headers);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(s.start());
        web = std::make_unique<WebDashboard>(&s.access);
        QString error;
        QVERIFY2(web->open(s.fixture.dir.path(), &error), qPrintable(error));
        web->registerRoutes(s.http);
        s.auth.addShare("share-secret", s.fixture.siteId);
    }

    void pageCarriesTheSecurityHeaders_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("root") << QStringLiteral("/");
        QTest::newRow("share") << QStringLiteral("/share/example.com?auth=share-secret");
    }

    void pageCarriesTheSecurityHeaders()
    {
        QFETCH(QString, path);
        const HttpResult r = get(path);
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("Content-Type").startsWith("text/html"));
        QCOMPARE(r.header("Content-Security-Policy"), WebDashboard::contentSecurityPolicy());
        QVERIFY(r.header("Content-Security-Policy").contains("frame-ancestors 'none'"));
        QVERIFY(!r.header("Content-Security-Policy").contains("unsafe"));
        QCOMPARE(r.header("X-Content-Type-Options"), QByteArray("nosniff"));
        QCOMPARE(r.header("Referrer-Policy"), QByteArray("no-referrer"));
        QCOMPARE(r.header("Cache-Control"), QByteArray("no-cache"));
        // Assets are named by content hash, so they may be cached for good.
        QVERIFY(r.body.contains("/app/app.js?v="));
        QVERIFY(!r.body.contains("?v=dev"));
        QVERIFY(!r.body.contains("<script>"));
    }

    void assetsAreGzippedAndCached()
    {
        HttpResult plain = get(QStringLiteral("/app/app.js"), {{"Accept-Encoding", "identity"}});
        QCOMPARE(plain.status, 200);
        QVERIFY(plain.header("Content-Type").startsWith("text/javascript"));
        QVERIFY(plain.header("Content-Encoding").isEmpty());
        QVERIFY(plain.header("Cache-Control").contains("immutable"));
        QVERIFY(!plain.header("Content-Security-Policy").isEmpty());
        const QByteArray etag = plain.header("ETag");
        QVERIFY(!etag.isEmpty());
        const HttpResult again = get(QStringLiteral("/app/app.js"), {{"If-None-Match", etag}});
        QCOMPARE(again.status, 304);
        // QNetworkAccessManager asks for gzip itself and inflates the body: the answer is
        // the same script, sent compressed.
        const HttpResult gz = get(QStringLiteral("/app/app.css"));
        QCOMPARE(gz.status, 200);
        QVERIFY(gz.header("Vary").contains("Accept-Encoding"));
        QCOMPARE(get(QStringLiteral("/app/nope.js")).status, 404);
        QCOMPARE(get(QStringLiteral("/app/index.html")).status, 404);
        QCOMPARE(s.client->request("POST", QStringLiteral("/")).status, 405);
    }

    void sitesPerCredential()
    {
        QCOMPARE(get(QStringLiteral("/api/dashboard/sites")).status, 401);
        auto sites = [this](QList<QPair<QByteArray, QByteArray>> headers, const QString &query) {
            const HttpResult r = get(QStringLiteral("/api/dashboard/sites") + query, headers);
            return QJsonDocument::fromJson(r.body).object();
        };
        QJsonObject all = sites({{"Authorization", "Bearer " + AllSitesKey}}, QString());
        QCOMPARE(all.value(QStringLiteral("sites")).toArray().size(), 2);
        QCOMPARE(all.value(QStringLiteral("read_only")).toBool(), false);
        QJsonObject one = sites({{"Authorization", "Bearer " + SiteKey}}, QString());
        QCOMPARE(one.value(QStringLiteral("sites")).toArray().size(), 1);
        QCOMPARE(one.value(QStringLiteral("sites"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("domain")),
                 QJsonValue(QStringLiteral("example.com")));
        QJsonObject share = sites({}, QStringLiteral("?auth=share-secret"));
        QCOMPARE(share.value(QStringLiteral("sites")).toArray().size(), 1);
        QCOMPARE(share.value(QStringLiteral("read_only")).toBool(), true);
    }
};

QTEST_GUILESS_MAIN(tst_WebDashboard)
#include "tst_webdashboard.moc"
