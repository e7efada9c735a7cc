// The export in Plausible's CSV layout (api/plausibleexport.h) against the fixed traffic of
// common/apifixture.h: the ten imported_* files with the names and headers Plausible's CSV
// importer reads, rows equal to the stats API's answers for the same day, and the zip
// (core/zipwriter.h) read back by an independent reader (Python's zipfile).

#include "api/eventexport.h"
#include "api/plausibleexport.h"
#include "common/apifixture.h"
#include "core/zipwriter.h"

#include <QProcess>
#include <sys/stat.h>

using namespace raycstr;
using namespace raycstr::testing;

namespace {

// Plausible's CSV importer (lib/plausible/imported/csv_importer.ex): table → columns.
const QList<QPair<QString, QString>> PlausibleTables = {
    {"imported_visitors", "date,visitors,pageviews,bounces,visits,visit_duration"},
    {"imported_sources",
     "date,source,referrer,utm_source,utm_medium,utm_campaign,utm_content,"
     "utm_term,pageviews,visitors,visits,visit_duration,bounces"},
    {"imported_pages",
     "date,hostname,page,visits,visitors,pageviews,scroll_depth,"
     "pageleave_visitors"},
    {"imported_entry_pages",
     "date,entry_page,visitors,entrances,visit_duration,bounces,"
     "pageviews"},
    {"imported_exit_pages", "date,exit_page,visitors,visit_duration,exits,bounces,pageviews"},
    {"imported_custom_events", "date,name,link_url,path,visitors,events"},
    {"imported_locations",
     "date,country,region,city,visitors,visits,visit_duration,bounces,"
     "pageviews"},
    {"imported_devices", "date,device,visitors,visits,visit_duration,bounces,pageviews"},
    {"imported_browsers",
     "date,browser,browser_version,visitors,visits,visit_duration,bounces,"
     "pageviews"},
    {"imported_operating_systems",
     "date,operating_system,operating_system_version,visitors,"
     "visits,visit_duration,bounces,pageviews"},
};

QList<QStringList> rows(const QByteArray &csv)
{
    QList<QStringList> out;
    for (const QByteArray &line : csv.split('\n'))
        if (!line.trimmed().isEmpty())
            out.append(QString::fromUtf8(line.trimmed()).split(QLatin1Char(','))); // no quotes here
    return out;
}

} // namespace

class tst_PlausibleExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(api.start()); }
    void filesInPlausiblesLayout();
    void numbersEqualTheStatsApi();
    void zipReadsBack();
    void rawEvents();

private:
    QList<PlausibleExport::File> exportDay();
    ApiFixture api;
};

QList<PlausibleExport::File> tst_PlausibleExport::exportDay()
{
    QString error;
    const auto site = api.queries->site(QStringLiteral("example.com"), &error);
    if (!site)
        return {};
    const auto period
        = query::Period::parse(QStringLiteral("day"), QStringLiteral("2023-11-14"), {}, {}, &error);
    const auto files = PlausibleExport(api.queries.get()).run(*site, *period, {}, &error);
    if (!files)
        qWarning("%s", qPrintable(error));
    return files.value_or(QList<PlausibleExport::File> {});
}

void tst_PlausibleExport::filesInPlausiblesLayout()
{
    const QList<PlausibleExport::File> files = exportDay();
    QCOMPARE(files.size(), PlausibleTables.size());
    for (qsizetype i = 0; i < files.size(); ++i) {
        const auto &[table, header] = PlausibleTables.at(i);
        QCOMPARE(files.at(i).name, table + QStringLiteral("_20231114_20231114.csv"));
        QCOMPARE(rows(files.at(i).csv).first().join(QLatin1Char(',')), header);
        for (const QStringList &r : rows(files.at(i).csv).mid(1)) {
            QCOMPARE(r.size(), header.count(QLatin1Char(',')) + 1);
            QCOMPARE(r.first(), QStringLiteral("2023-11-14"));
        }
    }
}

void tst_PlausibleExport::numbersEqualTheStatsApi()
{
    const QList<PlausibleExport::File> files = exportDay();
    QCOMPARE(files.size(), PlausibleTables.size());
    const auto byName = [&](const char *table) {
        for (const auto &f : files)
            if (f.name.startsWith(QLatin1String(table) + QLatin1Char('_')))
                return rows(f.csv);
        return QList<QStringList> {};
    };
    // imported_visitors: the day's overview (3 visitors, 4 pageviews, 1 bounce in 3 visits).
    const QJsonObject o = ApiFixture::object(
        api.get(QStringLiteral("/api/events/example.com/overview?period=day&date=2023-11-14")));
    QList<QStringList> v = byName("imported_visitors");
    QCOMPARE(v.size(), 2);
    QCOMPARE(v.at(1).at(1), QString::number(o.value(QStringLiteral("visitors")).toInt()));
    QCOMPARE(v.at(1).at(1), QStringLiteral("3"));
    QCOMPARE(v.at(1).at(2), QStringLiteral("4"));
    QCOMPARE(v.at(1).at(3), QStringLiteral("1"));
    QCOMPARE(v.at(1).at(4), QStringLiteral("3"));

    // Breakdowns: each file's rows equal the stats API's rows for the same day.
    const QList<QPair<const char *, QString>> pairs = {
        {"imported_pages", QStringLiteral("pages")},
        {"imported_sources", QStringLiteral("sources")},
        {"imported_locations", QStringLiteral("countries")},
        {"imported_devices", QStringLiteral("devices")},
        {"imported_entry_pages", QStringLiteral("breakdown?by=entry_page&")},
        {"imported_browsers", QStringLiteral("breakdown?by=browser&")},
        {"imported_custom_events", QStringLiteral("breakdown?by=event_name&")},
    };
    for (const auto &[table, route] : pairs) {
        const QList<QStringList> r = byName(table);
        const QStringList header = r.first();
        const int valueColumn = std::string_view(table) == "imported_pages" ? 2 : 1;
        const QString path = QStringLiteral("/api/events/example.com/") + route
            + (route.contains(QLatin1Char('?')) ? QString() : QStringLiteral("?"))
            + QStringLiteral("period=day&date=2023-11-14");
        const QJsonArray apiRows
            = ApiFixture::object(api.get(path)).value(QStringLiteral("rows")).toArray();
        QVERIFY2(!apiRows.isEmpty(), table);
        QCOMPARE(r.size() - 1, apiRows.size());
        for (const QJsonValue &jv : apiRows) {
            const QJsonObject row = jv.toObject();
            const QString value = row.value(QStringLiteral("value")).toString();
            const auto found = std::find_if(r.cbegin() + 1, r.cend(), [&](const QStringList &c) {
                return c.at(valueColumn) == value;
            });
            QVERIFY2(found != r.cend(), qPrintable(QLatin1String(table) + value));
            QCOMPARE(found->at(header.indexOf(QStringLiteral("visitors"))),
                     QString::number(row.value(QStringLiteral("visitors")).toInt()));
            const qsizetype pv = header.indexOf(QStringLiteral("pageviews"));
            if (pv >= 0)
                QCOMPARE(found->at(pv),
                         QString::number(row.value(QStringLiteral("pageviews")).toInt()));
        }
    }
    const QList<QStringList> events = byName("imported_custom_events");
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.at(1).at(1), QStringLiteral("signup"));
    QCOMPARE(events.at(1).at(5), QStringLiteral("1"));
}

