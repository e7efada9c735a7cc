#include "store/reportlog.h"

namespace raycstr {

bool ReportLog::wasSent(const QString &scheduleKey, qint64 periodStartDay) const
{
    Statement st(*m_db, "SELECT 1 FROM report_log WHERE schedule_key = ? AND period_start = ?");
    st.bind(1, scheduleKey).bind(2, periodStartDay);
    return st.next();
}

bool ReportLog::recordSent(const QString &scheduleKey, qint64 periodStartDay, qint64 sentAtSecs,
                           QString *error)
{
    Statement st(*m_db, "INSERT OR REPLACE INTO report_log(schedule_key, period_start, sent_at) "
                        "VALUES(?, ?, ?)");
    st.bind(1, scheduleKey).bind(2, periodStartDay).bind(3, sentAtSecs);
    if (!st.run()) {
        *error = m_db->lastError();
        return false;
    }
    return true;
}

} // namespace raycstr
