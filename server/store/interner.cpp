#include "store/interner.h"

namespace raycstr {

namespace {
// A cache this size covers the working set of a busy site; beyond it we start afresh
// rather than track recency (a miss only costs an indexed lookup).
constexpr qsizetype MaxCached = 500000;
} // namespace

Interner::Interner(SqliteDb *db)
    : m_db(db)
{
    m_insertString.prepare(*db, "INSERT OR IGNORE INTO strings(value) VALUES(?)");
    m_selectString.prepare(*db, "SELECT id FROM strings WHERE value = ?");
    m_insertPage.prepare(*db, "INSERT OR IGNORE INTO pages(hostname, path) VALUES(?, ?)");
    m_selectPage.prepare(*db, "SELECT id FROM pages WHERE hostname = ? AND path = ?");
    m_insertAcquisition.prepare(
        *db,
        "INSERT OR IGNORE INTO acquisitions(source, referrer, utm_source, utm_medium, "
        "utm_campaign, utm_content, utm_term) VALUES(?, ?, ?, ?, ?, ?, ?)");
    m_selectAcquisition.prepare(
        *db,
        "SELECT id FROM acquisitions WHERE source = ? AND referrer = ? AND utm_source = ? "
        "AND utm_medium = ? AND utm_campaign = ? AND utm_content = ? AND utm_term = ?");
    m_insertAgent.prepare(
        *db,
        "INSERT OR IGNORE INTO agents(browser, browser_version, os, os_version, device) "
        "VALUES(?, ?, ?, ?, ?)");
    m_selectAgent.prepare(
        *db,
        "SELECT id FROM agents WHERE browser = ? AND browser_version = ? AND os = ? "
        "AND os_version = ? AND device = ?");
}

void Interner::clearCaches()
{
    m_strings.clear();
    m_pages.clear();
    m_acquisitions.clear();
    m_agents.clear();
    m_agentVersions.clear();
    m_devices = {};
    m_recent.fill(Recent());
    m_failed = false;
}

void Interner::limitCaches()
{
    if (m_strings.size() > MaxCached)
        m_strings.clear();
    if (m_pages.size() > MaxCached)
        m_pages.clear();
    if (qsizetype(m_acquisitions.size()) > MaxCached)
        m_acquisitions.clear();
    if (qsizetype(m_agents.size()) > MaxCached) {
        m_agents.clear();
        m_agentVersions.clear();
    }
}

qint64 Interner::string(const QString &value)
{
    if (value.isEmpty())
        return 0;
    const auto address = quintptr(value.constData());
    Recent &slot = m_recent[(address >> 4 ^ address >> 16) % m_recent.size()];
    if (slot.text.constData() == value.constData() && slot.text.size() == value.size())
        return slot.id;
    const qint64 id = lookupString(value);
    if (id) {
        slot.text = value;
        slot.id = id;
    }
    return id;
}

qint64 Interner::lookupString(const QString &value)
{
    const auto it = m_strings.constFind(value);
    if (it != m_strings.constEnd())
        return *it;
    limitCaches();
    const QByteArray utf8 = value.toUtf8();
    m_insertString.bind(1, utf8);
    qint64 id = 0;
    if (!m_insertString.run()) {
        m_failed = true;
        return 0;
    }
    if (m_db->changes() > 0) {
        id = m_db->lastInsertId();
    } else {
        m_selectString.bind(1, utf8);
        if (m_selectString.next())
            id = m_selectString.int64(0);
        m_selectString.reset();
    }
    if (!id) {
        m_failed = true;
        return 0;
    }
    m_strings.insert(value, id);
    return id;
}

qint64 Interner::tuple(Statement &insert, Statement &select, const qint64 *values, int count)
{
    for (int i = 0; i < count; ++i)
        insert.bind(i + 1, values[i]);
    if (!insert.run()) {
        m_failed = true;
        return 0;
    }
    if (m_db->changes() > 0)
        return m_db->lastInsertId();
    for (int i = 0; i < count; ++i)
        select.bind(i + 1, values[i]);
    qint64 id = 0;
    if (select.next())
        id = select.int64(0);
    select.reset();
    if (!id)
        m_failed = true;
    return id;
}

qint64 Interner::page(qint64 hostnameId, qint64 pathId)
{
    const QPair<qint64, qint64> key {hostnameId, pathId};
    const auto it = m_pages.constFind(key);
    if (it != m_pages.constEnd())
        return *it;
    const qint64 values[] = {key.first, key.second};
    const qint64 id = tuple(m_insertPage, m_selectPage, values, 2);
    if (id)
        m_pages.insert(key, id);
    return id;
}

qint64 Interner::acquisition(const AcquisitionIds &key)
{
    if (std::all_of(key.begin(), key.end(), [](qint64 v) { return v == 0; }))
        return 0;
    const auto it = m_acquisitions.find(key);
    if (it != m_acquisitions.end())
        return it->second;
    const qint64 id = tuple(m_insertAcquisition, m_selectAcquisition, key.data(), 7);
    if (id)
        m_acquisitions.emplace(key, id);
    return id;
}

qint64 Interner::agent(const AgentIds &key)
{
    const auto it = m_agents.find(key);
    if (it != m_agents.end())
        return it->second;
    const qint64 id = tuple(m_insertAgent, m_selectAgent, key.data(), 5);
    if (id)
        m_agents.emplace(key, id);
    return id;
}

std::pair<qint64, qint64> Interner::agentVersions(qint64 agentId, const Agent &agent)
{
    const auto it = m_agentVersions.constFind(agentId);
    if (it != m_agentVersions.constEnd())
        return *it;
    Event probe; // dimensionValue() owns how "name version" is spelled
    probe.agent = agent;
    const std::pair<qint64, qint64> ids {string(dimensionValue(probe, Dimension::BrowserVersion)),
                                         string(dimensionValue(probe, Dimension::OsVersion))};
    if (agentId && !m_failed)
        m_agentVersions.insert(agentId, ids);
    return ids;
}

qint64 Interner::device(DeviceType type)
{
    qint64 &id = m_devices[size_t(type) % m_devices.size()];
    if (!id)
        id = string(deviceTypeName(type));
    return id;
}

} // namespace raycstr
