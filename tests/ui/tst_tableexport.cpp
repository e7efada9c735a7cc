// Export CSV… and Export dashboard… (issue 18): the CSV a table writes holds the engine's
// numbers and is byte for byte the stats API's format=csv answer, locally and remotely;
// the dashboard zip is the CLI's export, remotely the server's export route's bytes;
// cancelling (the file dialog, the progress dialog, a download) writes nothing; an
// unwritable path or a refusal says why.

#include "answerspy.h"
#include "api/plausibleexport.h"
#include "common/enginefixture.h"
#include "common/httpclient.h"
#include "core/zipreader.h"
#include "query/queryengine.h"
#include "store/database.h"
#include "ui/data/localdatasource.h"
#include "ui/data/remotedatasource.h"
#include "ui/data/tablecsv.h"
#include "ui/widgets/breakdownpanel.h"
#include "ui/widgets/tableexport.h"
#include "uiserver.h"
#include "uitraffic.h"

#include <QElapsedTimer>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>
#include <QToolButton>
#include <memory>

using namespace raycstr;
using namespace raycstr::testing;
using namespace raycstr::ui;

namespace {

DashboardQuery day()
{
    DashboardQuery q;
    q.site = QStringLiteral("example.com");
    q.period = uiTrafficPeriod();
    return q;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A CSV without quoted fields (the test traffic has none) as rows of cells.
QList<QStringList> cells(const QByteArray &csv)
{
    QList<QStringList> rows;
    for (const QString &line :
         QString::fromUtf8(csv).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts))
        rows.append(line.split(QLatin1Char(',')));
    return rows;
}

} // namespace

class TestTableExport : public QObject
{
    Q_OBJECT
private:
    EngineFixture f;
    std::unique_ptr<LocalDataSource> local;
    QTemporaryDir out;
    QWidget window;
    QString chosen; // what the "file dialog" answers
    QString suggested; // what it was offered

    // Runs `job` to its end; true when it finished (not failed or cancelled).
    static bool finish(TableExport *job, QString *error = nullptr)
    {
        if (!job)
            return false;
        QSignalSpy done(job, &TableExport::finished);
        QSignalSpy failed(job, &TableExport::failed);
        if (!QTest::qWaitFor([&] { return done.count() || failed.count(); }, 20000))
            return false;
        if (error && failed.count())
            *error = failed.at(0).at(0).toString();
        return done.count() == 1;
    }

