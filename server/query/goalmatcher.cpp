#include "query/goalmatcher.h"

#include "query/fieldvalues.h"

namespace raycstr::query {

GoalMatcher::GoalMatcher(Catalog *catalog, const QList<Matcher> &matchers)
    : m_catalog(catalog)
    , m_matchers(matchers.first(std::min<qsizetype>(matchers.size(), MaxMatchers)))
{
    for (qsizetype i = 0; i < m_matchers.size(); ++i) {
        const Matcher &m = m_matchers[i];
        if (m.kind == Matcher::Kind::Event) {
            m_patterns.append(GlobPattern());
            // A name never stored has id 0, which no custom event carries.
            if (const qint64 id = catalog->stringId(m.value))
                m_names[id] |= 1u << i;
        } else {
            m_patterns.append(GlobPattern(m.value));
            m_pageBits |= 1u << i;
        }
    }
}

quint32 GoalMatcher::pathMask(qint64 pathId)
{
    auto it = m_paths.constFind(pathId);
    if (it != m_paths.cend())
        return it.value();
    quint32 bits = 0;
    const QString path = m_catalog->string(pathId);
    for (qsizetype i = 0; i < m_matchers.size(); ++i) {
        if ((m_pageBits >> i & 1u) && m_patterns[i].matches(path))
            bits |= 1u << i;
    }
    m_paths.insert(pathId, bits);
    return bits;
}

quint32 GoalMatcher::mask(const RawEvent &e)
{
    if (e.kind == EventKind::Custom)
        return m_names.value(e.name);
    if (e.kind == EventKind::Pageview && m_pageBits) {
        if (e.page > 0 && size_t(e.page) < m_byPage.size())
            return m_byPage[size_t(e.page)];
        return pathMask(m_catalog->page(e.page).path);
    }
    return 0;
}

std::vector<qint64> GoalMatcher::matchingPageIds(qint64 *pageLimit)
{
    std::vector<qint64> ids;
    *pageLimit = 0;
    if (!m_pageBits)
        return ids;
    // The paths that can match: an exact pattern's one string, a wildcard's strings that
    // share its literal head. Each is decided here with its text at hand, so the tens of
    // thousands of other paths are never read one by one.
    for (qsizetype i = 0; i < m_matchers.size(); ++i) {
        if (!(m_pageBits >> i & 1u))
            continue;
        const QString &pattern = m_matchers[i].value;
        const qsizetype star = pattern.indexOf(QLatin1Char('*'));
        QList<QPair<qint64, QString>> candidates;
        if (star < 0) {
            if (const qint64 id = m_catalog->stringId(pattern))
                candidates.append({id, pattern});
        } else {
            candidates = m_catalog->stringsWithPrefix(pattern.first(star));
        }
        for (const auto &[id, text] : candidates) {
            if (m_paths.contains(id))
                continue;
            quint32 bits = 0;
            for (qsizetype j = 0; j < m_matchers.size(); ++j) {
                if ((m_pageBits >> j & 1u) && m_patterns[j].matches(text))
                    bits |= 1u << j;
            }
            m_paths.insert(id, bits);
        }
    }
    // Every other known path matches nothing.
    const qint64 count = m_catalog->pageCount();
    m_byPage.assign(size_t(std::max<qint64>(count, 0)), 0);
    for (qint64 id = 1; id < count; ++id) {
        const quint32 bits = m_paths.value(m_catalog->page(id).path);
        m_byPage[size_t(id)] = bits;
        if (bits)
            ids.push_back(id);
    }
    *pageLimit = count;
    return ids;
}

std::vector<qint64> GoalMatcher::eventNameIds() const
{
    std::vector<qint64> ids;
    for (auto it = m_names.cbegin(); it != m_names.cend(); ++it)
        ids.push_back(it.key());
    return ids;
}

std::vector<quint32> visitMasks(const RawScan &scan, GoalMatcher &matcher)
{
    std::vector<quint32> masks(scan.visits().size(), 0);
    for (const RawEvent &e : scan.events()) {
        if (e.isActivity())
            masks[size_t(e.visit)] |= matcher.mask(e);
    }
    return masks;
}

} // namespace raycstr::query
