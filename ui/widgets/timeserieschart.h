#pragma once

#include "query/querytypes.h"

#include <QChartView>

class QAreaSeries;
class QLineSeries;
class QDateTimeAxis;
class QValueAxis;
class QGraphicsLineItem;
class QGraphicsSimpleTextItem;
class QGraphicsRectItem;

namespace raycstr::ui {

// Visitors (filled) and pageviews (line) over the period, one point per bucket; hovering
// shows the bucket's values in a small callout next to a guide line.
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

    // The instant that decides whether the last bucket is still running (drawn dashed, as
    // it is incomplete). Default: the wall clock; tests set it.
    void setNow(qint64 secs) { m_nowSecs = secs; }
    // Whether the last bucket is drawn apart as incomplete.
    bool lastBucketIsPartial() const { return m_partialLast; }
    // Where bucket `p` sits on the x axis: its civil date and hour in the site's time zone,
    // as the axis shows them (QDateTimeAxis renders in the machine's zone).
    static double xOf(const query::TimePoint &p);

protected:
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void applyTheme();
    void hideHover();
    QString bucketLabel(const query::TimePoint &p) const;

    QChart *m_chart;
    QLineSeries *m_visitorsLine;
    QLineSeries *m_baseline;
    QAreaSeries *m_visitors = nullptr;
    QLineSeries *m_pageviews;
    QLineSeries *m_partialVisitors; // the running bucket, dashed
    QLineSeries *m_partialPageviews;
    QDateTimeAxis *m_x;
    QValueAxis *m_y;
    QGraphicsLineItem *m_guide = nullptr;
    QGraphicsRectItem *m_calloutBox = nullptr;
    QGraphicsSimpleTextItem *m_calloutText = nullptr;
    QList<query::TimePoint> m_points;
    query::Granularity m_granularity = query::Granularity::Day;
    int m_hovered = -1;
    qint64 m_nowSecs = -1; // -1: the wall clock
    bool m_partialLast = false;
};

} // namespace raycstr::ui
