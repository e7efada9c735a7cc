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

    using AcquisitionIds = std::array<qint64, 7>; // source, referrer, utm_source … utm_term
    using AgentIds = std::array<qint64, 5>; // browser, version, os, version, device

    // 0 for the empty string.
    qint64 string(const QString &value);
    // Tuples take their parts as string ids, which the caller needs for rollups anyway.
    qint64 page(qint64 hostnameId, qint64 pathId);
    qint64 acquisition(const AcquisitionIds &ids); // 0 for direct traffic without campaign
    qint64 agent(const AgentIds &ids);
    // The ids of "Firefox 126" and "Windows 10" for an agent (version breakdowns).
    std::pair<qint64, qint64> agentVersions(qint64 agentId, const Agent &agent);
    qint64 device(DeviceType type); // the id of "Desktop", "Mobile"…

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

    qint64 lookupString(const QString &value);

    SqliteDb *m_db;
    bool m_failed = false;
    // Front cache by buffer address: most strings reaching the store are shared copies
    // (a visit's acquisition, the UA cache's browser and OS), so the same buffer comes
    // back again and again. Each slot holds a reference, which keeps its buffer alive and
    // unchanged, so an address match means the same text without hashing it.
    struct Recent
    {
        QString text;
        qint64 id = 0;
    };
    std::array<Recent, 4096> m_recent;
    QHash<QString, qint64> m_strings;
    QHash<QPair<qint64, qint64>, qint64> m_pages;
    std::unordered_map<Tuple<7>, qint64, TupleHash> m_acquisitions;
    std::unordered_map<Tuple<5>, qint64, TupleHash> m_agents;
    QHash<qint64, std::pair<qint64, qint64>> m_agentVersions;
    std::array<qint64, 4> m_devices {};
    Statement m_insertString, m_selectString;
    Statement m_insertPage, m_selectPage;
    Statement m_insertAcquisition, m_selectAcquisition;
    Statement m_insertAgent, m_selectAgent;
};

} // namespace raycstr
