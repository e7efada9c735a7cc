#pragma once

#include "ui/data/datasource.h"

#include <QDialog>
#include <QElapsedTimer>
#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace raycstr::ui {

// File → Import…: history from another tool into a site of this computer's store, in three
// steps on one dialog:
//   1. choose the source (access log, GoatCounter CSV, Plausible CSV export, GA4 report
//      JSON, GA4 BigQuery NDJSON), its files or folder, and the site;
//   2. progress (bytes of the input, rate and time left) with Cancel, which stops at the
//      next hit or day: finished days are kept and the same import again finishes it;
//   3. the summary (rows read, written, skipped by reason, days left out), or the error
//      naming the file, line and column (nothing of that import is kept).
// The import itself is admin::Import (ImportJob, what `raycstr-server import` runs) on a
// thread of its own; it needs the data folder to itself, so `prepare` is called first (the
// window pauses its collector and hands back the source to import through) and
// importFinished() follows (the window resumes it).
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    enum Page { ChoosePage, ProgressPage, SummaryPage };

    ImportDialog(std::function<DataSource *()> prepare, const QStringList &sites,
                 const QString &site, QWidget *parent = nullptr);
    ~ImportDialog() override;

    int currentPage() const;
    // The source chosen (ImportJob::sources()) and its inputs.
    QString source() const;
    void setSource(const QString &source);
    QStringList files() const;
    void setFiles(const QStringList &files);
    void setSite(const QString &site);
    // Starts the import (the Import button).
    void start();
    void cancel();
    // While an import runs, closing (Esc, the window's close button) cancels it instead:
    // the dialog stays until the import has stopped, so its end is always reported.
    void reject() override;

    // "4.2 MB of 10 MB · 1.3 MB/s · about 5 s left" (the progress line).
    static QString rateText(qint64 done, qint64 total, double seconds);
    // The summary of a run that ended, in the user's words (rich text).
    static QString summaryText(const ImportJob::Result &result, const QString &site);

    QPushButton *startButton() const { return m_start; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_bar; }
    QLabel *rateLabel() const { return m_rate; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *errorLabel() const { return m_error; }
    // How the last run ended (after importFinished()).
    const ImportJob::Result &result() const { return m_result; }

Q_SIGNALS:
    // The import ended (`wrote`: days were written), whatever the outcome.
    void importFinished(bool wrote);

private:
    void updateChoice();
    void chooseFiles();
    void chooseFolder();
    void tick();
    void finish(const Answer<ImportJob::Result> &answer);

    std::function<DataSource *()> m_prepare;
    QStackedWidget *m_pages;
    QComboBox *m_source;
    QLabel *m_sourceHint;
    QLineEdit *m_files;
    QPushButton *m_folder;
    QComboBox *m_logFormat;
    QWidget *m_logFormatRow;
    QComboBox *m_site;
    QLabel *m_error;
    QPushButton *m_start;
    QLabel *m_title;
    QProgressBar *m_bar;
    QLabel *m_rate;
    QPushButton *m_cancel;
    QLabel *m_summary;
    QPushButton *m_close;
    QTimer *m_ticker;
    QElapsedTimer m_clock;
    std::shared_ptr<Progress> m_progress;
    ImportJob::Result m_result;
    QString m_importing; // the site being imported into
};

} // namespace raycstr::ui
