#pragma once

#include "ui/data/datasource.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace raycstr::ui {

class BreakdownModel;

// "Details" of one dashboard report (pages, sources, countries, browsers, custom events…):
// every row instead of the card's nine, read a page at a time through the DataSource (local
// store or remote server alike) with "Load more" and the total the stats API counts.
//
// The search box becomes a filter of the request ("contains", case-insensitive; for
// countries the codes whose names match), so the store or the server searches every row,
// not only those loaded. The stats API answers in one order (visitors, then pageviews or
// events, then value) and takes no other: sorting by another column orders the rows loaded
// so far, and the status line says so while more remain. Export CSV… writes every row of
// the search (TableExport). Clicking a row filters the dashboard by it and closes the view;
// Esc closes it.
class DetailsDialog : public QDialog
{
    Q_OBJECT
public:
    DetailsDialog(DataSource *source, const DashboardQuery &query, const QString &field,
                  const QString &title, QWidget *parent = nullptr);

    BreakdownModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchBox() const { return m_search; }
    QPushButton *loadMoreButton() const { return m_more; }
    QString statusText() const;
    bool isLoading() const { return m_pending != 0; }
    // The period's visitors, the base of the share column as on the card (0: the rows' sum).
    void setTotalVisitors(qint64 visitors);
    // The query asked: the dashboard's with the search as a filter.
    DashboardQuery query() const;

    // Rows asked for at once (tests make it smaller to see the paging).
    static constexpr int PageRows = 100;
    static void setPageRows(int rows);

    // Shows a Details view (it deletes itself when closed).
    static DetailsDialog *showFor(DataSource *source, const DashboardQuery &query,
                               const QString &field, const QString &title, QWidget *parent);

Q_SIGNALS:
    void filterRequested(const QString &field, const QString &value);
    // An answer arrived (rows or an error).
    void updated();

private:
    void reload();
    void loadMore();
    void onAnswer(const Answer<query::BreakdownResult> &a, bool append);
    void updateStatus();

    QPointer<DataSource> m_source;
    DashboardQuery m_query;
    QString m_field;
    QLineEdit *m_search;
    QTimer *m_debounce;
    QTableView *m_view;
    BreakdownModel *m_model;
    QLabel *m_status;
    QPushButton *m_more;
    QString m_error;
    Lane m_lane;
    DataSource::RequestId m_pending = 0;
};

} // namespace raycstr::ui
