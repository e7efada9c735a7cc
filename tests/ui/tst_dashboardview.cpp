// The dashboard on a real in-process store: KPI cards, chart with hover values, breakdown
// panels whose rows filter the whole dashboard through removable chips, Web Vitals.

#include "common/enginefixture.h"
#include "core/language.h"
#include "ui/data/localdatasource.h"
#include "ui/models/breakdownmodel.h"
#include "ui/models/vitalsmodel.h"
#include "ui/widgets/breakdownpanel.h"
#include "ui/widgets/card.h"
#include "ui/widgets/dashboardview.h"
#include "ui/widgets/filterbar.h"
#include "ui/widgets/kpicard.h"
#include "ui/widgets/timeserieschart.h"
#include "ui/widgets/vitalspanel.h"
#include "ui/widgets/worldmap.h"
#include "ui/widgets/worldmappanel.h"
#include "uitraffic.h"

#include <QAbstractButton>
#include <QApplication>
#include <QChart>
#include <QComboBox>
#include <QLabel>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabBar>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QWheelEvent>

using namespace raycstr;
using namespace raycstr::testing;
using namespace raycstr::ui;

class TestDashboardView : public QObject
{
    Q_OBJECT
private:
    EngineFixture f;
    std::unique_ptr<LocalDataSource> source;

    static query::Period day()
    {
        query::Period p;
        p.kind = query::Period::Kind::Day;
        p.date = UiTrafficDay;
        return p;
    }

    // Shows `view` at `size` and waits until every panel has answered for `period`.
    static bool showLoaded(DashboardView &view, const query::Period &period, QSize size)
    {
        view.resize(size);
        view.show();
        QSignalSpy updated(&view, &DashboardView::updated);
        view.setQuery(QStringLiteral("example.com"), period);
        return updated.wait(10000);
    }

    // Shows the seeded day in a 960×640 window, laid out.
    bool showSmallDay(DashboardView *view)
    {
        view->resize(960, 640);
        view->show();
        if (!QTest::qWaitForWindowExposed(view))
            return false;
        QSignalSpy updated(view, &DashboardView::updated);
        view->setQuery(QStringLiteral("example.com"), day());
        if (!updated.wait(10000))
            return false;
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        f.clock.setNowMs(UiTrafficStartMs);
        QVERIFY(f.start());
        seedUiTraffic(f.engine.get(), &f.clock, f.siteId);
        source = std::make_unique<LocalDataSource>(f.dir.path(), &f.clock, f.engine.get());
    }

    // Trap 6 (issue 20): a day without visits: rates and averages have no value, so they show
    // the dash of a card without a value ("–"), not "0%".
    void noVisitsShowDashesNotZeroRates()
    {
        DashboardView view(source.get());
        view.show();
        QSignalSpy updated(&view, &DashboardView::updated);
        query::Period empty = day();
        empty.date = UiTrafficDay.addDays(-40);
        view.setQuery(QStringLiteral("example.com"), empty);
        QVERIFY(updated.wait(10000));
        QCOMPARE(view.kpi(DashboardView::Visitors)->valueText(), QStringLiteral("0"));
        for (auto card : {DashboardView::BounceRate, DashboardView::VisitDuration,
                          DashboardView::ViewsPerVisit})
            QCOMPARE(view.kpi(card)->valueText(), QStringLiteral("–"));
    }

