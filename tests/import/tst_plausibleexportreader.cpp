// Plausible's CSV export read back (import/plausibleexportreader.h): a sample written the
// way Plausible writes it (ClickHouse's CSVWithNames: quoted header names, quoted dates and
// strings, bare numbers; a zip of one file per table, stored), in a zip and unpacked in a
// folder, gives the sums each row holds under the dimensions its table answers; bad input
// is named by file, line and column, and nothing of it is kept.

#include "core/zipwriter.h"
#include "import/plausibleexportreader.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace raycstr;

namespace {

const QString Range = QStringLiteral("_20240301_20240302.csv");

// Plausible's export of two days, as lib/plausible/exports.ex selects the columns.
QMap<QString, QByteArray> sample()
{
    QMap<QString, QByteArray> files;
    files["imported_visitors"] = "\"date\",\"visitors\",\"pageviews\",\"bounces\",\"visits\","
                                 "\"visit_duration\"\n"
                                 "\"2024-03-01\",10,25,4,12,1800\n"
                                 "\"2024-03-02\",7,11,5,8,240\n";
    files["imported_sources"]
        = "\"date\",\"source\",\"referrer\",\"utm_source\",\"utm_medium\",\"utm_campaign\","
          "\"utm_content\",\"utm_term\",\"pageviews\",\"visitors\",\"visits\",\"visit_duration\","
          "\"bounces\"\n"
          "\"2024-03-01\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",10,4,5,600,2\n"
          "\"2024-03-01\",\"Google\",\"google.com\",\"\",\"\",\"\",\"\",\"\",9,4,4,900,1\n"
          "\"2024-03-01\",\"Newsletter\",\"\",\"newsletter\",\"email\",\"spring, \"\"big\"\" "
          "sale\",\"\",\"\",6,2,3,300,1\n"
          "\"2024-03-02\",\"Google\",\"google.com\",\"\",\"\",\"\",\"\",\"\",11,7,8,240,5\n";
    files["imported_pages"]
        = "\"date\",\"hostname\",\"page\",\"visits\",\"visitors\",\"pageviews\","
          "\"total_scroll_depth\",\"total_scroll_depth_visits\"\n"
          "\"2024-03-01\",\"example.com\",\"/\",9,8,15,0,0\n"
          "\"2024-03-01\",\"example.com\",\"/blog\",5,4,10,300,4\n"
          "\"2024-03-02\",\"example.com\",\"/\",8,7,11,\\N,\\N\n";
    files["imported_entry_pages"] = "\"date\",\"entry_page\",\"visitors\",\"entrances\","
                                    "\"visit_duration\",\"bounces\",\"pageviews\"\n"
                                    "\"2024-03-01\",\"/\",8,10,1500,3,20\n"
                                    "\"2024-03-01\",\"/blog\",2,2,300,1,5\n";
    files["imported_exit_pages"] = "\"date\",\"exit_page\",\"visitors\",\"visit_duration\","
                                   "\"exits\",\"bounces\",\"pageviews\"\n"
                                   "\"2024-03-01\",\"/blog\",6,1200,7,2,14\n";
    files["imported_custom_events"]
        = "\"date\",\"name\",\"link_url\",\"path\",\"visitors\",\"events\"\n"
          "\"2024-03-01\",\"Signup\",\"\",\"\",3,4\n"
          "\"2024-03-01\",\"Outbound Link: Click\",\"https://a.example\",\"\",1,1\n"
          "\"2024-03-01\",\"Outbound Link: Click\",\"https://b.example\",\"\",2,2\n"
          "\"2024-03-01\",\"engagement\",\"\",\"\",9,30\n";
    files["imported_locations"]
        = "\"date\",\"country\",\"region\",\"city\",\"visitors\",\"visits\","
          "\"visit_duration\",\"bounces\",\"pageviews\"\n"
          "\"2024-03-01\",\"DE\",\"DE-BE\",2950159,6,7,1000,2,15\n"
          "\"2024-03-01\",\"DE\",\"DE-HH\",2911298,1,1,0,1,1\n"
          "\"2024-03-01\",\"US\",\"\",0,3,4,800,1,9\n";
    files["imported_devices"] = "\"date\",\"device\",\"visitors\",\"visits\",\"visit_duration\","
                                "\"bounces\",\"pageviews\"\n"
                                "\"2024-03-01\",\"Desktop\",6,8,1200,2,18\n"
                                "\"2024-03-01\",\"Mobile\",4,4,600,2,7\n";
    files["imported_browsers"] = "\"date\",\"browser\",\"browser_version\",\"visitors\",\"visits\","
                                 "\"visit_duration\",\"bounces\",\"pageviews\"\n"
                                 "\"2024-03-01\",\"Firefox\",\"123.0\",3,4,700,1,9\n"
                                 "\"2024-03-01\",\"Firefox\",\"122.0\",1,1,0,1,1\n";
    files["imported_operating_systems"]
        = "\"date\",\"operating_system\",\"operating_system_version\",\"visitors\",\"visits\","
          "\"visit_duration\",\"bounces\",\"pageviews\"\n"
          "\"2024-03-01\",\"GNU/Linux\",\"\",5,6,900,2,12\n";
    return files;
}

Metrics metrics(qint64 visitors, qint64 visits, qint64 pageviews, qint64 events, qint64 bounces,
                qint64 duration)
{
    return {visitors, visits, pageviews, events, bounces, duration};
}

qint64 day(int y, int m, int d)
{
    return QDate(1970, 1, 1).daysTo(QDate(y, m, d));
}

} // namespace

