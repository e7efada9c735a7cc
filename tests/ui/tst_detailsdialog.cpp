// The Details view of a dashboard report (issue 20): every row a page at a time with the
// total, a search the store (or the server) runs, sorting by any column, Export CSV…, a
// click that filters the dashboard, Esc; opened from a panel's button and by keyboard. On
// the embedded store and on a headless server alike.

#include "common/enginefixture.h"
#include "ui/data/localdatasource.h"
#include "ui/data/remotedatasource.h"
#include "ui/models/breakdownmodel.h"
#include "ui/widgets/breakdownpanel.h"
#include "ui/widgets/dashboardview.h"
#include "ui/widgets/detailsdialog.h"
#include "ui/widgets/filterbar.h"
#include "ui/widgets/tableexport.h"
#include "uiserver.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace raycstr;
using namespace raycstr::testing;
using namespace raycstr::ui;

namespace {
DashboardQuery dayQuery()
{
    return DashboardQuery {QStringLiteral("example.com"), uiTrafficPeriod(), {}};
}

QStringList values(const BreakdownModel *model)
{
    QStringList v;
    for (int r = 0; r < model->rowCount(); ++r)
        v.append(model->valueAt(r));
    return v;
}

// Types into the search box and waits for the answer to the search (one request per pause).
bool search(DetailsDialog *dialog, const QString &text)
{
    QSignalSpy updated(dialog, &DetailsDialog::updated);
    dialog->searchBox()->clear();
    QTest::keyClicks(dialog->searchBox(), text);
    return updated.wait(10000) && !dialog->isLoading();
}

bool waitLoaded(DetailsDialog *dialog)
{
    if (dialog->isLoading()) {
        QSignalSpy updated(dialog, &DetailsDialog::updated);
        if (!updated.wait(10000))
            return false;
    }
    return !dialog->isLoading();
}
} // namespace

class TestDetailsDialog : public QObject
{
    Q_OBJECT
private:
    EngineFixture f;
    std::unique_ptr<LocalDataSource> local;
    UiServer server;
    std::unique_ptr<RemoteDataSource> remote;

    DataSource *source(bool remoteMode) const
    {
        return remoteMode ? static_cast<DataSource *>(remote.get()) : local.get();
    }

