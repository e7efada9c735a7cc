#include "dashboardview.h"

#include "ui/models/goalsmodel.h"
#include "ui/text/format.h"
#include "ui/widgets/breakdownpanel.h"
#include "ui/widgets/card.h"
#include "ui/widgets/filterbar.h"
#include "ui/widgets/importnotice.h"
#include "ui/widgets/kpicard.h"
#include "ui/widgets/timeserieschart.h"
#include "ui/widgets/vitalspanel.h"
#include "ui/widgets/worldmappanel.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLocale>
#include <QVBoxLayout>

namespace raycstr::ui {

DashboardView::DashboardView(DataSource *source, QWidget *parent)
    : QWidget(parent)
    , m_filters(new FilterBar(this))
    , m_metricBox(new QComboBox)
    , m_compareBox(new QComboBox)
    , m_importNotice(new ImportNotice(this))
{
    QVBoxLayout *outer = nullptr;
    QWidget *content = scrollingContent(this, &outer);
    // The filter chips stay in sight above the scrolling cards (the period bar is the
    // window's): a filter set down in the tables can be seen and removed from anywhere.
    // Margins on the bar itself: hidden (no filter), it takes no room at all.
    m_filters->setContentsMargins(20, 10, 20, 4);
    outer->insertWidget(0, m_filters);
    outer->setSpacing(0);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(20, 12, 20, 20);
    layout->setSpacing(14);
    layout->addWidget(m_importNotice);

    m_kpiGrid = new QGridLayout;
    m_kpiGrid->setSpacing(12);
    const QList<QPair<QString, bool>> captions = {
        {tr("Unique visitors"), false}, {tr("Visits"), false},
        {tr("Pageviews"), false},       {tr("Bounce rate"), true},
        {tr("Visit duration"), false},  {tr("Views per visit"), false},
    };
    for (int i = 0; i < captions.size(); ++i) {
        auto *card = new KpiCard(captions.at(i).first, captions.at(i).second, content);
        m_cards.append(card);
        // The cards are in ChartMetric's order: a click draws the card's metric.
        connect(card, &KpiCard::clicked, this, [this, i] { setChartMetric(ChartMetric(i)); });
    }
    m_revenue = new KpiCard(tr("Revenue"), false, content);
    m_revenue->setObjectName(QStringLiteral("revenueCard"));
    m_revenue->hide();
    layout->addLayout(m_kpiGrid);

    auto *chartCard = new Card(tr("Over time"), content);
    m_chart = new TimeseriesChart(chartCard);
    for (ChartMetric m : {ChartMetric::Visitors, ChartMetric::Visits, ChartMetric::Pageviews,
                          ChartMetric::BounceRate, ChartMetric::VisitDuration,
                          ChartMetric::ViewsPerVisit, ChartMetric::Events})
        m_metricBox->addItem(metricName(m), int(m));
    m_metricBox->setAccessibleName(tr("Metric"));
    m_compareBox->addItem(tr("No comparison"), int(Comparison::Off));
    m_compareBox->addItem(tr("Previous period"), int(Comparison::PreviousPeriod));
    m_compareBox->addItem(tr("Same period last year"), int(Comparison::YearBefore));
    m_compareBox->setAccessibleName(tr("Compare with"));
    chartCard->header()->addWidget(m_metricBox);
    chartCard->header()->addWidget(m_compareBox);
    connect(m_metricBox, &QComboBox::activated, this,
            [this] { setChartMetric(ChartMetric(m_metricBox->currentData().toInt())); });
    connect(m_compareBox, &QComboBox::activated, this,
            [this] { setComparison(Comparison(m_compareBox->currentData().toInt())); });
    chartCard->body()->addWidget(m_chart);
    setChartMetric(ChartMetric::Visitors); // marks its card
    chartCard->setMinimumHeight(300);
    layout->addWidget(chartCard);

    using Tab = BreakdownPanel::Tab;
    QList<QPair<QString, QList<Tab>>> panels = {
        {tr("Top pages"),
         {{QStringLiteral("page"), tr("Pages")},
          {QStringLiteral("entry_page"), tr("Entry pages")},
          {QStringLiteral("exit_page"), tr("Exit pages")}}},
        {tr("Top sources"),
         {{QStringLiteral("source"), tr("Sources")},
          {QStringLiteral("referrer"), tr("Referrers")},
          {QStringLiteral("utm_source"), tr("UTM source")},
          {QStringLiteral("utm_medium"), tr("Medium")},
          {QStringLiteral("utm_campaign"), tr("Campaign")}}},
        {tr("Devices"),
         {{QStringLiteral("device"), tr("Devices")},
          {QStringLiteral("browser"), tr("Browsers")},
          {QStringLiteral("os"), tr("Operating systems")}}},
    };
    // Countries stand beside their map.
    panels.insert(2, {tr("Countries"), {{QStringLiteral("country"), tr("Countries")}}});
    m_panelGrid = new QGridLayout;
    m_panelGrid->setSpacing(14);
    m_map = new WorldMapPanel(nullptr, content);
    connect(m_map, &WorldMapPanel::filterRequested, m_filters, &FilterBar::addFilter);
    connect(m_map, &WorldMapPanel::updated, this, &DashboardView::checkDone);
    for (int i = 0; i < panels.size(); ++i) {
        auto *panel = new BreakdownPanel(panels.at(i).first, panels.at(i).second, nullptr, content);
        panel->setObjectName(panels.at(i).second.first().field);
        m_panels.append(panel);
        connect(panel, &BreakdownPanel::filterRequested, m_filters, &FilterBar::addFilter);
        connect(panel, &BreakdownPanel::updated, this, &DashboardView::checkDone);
    }
    placeKpis();
    layout->addLayout(m_panelGrid);
    m_vitals = new VitalsPanel(nullptr, content);
    connect(m_vitals, &VitalsPanel::updated, this, &DashboardView::checkDone);
    layout->addWidget(m_vitals);
    layout->addStretch(1);

    connect(m_filters, &FilterBar::filtersChanged, this, [this](const QList<query::Filter> &f) {
        m_query.filters = f;
        refresh();
    });
    setSource(source);
}

void DashboardView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeKpis();
}

