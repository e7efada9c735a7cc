#include "timeserieschart.h"

#include "ui/text/format.h"

#include <QAreaSeries>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QGraphicsLayout>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QLineSeries>
#include <QLocale>
#include <QMouseEvent>
#include <QValueAxis>
#include <cmath>

namespace raycstr::ui {

namespace {
// A "nice" axis maximum: 1, 2, 2.5 or 5 times a power of ten above `v`.
double niceMax(double v)
{
    if (v <= 4)
        return 4;
    const double p = std::pow(10.0, std::floor(std::log10(v)));
    for (double m : {1.0, 2.0, 2.5, 4.0, 5.0, 10.0})
        if (m * p >= v * 1.08)
            return m * p;
    return 20 * p; // v above 9.2 p: the next nice maximum after 10 p
}
} // namespace

TimeseriesChart::TimeseriesChart(QWidget *parent)
    : QChartView(parent)
    , m_chart(new QChart)
    , m_visitorsLine(new QLineSeries)
    , m_baseline(new QLineSeries)
    , m_pageviews(new QLineSeries)
    , m_partialVisitors(new QLineSeries)
    , m_partialPageviews(new QLineSeries)
    , m_x(new QDateTimeAxis)
    , m_y(new QValueAxis)
{
    // setChart() releases the chart QChartView made for itself without deleting it.
    QChart *made = chart();
    setChart(m_chart);
    delete made;
    setRenderHint(QPainter::Antialiasing);
    setMouseTracking(true);
    setMinimumHeight(220);
    setFocusPolicy(Qt::NoFocus);
    m_visitors = new QAreaSeries(m_visitorsLine, m_baseline);
    // The area series does not own its lines: the chart does.
    m_visitorsLine->setParent(m_chart);
    m_baseline->setParent(m_chart);
    m_visitors->setName(tr("Visitors"));
    m_pageviews->setName(tr("Pageviews"));
    m_chart->addSeries(m_visitors);
    m_chart->addSeries(m_pageviews);
    m_chart->addSeries(m_partialVisitors);
    m_chart->addSeries(m_partialPageviews);
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    for (QAbstractSeries *s : {static_cast<QAbstractSeries *>(m_visitors),
                               static_cast<QAbstractSeries *>(m_pageviews),
                               static_cast<QAbstractSeries *>(m_partialVisitors),
                               static_cast<QAbstractSeries *>(m_partialPageviews)}) {
        s->attachAxis(m_x);
        s->attachAxis(m_y);
    }
    // The running bucket's segments are not series of their own in the legend.
    for (QLegendMarker *m : m_chart->legend()->markers(m_partialVisitors))
        m->setVisible(false);
    for (QLegendMarker *m : m_chart->legend()->markers(m_partialPageviews))
        m->setVisible(false);
    m_y->setLabelFormat(QStringLiteral("%.0f"));
    m_y->setTickCount(5);
    // Axis numbers and month names in the UI's language (QLocale's default).
    m_chart->setLocale(QLocale());
    m_chart->setLocalizeNumbers(true);
    m_chart->legend()->setAlignment(Qt::AlignTop);
    m_chart->legend()->setMarkerShape(QLegend::MarkerShapeCircle);
    m_chart->setMargins(QMargins(4, 4, 8, 4));
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->setBackgroundRoundness(0);
    m_chart->setAnimationOptions(QChart::NoAnimation);

    m_guide = new QGraphicsLineItem(m_chart);
    m_guide->setZValue(10);
    m_calloutBox = new QGraphicsRectItem(m_chart);
    m_calloutBox->setZValue(11);
    m_calloutText = new QGraphicsSimpleTextItem(m_calloutBox);
    hideHover();
    // The card shows through: no second shade behind the plot. (No style sheet: it would
    // make the palette's window colour transparent, which reads as "dark".)
    m_chart->setBackgroundVisible(false);
    setBackgroundBrush(Qt::NoBrush);
    setFrameShape(QFrame::NoFrame);
    setAutoFillBackground(false);
    viewport()->setAutoFillBackground(false);
    setAttribute(Qt::WA_TranslucentBackground);
    viewport()->setAttribute(Qt::WA_TranslucentBackground);
    applyTheme();
}

void TimeseriesChart::applyTheme()
{
    const QPalette p = palette();
    const QColor text = p.color(QPalette::WindowText);
    m_chart->legend()->setLabelColor(text);
    QColor fill = theme::accent(p);
    fill.setAlphaF(0.16f);
    m_visitors->setBrush(fill);
    m_visitors->setPen(QPen(theme::accent(p), 2.4));
    m_pageviews->setPen(QPen(theme::secondary(p), 2.0, Qt::SolidLine));
    m_pageviews->setColor(theme::secondary(p));
    m_partialVisitors->setPen(QPen(theme::accent(p), 2.4, Qt::DashLine));
    m_partialPageviews->setPen(QPen(theme::secondary(p), 2.0, Qt::DashLine));
    for (QAbstractAxis *a :
         {static_cast<QAbstractAxis *>(m_x), static_cast<QAbstractAxis *>(m_y)}) {
        a->setLabelsColor(theme::muted(p));
        a->setGridLineColor(theme::border(p));
        a->setLinePenColor(theme::border(p));
    }
    m_x->setGridLineVisible(false);
    m_guide->setPen(QPen(theme::muted(p), 1, Qt::DashLine));
    m_calloutBox->setBrush(p.color(QPalette::ToolTipBase));
    m_calloutBox->setPen(QPen(theme::border(p)));
    m_calloutText->setBrush(p.color(QPalette::ToolTipText));
}

void TimeseriesChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_calloutText) // not while constructing
        applyTheme();
}