    void showsTheDayAndFiltersByClickedRows()
    {
        DashboardView view(source.get());
        view.resize(1280, 900);
        view.show();
        QSignalSpy updated(&view, &DashboardView::updated);
        view.setQuery(QStringLiteral("example.com"), day());
        QVERIFY(view.isLoading());
        QVERIFY(updated.wait(10000));
        QVERIFY(!view.isLoading());
        QCOMPARE(view.kpi(DashboardView::Visitors)->valueText(), QStringLiteral("3"));
        QCOMPARE(view.kpi(DashboardView::Visits)->valueText(), QStringLiteral("3"));
        QCOMPARE(view.kpi(DashboardView::Pageviews)->valueText(), QStringLiteral("4"));
        QCOMPARE(view.kpi(DashboardView::BounceRate)->valueText(), QStringLiteral("67%"));
        QCOMPARE(view.kpi(DashboardView::ViewsPerVisit)->valueText(), QStringLiteral("1.33"));
        QCOMPARE(view.kpi(DashboardView::Visitors)->changeText(),
                 QStringLiteral("no previous data"));

        // Chart: 24 hourly buckets; hovering 10:00 shows its values.
        TimeseriesChart *chart = view.chart();
        QCOMPARE(chart->pointCount(), 24);
        QVERIFY(chart->hoverText(10).contains(QStringLiteral("Visitors: 3")));
        const QRectF area = chart->chart()->plotArea();
        // The x axis counts buckets: 10:00 is bucket 10.
        const QPointF at10
            = chart->chart()->mapToPosition(QPointF(10, 1.0), chart->chart()->series().first());
        chart->hoverAt(
            chart->mapFromScene(chart->chart()->mapToScene(QPointF(at10.x(), area.center().y()))));
        QCOMPARE(chart->currentHoverText(), chart->hoverText(10));

        // Breakdowns: pages first.
        BreakdownPanel *pages = view.breakdowns().at(0);
        QCOMPARE(pages->currentField(), QStringLiteral("page"));
        QCOMPARE(pages->model()->rowCount(), 3);
        QCOMPARE(pages->model()->valueAt(0), QStringLiteral("/"));
        BreakdownPanel *devices = view.breakdowns().at(3);
        // Web Vitals: the two LCP samples on /.
        QVERIFY(view.vitals()->model()->rowCount() >= 1);

        // Clicking the Firefox row (browsers tab) filters everything.
        devices->setCurrentTab(1);
        QVERIFY(updated.count() >= 1);
        QTRY_COMPARE(devices->currentField(), QStringLiteral("browser"));
        QTRY_VERIFY(!devices->isLoading() && devices->model()->rowCount() == 2);
        int firefox = -1;
        for (int r = 0; r < devices->model()->rowCount(); ++r)
            if (devices->model()->valueAt(r) == QLatin1String("Firefox"))
                firefox = r;
        QVERIFY(firefox >= 0);
        QTableView *table = devices->view();
        const QRect cell = table->visualRect(devices->model()->index(firefox, 0));
        updated.clear();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(view.filterBar()->filters().size(), 1);
        QVERIFY(updated.wait(10000));
        QCOMPARE(view.kpi(DashboardView::Visitors)->valueText(), QStringLiteral("1"));
        QCOMPARE(view.kpi(DashboardView::Pageviews)->valueText(), QStringLiteral("1"));
        QCOMPARE(pages->model()->rowCount(), 1);

        // Removing the chip brings the whole day back.
        QToolButton *chip = view.filterBar()->findChild<QToolButton *>();
        QVERIFY(chip);
        QVERIFY(chip->text().startsWith(QStringLiteral("Browser is Firefox")));
        updated.clear();
        QTest::mouseClick(chip, Qt::LeftButton);
        QVERIFY(updated.wait(10000));
        QCOMPARE(view.kpi(DashboardView::Visitors)->valueText(), QStringLiteral("3"));
        QVERIFY(view.filterBar()->filters().isEmpty());
    }

    void keyboardEnterOnARowFiltersToo()
    {
        DashboardView view(source.get());
        view.show();
        QSignalSpy updated(&view, &DashboardView::updated);
        view.setQuery(QStringLiteral("example.com"), day());
        QVERIFY(updated.wait(10000));
        QTableView *table = view.breakdowns().at(0)->view();
        table->setFocus();
        table->setCurrentIndex(table->model()->index(1, 0));
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(view.filterBar()->filters().size(), 1);
        QCOMPARE(view.filterBar()->filters().at(0).field.name(), QStringLiteral("page"));
    }