    // The zip at `path` holds, file by file, PlausibleExport's files of the local store's day.
    void holdsTheLocalExport(const QString &path)
    {
        ZipReader zip;
        QString error;
        QVERIFY2(zip.open(path, &error), qPrintable(error));
        query::QueryEngine engine(Database::pathIn(f.dir.path()), &f.clock);
        QVERIFY(engine.open(&error));
        const auto site = engine.site(QStringLiteral("example.com"), &error);
        QVERIFY(site);
        const auto files = PlausibleExport(&engine).run(*site, day().period, {}, &error);
        QVERIFY2(files, qPrintable(error));
        QCOMPARE(zip.names().size(), files->size());
        QTemporaryDir dir;
        for (const PlausibleExport::File &file : *files) {
            const QString target = dir.filePath(file.name);
            QVERIFY2(zip.extract(file.name, target, &error), qPrintable(error));
            QCOMPARE(readAll(target), file.csv);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        f.clock.setNowMs(UiTrafficStartMs);
        QVERIFY(f.start());
        seedUiTraffic(f.engine.get(), &f.clock, f.siteId);
        local = std::make_unique<LocalDataSource>(f.dir.path(), &f.clock, f.engine.get());
        TableExport::setPathChooser([this](QWidget *, const QString &s, const QString &) {
            suggested = s;
            return chosen;
        });
    }

    void cleanup()
    {
        TableExport::setPageRows(TableExport::PageRows);
        for (QMessageBox *box : window.findChildren<QMessageBox *>())
            box->close();
    }

    void suggestsSitePeriodAndTable()
    {
        QCOMPARE(TableExport::suggestedName(day(), QStringLiteral("page"), QStringLiteral("csv")),
                 QStringLiteral("example.com_day-20231114_page.csv"));
        DashboardQuery q = day();
        q.period.kind = query::Period::Kind::Last30d;
        QCOMPARE(TableExport::suggestedName(q, QStringLiteral("prop:plan"), QStringLiteral("csv")),
                 QStringLiteral("example.com_30d_prop_plan.csv"));
    }

    void breakdownCsvHoldsTheEnginesNumbers()
    {
        chosen = out.filePath(QStringLiteral("pages.csv"));
        QVERIFY(
            finish(TableExport::breakdown(&window, local.get(), day(), QStringLiteral("page"))));
        QVERIFY(suggested.endsWith(QStringLiteral("example.com_day-20231114_page.csv")));
        const QList<QStringList> rows = cells(readAll(chosen));
        QVERIFY(rows.size() > 1);
        const QStringList header = rows.at(0);
        const int value = header.indexOf(QStringLiteral("value"));
        const int visitors = header.indexOf(QStringLiteral("visitors"));
        const int pageviews = header.indexOf(QStringLiteral("pageviews"));
        QVERIFY(value >= 0 && visitors >= 0 && pageviews >= 0);

        query::QueryEngine engine(Database::pathIn(f.dir.path()), &f.clock);
        QString error;
        QVERIFY2(engine.open(&error), qPrintable(error));
        query::QueryError why;
        const auto expected = engine.breakdown({f.siteId, day().period, {}, false},
                                               fieldNamed(QStringLiteral("page")), 100, 0, &why);
        QVERIFY2(expected, qPrintable(why.message));
        QCOMPARE(rows.size() - 1, expected->rows.size());
        QCOMPARE(expected->rows.size(), 3); // /, /blog, /pricing
        for (qsizetype i = 0; i < expected->rows.size(); ++i) {
            const query::BreakdownRow &e = expected->rows.at(i);
            QCOMPARE(rows.at(i + 1).at(value), e.value);
            QCOMPARE(rows.at(i + 1).at(visitors).toLongLong(), e.metrics.visitors);
            QCOMPARE(rows.at(i + 1).at(pageviews).toLongLong(), e.metrics.pageviews);
        }
    }

    // The card's button exports the tab shown, every row.
    void panelButtonExportsItsTab()
    {
        BreakdownPanel panel(QStringLiteral("Top pages"),
                             {{QStringLiteral("page"), QStringLiteral("Pages")},
                              {QStringLiteral("entry_page"), QStringLiteral("Entry pages")}},
                             local.get(), &window);
        panel.refresh(day());
        panel.setCurrentTab(1);
        QVERIFY(QTest::qWaitFor([&] { return !panel.isLoading(); }));
        chosen = out.filePath(QStringLiteral("entry.csv"));
        auto *button = panel.findChild<QToolButton *>(QStringLiteral("exportCsvButton"));
        QVERIFY(button);
        QCOMPARE(button->accessibleName(), TableExport::tr("Export CSV…"));
        button->click();
        QVERIFY(suggested.endsWith(QStringLiteral("_entry_page.csv")));
        QVERIFY(QTest::qWaitFor([&] { return QFile::exists(chosen); }));
        const QList<QStringList> rows = cells(readAll(chosen));
        QCOMPARE(rows.size(), 3); // header, / (A and B), /blog (C)
        QVERIFY(rows.at(0).contains(QStringLiteral("bounce_rate"))); // a visit's own field
    }

    void readsEveryRowAPageAtATime()
    {
        chosen = out.filePath(QStringLiteral("paged.csv"));
        TableExport::setPageRows(1); // three pages of one row
        QVERIFY(
            finish(TableExport::breakdown(&window, local.get(), day(), QStringLiteral("page"))));
        const QByteArray paged = readAll(chosen);
        TableExport::setPageRows(TableExport::PageRows);
        chosen = out.filePath(QStringLiteral("whole.csv"));
        QVERIFY(
            finish(TableExport::breakdown(&window, local.get(), day(), QStringLiteral("page"))));
        QCOMPARE(cells(paged).size(), 4);
        QCOMPARE(paged, readAll(chosen));
    }

    void goalsVitalsAndFunnelTables()
    {
        chosen = out.filePath(QStringLiteral("vitals.csv"));
        QVERIFY(finish(TableExport::vitals(&window, local.get(), day())));
        const QList<QStringList> vitals = cells(readAll(chosen));
        QVERIFY(vitals.size() >= 2);
        QVERIFY(vitals.at(0).contains(QStringLiteral("route")));
        QVERIFY(vitals.at(0).contains(QStringLiteral("metrics.LCP.p75")));

        Funnel funnel;
        funnel.name = QStringLiteral("Buy");
        funnel.steps = {{QString(), {Matcher::Kind::Page, QStringLiteral("/")}},
                        {QString(), {Matcher::Kind::Page, QStringLiteral("/pricing")}}};
        chosen = out.filePath(QStringLiteral("funnel.csv"));
        QVERIFY(finish(TableExport::funnel(&window, local.get(), day(), funnel)));
        const QList<QStringList> steps = cells(readAll(chosen));
        QCOMPARE(steps.size(), 3);
        const int visitors = steps.at(0).indexOf(QStringLiteral("visitors"));
        QVERIFY(visitors >= 0);
        QCOMPARE(steps.at(1).at(visitors), QStringLiteral("2")); // A and B land on /
        QCOMPARE(steps.at(2).at(visitors), QStringLiteral("1")); // A goes on to /pricing

        chosen = out.filePath(QStringLiteral("goals.csv"));
        QVERIFY(finish(TableExport::goals(&window, local.get(), day())));
        QVERIFY(QFile::exists(chosen));
    }

    void formulaCellsAreNeutralised()
    {
        query::BreakdownResult r;
        r.rows.append({QStringLiteral("=HYPERLINK(\"http://x\")"), {}});
        r.rows.append({QStringLiteral("@SUM(A1)"), {}});
        const QString csv = QString::fromUtf8(TableCsv::breakdown(r));
        QVERIFY2(csv.contains(QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\"")),
                 qPrintable(csv));
        QVERIFY(csv.contains(QStringLiteral("'@SUM(A1)")));
    }

