#include "funnelchart.h"

#include "ui/text/format.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QGraphicsLayout>
#include <QGraphicsSimpleTextItem>
#include <QLocale>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <climits>
#include <cmath>

namespace raycstr::ui {

namespace {
double niceMax(double v)
{
    if (v <= 4)
        return 4;
    const double p = std::pow(10.0, std::floor(std::log10(v)));
    for (double m : {1.0, 1.2, 1.6, 2.0, 2.4, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0})
        if (m * p >= v * 1.15) // headroom for the captions; m / 4 stays a round tick
            return m * p;
    return 12 * p; // v above 8.7 p: 10 p would leave the captions no room (the legend's)
}
} // namespace

FunnelChart::FunnelChart(QWidget *parent)
    : QChartView(parent)
    , m_chart(new QChart)
    , m_series(new QStackedBarSeries)
    , m_reached(new QBarSet(tr("Visitors")))
    , m_dropped(new QBarSet(tr("Dropped off")))
    , m_x(new QBarCategoryAxis)
    , m_y(new QValueAxis)
{
    // setChart() releases the chart QChartView made for itself without deleting it.
    QChart *made = chart();
    setChart(m_chart);
    delete made;
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(240);
    setFocusPolicy(Qt::NoFocus);
    m_series->append(m_reached);
    m_series->append(m_dropped);
    m_series->setBarWidth(0.62);
    m_series->setLabelsVisible(false); // the captions above the bars say it, localised
    m_chart->addSeries(m_series);
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    m_series->attachAxis(m_x);
    m_series->attachAxis(m_y);
    m_y->setLabelFormat(QStringLiteral("%.0f"));
    m_y->setTickCount(5);
    m_chart->setLocale(QLocale());
    m_chart->setLocalizeNumbers(true);
    m_x->setGridLineVisible(false);
    m_chart->legend()->setAlignment(Qt::AlignTop);
    m_chart->legend()->setMarkerShape(QLegend::MarkerShapeCircle);
    m_chart->setMargins(QMargins(4, 4, 8, 4));
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->setBackgroundRoundness(0);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    connect(m_chart, &QChart::plotAreaChanged, this, &FunnelChart::placeCaptions);
    applyTheme();
}

void FunnelChart::applyTheme()
{
    const QPalette p = palette();
    m_chart->setBackgroundBrush(theme::cardBackground(p));
    m_chart->setBackgroundPen(Qt::NoPen);
    m_chart->legend()->setLabelColor(p.color(QPalette::WindowText));
    m_reached->setColor(theme::accent(p));
    m_reached->setBorderColor(theme::accent(p));
    m_reached->setLabelColor(theme::isDark(p) ? QColor(Qt::black) : QColor(Qt::white));
    QColor faint = theme::accent(p);
    faint.setAlphaF(0.16f);
    m_dropped->setColor(faint);
    m_dropped->setBorderColor(faint);
    m_dropped->setLabelColor(Qt::transparent); // the caption says it
    for (QAbstractAxis *a :
         {static_cast<QAbstractAxis *>(m_x), static_cast<QAbstractAxis *>(m_y)}) {
        a->setLabelsColor(p.color(QPalette::WindowText));
        a->setGridLineColor(theme::border(p));
        a->setLinePenColor(theme::border(p));
    }
    m_y->setLabelsColor(theme::muted(p));
    for (QGraphicsSimpleTextItem *c : m_captions)
        c->setBrush(theme::muted(p));
    for (QGraphicsSimpleTextItem *c : m_counts)
        c->setBrush(p.color(QPalette::WindowText));
}

void FunnelChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
}

void FunnelChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    placeCaptions();
}

void FunnelChart::clear()
{
    setResult({});
}

void FunnelChart::setResult(const query::FunnelResult &result)
{
    m_result = result;
    m_reached->remove(0, m_reached->count());
    m_dropped->remove(0, m_dropped->count());
    qDeleteAll(m_captions);
    m_captions.clear();
    qDeleteAll(m_counts);
    m_counts.clear();
    QStringList categories;
    double top = 0;
    for (int i = 0; i < result.steps.size(); ++i) {
        const query::FunnelStepResult &s = result.steps.at(i);
        m_reached->append(double(s.visitors));
        m_dropped->append(double(i == 0 ? 0 : s.dropOff));
        top = std::max(top, double(s.visitors + (i == 0 ? 0 : s.dropOff)));
        QString label = s.step.label();
        if (label.size() > 28)
            label = label.left(13) + QStringLiteral("…") + label.right(13);
        categories.append(QStringLiteral("%1. %2").arg(i + 1).arg(label));
        auto *count = new QGraphicsSimpleTextItem(m_chart);
        count->setZValue(10);
        QFont bold = font();
        bold.setBold(true);
        count->setFont(bold);
        // The plural form follows the exact count; %1 shows it abbreviated ("1.2k").
        count->setText(s.visitors == 1 ? tr("1 visitor")
                                       : tr("%1 visitors", "%1: the count, abbreviated",
                                            int(std::min<qint64>(s.visitors, INT_MAX)))
                                             .arg(format::count(s.visitors)));
        m_counts.append(count);
        auto *caption = new QGraphicsSimpleTextItem(m_chart);
        caption->setZValue(10);
        caption->setText(i == 0
                             ? tr("entered the funnel")
                             : tr("%1 · %2 dropped")
                                   .arg(format::percent(s.fromPrevious), format::count(s.dropOff)));
        m_captions.append(caption);
    }
    m_x->setCategories(categories);
    m_y->setRange(0, niceMax(top));
    applyTheme();
    placeCaptions();
}

void FunnelChart::placeCaptions()
{
    // Above each bar's full height (the previous step's visitors), centred on the bar.
    for (int i = 0; i < m_captions.size(); ++i) {
        const query::FunnelStepResult &s = m_result.steps.at(i);
        const double height = double(s.visitors + (i == 0 ? 0 : s.dropOff));
        const QPointF at = m_chart->mapToPosition(QPointF(i, height), m_series);
        QGraphicsSimpleTextItem *c = m_captions.at(i);
        const QRectF r = c->boundingRect();
        c->setPos(at.x() - r.width() / 2, at.y() - r.height() - 4);
        QGraphicsSimpleTextItem *n = m_counts.at(i);
        const QRectF nr = n->boundingRect();
        n->setPos(at.x() - nr.width() / 2, c->pos().y() - nr.height());
    }
}

QList<qint64> FunnelChart::visitorBars() const
{
    QList<qint64> out;
    for (int i = 0; i < m_reached->count(); ++i)
        out.append(qint64(m_reached->at(i)));
    return out;
}

QList<qint64> FunnelChart::dropOffBars() const
{
    QList<qint64> out;
    for (int i = 0; i < m_dropped->count(); ++i)
        out.append(qint64(m_dropped->at(i)));
    return out;
}

QString FunnelChart::caption(int step) const
{
    if (step < 0 || step >= m_captions.size())
        return {};
    return m_counts.at(step)->text() + QLatin1Char('\n') + m_captions.at(step)->text();
}

QStringList FunnelChart::categories() const
{
    return m_x->categories();
}

} // namespace raycstr::ui