    void comparesWithThePreviousPeriod()
    {
        DashboardView view(source.get());
        QSignalSpy updated(&view, &DashboardView::updated);
        query::Period next = day();
        next.date = UiTrafficDay.addDays(1); // an empty day after a busy one
        view.setQuery(QStringLiteral("example.com"), next);
        QVERIFY(updated.wait(10000));
        QCOMPARE(view.kpi(DashboardView::Visitors)->valueText(), QStringLiteral("0"));
        QVERIFY2(view.kpi(DashboardView::Visitors)->changeText().contains(QStringLiteral("▼ 100")),
                 qPrintable(view.kpi(DashboardView::Visitors)->changeText()));
    }

    // The metric toggle (issue 20): clicking a KPI card draws its metric, marks the card and
    // sets the metric box; the box picks metrics without a card (events) too.
    void clickingAKpiCardDrawsItsMetric()
    {
        DashboardView view(source.get());
        QVERIFY(showLoaded(view, day(), QSize(1280, 900)));
        TimeseriesChart *chart = view.chart();
        QCOMPARE(chart->metric(), ChartMetric::Visitors);
        QTest::mouseClick(view.kpi(DashboardView::Pageviews), Qt::LeftButton);
        QCOMPARE(chart->metric(), ChartMetric::Pageviews);
        QVERIFY(chart->hoverText(10).contains(QStringLiteral("Pageviews: 4")));
        QCOMPARE(view.metricBox()->currentText(), QStringLiteral("Pageviews"));
        QTest::mouseClick(view.kpi(DashboardView::BounceRate), Qt::LeftButton);
        QCOMPARE(chart->metric(), ChartMetric::BounceRate);
        QVERIFY(chart->valueLabels().last().endsWith(QLatin1Char('%')));
        QVERIFY2(chart->hoverText(10).contains(QStringLiteral("Bounce rate: 67%")),
                 qPrintable(chart->hoverText(10)));
        view.metricBox()->setCurrentIndex(view.metricBox()->findData(int(ChartMetric::Events)));
        Q_EMIT view.metricBox()->activated(view.metricBox()->currentIndex());
        QCOMPARE(chart->metric(), ChartMetric::Events);
    }

    // The comparison (issue 20): the day after the traffic, against the previous period: the
    // line holds the traffic day's hours, the hover says so, the cards agree (▼ 100 %); a
    // year before has no data, and the cards say "no previous data", not last period's.
    void comparisonLineAndCardsAgree()
    {
        DashboardView view(source.get());
        query::Period next = day();
        next.date = UiTrafficDay.addDays(1);
        QVERIFY(showLoaded(view, next, QSize(1280, 900)));
        view.comparisonBox()->setCurrentIndex(
            view.comparisonBox()->findData(int(Comparison::PreviousPeriod)));
        Q_EMIT view.comparisonBox()->activated(view.comparisonBox()->currentIndex());
        QCOMPARE(view.comparison(), Comparison::PreviousPeriod);
        QTRY_VERIFY(!view.isLoading());
        TimeseriesChart *chart = view.chart();
        QCOMPARE(chart->comparison(), Comparison::PreviousPeriod);
        QCOMPARE(chart->comparisonPoints().size(), 24);
        QCOMPARE(chart->comparisonPoints().at(10).y(), 3.0);
        QVERIFY2(chart->hoverText(10).contains(QStringLiteral("Previous (")),
                 qPrintable(chart->hoverText(10)));
        QVERIFY(chart->hoverText(10).contains(QStringLiteral(": 3, -100%")));
        QVERIFY(view.kpi(DashboardView::Visitors)->changeText().contains(QStringLiteral("▼ 100")));
        QVERIFY(
            view.kpi(DashboardView::Visitors)->changeText().contains(QStringLiteral("previous")));

        // Refreshing keeps the comparison.
        view.refresh();
        QTRY_VERIFY(!view.isLoading());
        QCOMPARE(chart->comparisonPoints().size(), 24);

        view.setComparison(Comparison::YearBefore);
        QTRY_VERIFY(!view.isLoading());
        QCOMPARE(chart->comparison(), Comparison::YearBefore);
        QCOMPARE(chart->comparisonPoints().at(10).y(), 0.0);
        QCOMPARE(view.kpi(DashboardView::Visitors)->changeText(),
                 QStringLiteral("no previous data"));

        view.setComparison(Comparison::Off);
        QVERIFY(chart->comparisonPoints().isEmpty());
        QVERIFY(view.kpi(DashboardView::Visitors)->changeText().contains(QStringLiteral("▼ 100")));
    }

