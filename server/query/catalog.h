#pragma once

#include "core/event.h"
#include "store/sqlitedb.h"

#include <QHash>
#include <QString>
#include <array>
#include <vector>

namespace raycstr::query {

// The query side's view of the interned tables (strings, pages, acquisitions, agents).
// Tuples are loaded whole and topped up when an unknown id appears (ids only grow);
// strings are looked up one by one and cached, because there can be millions of them and
// a report needs only the few it shows.
class Catalog
{
public:
    explicit Catalog(SqliteDb *db);

    struct Page
    {
        qint64 hostname = 0;
        qint64 path = 0;
    };
    using Acquisition = std::array<qint64, 7>; // source, referrer, utm_source … utm_term
    struct Agent
    {
        qint64 browser = 0;
        qint64 browserVersion = 0;
        qint64 os = 0;
        qint64 osVersion = 0;
        DeviceType device = DeviceType::Unknown;
    };

    // Unknown ids come back as empty tuples (a row written after we looked is reloaded).
    const Page &page(qint64 id);
    const Acquisition &acquisition(qint64 id);
    const Agent &agent(qint64 id);
    // One past the highest page id known (after reading any new ones).
    qint64 pageCount()
    {
        loadPages();
        return qint64(m_pages.size());
    }

    QString string(qint64 id); // "" for 0 or unknown
    qint64 stringId(const QString &value); // 0 when absent (or empty)
    // Every interned string that starts with `prefix` (through the index on the values:
    // a wildcard pattern's literal head narrows a hundred thousand strings to a few).
    QList<QPair<qint64, QString>> stringsWithPrefix(const QString &prefix);

    // Whether a lookup failed since the last call (a transient SQLITE_BUSY must not
    // poison every later query on this connection).
    bool takeFailure()
    {
        const bool f = m_failed;
        m_failed = false;
        return f;
    }

private:
    bool loadPages();
    bool loadAcquisitions();
    bool loadAgents();

    SqliteDb *m_db;
    bool m_failed = false;
    std::vector<Page> m_pages; // by id
    std::vector<Acquisition> m_acquisitions;
    std::vector<Agent> m_agents;
    QHash<qint64, QString> m_strings;
    QHash<QString, qint64> m_ids;
    Statement m_selectString;
    Statement m_selectId;
};

} // namespace raycstr::query
