// Ga4ReportReader (import/ga4reportreader.h) on committed runReport answers
// (tests/data/ga4/runreport-*.json, shaped as GA4's Data API writes them): every row's sums
// land on its day under the documented values — "(direct)" direct, "google" Google,
// "l.facebook.com" Facebook, GA's own media and campaigns empty, a tagged campaign's
// utm_source/medium/campaign; GA's own events left out and counted, custom events also in
// the day's total; the same answer in a zip reads the same.

#include "core/zipwriter.h"
#include "import/ga4reportreader.h"

#include <QDate>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace raycstr;

namespace {

const QString Data = QStringLiteral(RAYCSTR_TEST_DATA_DIR "/ga4/");

qint64 day(int y, int m, int d)
{
    return QDate(1970, 1, 1).daysTo(QDate(y, m, d));
}

Metrics visit(qint64 visitors, qint64 visits, qint64 pageviews, qint64 bounces, qint64 duration)
{
    return Metrics {visitors, visits, pageviews, 0, bounces, duration};
}

} // namespace

class tst_Ga4ReportReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sources();
    void events();
    void zipReadsTheSame();
};

void tst_Ga4ReportReader::sources()
{
    Ga4ReportReader reader({Data + QStringLiteral("runreport-sources.json")});
    ImportError error;
    QVERIFY2(reader.read(&error), qPrintable(error.toString()));
    QCOMPARE(reader.rowsRead(), 4);
    QCOMPARE(reader.fileNames(), QStringList {QStringLiteral("runreport-sources.json")});
    const DayAggregates first = reader.days().value(day(2024, 3, 1));
    const DayAggregates second = reader.days().value(day(2024, 3, 2));
    QCOMPARE(reader.days().size(), 2);
    // 2 March: direct and Google, neither of them a campaign.
    QCOMPARE(second.value({Dimension::Source, QString()}), visit(41, 47, 96, 19, 2210));
    QCOMPARE(second.value({Dimension::Source, QStringLiteral("Google")}),
             visit(33, 35, 61, 17, 1408));
    QCOMPARE(second.value({Dimension::UtmMedium, QString()}), visit(74, 82, 157, 36, 3618));
    QCOMPARE(second.value({Dimension::UtmCampaign, QString()}), visit(74, 82, 157, 36, 3618));
    QCOMPARE(second.value({Dimension::UtmSource, QString()}), visit(74, 82, 157, 36, 3618));
    QCOMPARE(second.size(), 5);
    // 1 March: the newsletter campaign and Facebook's link shim.
    const Metrics newsletter = visit(12, 12, 30, 3, 940);
    QCOMPARE(first.value({Dimension::Source, QStringLiteral("newsletter")}), newsletter);
    QCOMPARE(first.value({Dimension::UtmSource, QStringLiteral("newsletter")}), newsletter);
    QCOMPARE(first.value({Dimension::UtmMedium, QStringLiteral("email")}), newsletter);
    QCOMPARE(first.value({Dimension::UtmCampaign, QStringLiteral("march_launch")}), newsletter);
    QCOMPARE(first.value({Dimension::Source, QStringLiteral("Facebook")}), visit(5, 6, 7, 4, 75));
    QCOMPARE(first.value({Dimension::UtmCampaign, QString()}), visit(5, 6, 7, 4, 75));
    // No totals from a breakdown.
    QVERIFY(!first.contains({Dimension::Total, QString()}));
}

void tst_Ga4ReportReader::events()
{
    Ga4ReportReader reader({Data + QStringLiteral("runreport-events.json")});
    ImportError error;
    QVERIFY2(reader.read(&error), qPrintable(error.toString()));
    const DayAggregates d = reader.days().value(day(2024, 3, 1));
    QCOMPARE(d.value({Dimension::EventName, QStringLiteral("sign_up")}),
             (Metrics {4, 0, 0, 4, 0, 0}));
    QCOMPARE(d.value({Dimension::EventName, QStringLiteral("file_download")}),
             (Metrics {6, 0, 0, 9, 0, 0}));
    QVERIFY(!d.contains({Dimension::EventName, QStringLiteral("page_view")}));
    QCOMPARE(d.value({Dimension::Total, QString()}), (Metrics {0, 0, 0, 13, 0, 0}));
    QCOMPARE(reader.skipped().value(QStringLiteral("ga_automatic_event")), 2);
}

void tst_Ga4ReportReader::zipReadsTheSame()
{
    QTemporaryDir dir;
    const QString zipPath = dir.filePath(QStringLiteral("reports.zip"));
    ZipWriter zip;
    QString why;
    QVERIFY(zip.open(zipPath, &why));
    for (const QString &name :
         {QStringLiteral("runreport-sources.json"), QStringLiteral("runreport-events.json")}) {
        QFile f(Data + name);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(zip.add(QStringLiteral("ga4/") + name, f.readAll(), &why), qPrintable(why));
    }
    QVERIFY2(zip.add(QStringLiteral("README.txt"), "not a report", &why), qPrintable(why));
    QVERIFY2(zip.close(&why), qPrintable(why));
    Ga4ReportReader fromZip({zipPath});
    Ga4ReportReader fromFiles({Data + QStringLiteral("runreport-sources.json"),
                               Data + QStringLiteral("runreport-events.json")});
    ImportError error;
    QVERIFY2(fromZip.read(&error), qPrintable(error.toString()));
    QVERIFY2(fromFiles.read(&error), qPrintable(error.toString()));
    QCOMPARE(fromZip.days(), fromFiles.days());
    QCOMPARE(fromZip.fileNames(), fromFiles.fileNames());
    QCOMPARE(fromZip.skipped().value(QStringLiteral("other_file")), 1);
}

QTEST_GUILESS_MAIN(tst_Ga4ReportReader)
#include "tst_ga4reportreader.moc"