    void cancelledFileDialogDoesNothing()
    {
        chosen.clear();
        const int before = int(QDir(out.path()).entryList(QDir::Files).size());
        QCOMPARE(TableExport::breakdown(&window, local.get(), day(), QStringLiteral("page")),
                 nullptr);
        QCOMPARE(TableExport::dashboard(&window, local.get(), day()), nullptr);
        QCOMPARE(int(QDir(out.path()).entryList(QDir::Files).size()), before);
    }

    void unwritablePathSaysWhy()
    {
        chosen = out.filePath(QStringLiteral("no-such-folder/pages.csv"));
        QString error;
        QVERIFY(!finish(TableExport::breakdown(&window, local.get(), day(), QStringLiteral("page")),
                        &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(chosen)), qPrintable(error));
        // …and the user sees it.
        QVERIFY(QTest::qWaitFor(
            [&] { return window.findChild<QMessageBox *>(QStringLiteral("exportError")); }));
        QCOMPARE(window.findChild<QMessageBox *>(QStringLiteral("exportError"))->text(), error);

        chosen = out.filePath(QStringLiteral("no-such-folder/dashboard.zip"));
        QVERIFY(!finish(TableExport::dashboard(&window, local.get(), day()), &error));
        QVERIFY2(error.contains(chosen), qPrintable(error));
    }

