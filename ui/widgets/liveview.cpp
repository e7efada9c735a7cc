#include "liveview.h"

#include "ui/text/format.h"
#include "ui/models/breakdownmodel.h"
#include "ui/models/livefeedmodel.h"
#include "ui/widgets/card.h"
#include "ui/widgets/inlinebardelegate.h"

#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QEvent>
#include <QGraphicsLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStackedLayout>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

namespace raycstr::ui {

namespace {
QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *v = new QTableView(parent);
    v->setModel(model);
    v->setEditTriggers(QAbstractItemView::NoEditTriggers);
    v->setSelectionBehavior(QAbstractItemView::SelectRows);
    v->setShowGrid(false);
    v->setFrameShape(QFrame::NoFrame);
    v->setWordWrap(false);
    v->verticalHeader()->hide();
    v->verticalHeader()->setDefaultSectionSize(v->fontMetrics().height() + 10);
    v->setStyleSheet(QStringLiteral(
        "QTableView { background: transparent; } QHeaderView::section { background: transparent;"
        " border: none; padding: 2px 6px; font-weight: bold; }"));
    return v;
}
} // namespace

LiveView::LiveView(DataSource *source, QWidget *parent)
    : QWidget(parent)
    , m_visitorsLabel(new QLabel(QStringLiteral("0"), this))
    , m_pulse(new QLabel(this))
    , m_bars(new QBarSet(tr("Pageviews")))
    , m_x(new QCategoryAxis)
    , m_y(new QValueAxis)
    , m_feed(new LiveFeedModel(200, this))
    , m_pages(new BreakdownModel(this))
    , m_timer(new QTimer(this))
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(20, 16, 20, 20);
    layout->setHorizontalSpacing(14);
    layout->setVerticalSpacing(14);

    auto *now = new Card(tr("Visitors right now"), this);
    QFont big = m_visitorsLabel->font();
    big.setPointSizeF(big.pointSizeF() * 3.2);
    big.setBold(true);
    m_visitorsLabel->setFont(big);
    m_visitorsLabel->setAccessibleName(tr("Visitors right now"));
    now->body()->addWidget(m_visitorsLabel);
    m_pulse->setText(tr("in the last 5 minutes"));
    m_pulse->setEnabled(false);
    now->body()->addWidget(m_pulse);
    now->body()->addStretch(1);
    layout->addWidget(now, 0, 0);

    auto *chartCard = new Card(tr("Pageviews per minute, last 30 minutes"), this);
    auto *series = new QBarSeries;
    series->append(m_bars);
    series->setBarWidth(0.8);
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_y, Qt::AlignLeft);
    series->attachAxis(m_x);
    series->attachAxis(m_y);
    chart->legend()->hide();
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setBackgroundRoundness(0);
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
    m_x->setGridLineVisible(false);
    m_y->setLabelFormat(QStringLiteral("%.0f"));
    m_chartView = new QChartView(chart, chartCard);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(180);
    // The card shows through (no style sheet: see TimeseriesChart).
    m_chartView->setBackgroundBrush(Qt::NoBrush);
    m_chartView->setFrameShape(QFrame::NoFrame);
    m_chartView->viewport()->setAutoFillBackground(false);
    m_chartView->setAttribute(Qt::WA_TranslucentBackground);
    m_chartView->viewport()->setAttribute(Qt::WA_TranslucentBackground);
    chart->setBackgroundVisible(false);
    applyTheme();
    chartCard->body()->addWidget(m_chartView);
    layout->addWidget(chartCard, 0, 1, 1, 2);

    auto *pagesCard = new Card(tr("Pages being viewed"), this);
    m_pagesView = makeTable(m_pages, pagesCard);
    m_pagesView->setItemDelegateForColumn(
        BreakdownModel::ValueColumn, new InlineBarDelegate(BreakdownModel::BarRole, m_pagesView));
    m_pagesView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < BreakdownModel::ColumnCount; ++c)
        m_pagesView->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_pagesView->hideColumn(BreakdownModel::ShareColumn);
    m_pagesView->hideColumn(BreakdownModel::VisitorsColumn); // the feed has no visitor ids
    pagesCard->body()->addWidget(m_pagesView);
    layout->addWidget(pagesCard, 1, 0);

    auto *feedCard = new Card(tr("Live feed"), this);
    m_feedView = makeTable(m_feed, feedCard);
    m_feedView->horizontalHeader()->setSectionResizeMode(LiveFeedModel::WhatColumn,
                                                         QHeaderView::Stretch);
    // Fixed widths from the font (ResizeToContents would make the table jump as events
    // arrive, and elides while the first rows come in): the widest of the header and the
    // longest expected value, both as this language writes them.
    const QFontMetrics fm = m_feedView->fontMetrics();
    auto header
        = [this](int column) { return m_feed->headerData(column, Qt::Horizontal).toString(); };
    const QList<QPair<int, QStringList>> widths
        = {{LiveFeedModel::TimeColumn,
            {header(LiveFeedModel::TimeColumn), QStringLiteral("00:00:00")}},
           {LiveFeedModel::SourceColumn, {QStringLiteral("news.ycombinator.com")}},
           // Country names now (issue 20): room for the most common long one as this
           // language writes it; longer ones elide (the tooltip has the whole name).
           {LiveFeedModel::CountryColumn,
            {header(LiveFeedModel::CountryColumn),
             format::fieldValue(QStringLiteral("country"), QStringLiteral("US"))}},
           {LiveFeedModel::DeviceColumn,
            {header(LiveFeedModel::DeviceColumn),
             format::fieldValue(QStringLiteral("device"), QStringLiteral("Desktop")),
             format::fieldValue(QStringLiteral("device"), QStringLiteral("Mobile")),
             format::fieldValue(QStringLiteral("device"), QStringLiteral("Tablet"))}},
           {LiveFeedModel::BrowserColumn,
            {header(LiveFeedModel::BrowserColumn), QStringLiteral("Mobile Safari")}}};
    for (const auto &w : widths) {
        int width = 0;
        for (const QString &text : w.second)
            width = std::max(width, fm.horizontalAdvance(text));
        m_feedView->horizontalHeader()->setSectionResizeMode(w.first, QHeaderView::Fixed);
        m_feedView->horizontalHeader()->resizeSection(w.first, width + 24);
    }
    m_feedView->setAccessibleName(tr("Live feed"));
    // An empty feed is no fault: say what will appear here, and what it takes.
    m_feedHint = new QLabel(tr("Waiting for the next visit: each pageview and event shows up "
                               "here the moment it arrives. Nothing arrives until the tracker "
                               "snippet is on the site's pages."),
                            feedCard);
    m_feedHint->setWordWrap(true);
    m_feedHint->setAlignment(Qt::AlignCenter);
    m_feedHint->setEnabled(false);
    m_feedHint->setMargin(24);
    m_feedStack = new QStackedLayout;
    m_feedStack->addWidget(m_feedHint);
    m_feedStack->addWidget(m_feedView);
    feedCard->body()->addLayout(m_feedStack);
    layout->addWidget(feedCard, 1, 1, 1, 2);
    layout->setColumnStretch(0, 3);
    layout->setColumnStretch(1, 3);
    layout->setColumnStretch(2, 2);
    layout->setRowStretch(1, 1);

    m_timer->setInterval(5000);
    connect(m_timer, &QTimer::timeout, this, [this] {
        refreshCounts();
        updateChart();
        updatePages();
    });
    updateChart();
    connect(m_feed, &QAbstractItemModel::rowsInserted, this, &LiveView::updateHint);
    connect(m_feed, &QAbstractItemModel::rowsRemoved, this, &LiveView::updateHint);
    connect(m_feed, &QAbstractItemModel::modelReset, this, &LiveView::updateHint);
    updateHint();
    setSource(source);
}