void DashboardView::placeKpis()
{
    // KPI cards: one row when the six fit side by side with their captions and values whole (and room
    // for the page's scroll bar), else two rows of three: never a page wider than the window.
    QList<KpiCard *> cards = m_cards;
    if (!m_revenue->isHidden())
        cards.append(m_revenue); // after the six, while a goal filter shows revenue
    const int n = int(cards.size());
    int need = 40 + 16 + (n - 1) * m_kpiGrid->spacing();
    for (const KpiCard *c : std::as_const(cards))
        need += c->minimumSizeHint().width();
    const int columns = width() >= need ? n : (n + 1) / 2;
    if (columns != m_kpiColumns) {
        m_kpiColumns = columns;
        for (KpiCard *c : std::as_const(m_cards))
            m_kpiGrid->removeWidget(c);
        m_kpiGrid->removeWidget(m_revenue);
        for (int i = 0; i < n; ++i)
            m_kpiGrid->addWidget(cards.at(i), i / columns, i % columns);
        for (int i = 0; i < 7; ++i)
            m_kpiGrid->setColumnStretch(i, i < columns ? 1 : 0);
    }
    // Likewise the breakdown cards (and the map, beside the countries): two abreast when the
    // widest two fit, else one column. A card alone in its row spans both columns.
    int widest = 0;
    for (const BreakdownPanel *p : std::as_const(m_panels))
        widest = std::max(widest, p->minimumSizeHint().width());
    const int panelColumns = width() >= 40 + 16 + m_panelGrid->spacing() + 2 * widest ? 2 : 1;
    if (panelColumns == m_panelColumns)
        return;
    m_panelColumns = panelColumns;
    QList<QWidget *> items;
    for (BreakdownPanel *p : std::as_const(m_panels))
        items.append(p);
    items.insert(std::min<qsizetype>(2, items.size()), m_map); // pages, sources, map, countries, …
    for (QWidget *w : std::as_const(items))
        m_panelGrid->removeWidget(w);
    for (int i = 0; i < items.size(); ++i) {
        const bool alone = panelColumns == 2 && i % 2 == 0 && i + 1 == items.size();
        m_panelGrid->addWidget(items.at(i), i / panelColumns, i % panelColumns, 1, alone ? 2 : 1);
    }
    m_panelGrid->setColumnStretch(0, 1);
    m_panelGrid->setColumnStretch(1, panelColumns == 2 ? 1 : 0);
}

