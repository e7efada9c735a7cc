#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace raycstr {

class SqliteDb;

// Raw events of a site and UTC range as one file for the export: CSV (the CSV writer's
// quoting and formula rule) or NDJSON (one JSON object a line). Columns: time (UTC, ISO
// 8601), kind, hostname, path, source, referrer, utm_*, country, device, browser,
// browser_version, os, os_version, name, props (a JSON object), value, visit_age. No IP,
// no User-Agent, no visitor hash (store/raweventreader.h).
class EventExport
{
public:
    enum class Format { Csv, Ndjson };
    static QStringList columns();
    // Returns the file's bytes and sets *count; nullopt with *error.
    static std::optional<QByteArray> run(SqliteDb *db, qint32 siteId, qint64 fromSecs,
                                         qint64 toSecs, Format format, qint64 *count,
                                         QString *error);
};

} // namespace raycstr
