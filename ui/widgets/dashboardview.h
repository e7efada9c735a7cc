#pragma once

#include "ui/data/datasource.h"

#include <QElapsedTimer>
#include <QWidget>

namespace raycstr::ui {

class BreakdownPanel;
class FilterBar;
class ImportNotice;
class KpiCard;
class TimeseriesChart;
class VitalsPanel;

// The dashboard of one site and period: KPI cards with their change against the previous
// period, the visitors/pageviews chart, the breakdown panels and Web Vitals. Clicking a
// breakdown row adds a filter chip; every panel then asks again with the filters.
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
    // The line about imported history in the numbers (hidden without any).
    ImportNotice *importNotice() const { return m_importNotice; }
    // Revenue of the goals the filters name, shown (after the six KPIs) while a goal filter
    // names a goal whose conversions carried revenue, as Plausible's top stats do.
    KpiCard *revenueCard() const { return m_revenue; }

    enum Kpi { Visitors, Visits, Pageviews, BounceRate, VisitDuration, ViewsPerVisit, KpiCount };

Q_SIGNALS:
    // Every panel has its answer for the current query (after `elapsedMs`).
    void updated(qint64 elapsedMs);

private:
    void onAggregate(const Answer<query::AggregateResult> &a);
    void onGoalRevenue(const Answer<query::GoalsResult> &a);
    void checkDone();

    DataSource *m_source = nullptr;
    DashboardQuery m_query;
    FilterBar *m_filters;
    QList<KpiCard *> m_cards;
    TimeseriesChart *m_chart;
    QList<BreakdownPanel *> m_panels;
    VitalsPanel *m_vitals;
    ImportNotice *m_importNotice;
    KpiCard *m_revenue;
    Lane m_importsLane;
    Lane m_revenueLane;
    Lane m_kpiLane;
    Lane m_chartLane;
    DataSource::RequestId m_aggregatePending = 0;
    DataSource::RequestId m_seriesPending = 0;
    QElapsedTimer m_timer;
    bool m_waiting = false;
};

} // namespace raycstr::ui