    // The world map (issue 20) stands beside the country table and, clicked on a country,
    // filters the dashboard by it like a row of the table.
    void clickingACountryOnTheMapFilters()
    {
        DashboardView view(source.get());
        QVERIFY(showLoaded(view, day(), QSize(1280, 900)));
        QSignalSpy updated(&view, &DashboardView::updated);
        WorldMap *map = view.worldMap()->map();
        QVERIFY(map->isVisible());
        BreakdownPanel *countries = view.breakdowns().at(2);
        QCOMPARE(countries->currentField(), QStringLiteral("country"));
        // Beside: the same row of the grid.
        QCOMPARE(view.worldMap()->geometry().top(), countries->geometry().top());
        QTest::mouseClick(map, Qt::LeftButton, {}, map->positionOf(QStringLiteral("FR")).toPoint());
        QCOMPARE(view.filterBar()->filters().size(), 1);
        QCOMPARE(view.filterBar()->filters().at(0).field.name(), QStringLiteral("country"));
        QCOMPARE(view.filterBar()->filters().at(0).values, QStringList {QStringLiteral("FR")});
        QVERIFY(updated.wait(10000));
    }

    // A narrow window: the KPI cards take two rows of three where six do not fit, and at
    // 960 px (issue 20's small size) no row scrolls sideways; a wide one has one row again.
    void narrowWindowWrapsTheKpiRow()
    {
        DashboardView view(source.get());
        QVERIFY(showLoaded(view, day(), QSize(1600, 800)));
        QTRY_COMPARE(view.kpi(5)->geometry().top(), view.kpi(0)->geometry().top());
        // Too narrow for six: two rows of three.
        view.resize(700, 640);
        QTRY_VERIFY(view.kpi(3)->geometry().top() > view.kpi(0)->geometry().bottom());
        QCOMPARE(view.kpi(3)->geometry().left(), view.kpi(0)->geometry().left());
        // At 960 px nothing scrolls sideways.
        view.resize(960, 640);
        auto *scroll = view.findChild<QScrollArea *>();
        QVERIFY(scroll);
        QTest::qWait(50);
        QVERIFY(!scroll->horizontalScrollBar()->isVisible());
        view.resize(1600, 800);
        QTRY_COMPARE(view.kpi(5)->geometry().top(), view.kpi(0)->geometry().top());
    }

    // The filter chips stay in sight when the cards scroll (issue 20): a filter set far down
    // the page can be seen and removed without scrolling back up.
    void filterBarStaysInSightWhenScrolled()
    {
        DashboardView view(source.get());
        view.resize(960, 640);
        view.show();
        QSignalSpy updated(&view, &DashboardView::updated);
        view.setQuery(QStringLiteral("example.com"), day());
        QVERIFY(updated.wait(10000));
        view.filterBar()->addFilter(QStringLiteral("browser"), QStringLiteral("Firefox"));
        QVERIFY(updated.wait(10000));
        auto *scroll = view.findChild<QScrollArea *>();
        QVERIFY(scroll);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QVERIFY(scroll->verticalScrollBar()->maximum() > 0);
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QVERIFY(view.filterBar()->isVisible());
        const QRect bar(view.filterBar()->mapTo(&view, QPoint(0, 0)), view.filterBar()->size());
        QVERIFY2(view.rect().contains(bar),
                 qPrintable(QStringLiteral("filter bar at y %1").arg(bar.top())));
        view.filterBar()->clearFilters();
    }