class tst_PlausibleExportReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tableNames();
    void readsZip();
    void readsFolder();
    void badInput_data();
    void badInput();
    void notAnExport();
    void twoFilesForOneTable();

private:
    QString writeZip(const QMap<QString, QByteArray> &files, const QString &name = "export.zip");
    QString writeFolder(const QMap<QString, QByteArray> &files);
    void checkSample(const PlausibleExportReader &reader);
    QTemporaryDir m_dir;
    int m_count = 0;
};

QString tst_PlausibleExportReader::writeZip(const QMap<QString, QByteArray> &files,
                                            const QString &name)
{
    const QString path = m_dir.filePath(QString::number(++m_count) + name);
    ZipWriter zip;
    QString error;
    if (!zip.open(path, &error))
        qFatal("%s", qPrintable(error));
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        if (!zip.add(it.key() + Range, it.value(), &error))
            qFatal("%s", qPrintable(error));
    if (!zip.close(&error))
        qFatal("%s", qPrintable(error));
    return path;
}

QString tst_PlausibleExportReader::writeFolder(const QMap<QString, QByteArray> &files)
{
    const QString path = m_dir.filePath(QStringLiteral("folder%1").arg(++m_count));
    QDir().mkpath(path);
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        QFile f(path + QLatin1Char('/') + it.key() + Range);
        if (!f.open(QIODevice::WriteOnly) || f.write(it.value()) != it.value().size())
            qFatal("cannot write %s", qPrintable(f.fileName()));
    }
    QFile other(path + QStringLiteral("/README.txt")); // not one of the export's files
    if (!other.open(QIODevice::WriteOnly))
        qFatal("cannot write README");
    return path;
}

void tst_PlausibleExportReader::tableNames()
{
    QCOMPARE(PlausibleExportReader::tableOf("imported_pages_20240101_20240131.csv"),
             QStringLiteral("imported_pages"));
    QCOMPARE(PlausibleExportReader::tableOf("imported_entry_pages_20240101_20240131.csv"),
             QStringLiteral("imported_entry_pages"));
    QCOMPARE(PlausibleExportReader::tableOf("imported_visitors.csv"),
             QStringLiteral("imported_visitors"));
    QCOMPARE(PlausibleExportReader::tableOf("imported_custom_props_20240101_20240131.csv"),
             QString());
    QCOMPARE(PlausibleExportReader::tableOf("events_20240101_20240131.csv"), QString());
    QCOMPARE(PlausibleExportReader::tableNames().size(), 10);
}

