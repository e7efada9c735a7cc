#pragma once

#include "import/importer.h"

#include <QCoreApplication>
#include <QStringList>
#include <atomic>
#include <functional>

namespace raycstr {

class Clock;
class SqliteDb;

// One import from start to end, whichever its source: the reader the source needs (access
// logs, GoatCounter's CSV, GA4's BigQuery export, Umami's database → hits through Importer;
// Plausible's CSV
// export, GA4's reports → daily sums through AggregateImporter), run with one progress and
// one cancel flag. What `raycstr-server import` and the desktop app's Import… both run, so
// the two cannot differ in what an import does; each says the outcome in its own words.
//
// Runs on the caller's thread (the CLI's, or a worker's in the desktop app), with the data
// directory to itself (DataDirLock); progress is called on that thread.
class ImportJob
{
    Q_DECLARE_TR_FUNCTIONS(raycstr::ImportJob)
public:
    // The sources, as --from names them.
    static QStringList sources();
    // Whether the source's imports are daily sums rather than events.
    static bool isAggregateSource(const QString &source);
    // Whether the source takes exactly one file or folder (an export), not several files.
    static bool takesOneInput(const QString &source);

    // `request` names the site, its time zone, the source and the files; `domain` is the
    // site's (readers turn relative URLs into the site's). `logFormat` (access logs):
    // "", "combined", "common" or an nginx log_format string.
    ImportJob(ImportRequest request, QString domain, QString logFormat = QString());

    // Called now and then with how far the job has come (bytes of the input, reading and
    // writing together) and in all.
    void setProgress(std::function<void(qint64 done, qint64 total)> progress)
    {
        m_progress = std::move(progress);
    }
    // Umami: the PostgreSQL connection ("postgres://USER@HOST:PORT/DB", no password) and,
    // optionally, the website's id (else the one whose domain is the site's).
    void setDatabase(QString connection, QString website)
    {
        m_database = std::move(connection);
        m_website = std::move(website);
    }
    // Said once the input is open, before the long part (e.g. how many rows a database holds).
    void setNotice(std::function<void(const QString &)> notice) { m_notice = std::move(notice); }
    // Set (from a signal handler or another thread) to stop at the next hit or day.
    void setCancelFlag(const std::atomic<bool> *cancel) { m_cancel = cancel; }

    struct Result
    {
        Importer::Outcome outcome = Importer::Outcome::Failed;
        ImportRun run; // as recorded (id 0 when nothing was started)
        qint64 resumed = 0; // the earlier run this one went on with, or 0
        qint64 replaced = 0; // the earlier run of the same files it replaced, or 0
        // Failed: why. Bad input names its file, line and column ("access.log:12:31: …").
        QString error;
        bool badLogFormat = false; // the error is the log format's (a usage error)
        // The input did not open (a log or CSV export that is not there or not one): no
        // run was started.
        bool notOpened = false;
        // Interrupted before anything was written (while reading the input whole).
        bool stoppedBeforeWriting = false;
        double seconds = 0;
    };
    Result run(SqliteDb *db, const Clock *clock);

private:
    Result runHits(SqliteDb *db, const Clock *clock);
    Result runAggregates(SqliteDb *db, const Clock *clock);

    ImportRequest m_request;
    QString m_domain;
    QString m_logFormat;
    QString m_database;
    QString m_website;
    std::function<void(qint64, qint64)> m_progress;
    std::function<void(const QString &)> m_notice;
    const std::atomic<bool> *m_cancel = nullptr;
};

} // namespace raycstr
