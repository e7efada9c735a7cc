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

#include <QGridLayout>
#include <QLocale>
#include <QVBoxLayout>

namespace raycstr::ui {

DashboardView::DashboardView(DataSource *source, QWidget *parent)
    : QWidget(parent)
    , m_filters(new FilterBar(this))
    , m_importNotice(new ImportNotice(this))
{
    QWidget *content = scrollingContent(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(20, 12, 20, 20);
    layout->setSpacing(14);
    layout->addWidget(m_filters);
    layout->addWidget(m_importNotice);

    auto *kpiRow = new QGridLayout;
    kpiRow->setSpacing(12);
    const QList<QPair<QString, bool>> captions = {
        {tr("Unique visitors"), false}, {tr("Visits"), false},
        {tr("Pageviews"), false},       {tr("Bounce rate"), true},
        {tr("Visit duration"), false},  {tr("Views per visit"), false},
    };
    for (int i = 0; i < captions.size(); ++i) {
        auto *card = new KpiCard(captions.at(i).first, captions.at(i).second, content);
        m_cards.append(card);
        kpiRow->addWidget(card, 0, i);
        kpiRow->setColumnStretch(i, 1);
    }
    m_revenue = new KpiCard(tr("Revenue"), false, content);
    m_revenue->setObjectName(QStringLiteral("revenueCard"));
    m_revenue->hide();
    kpiRow->addWidget(m_revenue, 0, int(captions.size()));
    layout->addLayout(kpiRow);

    auto *chartCard = new Card(tr("Visitors and pageviews"), content);
    m_chart = new TimeseriesChart(chartCard);
    chartCard->body()->addWidget(m_chart);
    chartCard->setMinimumHeight(300);
    layout->addWidget(chartCard);

    using Tab = BreakdownPanel::Tab;
    const QList<QPair<QString, QList<Tab>>> panels = {
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
        {tr("Countries"), {{QStringLiteral("country"), tr("Countries")}}},
        {tr("Devices"),
         {{QStringLiteral("device"), tr("Devices")},
          {QStringLiteral("browser"), tr("Browsers")},
          {QStringLiteral("os"), tr("Operating systems")}}},
    };
    auto *grid = new QGridLayout;
    grid->setSpacing(14);
    for (int i = 0; i < panels.size(); ++i) {
        auto *panel = new BreakdownPanel(panels.at(i).first, panels.at(i).second, nullptr, content);
        panel->setObjectName(panels.at(i).second.first().field);
        m_panels.append(panel);
        grid->addWidget(panel, i / 2, i % 2);
        connect(panel, &BreakdownPanel::filterRequested, m_filters, &FilterBar::addFilter);
        connect(panel, &BreakdownPanel::updated, this, &DashboardView::checkDone);
    }
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);
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

void DashboardView::setSource(DataSource *source)
{
    m_source = source;
    m_aggregatePending = m_seriesPending = 0;
    // Another source's numbers never stand under this one's site: empty until it answers.
    for (KpiCard *c : m_cards)
        c->setValue(format::none(), std::nullopt);
    m_chart->clear();
    m_importNotice->clear();
    m_revenue->hide();
    for (BreakdownPanel *p : m_panels)
        p->setSource(source);
    m_vitals->setSource(source);
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
                                    [this](const Answer<query::TimeseriesResult> &a) {
                                        if (a.id() != m_seriesPending)
                                            return;
                                        m_seriesPending = 0;
                                        if (a)
                                            m_chart->setResult(*a);
                                        else
                                            m_chart->clear();
                                        checkDone();
                                    });
    for (BreakdownPanel *p : m_panels)
        p->refresh(m_query);
    m_vitals->refresh(m_query);
    // With a goal filter, the goals' revenue (the goals report has it per currency).
    bool goalFilter = false;
    for (const query::Filter &f : std::as_const(m_query.filters))
        goalFilter = goalFilter || (f.field.goal && f.op == query::Filter::Op::Is);
    if (goalFilter)
        m_source->ask(m_revenueLane, stats::GoalConversions {m_query}, this,
                      [this](const Answer<query::GoalsResult> &a) { onGoalRevenue(a); });
    else
        m_revenue->hide();
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
    m_revenue->setVisible(!revenue.isEmpty());
    if (revenue.isEmpty())
        return;
    m_revenue->setValue(GoalsModel::revenueText(revenue), std::nullopt);
    m_revenue->setToolTip(
        tr("Average per conversion: %1")
            .arg(GoalsModel::revenueText(GoalsModel::averageRevenue(revenue, conversions))));
}

bool DashboardView::isLoading() const
{
    if (m_aggregatePending || m_seriesPending || m_vitals->isLoading())
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
    if (!a) {
        for (KpiCard *c : m_cards)
            c->setValue(format::none(), std::nullopt);
        checkDone();
        return;
    }
    m_importNotice->setAnswer(a->imports, a->interval);
    const Metrics &c = a->current;
    const std::optional<Metrics> &p = a->previous;
    auto change = [&p](double now, auto get) -> std::optional<double> {
        if (!p)
            return std::nullopt;
        return format::change(now, get(*p));
    };
    const QLocale l;
    m_cards[Visitors]->setValue(
        format::count(c.visitors),
        change(double(c.visitors), [](const auto &m) { return double(m.visitors); }));
    m_cards[Visits]->setValue(format::count(c.visits), change(double(c.visits), [](const auto &m) {
                                  return double(m.visits);
                              }));
    m_cards[Pageviews]->setValue(
        format::count(c.pageviews),
        change(double(c.pageviews), [](const auto &m) { return double(m.pageviews); }));
    // Without a visit, rates and averages have no value: a dash, not "0%" or "0s".
    const bool noVisits = c.visits == 0;
    const QString none = format::none();
    m_cards[BounceRate]->setValue(
        noVisits ? none : format::percent(c.bounceRate(), 0),
        noVisits ? std::nullopt
                 : change(c.bounceRate(), [](const auto &m) { return m.bounceRate(); }));
    m_cards[VisitDuration]->setValue(
        noVisits ? none : format::duration(c.avgDuration()),
        noVisits ? std::nullopt
                 : change(c.avgDuration(), [](const auto &m) { return m.avgDuration(); }));
    m_cards[ViewsPerVisit]->setValue(
        noVisits ? none : l.toString(c.viewsPerVisit(), 'f', 2),
        noVisits ? std::nullopt
                 : change(c.viewsPerVisit(), [](const auto &m) { return m.viewsPerVisit(); }));
    for (BreakdownPanel *panel : m_panels)
        panel->setTotalVisitors(c.visitors);
    checkDone();
}

} // namespace raycstr::ui
