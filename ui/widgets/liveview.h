#pragma once

#include "ui/data/datasource.h"

#include <QMap>
#include <QWidget>

class QBarSet;
class QBarSeries;
class QCategoryAxis;
class QValueAxis;
class QChartView;
class QLabel;
class QStackedLayout;
class QTableView;
class QTimer;

namespace raycstr::ui {

class BreakdownModel;
class LiveFeedModel;

// What happens right now on one site: visitors in the last five minutes, the pages they
// view, pageviews per minute over the last half hour, and a feed of events that shows
// each one as soon as the source reports it stored.
class LiveView : public QWidget
{
    Q_OBJECT
public:
    static constexpr int Minutes = 30;
    static constexpr int CurrentWindowSecs = 300;

    explicit LiveView(DataSource *source, QWidget *parent = nullptr);

    void setSource(DataSource *source);
    void setSite(const QString &site);
    QString site() const { return m_site; }
    // Starts/stops following (the live feed and the periodic visitor count).
    void setActive(bool active);

    qint64 currentVisitors() const { return m_visitors; }
    QString visitorsText() const;
    LiveFeedModel *feed() const { return m_feed; }
    BreakdownModel *pages() const { return m_pages; }
    // Pageviews per minute, oldest first (what the chart shows).
    QList<qint64> perMinute() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();
    void onEvents(const QList<raycstr::LiveEvent> &events);
    void refreshCounts();
    void updateChart();
    void updatePages();
    void updateHint();

    DataSource *m_source = nullptr;
    QString m_site;
    bool m_active = false;
    qint64 m_visitors = 0;
    QLabel *m_visitorsLabel;
    QLabel *m_pulse;
    QChartView *m_chartView;
    QBarSet *m_bars;
    QCategoryAxis *m_x;
    QValueAxis *m_y;
    LiveFeedModel *m_feed;
    BreakdownModel *m_pages;
    QTableView *m_feedView;
    QLabel *m_feedHint;
    QStackedLayout *m_feedStack;
    QTableView *m_pagesView;
    QTimer *m_timer;
    QMap<qint64, qint64> m_minutes; // minute number (secs / 60) → pageviews
    QList<LiveEvent> m_recent; // events of the last CurrentWindowSecs, for the pages panel
    Lane m_visitorsLane;
    Lane m_activityLane;
    DataSource::RequestId m_visitorsPending = 0;
    DataSource::RequestId m_activityPending = 0;
    QList<QMetaObject::Connection> m_connections; // the live signals of m_source
};

} // namespace raycstr::ui
