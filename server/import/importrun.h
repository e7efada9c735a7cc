#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace raycstr {

// One import run as the `imports` table keeps it (resources/migrations/0009_imports.sql).
struct ImportRun
{
    enum class Status { Running, Interrupted, Failed, Done, Replaced, Undone };

    qint64 id = 0;
    qint32 siteId = 0;
    QString source; // "access-log", "goatcounter", "ga4-bigquery", "plausible", "plausible-api",
                    // "google-analytics"
    QString fingerprint; // the same files imported again have the same one
    QStringList files;
    qint64 startedAt = 0;
    qint64 finishedAt = 0; // 0: not finished
    Status status = Status::Running;
    qint64 rowsRead = 0;
    qint64 eventsWritten
        = 0; // events, or daily rows for aggregate sources (plausible, GA4 reports)
    QMap<QString, qint64> skipped; // reason → rows
    qint64 cutOverDays = 0; // days left out because other data was there
    qint64 firstDay = 0; // local days written (0 with lastDay 0: none)
    qint64 lastDay = 0;
    QString error;

    static QString statusName(Status status);
    static Status statusFromName(const QString &name);
    qint64 skippedTotal() const;
};

// How a run names its input: a file by its absolute path, a database (Umami's) by its
// connection as given ("postgres://user@host:port/db …", never with a password).
QString importSourceName(const QString &fileOrConnection);

// Where a source's bytes are wrong: the file, 1-based line (or CSV row) and column.
struct ImportError
{
    QString file;
    qint64 line = 0; // 0: the file as a whole
    qint64 column = 0;
    QString message;
    bool isEmpty() const { return message.isEmpty(); }
    // "access.log:12:31: message" (the compilers' form, which editors can jump to).
    QString toString() const;
};

} // namespace raycstr
