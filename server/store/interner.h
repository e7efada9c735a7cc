#pragma once

#include "core/event.h"
#include "store/sqlitedb.h"

#include <QHash>
#include <array>
#include <unordered_map>

namespace raycstr {

// Maps repeated strings and tuples (page, acquisition, agent) to small integer ids, with
// in-memory caches in front of the tables so the hot path rarely touches SQL. Used inside
// the writer's transaction only: an id handed out is committed with the events using it.
class Interner
{
public:
    explicit Interner(SqliteDb *db);

    // 0 for the empty string.
    qint64 string(const QString &value);
    qint64 page(const QString &hostname, const QString &path);
    qint64 acquisition(const Acquisition &a); // 0 for direct traffic without campaign
    qint64 agent(const Agent &a);

    // After a rolled-back transaction the caches may hold ids that were never committed.
    void clearCaches();
    bool failed() const { return m_failed; }

private:
    template<size_t N> using Tuple = std::array<qint64, N>;
    struct TupleHash
    {
        template<size_t N> size_t operator()(const std::array<qint64, N> &t) const noexcept
        {
            return qHashRange(t.begin(), t.end(), 0);
        }
    };
    qint64 tuple(Statement &insert, Statement &select, const qint64 *values, int count);
    void limitCaches();

    SqliteDb *m_db;
    bool m_failed = false;
    QHash<QString, qint64> m_strings;
    QHash<QPair<qint64, qint64>, qint64> m_pages;
    std::unordered_map<Tuple<7>, qint64, TupleHash> m_acquisitions;
    std::unordered_map<Tuple<5>, qint64, TupleHash> m_agents;
    Statement m_insertString, m_selectString;
    Statement m_insertPage, m_selectPage;
    Statement m_insertAcquisition, m_selectAcquisition;
    Statement m_insertAgent, m_selectAgent;
};

} // namespace raycstr
