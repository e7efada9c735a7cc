#pragma once

#include "query/querytypes.h"

#include <QChartView>

class QAreaSeries;
class QLineSeries;
class QCategoryAxis;
class QValueAxis;
class QGraphicsLineItem;
class QGraphicsSimpleTextItem;
class QGraphicsRectItem;

namespace raycstr::ui {

// Visitors (filled) and pageviews (line) over the period, one point per bucket; hovering
// shows the bucket's values in a small callout next to a guide line.
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
    QString bucketLabel(const query::TimePoint &p) const;
    QString tickLabel(int bucket) const;

    QChart *m_chart;
    QLineSeries *m_visitorsLine; // the area's top: not drawn itself
    QLineSeries *m_visitorsEdge; // the visitors' line over the area (no edge down to 0)
    QLineSeries *m_baseline;
    QAreaSeries *m_visitors = nullptr;
    QLineSeries *m_pageviews;
    QLineSeries *m_partialVisitors; // the running bucket, dashed
    QLineSeries *m_partialPageviews;
    QCategoryAxis *m_x;
    QValueAxis *m_y;
    QGraphicsLineItem *m_guide = nullptr;
    QGraphicsRectItem *m_calloutBox = nullptr;
    QGraphicsSimpleTextItem *m_calloutText = nullptr;
    QList<query::TimePoint> m_points;
    query::Granularity m_granularity = query::Granularity::Day;
    int m_hovered = -1;
    qint64 m_nowSecs = -1; // -1: the wall clock
    int m_running = -1;
    int m_drawn = 0;
    QList<int> m_labelled;
};

} // namespace raycstr::ui