void tst_PlausibleExportReader::checkSample(const PlausibleExportReader &reader)
{
    const auto &days = reader.days();
    QCOMPARE(days.keys(), (QList<qint64> {day(2024, 3, 1), day(2024, 3, 2)}));
    const DayAggregates &first = days.value(day(2024, 3, 1));
    const auto at = [&](Dimension dim, const char *value) {
        return first.value({dim, QString::fromUtf8(value)});
    };
    // Totals: imported_visitors, plus the custom events (engagement left out).
    QCOMPARE(at(Dimension::Total, ""), metrics(10, 12, 25, 7, 4, 1800));
    // Sources: each row under its source, referrer and UTM fields.
    QCOMPARE(at(Dimension::Source, ""), metrics(4, 5, 10, 0, 2, 600));
    QCOMPARE(at(Dimension::Source, "Google"), metrics(4, 4, 9, 0, 1, 900));
    QCOMPARE(at(Dimension::Referrer, "google.com"), metrics(4, 4, 9, 0, 1, 900));
    QCOMPARE(at(Dimension::Referrer, ""), metrics(6, 8, 16, 0, 3, 900));
    QCOMPARE(at(Dimension::UtmCampaign, "spring, \"big\" sale"), metrics(2, 3, 6, 0, 1, 300));
    QCOMPARE(at(Dimension::UtmMedium, "email"), metrics(2, 3, 6, 0, 1, 300));
    QCOMPARE(at(Dimension::UtmSource, "newsletter"), metrics(2, 3, 6, 0, 1, 300));
    QCOMPARE(at(Dimension::UtmSource, ""), metrics(8, 9, 19, 0, 3, 1500));
    // Pages: visits, visitors, pageviews (scroll depth ignored; \N is 0).
    QCOMPARE(at(Dimension::Page, "/blog"), metrics(4, 5, 10, 0, 0, 0));
    QCOMPARE(days.value(day(2024, 3, 2)).value({Dimension::Page, "/"}), metrics(7, 8, 11, 0, 0, 0));
    // Entrances and exits are the visits of entry and exit pages.
    QCOMPARE(at(Dimension::EntryPage, "/"), metrics(8, 10, 20, 0, 3, 1500));
    QCOMPARE(at(Dimension::ExitPage, "/blog"), metrics(6, 7, 14, 0, 2, 1200));
    // Custom events: rows of one name summed (link_url apart); engagement is no custom event.
    QCOMPARE(at(Dimension::EventName, "Signup"), metrics(3, 0, 0, 4, 0, 0));
    QCOMPARE(at(Dimension::EventName, "Outbound Link: Click"), metrics(3, 0, 0, 3, 0, 0));
    QVERIFY(!first.contains({Dimension::EventName, QStringLiteral("engagement")}));
    QCOMPARE(reader.skipped().value(QStringLiteral("engagement")), 1);
    // Countries summed over regions and cities; browsers and systems over versions.
    QCOMPARE(at(Dimension::Country, "DE"), metrics(7, 8, 16, 0, 3, 1000));
    QCOMPARE(at(Dimension::Country, "US"), metrics(3, 4, 9, 0, 1, 800));
    QCOMPARE(at(Dimension::Device, "Mobile"), metrics(4, 4, 7, 0, 2, 600));
    QCOMPARE(at(Dimension::Browser, "Firefox"), metrics(4, 5, 10, 0, 2, 700));
    QCOMPARE(at(Dimension::Os, "GNU/Linux"), metrics(5, 6, 12, 0, 2, 900));
    QCOMPARE(reader.rowsRead(), 24); // the engagement row included
    QStringList names;
    for (const QString &table : sample().keys())
        names.append(table + Range);
    names.sort();
    QCOMPARE(reader.fileNames(), names);
}

void tst_PlausibleExportReader::readsZip()
{
    PlausibleExportReader reader(writeZip(sample()));
    QList<qint64> progress;
    qint64 bytes = 0;
    reader.setProgress([&](qint64 done, qint64 total) {
        bytes = total;
        progress.append(done);
    });
    ImportError error;
    QVERIFY2(reader.read(&error), qPrintable(error.toString()));
    checkSample(reader);
    // After each file, the bytes read so far: all of them at the end.
    qint64 all = 0;
    for (const QByteArray &csv : sample())
        all += csv.size();
    QCOMPARE(bytes, all);
    QCOMPARE(progress.size(), 10);
    QCOMPARE(progress.last(), all);
    QVERIFY(std::is_sorted(progress.cbegin(), progress.cend()));
}

void tst_PlausibleExportReader::readsFolder()
{
    PlausibleExportReader reader(writeFolder(sample()));
    ImportError error;
    QVERIFY2(reader.read(&error), qPrintable(error.toString()));
    checkSample(reader);
    QCOMPARE(reader.skipped().value(QStringLiteral("other_file")), 1);
}