    // Text that fits (issue 20): in German at 960×640, every label, button and tab of the
    // dashboard has the room its text needs (nothing cut to "Samsung Inte…").
    void germanLabelsFitAt960()
    {
        QVERIFY(language::install(QLocale(QLocale::German, QLocale::Germany)));
        auto english = qScopeGuard(
            [] { language::install(QLocale(QLocale::English, QLocale::UnitedStates)); });
        DashboardView view(source.get());
        QVERIFY(showSmallDay(&view));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QStringList cut;
        for (QLabel *l : view.findChildren<QLabel *>())
            if (l->isVisibleTo(&view) && !l->wordWrap() && !l->text().isEmpty()
                && l->width() < l->minimumSizeHint().width())
                cut.append(l->text());
        for (QAbstractButton *b : view.findChildren<QAbstractButton *>())
            if (b->isVisibleTo(&view) && !b->text().isEmpty() && b->width() < b->sizeHint().width())
                cut.append(b->text());
        for (QTabBar *t : view.findChildren<QTabBar *>())
            if (t->isVisibleTo(&view) && t->width() < t->sizeHint().width())
                for (int i = 0; i < t->count(); ++i)
                    cut.append(t->tabText(i));
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QStringLiteral(" | "))));
        // Nor is the page wider than the window (cut at its right edge).
        auto *scroll = view.findChild<QScrollArea *>();
        QVERIFY(scroll);
        QCOMPARE(scroll->horizontalScrollBar()->maximum(), 0);
    }

    // The wheel over a table that can scroll scrolls the table; a turn it cannot use (at its
    // end, or a card's table showing all its rows) moves the page, as in a browser (issue
    // 20: the page stood still under the cards' tables).
    void wheelScrollsTheTableThenThePage()
    {
        DashboardView view(source.get());
        QVERIFY(showSmallDay(&view));
        auto *page = view.findChild<QScrollArea *>();
        QVERIFY(page);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QVERIFY(page->verticalScrollBar()->maximum() > 0);
        auto wheel = [](QAbstractScrollArea *over) {
            const QPoint at = over->viewport()->rect().center();
            QWheelEvent e(at, over->viewport()->mapToGlobal(at), {}, QPoint(0, -120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(over->viewport(), &e);
        };
        // A card's table shows its rows whole: the page moves.
        QTableView *pages = view.breakdowns().at(0)->view();
        QCOMPARE(pages->verticalScrollBar()->maximum(), 0);
        wheel(pages);
        const int moved = page->verticalScrollBar()->value();
        QVERIFY(moved > 0);

        // A table with more rows than room (the goals card's events list is one): first the
        // table, and only at its end the page.
        auto *table = new QTableView(view.breakdowns().at(0));
        passWheelAtEnds(table);
        table->setGeometry(0, 0, 300, 100);
        BreakdownModel model;
        query::BreakdownResult r;
        for (int i = 0; i < 40; ++i)
            r.rows.append({QStringLiteral("/p%1").arg(i), {}});
        model.setResult(QStringLiteral("page"), r);
        table->setModel(&model);
        table->show();
        wheel(table);
        QVERIFY(table->verticalScrollBar()->value() > 0);
        QCOMPARE(page->verticalScrollBar()->value(), moved);
        for (int i = 0; i < 60 && table->verticalScrollBar()->value()
                                     < table->verticalScrollBar()->maximum();
             ++i)
            wheel(table);
        QCOMPARE(table->verticalScrollBar()->value(), table->verticalScrollBar()->maximum());
        QCOMPARE(page->verticalScrollBar()->value(), moved);
        wheel(table);
        QVERIFY(page->verticalScrollBar()->value() > moved);
    }

    void cleanupTestCase()
    {
        source.reset();
        f.engine->stop();
    }
};

QTEST_MAIN(TestDashboardView)
#include "tst_dashboardview.moc"