    // Pages, searching, sorting: the same on both sources.
    void pagesSearchesAndSorts(DataSource *src)
    {
        DetailsDialog::setPageRows(2);
        DetailsDialog dialog(src, dayQuery(), QStringLiteral("page"), QStringLiteral("Pages"));
        QAbstractItemModelTester tester(dialog.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.show();
        QVERIFY(waitLoaded(&dialog));
        // Two of the three pages, in the stats API's order, and the total.
        QCOMPARE(values(dialog.model()), (QStringList {QStringLiteral("/"), QStringLiteral("/blog")}));
        QCOMPARE(dialog.model()->totalRows(), qint64(3));
        QCOMPARE(dialog.statusText(), QStringLiteral("Showing 2 of 3 rows"));
        QVERIFY(dialog.loadMoreButton()->isEnabled());

        // Sorting by page among the loaded rows says it is partial.
        dialog.view()->horizontalHeader()->setSortIndicator(BreakdownModel::ValueColumn,
                                                            Qt::DescendingOrder);
        QCOMPARE(values(dialog.model()), (QStringList {QStringLiteral("/blog"), QStringLiteral("/")}));
        QVERIFY2(dialog.statusText().contains(QStringLiteral("sorted among the loaded rows")),
                 qPrintable(dialog.statusText()));

        // Load more: the third page joins, in the order the header shows.
        QTest::mouseClick(dialog.loadMoreButton(), Qt::LeftButton);
        QVERIFY(waitLoaded(&dialog));
        QCOMPARE(values(dialog.model()), (QStringList {QStringLiteral("/pricing"),
                                                       QStringLiteral("/blog"), QStringLiteral("/")}));
        QCOMPARE(dialog.statusText(), QStringLiteral("3 rows"));
        QVERIFY(!dialog.loadMoreButton()->isEnabled());

        // Sort by visitors, ascending: numbers, not text.
        dialog.view()->horizontalHeader()->setSortIndicator(BreakdownModel::VisitorsColumn,
                                                            Qt::AscendingOrder);
        QCOMPARE(dialog.model()->valueAt(2), QStringLiteral("/"));

        // The search is asked of the source: "PRI" finds /pricing though it was never among
        // the first page.
        dialog.view()->horizontalHeader()->setSortIndicator(BreakdownModel::VisitorsColumn,
                                                            Qt::DescendingOrder);
        QVERIFY(search(&dialog, QStringLiteral("PRI")));
        QCOMPARE(values(dialog.model()), QStringList {QStringLiteral("/pricing")});
        QCOMPARE(dialog.statusText(), QStringLiteral("1 row"));
        QVERIFY(search(&dialog, QStringLiteral("nowhere")));
        QCOMPARE(dialog.model()->rowCount(), 0);
        QCOMPARE(dialog.statusText(), QStringLiteral("Nothing matches “nowhere”"));
        DetailsDialog::setPageRows(DetailsDialog::PageRows);
    }

private Q_SLOTS:
    void initTestCase()
    {
        f.clock.setNowMs(UiTrafficStartMs);
        QVERIFY(f.start());
        seedUiTraffic(f.engine.get(), &f.clock, f.siteId);
        local = std::make_unique<LocalDataSource>(f.dir.path(), &f.clock, f.engine.get());
        QString error;
        QVERIFY2(server.start(true, &error), qPrintable(error));
        remote = std::make_unique<RemoteDataSource>(server.url, server.key,
                                                    QStringList {QStringLiteral("example.com")});
    }

    void localPagesSearchesAndSorts() { pagesSearchesAndSorts(source(false)); }
    void remotePagesSearchesAndSorts() { pagesSearchesAndSorts(source(true)); }

    // "germ" finds Germany: countries are stored as codes and shown by name.
    void countrySearchMeansTheCodesOfMatchingNames()
    {
        DetailsDialog dialog(nullptr, dayQuery(), QStringLiteral("country"),
                             QStringLiteral("Countries"));
        dialog.searchBox()->setText(QStringLiteral("germ"));
        const DashboardQuery q = dialog.query();
        QCOMPARE(q.filters.size(), 1);
        QCOMPARE(q.filters.at(0).op, query::Filter::Op::Is);
        QCOMPARE(q.filters.at(0).values, QStringList {QStringLiteral("DE")});
        dialog.searchBox()->setText(QStringLiteral("/blog"));
        QCOMPARE(dialog.query().filters.at(0).op, query::Filter::Op::Contains);
    }

    // The panel's "Details" button and Ctrl+D in its table open the view of the tab shown;
    // a click on a row there filters the dashboard and closes it; Esc closes it.
    void openedFromAPanelFiltersTheDashboard()
    {
        DashboardView view(local.get());
        view.resize(1280, 900);
        view.show();
        QSignalSpy updated(&view, &DashboardView::updated);
        view.setQuery(QStringLiteral("example.com"), uiTrafficPeriod());
        QVERIFY(updated.wait(10000));
        BreakdownPanel *devices = view.breakdowns().at(3);
        devices->setCurrentTab(1); // browsers
        QTRY_VERIFY(!devices->isLoading());

        QVERIFY(devices->detailsButton()->isVisible());
        QTest::mouseClick(devices->detailsButton(), Qt::LeftButton);
        auto *dialog = view.window()->findChild<DetailsDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(waitLoaded(dialog));
        QCOMPARE(dialog->model()->field(), QStringLiteral("browser"));
        QCOMPARE(dialog->model()->rowCount(), 2);
        // Shares of the period's visitors, as on the card (not of the rows loaded).
        QCOMPARE(dialog->model()->index(0, BreakdownModel::ShareColumn).data().toString(),
                 devices->model()->index(0, BreakdownModel::ShareColumn).data().toString());
        QCOMPARE(dialog->model()->totalVisitors(), qint64(3));
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!view.window()->findChild<DetailsDialog *>()); // closed and deleted

        // By keyboard: Ctrl+D in the table.
        view.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        devices->view()->setFocus();
        QTRY_VERIFY(devices->view()->hasFocus());
        QTest::keyClick(devices->view(), Qt::Key_D, Qt::ControlModifier);
        dialog = view.window()->findChild<DetailsDialog *>();
        QVERIFY(dialog);
        QVERIFY(waitLoaded(dialog));
        int firefox = -1;
        for (int r = 0; r < dialog->model()->rowCount(); ++r)
            if (dialog->model()->valueAt(r) == QLatin1String("Firefox"))
                firefox = r;
        QVERIFY(firefox >= 0);
        QTableView *table = dialog->view();
        updated.clear();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(dialog->model()->index(firefox, 0)).center());
        QCOMPARE(view.filterBar()->filters().size(), 1);
        QCOMPARE(view.filterBar()->filters().at(0).values, QStringList {QStringLiteral("Firefox")});
        QTRY_VERIFY(!view.window()->findChild<DetailsDialog *>());
        QVERIFY(updated.wait(10000));
    }

    // Export CSV… writes every row of the search, through TableExport.
    void exportsTheSearchedRows()
    {
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("pages.csv"));
        TableExport::setPathChooser([path](QWidget *, const QString &, const QString &) {
            return path;
        });
        DetailsDialog dialog(local.get(), dayQuery(), QStringLiteral("page"),
                             QStringLiteral("Pages"));
        dialog.show();
        QVERIFY(waitLoaded(&dialog));
        QVERIFY(search(&dialog, QStringLiteral("b")));
        auto *button = dialog.findChild<QPushButton *>(QStringLiteral("exportCsv"));
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY(QFile::exists(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QVERIFY2(csv.contains("/blog"), csv.constData());
        QVERIFY2(!csv.contains("/pricing"), csv.constData());
    }

    void cleanupTestCase()
    {
        remote.reset();
        local.reset();
        f.engine->stop();
    }
};

QTEST_MAIN(TestDetailsDialog)
#include "tst_detailsdialog.moc"