double TimeseriesChart::xOf(const query::TimePoint &p)
{
    // The bucket's civil time as a local-time instant: fromMSecsSinceEpoch() in the axis
    // gives the same date back, whatever the machine's zone and the site's. (The UTC instant
    // would label a site east of UTC with the day before.)
    const QDateTime civil(p.date, QTime(std::max(p.hour, 0), 0));
    return double(civil.toMSecsSinceEpoch());
}

void TimeseriesChart::setResult(const query::TimeseriesResult &result)
{
    m_points = result.points;
    m_granularity = result.granularity;
    // The last bucket is incomplete while "now" is inside it: drawn dashed from the one
    // before, so today's few hours do not look like a fall to nothing.
    m_partialLast = false;
    if (!m_points.isEmpty()) {
        const query::TimePoint &last = m_points.last();
        const QDateTime start(last.date, QTime(std::max(last.hour, 0), 0));
        const QDateTime end = m_granularity == query::Granularity::Hour ? start.addSecs(3600)
            : m_granularity == query::Granularity::Day                  ? start.addDays(1)
                                                                        : start.addMonths(1);
        const qint64 now = m_nowSecs >= 0 ? m_nowSecs : QDateTime::currentSecsSinceEpoch();
        m_partialLast
            = now >= last.startSecs && now < last.startSecs + start.secsTo(end) && m_points.size() > 1;
    }
    const qsizetype solid = m_partialLast ? m_points.size() - 1 : m_points.size();
    QList<QPointF> visitors, base, pageviews, partialVisitors, partialPageviews;
    double top = 0;
    for (qsizetype i = 0; i < m_points.size(); ++i) {
        const query::TimePoint &p = m_points.at(i);
        const double x = xOf(p);
        const QPointF v(x, double(p.metrics.visitors));
        const QPointF pv(x, double(p.metrics.pageviews));
        if (i < solid) {
            visitors.append(v);
            base.append({x, 0});
            pageviews.append(pv);
        }
        if (m_partialLast && i >= solid - 1) {
            partialVisitors.append(v);
            partialPageviews.append(pv);
        }
        top = std::max(top, double(std::max(p.metrics.visitors, p.metrics.pageviews)));
    }
    m_visitorsLine->replace(visitors);
    m_baseline->replace(base);
    m_pageviews->replace(pageviews);
    m_partialVisitors->replace(partialVisitors);
    m_partialPageviews->replace(partialPageviews);
    // No data yet (a cold start, a failed source): no axis labels rather than 1970 and "1 1 0".
    m_x->setLabelsVisible(!m_points.isEmpty());
    m_y->setLabelsVisible(!m_points.isEmpty());
    if (!m_points.isEmpty()) {
        m_x->setRange(QDateTime::fromMSecsSinceEpoch(qint64(xOf(m_points.first()))),
                      QDateTime::fromMSecsSinceEpoch(qint64(xOf(m_points.last()))));
    }
    switch (m_granularity) {
    case query::Granularity::Hour:
        m_x->setFormat(QStringLiteral("HH:mm"));
        break;
    // Date patterns (QDate::toString) are translated: "21 Nov" reads "21. Nov." in German.
    case query::Granularity::Day:
        m_x->setFormat(tr("d MMM", "date format of the chart's axis: day, short month"));
        break;
    case query::Granularity::Month:
        // The full year: "Dec 25" reads as the 25th of December.
        m_x->setFormat(tr("MMM yyyy", "date format of the chart's axis: short month, year"));
        break;
    }
    m_x->setTickCount(std::clamp(int(m_points.size()), 2, 8));
    m_y->setRange(0, niceMax(top));
    hideHover();
}