void DashboardView::setSource(DataSource *source)
{
    m_source = source;
    m_aggregatePending = m_seriesPending = m_comparePending = m_compareKpiPending = 0;
    // Another source's numbers never stand under this one's site: empty until it answers.
    m_current.reset();
    m_series.reset();
    for (KpiCard *c : m_cards)
        c->setValue(format::none(), std::nullopt);
    m_chart->clear();
    m_importNotice->clear();
    setRevenueShown(false);
    for (BreakdownPanel *p : m_panels)
        p->setSource(source);
    m_vitals->setSource(source);
    m_map->setSource(source);
}

void DashboardView::setQuery(const QString &site, const query::Period &period)
{
    const bool siteChanged = site != m_query.site;
    m_query.site = site;
    m_query.period = period;
    if (siteChanged && !m_query.filters.isEmpty()) {
        m_query.filters.clear();
        const QSignalBlocker block(m_filters);
        m_filters->clearFilters();
    }
    refresh();
}

void DashboardView::refresh()
{
    if (!m_source || m_query.site.isEmpty())
        return;
    m_timer.start();
    m_waiting = true;
    // The site's imports, for the notice's sources and range (none from a server).
    m_source->ask(m_importsLane, admin::Imports {m_query.site}, this,
                  [this](const Answer<QList<ImportRun>> &a) {
                      m_importNotice->setRuns(a ? *a : QList<ImportRun>());
                  });
    m_aggregatePending = m_source->ask(m_kpiLane, stats::Aggregate {m_query}, this,
                                       [this](const auto &a) { onAggregate(a); });
    m_seriesPending = m_source->ask(m_chartLane, stats::Timeseries {m_query}, this,
                                    [this](const auto &a) { onSeries(a); });
    // The comparison of the last answer is not this query's.
    m_comparePending = m_compareKpiPending = 0;
    m_compareBase.reset();
    for (BreakdownPanel *p : m_panels)
        p->refresh(m_query);
    m_vitals->refresh(m_query);
    m_map->refresh(m_query);
    // With a goal filter, the goals' revenue (the goals report has it per currency).
    bool goalFilter = false;
    for (const query::Filter &f : std::as_const(m_query.filters))
        goalFilter = goalFilter || (f.field.goal && f.op == query::Filter::Op::Is);
    if (goalFilter)
        m_source->ask(m_revenueLane, stats::GoalConversions {m_query}, this,
                      [this](const Answer<query::GoalsResult> &a) { onGoalRevenue(a); });
    else
        setRevenueShown(false);
}

void DashboardView::onGoalRevenue(const Answer<query::GoalsResult> &a)
{
    QStringList named;
    for (const query::Filter &f : std::as_const(m_query.filters))
        if (f.field.goal && f.op == query::Filter::Op::Is)
            named += f.values;
    QMap<QString, double> revenue;
    qint64 conversions = 0;
    if (a)
        for (const query::GoalRow &row : a->rows) {
            if (!named.contains(row.goal.name) || row.revenue.isEmpty())
                continue;
            conversions += row.total;
            for (auto it = row.revenue.cbegin(); it != row.revenue.cend(); ++it)
                revenue[it.key()] += it.value();
        }
    setRevenueShown(!revenue.isEmpty());
    if (revenue.isEmpty())
        return;
    m_revenue->setValue(GoalsModel::revenueText(revenue), std::nullopt);
    m_revenue->setToolTip(
        tr("Average per conversion: %1")
            .arg(GoalsModel::revenueText(GoalsModel::averageRevenue(revenue, conversions))));
}

void DashboardView::setRevenueShown(bool shown)
{
    if (m_revenue->isHidden() == !shown)
        return;
    m_revenue->setVisible(shown);
    m_kpiColumns = 0; // lay the row out again with (or without) the revenue card
    placeKpis();
}


void DashboardView::onSeries(const Answer<query::TimeseriesResult> &a)
{
    if (a.id() != m_seriesPending)
        return;
    m_seriesPending = 0;
    if (a) {
        m_series = *a;
        m_chart->setResult(*a);
        askComparison();
    } else {
        m_series.reset();
        m_chart->clear();
    }
    checkDone();
}

void DashboardView::setChartMetric(ChartMetric metric)
{
    m_chart->setMetric(metric);
    m_metricBox->setCurrentIndex(m_metricBox->findData(int(metric)));
    for (int i = 0; i < m_cards.size(); ++i)
        m_cards.at(i)->setSelected(ChartMetric(i) == metric);
}

void DashboardView::setComparison(Comparison mode)
{
    m_comparison = mode;
    m_compareBox->setCurrentIndex(m_compareBox->findData(int(mode)));
    m_compareBase.reset();
    askComparison();
    showKpis();
}

