#pragma once

#include "query/querytypes.h"

#include <QChartView>

class QBarCategoryAxis;
class QBarSet;
class QGraphicsSimpleTextItem;
class QStackedBarSeries;
class QValueAxis;

namespace raycstr::ui {

// A funnel as bars: each step's visitors (solid) stacked on the visitors it lost since the
// previous step (faint), so every bar is as tall as the step before it and the drop-off
// reads as the gap. Above each bar: the conversion from the previous step and the drop-off.
class FunnelChart : public QChartView
{
    Q_OBJECT
public:
    explicit FunnelChart(QWidget *parent = nullptr);

    void setResult(const query::FunnelResult &result);
    void clear();
    const query::FunnelResult &result() const { return m_result; }
    // What the chart shows, for tests: step visitors, drop-offs and the two lines above a
    // bar ("2 visitors", "66.7% · 1 dropped"), joined by a newline.
    QList<qint64> visitorBars() const;
    QList<qint64> dropOffBars() const;
    QString caption(int step) const;
    QStringList categories() const;

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void applyTheme();
    void placeCaptions();

    query::FunnelResult m_result;
    QChart *m_chart;
    QStackedBarSeries *m_series;
    QBarSet *m_reached;
    QBarSet *m_dropped;
    QBarCategoryAxis *m_x;
    QValueAxis *m_y;
    QList<QGraphicsSimpleTextItem *> m_counts; // "2 visitors", bold
    QList<QGraphicsSimpleTextItem *> m_captions; // conversion and drop-off, muted
};

} // namespace raycstr::ui