void TimeseriesChart::clear()
{
    setResult({});
}

QString TimeseriesChart::bucketLabel(const query::TimePoint &p) const
{
    const QLocale l;
    switch (m_granularity) {
    case query::Granularity::Hour:
        return tr("%1, %2:00")
            .arg(l.toString(p.date, tr("ddd d MMM", "date format: weekday, day, short month")))
            .arg(p.hour, 2, 10, QLatin1Char('0'));
    case query::Granularity::Day:
        return l.toString(p.date,
                          tr("ddd d MMM yyyy", "date format: weekday, day, short month, year"));
    case query::Granularity::Month:
        return l.toString(p.date, tr("MMMM yyyy", "date format: month, year"));
    }
    return QString();
}

QString TimeseriesChart::hoverText(int i) const
{
    if (i < 0 || i >= m_points.size())
        return QString();
    const query::TimePoint &p = m_points.at(i);
    return tr("%1\nVisitors: %2\nPageviews: %3")
        .arg(bucketLabel(p), QLocale().toString(p.metrics.visitors),
             QLocale().toString(p.metrics.pageviews));
}

QString TimeseriesChart::currentHoverText() const
{
    return m_hovered >= 0 ? m_calloutText->text() : QString();
}

void TimeseriesChart::hoverAt(const QPoint &pos)
{
    if (m_points.isEmpty())
        return hideHover();
    const QPointF scenePos = mapToScene(pos);
    const QPointF chartPos = m_chart->mapFromScene(scenePos);
    const QRectF area = m_chart->plotArea();
    if (!area.adjusted(-8, 0, 8, 0).contains(chartPos))
        return hideHover();
    const QPointF value = m_chart->mapToValue(chartPos, m_visitors);
    int best = 0;
    double bestDist = std::numeric_limits<double>::max();
    for (int i = 0; i < m_points.size(); ++i) {
        const double d = std::abs(xOf(m_points.at(i)) - value.x());
        if (d < bestDist) {
            bestDist = d;
            best = i;
        }
    }
    m_hovered = best;
    const QPointF at = m_chart->mapToPosition(
        QPointF(xOf(m_points.at(best)), 0), m_visitors);
    m_guide->setLine(at.x(), area.top(), at.x(), area.bottom());
    m_guide->show();
    m_calloutText->setText(hoverText(best));
    const QRectF tr = m_calloutText->boundingRect();
    QRectF box(0, 0, tr.width() + 16, tr.height() + 12);
    qreal x = at.x() + 12;
    if (x + box.width() > area.right())
        x = at.x() - 12 - box.width();
    box.moveTo(x, area.top() + 8);
    m_calloutBox->setRect(QRectF(QPointF(0, 0), box.size()));
    m_calloutBox->setPos(box.topLeft());
    m_calloutText->setPos(8, 6);
    m_calloutBox->show();
}

void TimeseriesChart::hideHover()
{
    m_hovered = -1;
    m_guide->hide();
    m_calloutBox->hide();
}

void TimeseriesChart::mouseMoveEvent(QMouseEvent *event)
{
    hoverAt(event->position().toPoint());
    QChartView::mouseMoveEvent(event);
}

void TimeseriesChart::leaveEvent(QEvent *event)
{
    hideHover();
    QChartView::leaveEvent(event);
}

void TimeseriesChart::resizeEvent(QResizeEvent *event)
{
    hideHover();
    QChartView::resizeEvent(event);
}

} // namespace raycstr::ui
