#pragma once

#include "core/goal.h"
#include "query/catalog.h"
#include "query/globpattern.h"
#include "query/rawscan.h"

#include <QHash>
#include <QList>
#include <vector>

namespace raycstr::query {

// Which of up to 32 matchers (goals, funnel steps) a raw event satisfies, as a bit mask:
// an event matcher takes custom events of that name, a page matcher pageviews whose path
// fits its pattern (hostnames are not part of it). Decided once per name or path id.
class GoalMatcher
{
public:
    static constexpr int MaxMatchers = 32;

    GoalMatcher(Catalog *catalog, const QList<Matcher> &matchers);

    quint32 mask(const RawEvent &e);
    int size() const { return int(m_matchers.size()); }
    bool hasPageMatchers() const { return m_pageBits != 0; }

    // The page ids (pages.id) whose path some page matcher takes, and the string ids of the
    // event names: what a scan can filter on before an event reaches C++. Page ids come from
    // every known page; ids ≥ `pageLimit` are unknown to it.
    std::vector<qint64> matchingPageIds(qint64 *pageLimit);
    std::vector<qint64> eventNameIds() const;

private:
    quint32 pathMask(qint64 pathId);

    Catalog *m_catalog;
    QList<Matcher> m_matchers;
    QList<GlobPattern> m_patterns; // per matcher; unused for event matchers
    QHash<qint64, quint32> m_names; // name string id → bits
    QHash<qint64, quint32> m_paths; // path string id → bits, filled as paths appear
    std::vector<quint32> m_byPage; // page id → bits, for the pages matchingPageIds() saw
    quint32 m_pageBits = 0; // bits of the page matchers
};

// Per visit of a loaded scan, the bits of every matcher one of its activity events met.
std::vector<quint32> visitMasks(const RawScan &scan, GoalMatcher &matcher);

} // namespace raycstr::query