void tst_PlausibleExportReader::badInput_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<qint64>("column");
    QTest::addColumn<QString>("message");
    const QByteArray pagesHeader
        = "\"date\",\"hostname\",\"page\",\"visits\",\"visitors\",\"pageviews\"\n";
    QTest::newRow("bad number") << "imported_pages"
                                << pagesHeader
            + "\"2024-03-01\",\"example.com\",\"/\",9,8,15\n"
              "\"2024-03-02\",\"example.com\",\"/\",9,eight,15\n"
                                << qint64(3) << qint64(34) << "whole number ≥ 0 in visitors";
    QTest::newRow("negative") << "imported_pages"
                              << pagesHeader + "\"2024-03-01\",\"example.com\",\"/\",-9,8,15\n"
                              << qint64(2) << qint64(32) << "found '-9'";
    QTest::newRow("bad date") << "imported_pages"
                              << pagesHeader + "\"2024-02-30\",\"example.com\",\"/\",9,8,15\n"
                              << qint64(2) << qint64(1) << "not a date";
    QTest::newRow("fields") << "imported_pages"
                            << pagesHeader + "\"2024-03-01\",\"example.com\",\"/\",9,8\n"
                            << qint64(2) << qint64(34) << "expected 6 fields";
    QTest::newRow("no page column")
        << "imported_pages" << QByteArray("\"date\",\"hostname\",\"visitors\"\n") << qint64(1)
        << qint64(29) << "no column 'page'";
    QTest::newRow("no visitors column")
        << "imported_visitors" << QByteArray("\"date\",\"pageviews\"\n\"2024-03-01\",3\n")
        << qint64(1) << qint64(19) << "no column 'visitors'";
    QTest::newRow("open quote") << "imported_sources"
                                << QByteArray("\"date\",\"source\",\"visitors\"\n"
                                              "\"2024-03-01\",\"Goo,3\n")
                                << qint64(2) << qint64(14) << "never closed";
    QTest::newRow("empty") << "imported_devices" << QByteArray() << qint64(1) << qint64(1)
                           << "empty file";
}

void tst_PlausibleExportReader::badInput()
{
    QFETCH(QString, table);
    QFETCH(QByteArray, csv);
    QFETCH(qint64, line);
    QFETCH(qint64, column);
    QFETCH(QString, message);
    QMap<QString, QByteArray> files = sample();
    files[table] = csv;
    const QString zipPath = writeZip(files);
    for (const QString &path : {zipPath, writeFolder(files)}) {
        PlausibleExportReader reader(path);
        ImportError error;
        QVERIFY(!reader.read(&error));
        // The file inside the zip (or the folder), and where in it.
        QCOMPARE(error.file, path + QLatin1Char('/') + table + Range);
        QCOMPARE(error.line, line);
        QCOMPARE(error.column, column);
        QVERIFY2(error.message.contains(message), qPrintable(error.message));
        QVERIFY(error.toString().startsWith(error.file
                                            + QStringLiteral(":%1:%2: ").arg(line).arg(column)));
        QVERIFY(reader.days().isEmpty()); // nothing of a bad export is kept
    }
}

void tst_PlausibleExportReader::notAnExport()
{
    ImportError error;
    PlausibleExportReader missing(m_dir.filePath(QStringLiteral("nothing-here.zip")));
    QVERIFY(!missing.read(&error));
    QVERIFY(error.message.contains(QStringLiteral("no such file")));

    const QString text = m_dir.filePath(QStringLiteral("export.csv"));
    QFile f(text);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("\"date\",\"visitors\"\n");
    f.close();
    PlausibleExportReader notZip(text);
    QVERIFY(!notZip.read(&error));
    QCOMPARE(error.file, text);
    QVERIFY2(error.message.contains(QStringLiteral("not a zip archive")),
             qPrintable(error.message));

    PlausibleExportReader otherZip(writeZip({{QStringLiteral("events"), "a,b\n"}}));
    QVERIFY(!otherZip.read(&error));
    QVERIFY2(error.message.contains(QStringLiteral("no imported_*.csv files")),
             qPrintable(error.message));
}

void tst_PlausibleExportReader::twoFilesForOneTable()
{
    const QString folder = writeFolder(sample());
    QFile copy(folder + QStringLiteral("/imported_pages.csv"));
    QVERIFY(copy.open(QIODevice::WriteOnly));
    copy.write(sample().value(QStringLiteral("imported_pages")));
    copy.close();
    PlausibleExportReader reader(folder);
    ImportError error;
    QVERIFY(!reader.read(&error));
    QVERIFY2(error.message.contains(QStringLiteral("two files for imported_pages")),
             qPrintable(error.message));
}

QTEST_GUILESS_MAIN(tst_PlausibleExportReader)
#include "tst_plausibleexportreader.moc"
