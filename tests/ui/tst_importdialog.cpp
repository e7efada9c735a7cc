// File → Import… on this computer's store: the dialog drives ImportJob (what `raycstr-server
// import` runs) through LocalDataSource, off the GUI thread, and says how it went: the
// summary of a good access log, the file and line of a bad one (nothing kept), and a cancel
// that keeps whole days only (a second run finishes the import). The dashboard's notice
// names the imported range.

#include "core/clock.h"
#include "store/database.h"
#include "store/sites.h"
#include "store/sqlitedb.h"
#include "ui/data/localdatasource.h"
#include "ui/widgets/dashboardview.h"
#include "ui/widgets/importdialog.h"
#include "ui/widgets/importnotice.h"
#include "answerspy.h"

#include <QDateTime>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace raycstr;
using namespace raycstr::testing;
using namespace raycstr::ui;

namespace {

const QString Domain = QStringLiteral("import.example");
const QByteArray Chrome = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, "
                          "like Gecko) Chrome/120.0.0.0 Safari/537.36";

// One combined-format line.
QByteArray line(const QByteArray &ip, const QDateTime &at, const QByteArray &path, int status)
{
    return ip + " - - [" + QLocale::c().toString(at, QStringLiteral("dd/MMM/yyyy:HH:mm:ss")).toLatin1()
        + " +0000] \"GET " + path + " HTTP/1.1\" " + QByteArray::number(status) + " 512 \"-\" \""
        + Chrome + "\"\n";
}

QDateTime utc(int day, int hour, int minute, int second = 0)
{
    return QDateTime(QDate(2024, 1, day), QTime(hour, minute, second), QTimeZone::utc());
}

} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir dir;
    ManualClock clock {QDateTime(QDate(2024, 3, 1), QTime(12, 0), QTimeZone::utc())
                           .toMSecsSinceEpoch()};
    std::unique_ptr<LocalDataSource> source;

    QString write(const QString &name, const QByteArray &text)
    {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
            return QString();
        return f.fileName();
    }
    // Visitors of January 2024 (or of one day of it), as the dashboard reads them.
    qint64 visitors(int day = 0)
    {
        DashboardQuery q;
        q.site = Domain;
        if (day) {
            q.period.kind = query::Period::Kind::Day;
            q.period.date = QDate(2024, 1, day);
        } else {
            q.period.kind = query::Period::Kind::Custom;
            q.period.from = QDate(2024, 1, 1);
            q.period.to = QDate(2024, 1, 31);
        }
        AnswerSpy<query::AggregateResult> spy;
        source->ask(stats::Aggregate {q}, spy.context(), spy.recorder());
        if (!spy.wait(10000) || !spy.at(0))
            return -1;
        return spy.at(0)->current.visitors;
    }
    // Runs `files` through the dialog; false when it did not end on the summary.
    bool importThrough(ImportDialog &d, const QStringList &files, bool cancelAtOnce = false)
    {
        d.setSource(QStringLiteral("access-log"));
        d.setFiles(files);
        if (!d.startButton()->isEnabled())
            return false;
        QSignalSpy finished(&d, &ImportDialog::importFinished);
        QTest::mouseClick(d.startButton(), Qt::LeftButton);
        if (d.currentPage() != ImportDialog::ProgressPage)
            return false;
        if (cancelAtOnce)
            QTest::mouseClick(d.cancelButton(), Qt::LeftButton);
        return finished.wait(60000) && d.currentPage() == ImportDialog::SummaryPage;
    }
    ImportDialog *dialog()
    {
        auto *d = new ImportDialog([this]() -> DataSource * { return source.get(); }, {Domain}, Domain);
        d->setAttribute(Qt::WA_DeleteOnClose);
        d->show();
        return d;
    }