void LiveView::updateHint()
{
    m_feedStack->setCurrentWidget(m_feed->rowCount() == 0 ? static_cast<QWidget *>(m_feedHint)
                                                          : m_feedView);
}

void LiveView::applyTheme()
{
    const QPalette p = palette();
    m_bars->setColor(theme::accent(p));
    m_bars->setBorderColor(theme::accent(p));
    m_x->setLabelsColor(theme::muted(p));
    m_y->setLabelsColor(theme::muted(p));
    m_y->setGridLineColor(theme::border(p));
    m_x->setLinePenColor(theme::border(p));
    m_y->setLinePenColor(theme::border(p));
}

void LiveView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTheme(); // light/dark switch of the system palette
}

void LiveView::setSource(DataSource *source)
{
    for (const auto &c : m_connections)
        disconnect(c);
    m_connections.clear();
    m_source = source;
    // The old source's visitors and events are not the new one's.
    const QString site = m_site;
    m_site.clear();
    setSite(site);
    if (!source)
        return;
    m_connections.append(
        connect(source, &DataSource::liveEventsArrived, this, &LiveView::onEvents));
    m_connections.append(connect(source, &DataSource::liveVisitorsChanged, this, [this](qint64 v) {
        m_visitors = v;
        m_visitorsLabel->setText(visitorsText());
    }));
}

void LiveView::setSite(const QString &site)
{
    if (site == m_site)
        return;
    m_site = site;
    m_minutes.clear();
    m_recent.clear();
    m_feed->clear();
    m_pages->clear();
    m_visitors = 0;
    m_visitorsLabel->setText(visitorsText());
    if (m_active) {
        setActive(false);
        setActive(true);
    }
    updateChart();
}