    void dashboardZipIsTheCliExport()
    {
        chosen = out.filePath(QStringLiteral("dashboard.zip"));
        QVERIFY(finish(TableExport::dashboard(&window, local.get(), day())));
        QVERIFY(suggested.endsWith(QStringLiteral("example.com_day-20231114_dashboard.zip")));
        holdsTheLocalExport(chosen);
    }

    void cancellingTheProgressDialogWritesNothing()
    {
        // Eight years: 10 tables × ~2,900 days of steps, far more than a cancel needs to
        // land in (one year took under a second once the daily sums answered it).
        DashboardQuery year = day();
        year.period.kind = query::Period::Kind::Custom;
        year.period.from = QDate(2019, 1, 1);
        year.period.to = QDate(2026, 12, 31);
        chosen = out.filePath(QStringLiteral("cancelled.zip"));
        TableExport *job = TableExport::dashboard(&window, local.get(), year);
        QVERIFY(job);
        QSignalSpy cancelled(job, &TableExport::cancelled);
        QSignalSpy done(job, &TableExport::finished);
        QVERIFY(job->progressDialog());
        // Shown (past its minimum duration) and counting, as a user sees it.
        QVERIFY(QTest::qWaitFor(
            [&] {
                return job->progressDialog()->isVisible() && job->progressDialog()->value() > 0;
            },
            20000));
        auto *cancel = job->progressDialog()->findChild<QPushButton *>();
        QVERIFY(cancel);
        cancel->click(); // the dialog's Cancel button
        QCOMPARE(cancelled.count(), 1);
        // Events go on (without a return to the loop, so the job is not deleted yet): the
        // progress poll must leave the cancelled dialog alone (it crashed the renderer).
        QElapsedTimer spin;
        spin.start();
        while (spin.elapsed() < 400)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        // The export thread stops at its next day; had it not, it would write the file.
        QVERIFY(QThreadPool::globalInstance()->waitForDone(60000));
        QTest::qWait(50);
        QCOMPARE(done.count(), 0);
        QVERIFY(!QFile::exists(chosen));
    }

    void cancelStopsTheExportThread()
    {
        DashboardQuery year = day();
        year.period.kind = query::Period::Kind::Custom;
        year.period.from = QDate(2023, 1, 1);
        year.period.to = QDate(2023, 12, 31);
        exports::DashboardZip request {year, out.filePath(QStringLiteral("stopped.zip"))};
        const auto progress = request.progress;
        AnswerSpy<QList<ExportedFile>> spy;
        local->ask(request, spy.context(), spy.recorder());
        QVERIFY(QTest::qWaitFor([&] { return progress->done > 0; }, 20000));
        progress->cancelled = true;
        QVERIFY(spy.wait(20000));
        QVERIFY(!spy.at(0));
        QCOMPARE(spy.at(0).error(), LocalDataSource::tr("Export cancelled."));
        QCOMPARE(progress->total, 10 * 365);
        QVERIFY(progress->done < progress->total);
        QVERIFY(!QFile::exists(request.path));
    }