private Q_SLOTS:
    void initTestCase()
    {
        SqliteDb db;
        QString error;
        QVERIFY2(Database::open(&db, dir.path(), &error), qPrintable(error));
        QVERIFY2(SiteRepository(&db).add(Domain, QStringLiteral("UTC"), clock.nowSecs(), &error),
                 qPrintable(error));
        // No collector: the import takes the data folder's lock itself.
        source = std::make_unique<LocalDataSource>(dir.path(), &clock, nullptr);
    }

    void choosingNeedsFilesAndOneExport()
    {
        ImportDialog d([] { return nullptr; }, {Domain}, Domain);
        d.setSource(QStringLiteral("access-log"));
        QVERIFY(!d.startButton()->isEnabled());
        d.setFiles({QStringLiteral("/tmp/a.log"), QStringLiteral("/tmp/b.log")});
        QVERIFY(d.startButton()->isEnabled());
        QCOMPARE(d.files().size(), 2);
        d.setSource(QStringLiteral("plausible")); // one export (zip or folder)
        QVERIFY(!d.startButton()->isEnabled());
        d.setFiles({QStringLiteral("/tmp/export.zip")});
        QVERIFY(d.startButton()->isEnabled());
        // Without a source to import into, the dialog says so and stays.
        d.start();
        QCOMPARE(d.currentPage(), int(ImportDialog::ChoosePage));
        QVERIFY(!d.errorLabel()->isHidden());
    }

    void rateAndTimeLeft()
    {
        const QString t = ImportDialog::rateText(5'000'000, 20'000'000, 2.0);
        QVERIFY2(t.contains(QStringLiteral("5.0 MB")) && t.contains(QStringLiteral("20 MB"))
                     && t.contains(QStringLiteral("2.5 MB/s")) && t.contains(QStringLiteral("left")),
                 qPrintable(t));
        QVERIFY(!ImportDialog::rateText(20'000'000, 20'000'000, 2.0).contains(QStringLiteral("left")));
    }

    void importsALogAndSummarises()
    {
        const QString log = write(
            QStringLiteral("access.log"),
            line("203.0.113.1", utc(10, 10, 0), "/", 200)
                + line("203.0.113.1", utc(10, 10, 0, 1), "/style.css", 200)
                + line("203.0.113.2", utc(10, 10, 5), "/pricing", 200)
                + line("203.0.113.3", utc(10, 11, 0), "/gone", 404)
                + line("203.0.113.3", utc(10, 11, 1), "/", 200));
        QVERIFY(!log.isEmpty());
        ImportDialog *d = dialog();
        QVERIFY(importThrough(*d, {log}));
        const ImportJob::Result &r = d->result();
        QCOMPARE(int(r.outcome), int(Importer::Outcome::Done));
        QCOMPARE(r.run.rowsRead, 5);
        QCOMPARE(r.run.eventsWritten, 3);
        const QString summary = d->summaryLabel()->text();
        QVERIFY2(summary.contains(QStringLiteral("5 rows read"))
                     && summary.contains(QStringLiteral("3 events written"))
                     && summary.contains(QStringLiteral("static"))
                     && summary.contains(QStringLiteral("10 Jan 2024")),
                 qPrintable(summary));
        d->close();
        QCOMPARE(visitors(10), 3);

        // The dashboard names what it includes.
        DashboardView view(source.get());
        view.resize(1200, 800);
        view.show();
        query::Period day;
        day.kind = query::Period::Kind::Day;
        day.date = QDate(2024, 1, 10);
        view.setQuery(Domain, day);
        QTRY_VERIFY(view.importNotice()->isVisible());
        QVERIFY2(view.importNotice()->text().contains(QStringLiteral("access logs"))
                     && view.importNotice()->text().contains(QStringLiteral("10 Jan 2024")),
                 qPrintable(view.importNotice()->text()));
        // A period without imported days: no notice.
        day.date = QDate(2024, 2, 10);
        view.setQuery(Domain, day);
        QTRY_VERIFY(!view.isLoading());
        QTRY_VERIFY(view.importNotice()->isHidden());
    }

    void badLineNamesFileAndLineAndKeepsNothing()
    {
        QByteArray text = line("203.0.113.9", utc(12, 9, 0), "/", 200);
        text += "203.0.113.9 - - [12/Jan/2024:99:99:99 +0000] \"GET /x HTTP/1.1\" 200 5 \"-\" \"-\"\n";
        const QString log = write(QStringLiteral("bad.log"), text);
        ImportDialog *d = dialog();
        QVERIFY(importThrough(*d, {log}));
        QCOMPARE(int(d->result().outcome), int(Importer::Outcome::Failed));
        const QString summary = d->summaryLabel()->text();
        QVERIFY2(summary.contains(log + QStringLiteral(":2:"))
                     && summary.contains(QStringLiteral("Nothing of this import was kept")),
                 qPrintable(summary));
        d->close();
        QCOMPARE(visitors(12), 0); // its good first line is not kept either
    }

    void cancelKeepsWholeDaysAndTheSameFilesFinish()
    {
        // 20 days of January (not the 10th and 12th, used above), 40 visitors a day with 25
        // pageviews each: 20,000 lines, long enough to cancel in the middle.
        constexpr int Days = 20, PerDay = 40, Views = 25;
        QList<int> days;
        for (int d = 2; days.size() < Days; ++d)
            if (d != 10 && d != 12)
                days.append(d);
        QByteArray ordered;
        for (int day : days)
            for (int v = 0; v < PerDay; ++v)
                for (int i = 0; i < Views; ++i)
                    ordered += line("198.51.100." + QByteArray::number(v + 1),
                                    utc(day, 8 + v / 10, (v % 10) * 5 + i / 10, i % 10),
                                    "/p" + QByteArray::number(i), 200);
        const QString log = write(QStringLiteral("big.log"), ordered);
        const qint64 before = visitors();
        ImportDialog *d = dialog();
        QVERIFY(importThrough(*d, {log}, true));
        QCOMPARE(int(d->result().outcome), int(Importer::Outcome::Interrupted));
        QVERIFY2(d->summaryLabel()->text().contains(QStringLiteral("Stopped")),
                 qPrintable(d->summaryLabel()->text()));
        d->close();
        // Whole days only: every day kept has all its visitors, the others none.
        int kept = 0;
        for (int day : days) {
            const qint64 n = visitors(day);
            QVERIFY2(n == 0 || n == PerDay, qPrintable(QStringLiteral("day %1: %2").arg(day).arg(n)));
            kept += n ? 1 : 0;
        }
        QVERIFY2(kept < Days, "the cancel came too late to test");
        QCOMPARE(visitors(), before + kept * PerDay);

        // The same file again finishes it (the finished days are not counted twice).
        d = dialog();
        QVERIFY(importThrough(*d, {log}));
        QCOMPARE(int(d->result().outcome), int(Importer::Outcome::Done));
        QVERIFY(d->result().resumed > 0);
        d->close();
        QCOMPARE(visitors(), before + Days * PerDay);
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
