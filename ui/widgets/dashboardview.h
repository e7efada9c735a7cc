#pragma once

#include "ui/data/datasource.h"
#include "ui/widgets/chartcomparison.h"
#include "ui/widgets/chartmetric.h"

#include <QElapsedTimer>
#include <QWidget>

class QComboBox;
class QGridLayout;

namespace raycstr::ui {

class BreakdownPanel;
class FilterBar;
class ImportNotice;
class KpiCard;
class TimeseriesChart;
class VitalsPanel;
class WorldMapPanel;

// The dashboard of one site and period: KPI cards with their change against the previous
// period (or the comparison the chart shows), the chart of one metric (a KPI card's click or
// the metric box picks it) with its comparison line, the breakdown panels, the world map and
// Web Vitals. Clicking a breakdown row or a country adds a filter chip; every panel then
// asks again with the filters.
class DashboardView : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardView(DataSource *source, QWidget *parent = nullptr);

    void setSource(DataSource *source);
    void setQuery(const QString &site, const query::Period &period);
    DashboardQuery query() const { return m_query; }
    void refresh();

    // True while any panel waits for its answer.
    bool isLoading() const;
    FilterBar *filterBar() const { return m_filters; }
    KpiCard *kpi(int i) const { return m_cards.value(i); }
    QList<KpiCard *> kpis() const { return m_cards; }
    TimeseriesChart *chart() const { return m_chart; }
    QList<BreakdownPanel *> breakdowns() const { return m_panels; }
    VitalsPanel *vitals() const { return m_vitals; }
    WorldMapPanel *worldMap() const { return m_map; }
    QComboBox *metricBox() const { return m_metricBox; }
    QComboBox *comparisonBox() const { return m_compareBox; }
    // The line about imported history in the numbers (hidden without any).
    ImportNotice *importNotice() const { return m_importNotice; }
    // Revenue of the goals the filters name, shown (after the six KPIs) while a goal filter
    // names a goal whose conversions carried revenue, as Plausible's top stats do.
    KpiCard *revenueCard() const { return m_revenue; }

    void setChartMetric(ChartMetric metric);
    // Asks the comparison period's series (and, where it is the same stretch, its totals for
    // the KPI cards) once the current series has answered.
    void setComparison(Comparison mode);
    Comparison comparison() const { return m_comparison; }

    enum Kpi { Visitors, Visits, Pageviews, BounceRate, VisitDuration, ViewsPerVisit, KpiCount };
    // KPI cards in one row, or in two rows of three when one row would not fit the window.
    int kpiColumns() const { return m_kpiColumns; }
    // Breakdown cards two side by side, or one under the other when two would not fit.
    int panelColumns() const { return m_panelColumns; }

protected:
    void resizeEvent(QResizeEvent *event) override;

Q_SIGNALS:
    // Every panel has its answer for the current query (after `elapsedMs`).
    void updated(qint64 elapsedMs);

private:
    void onAggregate(const Answer<query::AggregateResult> &a);
    void onGoalRevenue(const Answer<query::GoalsResult> &a);
    void setRevenueShown(bool shown);
    void onSeries(const Answer<query::TimeseriesResult> &a);
    void askComparison();
    void showKpis();
    void checkDone();
    void placeKpis();

    DataSource *m_source = nullptr;
    DashboardQuery m_query;
    FilterBar *m_filters;
    QList<KpiCard *> m_cards;
    QGridLayout *m_kpiGrid;
    int m_kpiColumns = 0;
    QGridLayout *m_panelGrid;
    int m_panelColumns = 0;
    TimeseriesChart *m_chart;
    QList<BreakdownPanel *> m_panels;
    VitalsPanel *m_vitals;
    WorldMapPanel *m_map;
    QComboBox *m_metricBox;
    QComboBox *m_compareBox;
    ImportNotice *m_importNotice;
    KpiCard *m_revenue = nullptr;
    Lane m_importsLane;
    Lane m_revenueLane;
    Lane m_kpiLane;
    Lane m_chartLane;
    Lane m_compareLane;
    Lane m_compareKpiLane;
    DataSource::RequestId m_aggregatePending = 0;
    DataSource::RequestId m_seriesPending = 0;
    DataSource::RequestId m_comparePending = 0;
    DataSource::RequestId m_compareKpiPending = 0;
    Comparison m_comparison = Comparison::Off;
    std::optional<query::TimeseriesResult> m_series; // the current answer, for the comparison
    std::optional<Metrics> m_current; // the KPI cards' totals…
    std::optional<Metrics> m_previous; // …the engine's previous period…
    std::optional<Metrics> m_compareBase; // …and the comparison's, when it is the base
    QElapsedTimer m_timer;
    bool m_waiting = false;
};

} // namespace raycstr::ui
