#pragma once

#include "store/sqlitedb.h"

#include <QString>
#include <functional>

namespace raycstr {

// Raw events of one site and time range, with every interned id resolved to its text: the
// export's events file. There is no IP address and no User-Agent to read (the pipeline
// drops both before the store); the visitor hash is left out too, so an export cannot be
// joined across days or with another export.
//
// Thread: the caller's, on the connection it is given.
class RawEventReader
{
public:
    struct Row
    {
        qint64 ts = 0; // UTC seconds
        int kind = 0; // 0 pageview, 1 custom, 2 vitals, 3 engagement
        qint64 visitAge = 0; // seconds since the visit's first event
        QString hostname, path, source, referrer, utmSource, utmMedium, utmCampaign, utmContent,
            utmTerm, country, device, browser, browserVersion, os, osVersion, name, props;
        bool hasValue = false;
        double value = 0;
    };

    explicit RawEventReader(SqliteDb *db)
        : m_db(db)
    { }
    // Calls `row` for each event of `siteId` with ts in [fromSecs, toSecs), in time order.
    // Returns the number read, or -1 with *error.
    qint64 read(qint32 siteId, qint64 fromSecs, qint64 toSecs,
                const std::function<void(const Row &)> &row, QString *error);

    static QString kindName(int kind);

private:
    SqliteDb *m_db;
};

} // namespace raycstr
