#pragma once

#include "api/plausibleexport.h"

#include <QByteArray>
#include <QString>

namespace raycstr {

class Clock;

// The dashboard zip: PlausibleExport's ten files (plus, when asked, the period's raw events
// from eventexport.h) in one archive. The one home of what `raycstr-server export` writes
// and what GET /api/sites/{site}/export answers, so the two make the same bytes: the
// entries carry the clock's time (core/zipwriter.h), not the moment each was added.
//
// Threading: on the thread of the engine it is given (a query worker, the CLI).
class DashboardExport
{
public:
    struct Request
    {
        query::Site site;
        query::Period period;
        QList<query::Filter> filters;
        QString events; // "" (none), "csv" or "ndjson"
    };
    struct Result
    {
        QByteArray zip;
        QList<PlausibleExport::File> files; // names and rows (their bytes are in `zip`)
        query::Interval interval;
    };

    // `dataDir` is read for the raw events only.
    DashboardExport(query::QueryEngine *engine, QString dataDir, const Clock *clock);

    // Bounds the files' bytes before zipping (PlausibleExport::setMaxBytes).
    void setMaxBytes(qint64 bytes) { m_maxBytes = bytes; }
    std::optional<Result> run(const Request &request, QString *error,
                              const PlausibleExport::Progress &progress = {});
    // The engine's failure behind run()'s last error, when the engine failed.
    const query::QueryError &failure() const { return m_failure; }

    static bool isEventFormat(const QString &format);
    // "example.com_20240101_20240131.zip": what a download is saved as.
    static QString fileName(const QString &domain, const query::Interval &interval);
    // `bytes` to `path`, whole or not at all (a temporary file renamed into place), 0600: an
    // export holds the site's data.
    static bool save(const QString &path, const QByteArray &bytes, QString *error);

private:
    query::QueryEngine *m_engine;
    QString m_dataDir;
    const Clock *m_clock;
    qint64 m_maxBytes = 0;
    query::QueryError m_failure;
};

} // namespace raycstr
