#include "query/catalog.h"

#include "store/sqlitedb.h"

namespace raycstr::query {

namespace {
// Caches of strings are dropped wholesale past this size: simple, and a dashboard's
// working set is far smaller.
constexpr qsizetype MaxCachedStrings = 200000;
} // namespace

Catalog::Catalog(SqliteDb *db)
    : m_db(db)
{
    m_selectString.prepare(*db, "SELECT value FROM strings WHERE id = ?");
    m_selectId.prepare(*db, "SELECT id FROM strings WHERE value = ?");
}

template<typename T, typename Load>
static const T &lookup(std::vector<T> &table, qint64 id, Load load)
{
    static const T none {};
    if (id <= 0)
        return none;
    if (size_t(id) >= table.size() && !load())
        return none;
    return size_t(id) < table.size() ? table[size_t(id)] : none;
}

const Catalog::Page &Catalog::page(qint64 id)
{
    return lookup(m_pages, id, [this] { return loadPages(); });
}

const Catalog::Acquisition &Catalog::acquisition(qint64 id)
{
    return lookup(m_acquisitions, id, [this] { return loadAcquisitions(); });
}

const Catalog::Agent &Catalog::agent(qint64 id)
{
    return lookup(m_agents, id, [this] { return loadAgents(); });
}

bool Catalog::loadPages()
{
    Statement st(*m_db, "SELECT id, hostname, path FROM pages WHERE id >= ? ORDER BY id");
    st.bind(1, qint64(m_pages.size()));
    while (st.next()) {
        const auto id = size_t(st.int64(0));
        if (id >= m_pages.size())
            m_pages.resize(id + 1);
        m_pages[id] = {st.int64(1), st.int64(2)};
    }
    m_failed = m_failed || !st.ok();
    return st.ok();
}

bool Catalog::loadAcquisitions()
{
    Statement st(*m_db,
                 "SELECT id, source, referrer, utm_source, utm_medium, utm_campaign, "
                 "utm_content, utm_term FROM acquisitions WHERE id >= ? ORDER BY id");
    st.bind(1, qint64(m_acquisitions.size()));
    while (st.next()) {
        const auto id = size_t(st.int64(0));
        if (id >= m_acquisitions.size())
            m_acquisitions.resize(id + 1);
        for (int i = 0; i < 7; ++i)
            m_acquisitions[id][size_t(i)] = st.int64(i + 1);
    }
    m_failed = m_failed || !st.ok();
    return st.ok();
}

bool Catalog::loadAgents()
{
    Statement st(*m_db,
                 "SELECT id, browser, browser_version, os, os_version, device FROM agents "
                 "WHERE id >= ? ORDER BY id");
    st.bind(1, qint64(m_agents.size()));
    while (st.next()) {
        const auto id = size_t(st.int64(0));
        if (id >= m_agents.size())
            m_agents.resize(id + 1);
        m_agents[id]
            = {st.int64(1), st.int64(2), st.int64(3), st.int64(4), DeviceType(st.int64(5))};
    }
    m_failed = m_failed || !st.ok();
    return st.ok();
}

QString Catalog::string(qint64 id)
{
    if (id <= 0)
        return QString();
    auto it = m_strings.constFind(id);
    if (it != m_strings.cend())
        return it.value();
    if (m_strings.size() > MaxCachedStrings)
        m_strings.clear();
    Statement &st = m_selectString;
    st.bind(1, id);
    const QString value = st.next() ? st.text(0) : QString();
    m_failed = m_failed || !st.ok();
    st.reset();
    m_strings.insert(id, value);
    return value;
}

qint64 Catalog::stringId(const QString &value)
{
    if (value.isEmpty())
        return 0;
    auto it = m_ids.constFind(value);
    if (it != m_ids.cend())
        return it.value();
    Statement &st = m_selectId;
    st.bind(1, value);
    const qint64 id = st.next() ? st.int64(0) : 0;
    m_failed = m_failed || !st.ok();
    st.reset();
    // Absent strings are not cached: the writer may add them any moment.
    if (id) {
        if (m_ids.size() > MaxCachedStrings)
            m_ids.clear();
        m_ids.insert(value, id);
    }
    return id;
}

QList<QPair<qint64, QString>> Catalog::stringsWithPrefix(const QString &prefix)
{
    QList<QPair<qint64, QString>> out;
    // TEXT compares bytewise; 0xFF never occurs in UTF-8, so prefix + 0xFF bounds every
    // string that starts with the prefix.
    const QByteArray low = prefix.toUtf8();
    Statement st(*m_db, "SELECT id, value FROM strings WHERE value >= ? AND value < ?");
    st.bind(1, low).bind(2, low + char(0xff));
    while (st.next())
        out.append({st.int64(0), st.text(1)});
    m_failed = m_failed || !st.ok();
    return out;
}

} // namespace raycstr::query
