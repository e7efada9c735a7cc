#include "timeserieschart.h"

#include "ui/text/format.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QDateTime>
#include <QGraphicsLayout>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMouseEvent>
#include <cmath>

namespace raycstr::ui {

namespace {
// How many buckets apart the x axis' labels may be, smallest first: whole hours of a day,
// days of a week, months of a year.
QList<int> labelSteps(query::Granularity g)
{
    switch (g) {
    case query::Granularity::Hour:
        return {1, 2, 3, 4, 6, 12, 24};
    case query::Granularity::Day:
        return {1, 2, 7, 14, 28, 56, 91};
    case query::Granularity::Month:
        return {1, 2, 3, 6, 12};
    }
    return {1};
}
} // namespace

TimeseriesChart::TimeseriesChart(QWidget *parent)
    : QChartView(parent)
    , m_chart(new QChart)
    , m_valueLine(new QLineSeries)
    , m_valueEdge(new QLineSeries)
    , m_baseline(new QLineSeries)
    , m_partial(new QLineSeries)
    , m_compare(new QLineSeries)
    , m_x(new QCategoryAxis)
    , m_y(new QCategoryAxis)
{
    // setChart() releases the chart QChartView made for itself without deleting it.
    QChart *made = chart();
    setChart(m_chart);
    delete made;
    setRenderHint(QPainter::Antialiasing);
    setMouseTracking(true);
    setMinimumHeight(220);
    setFocusPolicy(Qt::NoFocus);
    m_area = new QAreaSeries(m_valueLine, m_baseline);
    // The area series does not own its lines: the chart does.
    m_valueLine->setParent(m_chart);
    m_baseline->setParent(m_chart);
    m_area->setName(metricName(m_metric));
    // The metric first in the legend; the comparison, light and dashed, may cross its area.
    m_chart->addSeries(m_area);
    m_chart->addSeries(m_compare);
    m_chart->addSeries(m_valueEdge);
    m_chart->addSeries(m_partial);
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    for (QAbstractSeries *s :
         {static_cast<QAbstractSeries *>(m_compare), static_cast<QAbstractSeries *>(m_area),
          static_cast<QAbstractSeries *>(m_valueEdge), static_cast<QAbstractSeries *>(m_partial)}) {
        s->attachAxis(m_x);
        s->attachAxis(m_y);
    }
    // The metric's line and the running bucket's segment are not series of their own in the
    // legend.
    for (QLineSeries *line : {m_valueEdge, m_partial})
        for (QLegendMarker *m : m_chart->legend()->markers(line))
            m->setVisible(false);
    m_x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_y->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
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
    clear(); // no axis until the first answer: not 1970, not "1 1 1 0 0"
}

void TimeseriesChart::applyTheme()
{
    const QPalette p = palette();
    const QColor text = p.color(QPalette::WindowText);
    m_chart->legend()->setLabelColor(text);
    QColor fill = theme::accent(p);
    fill.setAlphaF(0.16f);
    m_area->setBrush(fill);
    // The area has no outline: its right edge would fall to 0 where the running bucket
    // begins. The line over it draws the top alone.
    m_area->setPen(Qt::NoPen);
    m_valueEdge->setPen(QPen(theme::accent(p), 2.4));
    m_partial->setPen(QPen(theme::accent(p), 2.4, Qt::DashLine));
    // The comparison: the same hue, lighter, dashed; under the metric.
    QColor compare = theme::accent(p);
    compare.setAlphaF(0.55f);
    m_compare->setPen(QPen(compare, 1.8, Qt::DashLine));
    m_compare->setColor(compare);
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

void TimeseriesChart::setResult(const query::TimeseriesResult &result)
{
    m_points = result.points;
    m_granularity = result.granularity;
    // The bucket "now" falls in is still running: drawn dashed from the one before, so a
    // few hours of today do not look like a fall to nothing; the buckets after it (the rest
    // of today's hours, of this month's days) have had no chance yet and are not drawn.
    const qint64 now = m_nowSecs >= 0 ? m_nowSecs : QDateTime::currentSecsSinceEpoch();
    m_running = -1;
    m_drawn = int(m_points.size());
    for (int i = 0; i < m_points.size(); ++i) {
        const query::TimePoint &p = m_points.at(i);
        if (p.startSecs > now) {
            m_drawn = i;
            break;
        }
        qint64 end;
        if (i + 1 < m_points.size()) {
            end = m_points.at(i + 1).startSecs;
        } else { // the last bucket's length from its civil start (a DST day has 23 or 25 h)
            const QDateTime start(p.date, QTime(std::max(p.hour, 0), 0));
            end = p.startSecs
                + start.secsTo(m_granularity == query::Granularity::Hour      ? start.addSecs(3600)
                                   : m_granularity == query::Granularity::Day ? start.addDays(1)
                                                                              : start.addMonths(1));
        }
        if (now < end) {
            m_running = i;
            m_drawn = i + 1;
            break;
        }
    }
    m_compared.clear();
    m_comparisonMode = Comparison::Off;
    redraw();
}

void TimeseriesChart::setMetric(ChartMetric metric)
{
    m_metric = metric;
    m_area->setName(metricName(metric));
    redraw();
}

void TimeseriesChart::setComparison(Comparison mode,
                                    const QList<std::optional<query::TimePoint>> &aligned)
{
    m_comparisonMode = aligned.isEmpty() ? Comparison::Off : mode;
    m_compared
        = m_comparisonMode == Comparison::Off ? QList<std::optional<query::TimePoint>> {} : aligned;
    redraw();
}

void TimeseriesChart::redraw()
{
    const int solid = m_running >= 0 ? m_running : m_drawn;
    // A bucket without a value (a rate without a visit) stands at 0.
    auto valueOf = [this](const Metrics &m) { return metricValue(m_metric, m).value_or(0); };
    QList<QPointF> values, base, partial, compared;
    double top = 0;
    for (int i = 0; i < m_drawn; ++i) {
        const QPointF v(i, valueOf(m_points.at(i).metrics));
        if (i < solid) {
            values.append(v);
            base.append({double(i), 0});
        }
        if (m_running >= 0 && i >= m_running - 1)
            partial.append(v);
        top = std::max(top, v.y());
    }
    // The comparison over the whole axis, the buckets still to come included: it says what
    // the rest of the period looked like then.
    for (int i = 0; i < m_compared.size() && i < m_points.size(); ++i) {
        if (!m_compared.at(i))
            continue;
        compared.append(QPointF(i, valueOf(m_compared.at(i)->metrics)));
        top = std::max(top, compared.last().y());
    }
    m_valueLine->replace(values);
    m_valueEdge->replace(values);
    m_baseline->replace(base);
    m_partial->replace(partial);
    m_compare->replace(compared);
    m_compare->setVisible(!compared.isEmpty());
    m_compare->setName(m_comparisonMode == Comparison::YearBefore ? tr("Same period last year")
                                                                  : tr("Previous period"));
    for (QLegendMarker *m : m_chart->legend()->markers(m_compare))
        m->setVisible(!compared.isEmpty());
    // No data yet (a cold start, a failed source): no axis labels rather than 1970 and "1 1 0".
    m_x->setLabelsVisible(!m_points.isEmpty());
    m_y->setLabelsVisible(!m_points.isEmpty());
    // The whole period stays on the axis, the buckets still to come included, with half a
    // bucket of air at both ends (where the first and last labels stand).
    m_x->setRange(-0.5, double(m_points.size()) - 0.5);
    const ValueTicks ticks = valueTicks(metricUnit(m_metric), top);
    m_top = ticks.top;
    for (const QString &label : m_y->categoriesLabels())
        m_y->remove(label);
    // Each label ends a category at its value; the first (0) needs one of some height below.
    m_y->setStartValue(-ticks.top / 1000);
    for (int i = 0; i < ticks.values.size(); ++i)
        m_y->append(ticks.labels.at(i), ticks.values.at(i));
    m_y->setRange(0, ticks.top);
    updateAxisLabels();
    hideHover();
}

QStringList TimeseriesChart::valueLabels() const
{
    return m_y->categoriesLabels();
}

QList<QPointF> TimeseriesChart::comparisonPoints() const
{
    return m_compare->points();
}

QString TimeseriesChart::tickLabel(int bucket) const
{
    const query::TimePoint &p = m_points.at(bucket);
    const QLocale l;
    switch (m_granularity) {
    case query::Granularity::Hour:
        // Hours of more than one day: midnight says which day begins.
        if (p.hour == 0 && m_points.first().date != m_points.last().date)
            return l.toString(p.date,
                              tr("d MMM", "date format of the chart's axis: day, short month"));
        return QStringLiteral("%1:00").arg(std::max(p.hour, 0), 2, 10, QLatin1Char('0'));
    case query::Granularity::Day:
        // Date patterns (QDate::toString) are translated: "21 Nov" reads "21. Nov." in German.
        return l.toString(p.date, tr("d MMM", "date format of the chart's axis: day, short month"));
    case query::Granularity::Month:
        // The full year: "Dec 25" reads as the 25th of December.
        return l.toString(p.date,
                          tr("MMM yyyy", "date format of the chart's axis: short month, year"));
    }
    return QString();
}

void TimeseriesChart::updateAxisLabels()
{
    for (const QString &label : m_x->categoriesLabels())
        m_x->remove(label);
    m_labelled.clear();
    if (m_points.isEmpty())
        return;
    // Below the first bucket: a label on bucket 0 then names a category of some width (one
    // of none is not drawn).
    m_x->setStartValue(-1);
    // The widest label decides how many fit: a step of whole hours, days or months that
    // leaves each label its width and some air.
    const QFontMetrics fm(m_x->labelsFont());
    int widest = 0;
    for (int i = 0; i < m_points.size(); ++i)
        widest = std::max(widest, fm.horizontalAdvance(tickLabel(i)));
    const double plot = m_chart->plotArea().width() > 0 ? m_chart->plotArea().width()
                                                        : double(std::max(width() - 60, 200));
    const double perBucket = plot / std::max<qsizetype>(1, m_points.size() - 1);
    const QList<int> steps = labelSteps(m_granularity);
    // Room at both ends for the first and last label, centred on their buckets.
    m_chart->setMargins(QMargins(std::max(4, widest / 2), 4, std::max(8, widest / 2 + 4), 4));
    int step = steps.last();
    for (int s : steps)
        if (s * perBucket >= widest + 16) {
            step = s;
            break;
        }
    // Hours on multiples of the step (00:00, 03:00, 06:00); days and months counted back
    // from the newest, so the current one is always named.
    for (int i = 0; i < m_points.size(); ++i) {
        const bool on = m_granularity == query::Granularity::Hour
            ? std::max(m_points.at(i).hour, 0) % step == 0
            : (m_points.size() - 1 - i) % step == 0;
        if (!on)
            continue;
        QString label = tickLabel(i);
        // QCategoryAxis needs distinct labels (two days of hours repeat "03:00").
        if (m_x->categoriesLabels().contains(label))
            label = bucketLabel(m_points.at(i));
        if (m_x->categoriesLabels().contains(label))
            continue;
        m_x->append(label, i);
        m_labelled.append(i);
    }
}

QStringList TimeseriesChart::axisLabels() const
{
    return m_x->categoriesLabels();
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
    const QString when = i == m_running
        ? tr("%1 (so far)", "a bucket still running").arg(bucketLabel(p))
        : bucketLabel(p);
    const std::optional<double> value = metricValue(m_metric, p.metrics);
    QString text = tr("%1\n%2: %3", "date, metric, value")
                       .arg(when, metricName(m_metric),
                            value ? formatMetric(m_metric, *value) : format::none());
    if (i < m_compared.size() && m_compared.at(i)) {
        const query::TimePoint &c = *m_compared.at(i);
        const std::optional<double> then = metricValue(m_metric, c.metrics);
        QString line
            = tr("%1 (%2): %3", "comparison, its date, value")
                  .arg(m_comparisonMode == Comparison::YearBefore ? tr("Last year")
                                                                  : tr("Previous"),
                       bucketLabel(c), then ? formatMetric(m_metric, *then) : format::none());
        // The change in percent for counts and durations, in points for a rate (a bounce
        // rate from 40% to 50% is +10 points, not +25%).
        if (value && then) {
            const QLocale l;
            if (metricUnit(m_metric) == MetricUnit::Percent) {
                line += tr(", %1 pts", "change of a rate in percentage points")
                            .arg(QString(*value >= *then ? QStringLiteral("+") : QString())
                                 + l.toString(*value - *then, 'f', 0));
            } else if (const auto change = format::change(*value, *then)) {
                line += tr(", %1%", "change against the comparison")
                            .arg(QString(*change >= 0 ? QStringLiteral("+") : QString())
                                 + l.toString(*change, 'f', 0));
            }
        }
        text += QLatin1Char('\n') + line;
    }
    return text;
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
    const QPointF value = m_chart->mapToValue(chartPos, m_area);
    int best = 0;
    double bestDist = std::numeric_limits<double>::max();
    for (int i = 0; i < m_drawn; ++i) {
        const double d = std::abs(i - value.x());
        if (d < bestDist) {
            bestDist = d;
            best = i;
        }
    }
    if (m_drawn == 0)
        return hideHover();
    m_hovered = best;
    const QPointF at = m_chart->mapToPosition(QPointF(best, 0), m_area);
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
    updateAxisLabels(); // more or fewer labels fit
}

} // namespace raycstr::ui
