#pragma once

#include "store/sqlitedb.h"

#include <QString>

namespace raycstr {

// Which scheduled reports have gone out (report_log, migration 0007): a schedule's key and
// the first day of the period it reported on. The scheduler asks before it sends and
// records after the SMTP server took the message, so a restart sends nothing twice.
class ReportLog
{
public:
    explicit ReportLog(SqliteDb *db)
        : m_db(db)
    { }

    bool wasSent(const QString &scheduleKey, qint64 periodStartDay) const;
    bool recordSent(const QString &scheduleKey, qint64 periodStartDay, qint64 sentAtSecs,
                    QString *error);

private:
    SqliteDb *m_db;
};

} // namespace raycstr
