#pragma once

#include "ui/data/datasource.h"
#include "ui/widgets/card.h"

class QAction;
class QTabBar;
class QTableView;
class QLabel;
class QPushButton;

namespace raycstr::ui {

class BreakdownModel;
class DetailsDialog;

// One breakdown card: tabs for related fields (Pages / Entry / Exit…), a table with inline
// bars; clicking (or Enter on) a row asks to filter the dashboard by that value. "Details"
// under the table (or Ctrl+D in it) opens every row of the current tab (DetailsDialog).
class BreakdownPanel : public Card
{
    Q_OBJECT
public:
    struct Tab
    {
        QString field; // API name: "page", "source", "utm_campaign"…
        QString label;
    };
    BreakdownPanel(const QString &title, const QList<Tab> &tabs, DataSource *source,
                   QWidget *parent = nullptr);

    void setSource(DataSource *source);
    // Asks for the current tab's rows of `query`.
    void refresh(const DashboardQuery &query);
    void setTotalVisitors(qint64 visitors);
    QString currentField() const;
    void setCurrentTab(int index);
    BreakdownModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    bool isLoading() const { return m_pending != 0; }
    QPushButton *detailsButton() const { return m_details; }
    // Opens the Details view of the current tab (nullptr without a site or a source).
    DetailsDialog *openDetails();

Q_SIGNALS:
    void filterRequested(const QString &field, const QString &value);
    void updated();

private:
    void onAnswer(const Answer<query::BreakdownResult> &a);

    QList<Tab> m_tabs;
    DataSource *m_source = nullptr;
    QTabBar *m_tabBar;
    QTableView *m_view;
    QLabel *m_empty;
    QPushButton *m_details;
    BreakdownModel *m_model;
    DashboardQuery m_query;
    Lane m_lane;
    DataSource::RequestId m_pending = 0;
};

} // namespace raycstr::ui
