#pragma once

#include "ui/data/datasource.h"

#include <QObject>
#include <QPointer>
#include <QProgressDialog>
#include <functional>
#include <memory>

class QAbstractItemView;
class QTimer;
class QAction;
class QWidget;

namespace raycstr::ui {

class Card;

// Data out of the desktop app: "Export CSV…" of a dashboard table and "Export dashboard…"
// (the zip in Plausible's export layout). One job per export: the path from a file dialog
// (a name made of site, period and table; cancelling it does nothing), the rows in full
// through the DataSource (local or remote alike), a progress dialog with Cancel when it
// takes long, and the file written all or nothing. A failure (an unwritable folder, the
// server's refusal) is shown in a message box with its reason; a job deletes itself when
// it is over.
//
// The CSV itself is TableCsv's (the stats API's columns and bytes); the zip is written by
// the source (LocalDataSource: api/plausibleexport.h, the CLI's `export`).
class TableExport : public QObject
{
    Q_OBJECT
public:
    // Asks where to write: `suggested` is a full path, `filter` the dialog's file types.
    // Returns "" when the user cancels. Tests replace the dialog.
    using PathChooser
        = std::function<QString(QWidget *parent, const QString &suggested, const QString &filter)>;
    static void setPathChooser(PathChooser chooser);

    // "example.com_30d_pages.csv": the site, the period and the table, with characters that
    // file systems refuse replaced.
    static QString suggestedName(const DashboardQuery &query, const QString &table,
                                 const QString &extension);
    // Writes `data` to `path` all or nothing (QSaveFile); "" or the reason, naming the path.
    static QString writeFile(const QString &path, const QByteArray &data);

    // "Export CSV…" on `card`'s title row and in `table`'s context menu; `run` starts the
    // export. A job's summary goes to the window's status bar. The action (disable it to
    // disable both).
    static QAction *addButton(Card *card, QAbstractItemView *table,
                              std::function<TableExport *()> run);

    // The jobs; nullptr when the user cancelled the file dialog (or there is no source).
    // Every row of `field`'s breakdown (read a page at a time).
    static TableExport *breakdown(QWidget *parent, DataSource *source, const DashboardQuery &query,
                                  const QString &field);
    static TableExport *goals(QWidget *parent, DataSource *source, const DashboardQuery &query);
    static TableExport *vitals(QWidget *parent, DataSource *source, const DashboardQuery &query);
    static TableExport *funnel(QWidget *parent, DataSource *source, const DashboardQuery &query,
                               const raycstr::Funnel &funnel);
    static TableExport *dashboard(QWidget *parent, DataSource *source, const DashboardQuery &query);

    QString path() const { return m_path; }
    // Stops the job: no file is written, cancelled() follows.
    void cancel();
    // The progress dialog (tests cancel through it); null until the job shows one.
    QProgressDialog *progressDialog() const { return m_dialog; }

    // Rows a breakdown export asks for at once: the stats API's largest page (tests make it
    // smaller to see the paging).
    static constexpr int PageRows = 1000;
    static void setPageRows(int rows);

Q_SIGNALS:
    void finished(const QString &path, const QString &summary);
    void failed(const QString &error);
    void cancelled();

private:
    TableExport(QWidget *parent, DataSource *source, const QString &path);
    static TableExport *start(QWidget *parent, DataSource *source, const DashboardQuery &query,
                              const QString &table, const QString &extension);
    void showProgress(const QString &label);
    void setProgress(qint64 done, qint64 total);
    void nextPage();
    void write(const Answer<QByteArray> &csv, qint64 rows);
    void fail(const QString &error);
    void end();

    QPointer<QWidget> m_parent;
    QPointer<DataSource> m_source; // a switch of source ends the job
    QString m_path;
    DashboardQuery m_query;
    QString m_field;
    query::BreakdownResult m_rows; // a breakdown's pages so far
    QPointer<QProgressDialog> m_dialog;
    std::shared_ptr<Progress> m_progress; // a zip's, counted by the source
    QTimer *m_poll = nullptr; // reads m_progress for the dialog
    bool m_cancelled = false;
    bool m_ended = false;
};

} // namespace raycstr::ui
