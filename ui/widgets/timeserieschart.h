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
    QDateTimeAxis *m_x;
    QValueAxis *m_y;
    QGraphicsLineItem *m_guide = nullptr;
    QGraphicsRectItem *m_calloutBox = nullptr;
    QGraphicsSimpleTextItem *m_calloutText = nullptr;
    QList<query::TimePoint> m_points;
    query::Granularity m_granularity = query::Granularity::Day;
    int m_hovered = -1;
};

} // namespace raycstr::ui