void LiveView::setActive(bool active)
{
    m_active = active;
    if (!m_source)
        return;
    if (active && !m_site.isEmpty()) {
        m_source->setLiveSite(m_site);
        m_activityPending = m_source->ask(
            m_activityLane, live::RecentActivity {m_site, Minutes}, this,
            [this](const Answer<QList<qint64>> &a) {
                if (!a || a.id() != m_activityPending)
                    return; // remotely: the chart fills from the feed alone
                const QList<qint64> &perMinute = *a;
                const qint64 last = QDateTime::currentSecsSinceEpoch() / 60;
                for (int i = 0; i < perMinute.size(); ++i)
                    m_minutes[last - perMinute.size() + 1 + i] = std::max(
                        m_minutes.value(last - perMinute.size() + 1 + i), perMinute.at(i));
                updateChart();
            });
        refreshCounts();
        m_timer->start();
    } else {
        m_timer->stop();
    }
}

void LiveView::refreshCounts()
{
    if (m_source && !m_site.isEmpty())
        m_visitorsPending = m_source->ask(m_visitorsLane, live::CurrentVisitors {m_site}, this,
                                          [this](const Answer<qint64> &a) {
                                              if (!a || a.id() != m_visitorsPending)
                                                  return;
                                              m_visitors = *a;
                                              m_visitorsLabel->setText(visitorsText());
                                          });
}

QString LiveView::visitorsText() const
{
    return QLocale().toString(m_visitors);
}

void LiveView::onEvents(const QList<LiveEvent> &events)
{
    m_feed->addEvents(events);
    for (const LiveEvent &e : events) {
        if (e.kind == EventKind::Pageview)
            ++m_minutes[e.ts / 60];
        m_recent.append(e);
    }
    updateChart();
    updatePages();
}

QList<qint64> LiveView::perMinute() const
{
    const qint64 last = QDateTime::currentSecsSinceEpoch() / 60;
    QList<qint64> out;
    for (qint64 m = last - Minutes + 1; m <= last; ++m)
        out.append(m_minutes.value(m));
    return out;
}

void LiveView::updateChart()
{
    const QList<qint64> counts = perMinute();
    const qint64 last = QDateTime::currentSecsSinceEpoch() / 60;
    QList<qreal> values;
    qint64 top = 0;
    for (int i = 0; i < counts.size(); ++i) {
        values.append(qreal(counts.at(i)));
        top = std::max(top, counts.at(i));
    }
    while (m_minutes.size() > 0 && m_minutes.firstKey() < last - 2 * Minutes)
        m_minutes.erase(m_minutes.begin());
    if (m_bars->count() != values.size()) {
        m_bars->remove(0, m_bars->count());
        m_bars->append(values);
    } else {
        for (int i = 0; i < values.size(); ++i)
            m_bars->replace(i, values.at(i));
    }
    if (m_x->count() == 0) {
        // Bars sit at 0…29; a label every five minutes, on the bar it names.
        m_x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        m_x->setRange(-0.5, Minutes - 0.5);
        for (int ago = Minutes - 5; ago >= 0; ago -= 5)
            m_x->append(ago ? tr("%1 min ago").arg(ago) : tr("now"), Minutes - 1 - ago);
    }
    // Four steps of a whole number of pageviews.
    const qint64 step = std::max<qint64>(1, (top + top / 8 + 3) / 4);
    m_y->setRange(0, double(step * 4));
    m_y->setTickCount(5);
}

void LiveView::updatePages()
{
    const qint64 from = QDateTime::currentSecsSinceEpoch() - CurrentWindowSecs;
    m_recent.erase(std::remove_if(m_recent.begin(), m_recent.end(),
                                  [from](const LiveEvent &e) { return e.ts < from; }),
                   m_recent.end());
    QHash<QString, qint64> views;
    for (const LiveEvent &e : m_recent)
        if (e.kind == EventKind::Pageview)
            ++views[e.path];
    query::BreakdownResult r;
    for (auto it = views.cbegin(); it != views.cend(); ++it) {
        query::BreakdownRow row;
        row.value = it.key();
        row.metrics.pageviews = it.value();
        row.metrics.visitors = it.value(); // the feed carries no visitor id: views stand in
        r.rows.append(row);
    }
    std::sort(r.rows.begin(), r.rows.end(), [](const auto &a, const auto &b) {
        return a.metrics.pageviews != b.metrics.pageviews
            ? a.metrics.pageviews > b.metrics.pageviews
            : a.value < b.value;
    });
    if (r.rows.size() > 10)
        r.rows.resize(10);
    m_pages->setResult(QStringLiteral("page"), r);
}

} // namespace raycstr::ui
