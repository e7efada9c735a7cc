#pragma once

#include "query/querytypes.h"
#include "ui/widgets/chartcomparison.h"
#include "ui/widgets/chartmetric.h"

#include <QChartView>

class QAreaSeries;
class QLineSeries;
class QCategoryAxis;
class QGraphicsLineItem;
class QGraphicsSimpleTextItem;
class QGraphicsRectItem;

namespace raycstr::ui {

// One metric over the period (filled; chartmetric.h says why one at a time), one point per
// bucket, and optionally a comparison period as a lighter dashed line, bucket by bucket
// (chartcomparison.h); hovering shows the bucket's value, the comparison's and the change in
// a small callout next to a guide line. The value axis counts in round steps of the metric's
// unit (counts, percents, durations).
//
// The x axis counts buckets (0, 1, …) and names them with the dates the query engine gave
// them, in the site's time zone: no instant is converted, so neither the machine's zone nor
// a daylight-saving change can move a label to the day before. Labels sit on their bucket,
// every step-th one (a step the width allows: hours by 3 or 6, months by 1 or 2, …). The
// running bucket (today, this hour) is drawn dashed from the one before, and the buckets
// after it, still to come, not at all: no fall to 0 at the right end.
class TimeseriesChart : public QChartView
{
    Q_OBJECT
public:
    explicit TimeseriesChart(QWidget *parent = nullptr);

    void setResult(const query::TimeseriesResult &result);
    void clear();
    // The metric drawn (visitors by default); redraws the current answer.
    void setMetric(ChartMetric metric);
    ChartMetric metric() const { return m_metric; }
    // The comparison's bucket for each current bucket (alignComparison()), or Off. Set after
    // setResult(), which drops the comparison of the previous answer.
    void setComparison(Comparison mode, const QList<std::optional<query::TimePoint>> &aligned);
    Comparison comparison() const { return m_comparisonMode; }
    // The y axis' labels, bottom up ("0", "25", "50" …).
    QStringList valueLabels() const;
    // The top of the y axis, in the metric's unit.
    double valueTop() const { return m_top; }
    // The points of the comparison line (x = the current bucket it stands beside).
    QList<QPointF> comparisonPoints() const;
    int pointCount() const { return int(m_points.size()); }
    // The callout's text for bucket `i` (what hovering shows).
    QString hoverText(int i) const;
    // Shows the callout of the bucket nearest to `x` (view coordinates); tests and mouse.
    void hoverAt(const QPoint &pos);
    QString currentHoverText() const;

    // The instant that decides which bucket is still running (drawn dashed, as it is
    // incomplete) and which are to come (not drawn). Default: the wall clock; tests set it.
    void setNow(qint64 secs) { m_nowSecs = secs; }
    // The bucket drawn apart as incomplete, -1 when none is running.
    int runningBucket() const { return m_running; }
    // The buckets drawn: all but those still to come.
    int drawnCount() const { return m_drawn; }
    // The x axis' labels, left to right, and the bucket each one names.
    QStringList axisLabels() const;
    QList<int> labelledBuckets() const { return m_labelled; }

protected:
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void applyTheme();
    void hideHover();
    void updateAxisLabels();
    void redraw();
    QString bucketLabel(const query::TimePoint &p) const;
    QString tickLabel(int bucket) const;

    QChart *m_chart;
    QLineSeries *m_valueLine; // the area's top: not drawn itself
    QLineSeries *m_valueEdge; // the metric's line over the area (no edge down to 0)
    QLineSeries *m_baseline;
    QAreaSeries *m_area = nullptr;
    QLineSeries *m_partial; // the running bucket, dashed
    QLineSeries *m_compare; // the comparison period, dashed and lighter
    QCategoryAxis *m_x;
    QCategoryAxis *m_y; // labels on round values of the metric's unit
    QGraphicsLineItem *m_guide = nullptr;
    QGraphicsRectItem *m_calloutBox = nullptr;
    QGraphicsSimpleTextItem *m_calloutText = nullptr;
    QList<query::TimePoint> m_points;
    QList<std::optional<query::TimePoint>> m_compared;
    ChartMetric m_metric = ChartMetric::Visitors;
    Comparison m_comparisonMode = Comparison::Off;
    double m_top = 0;
    query::Granularity m_granularity = query::Granularity::Day;
    int m_hovered = -1;
    qint64 m_nowSecs = -1; // -1: the wall clock
    int m_running = -1;
    int m_drawn = 0;
    QList<int> m_labelled;
};

} // namespace raycstr::ui
