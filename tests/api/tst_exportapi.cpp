// GET /api/sites/{site}/export, in-process on port 0 (apifixture.h): the zip is the bytes
// DashboardExport makes for the same request and clock (what `raycstr-server export` writes;
// tests/app/tst_exportcli compares the two executables' paths end to end), with Plausible's
// ten files and the stats API's numbers in them; a read key is enough, a wrong key is 401,
// another site's 403; bad parameters are 400 with the reason; a saturated pool is 503 with
// Retry-After; an export past the memory bound is 422.

#include "api/dashboardexport.h"
#include "api/exportapi.h"
#include "api/filtersyntax.h"
#include "common/apifixture.h"
#include "common/gate.h"
#include "core/zipreader.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace raycstr;
using namespace raycstr::testing;

namespace {

const QByteArray AdminKey = "key-admin-example";
const QString Day = QStringLiteral("period=day&date=2023-11-14");

} // namespace

class tst_ExportApi : public QObject
{
    Q_OBJECT

    ApiFixture s;

    HttpResult get(const QString &query, const QByteArray &key = SiteKey,
                   const QString &site = QStringLiteral("example.com"))
    {
        // The one worker may still be on its way back from the last export (it runs ten nice
        // steps down, so on a loaded machine for a while): a 503 then is the pool's right
        // answer, and the question is asked again, as a client told Retry-After would.
        QElapsedTimer waited;
        waited.start();
        for (;;) {
            HttpResult r = s.get(QStringLiteral("/api/sites/%1/export?%2").arg(site, query), key);
            if (r.status != 503 || m_expectBusy || waited.elapsed() > 20000)
                return r;
            QTest::qWait(50);
        }
    }
    bool m_expectBusy = false;
    static QString reason(const HttpResult &r)
    {
        return ApiFixture::object(r).value(QStringLiteral("error")).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        s.poolOptions.workers = 1;
        s.poolOptions.queued = 1;
        QVERIFY(s.start());
        QVERIFY2(s.queryError.isEmpty(), qPrintable(s.queryError));
        s.auth.addKey(AdminKey, s.fixture.siteId, true);
    }
    void zipIsTheExportsBytes()
    {
        const HttpResult r = get(Day + QStringLiteral("&filter=page%3D%3D/"));
        QVERIFY2(r.status == 200, r.body.constData());
        QCOMPARE(r.header("Content-Type"), QByteArray("application/zip"));
        QCOMPARE(r.header("Content-Disposition"),
                 QByteArray("attachment; filename=\"example.com_20231114_20231114.zip\""));

        // What the CLI's code makes of the same request, on an engine of its own.
        query::QueryEngine engine(Database::pathIn(s.fixture.dir.path()), &s.fixture.clock);
        QString error;
        QVERIFY2(engine.open(&error), qPrintable(error));
        const auto site = engine.site(QStringLiteral("example.com"), &error);
        QVERIFY(site);
        QString periodError;
        const auto period = query::Period::parse(
            QStringLiteral("day"), QStringLiteral("2023-11-14"), {}, {}, &periodError);
        QVERIFY(period);
        const auto filter = FilterSyntax::parse(QStringLiteral("page==/"), &error);
        QVERIFY(filter);
        const auto expected = DashboardExport(&engine, s.fixture.dir.path(), &s.fixture.clock)
                                  .run({*site, *period, {*filter}, {}}, &error);
        QVERIFY2(expected, qPrintable(error));
        QCOMPARE(r.body.size(), expected->zip.size());
        QVERIFY(r.body == expected->zip);

        // And it is a zip with Plausible's ten files; the visitors file says 2 (A and B
        // landed on /) and its pageviews the 3 views of / that day.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("export.zip"));
        QVERIFY(DashboardExport::save(path, r.body, &error));
        ZipReader zip;
        QVERIFY2(zip.open(path, &error), qPrintable(error));
        QCOMPARE(zip.names().size(), PlausibleExport::tableNames().size());
        const QString visitors = QStringLiteral("imported_visitors_20231114_20231114.csv");
        QVERIFY(zip.names().contains(visitors));
        QVERIFY(zip.extract(visitors, dir.filePath(visitors), &error));
        QFile csv(dir.filePath(visitors));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(1).startsWith("2023-11-14,2,"), lines.at(1).constData());
    }

    void keys()
    {
        QCOMPARE(get(Day, AdminKey).status, 200);
        QCOMPARE(get(Day, QByteArray()).status, 401);
        QCOMPARE(get(Day, "key-that-does-not-exist").status, 401);
        QCOMPARE(get(Day, RevokedKey).status, 401);
        QCOMPARE(get(Day, OtherSiteKey).status, 403);
        QCOMPARE(get(Day, AllSitesKey, QStringLiteral("nowhere.test")).status, 404);
        QCOMPARE(
            s.get(QStringLiteral("/api/sites/example.com/export?") + Day, SiteKey, "POST").status,
            405);
    }

    void badParameters_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("says");
        QTest::newRow("period") << "period=fortnight"
                                << "period";
        QTest::newRow("date") << "period=day&date=2023-13-40"
                              << "date";
        QTest::newRow("filter") << "filter=colour%3D%3Dred"
                                << "colour";
        QTest::newRow("custom without to") << "period=custom&from=2023-11-01"
                                           << "to";
        QTest::newRow("unknown parameter") << "period=day&events=csv"
                                           << "events";
    }
    void badParameters()
    {
        QFETCH(QString, query);
        QFETCH(QString, says);
        const HttpResult r = get(query);
        QCOMPARE(r.status, 400);
        QVERIFY2(reason(r).contains(says), qPrintable(reason(r)));
    }

    // Every worker busy and no room in the queue: 503 now, with when to come back.
    void saturatedPoolIs503()
    {
        Gate gate;
        gate.close();
        QTRY_COMPARE_WITH_TIMEOUT(s.pool->pending(), 0, 20000);
        // One job held on the worker, one waiting in the queue: the pool is full.
        const auto held = [&gate](query::QueryEngine &) { gate.pass(); };
        QVERIFY(s.pool->tryRun(held));
        QTRY_COMPARE_WITH_TIMEOUT(gate.waiting.load(), 1, 20000);
        QVERIFY(s.pool->tryRun(held));
        m_expectBusy = true;
        const HttpResult r = get(Day);
        m_expectBusy = false;
        gate.open();
        QCOMPARE(r.status, 503);
        QVERIFY(r.header("Retry-After").toInt() >= 1);
        QTRY_COMPARE_WITH_TIMEOUT(s.pool->pending(), 0, 20000);
        QCOMPARE(get(Day).status, 200);
    }

    void pastTheMemoryBoundIs422()
    {
        s.exports->setMaxBytes(200);
        const HttpResult r = get(Day);
        s.exports->setMaxBytes(ExportApi::MaxBytes);
        QCOMPARE(r.status, 422);
        QVERIFY2(reason(r).contains(QLatin1String("limit")), qPrintable(reason(r)));
    }
};

QTEST_MAIN(tst_ExportApi)
#include "tst_exportapi.moc"