void DashboardView::askComparison()
{
    m_comparePending = m_compareKpiPending = 0;
    const auto plan = m_series && m_source ? comparisonPlan(m_comparison, m_query.period, *m_series)
                                           : std::nullopt;
    if (!plan) {
        m_chart->setComparison(Comparison::Off, {});
        return;
    }
    DashboardQuery shifted = m_query;
    shifted.period = plan->period;
    const Comparison mode = m_comparison;
    m_comparePending
        = m_source->ask(m_compareLane, stats::Timeseries {shifted}, this,
                        [this, plan = *plan, mode](const Answer<query::TimeseriesResult> &a) {
                            if (a.id() != m_comparePending)
                                return;
                            m_comparePending = 0;
                            if (a && m_series)
                                m_chart->setComparison(mode, alignComparison(*m_series, *a, plan));
                            checkDone();
                        });
    // The cards' change against the very days the line shows (for "previous period" the
    // engine's own previous days; asked again so that one rule holds for both modes).
    if (!plan->sameExtent)
        return;
    m_compareKpiPending = m_source->ask(m_compareKpiLane, stats::Aggregate {shifted}, this,
                                        [this](const Answer<query::AggregateResult> &a) {
                                            if (a.id() != m_compareKpiPending)
                                                return;
                                            m_compareKpiPending = 0;
                                            if (a)
                                                m_compareBase = a->current;
                                            showKpis();
                                            checkDone();
                                        });
}

bool DashboardView::isLoading() const
{
    if (m_aggregatePending || m_seriesPending || m_comparePending || m_compareKpiPending
        || m_vitals->isLoading() || m_map->isLoading())
        return true;
    for (BreakdownPanel *p : m_panels)
        if (p->isLoading())
            return true;
    return false;
}

void DashboardView::checkDone()
{
    if (m_waiting && !isLoading()) {
        m_waiting = false;
        Q_EMIT updated(m_timer.elapsed());
    }
}

void DashboardView::onAggregate(const Answer<query::AggregateResult> &a)
{
    if (a.id() != m_aggregatePending)
        return;
    m_aggregatePending = 0;
    if (a)
        m_importNotice->setAnswer(a->imports, a->interval);
    m_current = a ? std::optional(a->current) : std::nullopt;
    m_previous = a ? a->previous : std::nullopt;
    showKpis();
    if (m_current)
        for (BreakdownPanel *panel : m_panels)
            panel->setTotalVisitors(m_current->visitors);
    checkDone();
}

void DashboardView::showKpis()
{
    if (!m_current) {
        for (KpiCard *c : m_cards)
            c->setValue(format::none(), std::nullopt);
        return;
    }
    // Against the comparison the chart shows when it is a whole stretch of days; else (off,
    // 24 hours) against the engine's previous period.
    const bool lastYear = m_comparison == Comparison::YearBefore;
    std::optional<Metrics> base = m_previous;
    if (m_comparison != Comparison::Off && m_compareBase)
        base = m_compareBase;
    else if (lastYear)
        base.reset(); // not yet asked or no answer: no year-old figure to show
    const Metrics &c = *m_current;
    // Each card's metric is ChartMetric's of the same index: one rule for its value.
    auto change = [&](ChartMetric m) -> std::optional<double> {
        const auto now = metricValue(m, c);
        const auto then = base ? metricValue(m, *base) : std::nullopt;
        if (!now || !then)
            return std::nullopt;
        return format::change(*now, *then);
    };
    const QLocale l;
    const bool noVisits = c.visits == 0;
    const QString none = format::none();
    for (int i = 0; i < m_cards.size(); ++i) {
        const auto m = ChartMetric(i);
        m_cards.at(i)->setAgainstLastYear(lastYear);
        QString value;
        switch (m) {
        case ChartMetric::BounceRate:
            // Without a visit, rates and averages have no value: a dash, not "0%" or "0s".
            value = noVisits ? none : format::percent(c.bounceRate(), 0);
            break;
        case ChartMetric::VisitDuration:
            value = noVisits ? none : format::duration(c.avgDuration());
            break;
        case ChartMetric::ViewsPerVisit:
            value = noVisits ? none : l.toString(c.viewsPerVisit(), 'f', 2);
            break;
        default:
            value = format::count(qint64(metricValue(m, c).value_or(0)));
            break;
        }
        m_cards.at(i)->setValue(value, change(m));
    }
    placeKpis(); // longer figures may no longer fit in one row
}

} // namespace raycstr::ui
