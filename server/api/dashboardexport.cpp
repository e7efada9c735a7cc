#include "api/dashboardexport.h"

#include "api/eventexport.h"
#include "core/clock.h"
#include "core/zipwriter.h"
#include "store/database.h"
#include "store/sqlitedb.h"

#include <QSaveFile>

namespace raycstr {

DashboardExport::DashboardExport(query::QueryEngine *engine, QString dataDir, const Clock *clock)
    : m_engine(engine)
    , m_dataDir(std::move(dataDir))
    , m_clock(clock)
{ }

bool DashboardExport::isEventFormat(const QString &format)
{
    return format == QLatin1String("csv") || format == QLatin1String("ndjson");
}

QString DashboardExport::fileName(const QString &domain, const query::Interval &interval)
{
    QString safe = domain;
    for (QChar &c : safe)
        if (c.unicode() > 127
            || (!c.isLetterOrNumber() && c != QLatin1Char('.') && c != QLatin1Char('-')))
            c = QLatin1Char('_');
    return safe + QLatin1Char('_') + PlausibleExport::rangeName(interval) + QStringLiteral(".zip");
}

std::optional<DashboardExport::Result>
DashboardExport::run(const Request &request, QString *error,
                     const PlausibleExport::Progress &progress)
{
    m_failure = {};
    Result result;
    const auto interval = m_engine->resolve(request.site.id, request.period, &m_failure);
    if (!interval) {
        *error = m_failure.message;
        return std::nullopt;
    }
    result.interval = *interval;
    PlausibleExport reports(m_engine);
    reports.setMaxBytes(m_maxBytes);
    auto files = reports.run(request.site, request.period, request.filters, error, progress);
    if (!files) {
        m_failure = reports.failure();
        return std::nullopt;
    }
    if (!request.events.isEmpty()) {
        if (!isEventFormat(request.events)) {
            *error = QStringLiteral("events are csv or ndjson, not '%1'").arg(request.events);
            return std::nullopt;
        }
        SqliteDb db;
        if (!Database::openReadOnly(&db, m_dataDir, error))
            return std::nullopt;
        qint64 count = 0;
        const auto data
            = EventExport::run(&db, request.site.id, interval->fromSecs, interval->toSecs,
                               request.events == QLatin1String("csv") ? EventExport::Format::Csv
                                                                      : EventExport::Format::Ndjson,
                               &count, error);
        if (!data)
            return std::nullopt;
        files->append({QStringLiteral("events_%1.%2")
                           .arg(PlausibleExport::rangeName(*interval), request.events),
                       *data, count});
    }
    ZipWriter zip;
    if (!zip.openBuffer(error))
        return std::nullopt;
    zip.setModificationTime(m_clock->nowSecs());
    for (PlausibleExport::File &f : *files) {
        if (!zip.add(f.name, f.csv, error))
            return std::nullopt;
        f.csv = QByteArray(); // the zip has its copy; keep one in memory at a time
    }
    if (!zip.close(error))
        return std::nullopt;
    result.zip = zip.bytes();
    result.files = std::move(*files);
    return result;
}

bool DashboardExport::save(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    const bool ok = file.open(QIODevice::WriteOnly)
        && file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        && file.write(bytes) == bytes.size() && file.commit();
    if (!ok)
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
    return ok;
}

} // namespace raycstr
