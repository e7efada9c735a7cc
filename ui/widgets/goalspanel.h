#pragma once

#include "ui/data/datasource.h"
#include "ui/widgets/card.h"

class QAbstractItemModel;
class QAction;
class QLabel;
class QPushButton;
class QStackedLayout;
class QStandardItemModel;
class QTabBar;
class QTableView;

namespace raycstr::ui {

class BreakdownModel;
class DashboardView;
class DetailsDialog;
class GoalsModel;

// The dashboard's goals card. "Goals": each goal's conversions and conversion rate (inline
// bars); clicking one filters the dashboard to the visits that converted (goal==Name).
// "Custom events": the period's event names; opening one lists its property keys, opening
// a key lists its values — the drill-down behind a custom event.
class GoalsPanel : public Card
{
    Q_OBJECT
public:
    enum Tab { GoalsTab, EventsTab };
    enum Level { EventNames, PropertyKeys, PropertyValues };

    explicit GoalsPanel(DataSource *source, QWidget *parent = nullptr);

    // Puts the panel on `dashboard` (above Web Vitals) and follows its filter chips.
    void install(DashboardView *dashboard);
    void setSource(DataSource *source);
    void refresh(const DashboardQuery &query);
    void setCurrentTab(int tab);
    int currentTab() const;

    // The custom events drill-down.
    void openEvent(const QString &name);
    void openKey(const QString &key);
    void back();
    Level level() const { return m_level; }
    QString breadcrumb() const;

    GoalsModel *goalsModel() const { return m_goals; }
    QTableView *goalsView() const { return m_goalsView; }
    QTableView *eventsView() const { return m_eventsView; }
    // The rows the events view shows at the current level (values in column 0).
    QAbstractItemModel *eventsModel() const;
    QPushButton *addGoalButton() const { return m_addGoal; }
    QPushButton *detailsButton() const { return m_details; }
    // The Details view of the events tab's table (nullptr on the goals tab or the keys).
    DetailsDialog *openDetails();
    bool isLoading() const { return m_goalsPending || m_eventsPending; }

Q_SIGNALS:
    void filterRequested(const QString &field, const QString &value);
    void updated();

private:
    void requestEvents();
    void onGoals(const Answer<query::GoalsResult> &a);
    void onEventRows(const Answer<query::BreakdownResult> &a);
    void onPropertyKeys(const Answer<QList<query::PropertyKeyRow>> &a);
    // Whether `a` is the events tab's awaited answer with a value (it says why when not).
    template<typename T>
    bool takeEvents(const Answer<T> &a);
    void showEmpty(QStackedLayout *stack, QLabel *empty, bool empty_, const QString &text);
    void addGoalDialog();
    // The events tab's table as a breakdown: its query and field ("" for property keys).
    DashboardQuery eventsQuery() const;
    QString eventsField() const;

    DataSource *m_source = nullptr;
    DashboardQuery m_query;
    QTabBar *m_tabs;
    QPushButton *m_addGoal;
    QPushButton *m_details;
    QStackedLayout *m_pages;
    GoalsModel *m_goals;
    QTableView *m_goalsView;
    QLabel *m_goalsEmpty;
    QStackedLayout *m_goalsStack;
    QWidget *m_crumbRow;
    QPushButton *m_backButton;
    QLabel *m_crumb;
    QTableView *m_eventsView;
    QLabel *m_eventsEmpty;
    QStackedLayout *m_eventsStack;
    BreakdownModel *m_names;
    QStandardItemModel *m_keys;
    BreakdownModel *m_values;
    Level m_level = EventNames;
    QString m_event;
    QString m_key;
    Lane m_goalsLane;
    Lane m_eventsLane; // event names, property keys or values: one at a time
    Lane m_suggestLane; // the add-goal dialog's suggestions (event names or paths)
    DataSource::RequestId m_goalsPending = 0;
    DataSource::RequestId m_eventsPending = 0;
    QMetaObject::Connection m_changed;
    QAction *m_exportAction = nullptr; // off at the property keys level
    QAction *m_detailsAction = nullptr; // on for event names and property values
};

} // namespace raycstr::ui