    // Remotely the rows come from the server's stats API; the file is the same bytes, and the
    // same as the API's own format=csv answer.
    void remoteCsvEqualsLocalAndTheApisCsv()
    {
        UiServer server;
        QString error;
        QVERIFY2(server.start(true, &error), qPrintable(error));
        RemoteDataSource remote(server.url, server.key, {QStringLiteral("example.com")});
        chosen = out.filePath(QStringLiteral("remote-pages.csv"));
        QVERIFY(finish(TableExport::breakdown(&window, &remote, day(), QStringLiteral("page"))));
        const QByteArray fromRemote = readAll(chosen);
        chosen = out.filePath(QStringLiteral("local-pages.csv"));
        QVERIFY(
            finish(TableExport::breakdown(&window, local.get(), day(), QStringLiteral("page"))));
        QCOMPARE(fromRemote, readAll(chosen));

        HttpClient http(quint16(server.url.port()));
        const auto answer = http.request(
            "GET",
            QStringLiteral("/api/events/example.com/breakdown?by=page&period=day&date="
                           "2023-11-14&limit=1000&format=csv"),
            {}, {{"Authorization", "Bearer " + server.key}});
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.body, fromRemote);
    }

    // Remotely File → Export dashboard… downloads the server's zip: the bytes of its export
    // route (the same as `raycstr-server export`, tst_exportapi), private to the user.
    void remoteZipIsTheServersExport()
    {
        UiServer server;
        QString error;
        QVERIFY2(server.start(true, &error), qPrintable(error));
        RemoteDataSource remote(server.url, server.key, {QStringLiteral("example.com")});
        chosen = out.filePath(QStringLiteral("remote.zip"));
        TableExport *job = TableExport::dashboard(&window, &remote, day());
        QVERIFY(job);
        QSignalSpy done(job, &TableExport::finished);
        QVERIFY(finish(job, &error));
        QVERIFY2(done.at(0).at(1).toString().contains(QStringLiteral("10 files")),
                 qPrintable(done.at(0).at(1).toString()));
        QCOMPARE(QFile::permissions(chosen) & 0x0077, QFileDevice::Permissions());

        HttpClient http(quint16(server.url.port()));
        const auto answer = http.request(
            "GET", QStringLiteral("/api/sites/example.com/export?period=day&date=2023-11-14"), {},
            {{"Authorization", "Bearer " + server.key}});
        QCOMPARE(answer.status, 200);
        QCOMPARE(readAll(chosen), answer.body);

        // And the files in it hold the local export's numbers (the same traffic).
        holdsTheLocalExport(chosen);
    }

    void remoteZipCancelLeavesNoFile()
    {
        UiServer server;
        QString error;
        QVERIFY2(server.start(true, &error), qPrintable(error));
        RemoteDataSource remote(server.url, server.key, {QStringLiteral("example.com")});
        DashboardQuery year = day();
        year.period.kind = query::Period::Kind::Custom;
        year.period.from = QDate(2023, 1, 1);
        year.period.to = QDate(2023, 12, 31);
        QTemporaryDir folder;
        chosen = folder.filePath(QStringLiteral("cancelled.zip"));
        exports::DashboardZip request {year, chosen};
        AnswerSpy<QList<ExportedFile>> spy;
        remote.ask(request, spy.context(), spy.recorder());
        QTest::qWait(50); // asked; whether or not the server has answered yet, nothing stays
        request.progress->cancelled = true;
        QVERIFY(spy.wait(20000));
        QVERIFY(!spy.at(0));
        QCOMPARE(spy.at(0).error(), RemoteDataSource::tr("Export cancelled."));
        QVERIFY(!QFile::exists(chosen));
        QCOMPARE(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden).size(), 0);
    }

    void remoteZipErrorsAreClear()
    {
        UiServer server;
        QString error;
        QVERIFY2(server.start(false, &error), qPrintable(error));
        RemoteDataSource wrongKey(server.url, "not-a-key", {QStringLiteral("example.com")});
        chosen = out.filePath(QStringLiteral("refused.zip"));
        QVERIFY(!finish(TableExport::dashboard(&window, &wrongKey, day()), &error));
        QVERIFY2(error.contains(QStringLiteral("401")), qPrintable(error));
        QVERIFY(!QFile::exists(chosen));

        // A period the server refuses: its reason, word for word.
        RemoteDataSource remote(server.url, server.key, {QStringLiteral("example.com")});
        DashboardQuery backwards = day();
        backwards.period.kind = query::Period::Kind::Custom;
        backwards.period.from = QDate(2023, 11, 14);
        backwards.period.to = QDate(2023, 11, 1);
        QVERIFY(!finish(TableExport::dashboard(&window, &remote, backwards), &error));
        QVERIFY2(error.contains(QStringLiteral("400")), qPrintable(error));
        QVERIFY(!QFile::exists(chosen));
    }
};

QTEST_MAIN(TestTableExport)
#include "tst_tableexport.moc"