void tst_PlausibleExport::zipReadsBack()
{
    const QList<PlausibleExport::File> files = exportDay();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export.zip"));
    QString error;
    ZipWriter zip;
    QVERIFY2(zip.open(path, &error), qPrintable(error));
    for (const auto &f : files)
        QVERIFY2(zip.add(f.name, f.csv, &error), qPrintable(error));
    QVERIFY2(zip.close(&error), qPrintable(error));
    struct stat st
    {
    };
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, 0600u);

    QProcess python;
    python.start(QStringLiteral("python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import sys, zipfile, hashlib\n"
                                 "z = zipfile.ZipFile(sys.argv[1])\n"
                                 "assert z.testzip() is None\n"
                                 "for i in z.infolist():\n"
                                 "    d = z.read(i)\n"
                                 "    print(i.filename, i.compress_type, len(d), "
                                 "hashlib.sha256(d).hexdigest())\n"),
                  path});
    QVERIFY(python.waitForFinished(20000));
    QCOMPARE(python.exitCode(), 0);
    QStringList expected;
    for (const auto &f : files)
        expected.append(
            QStringLiteral("%1 8 %2 %3")
                .arg(f.name)
                .arg(f.csv.size())
                .arg(QString::fromLatin1(
                    QCryptographicHash::hash(f.csv, QCryptographicHash::Sha256).toHex())));
    QCOMPARE(QString::fromUtf8(python.readAllStandardOutput()).trimmed().split(QLatin1Char('\n')),
             expected);
}

void tst_PlausibleExport::rawEvents()
{
    SqliteDb db;
    QString error;
    QVERIFY(Database::openReadOnly(&db, api.fixture.dir.path(), &error));
    const qint64 from = TrafficStartMs / 1000, to = from + 3600;
    qint64 count = 0;
    const auto csv = EventExport::run(&db, api.fixture.siteId, from, to, EventExport::Format::Csv,
                                      &count, &error);
    QVERIFY2(csv, qPrintable(error));
    const qint64 stored = api.fixture.query("SELECT count(*) FROM events");
    QVERIFY(stored >= 7); // 4 pageviews, 2 vitals, 1 custom event (and engagement, if any)
    QCOMPARE(count, stored);
    const QList<QByteArray> lines = csv->split('\n');
    QCOMPARE(QString::fromUtf8(lines.first().trimmed()),
             EventExport::columns().join(QLatin1Char(',')));
    QVERIFY(csv->contains("2023-11-14T10:02:00Z,pageview,example.com,/pricing"));
    qint64 ndCount = 0;
    const auto nd = EventExport::run(&db, api.fixture.siteId, from, to, EventExport::Format::Ndjson,
                                     &ndCount, &error);
    QVERIFY2(nd, qPrintable(error));
    QCOMPARE(ndCount, count);
    bool sawSignup = false;
    for (const QByteArray &line : nd->split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError pe;
        const QJsonObject o = QJsonDocument::fromJson(line, &pe).object();
        QCOMPARE(pe.error, QJsonParseError::NoError);
        QVERIFY(o.contains(QStringLiteral("time")));
        if (o.value(QStringLiteral("name")).toString() == QLatin1String("signup")) {
            sawSignup = true;
            QCOMPARE(o.value(QStringLiteral("props")).toObject().value(QStringLiteral("plan")),
                     QJsonValue(QStringLiteral("pro")));
            QCOMPARE(o.value(QStringLiteral("source")).toString(), QStringLiteral("Hacker News"));
        }
    }
    QVERIFY(sawSignup);
    // Nothing that identifies a visitor: no IP, no User-Agent string.
    for (const QByteArray *data : {&*csv, &*nd}) {
        QVERIFY(!data->contains("203.0.113."));
        QVERIFY(!data->contains("Mozilla/5.0"));
        QVERIFY(!data->contains("Gecko"));
    }
}

QTEST_MAIN(tst_PlausibleExport)
#include "tst_plausibleexport.moc"
