#include "query/rawscan.h"

#include "query/memorybudget.h"
#include "query/visitorindex.h"

#include "store/eventkey.h"
#include "store/sqlitedb.h"

#include <algorithm>
#include <limits>
#include <vector>

namespace raycstr::query {

RawScan::~RawScan()
{
    if (m_chargedTo)
        m_chargedTo->give(m_charged);
}

template<typename T> bool RawScan::roomForOne(std::vector<T> &v, MemoryBudget *budget)
{
    const size_t before = v.capacity();
    const bool ok = MemoryBudget::roomForOne(v, budget);
    if (budget && v.capacity() != before) {
        Q_ASSERT(!m_chargedTo || m_chargedTo == budget);
        m_chargedTo = budget;
        m_charged += (v.capacity() - before) * sizeof(T);
    }
    return ok;
}

bool RawScan::load(SqliteDb *db, qint32 siteId, SiteTime *time, qint64 fromSecs, qint64 toSecs,
                   bool withVitals, MemoryBudget *budget, QString *error)
{
    return read(db, siteId, time, fromSecs, toSecs, withVitals, budget, nullptr, false, error);
}

bool RawScan::stream(SqliteDb *db, qint32 siteId, SiteTime *time, qint64 fromSecs, qint64 toSecs,
                     MemoryBudget *budget, const std::function<void(const RawEvent &)> &onEvent,
                     QString *error, bool withVitals)
{
    return read(db, siteId, time, fromSecs, toSecs, withVitals, budget, &onEvent, false, error);
}

bool RawScan::streamFinal(SqliteDb *db, qint32 siteId, SiteTime *time, qint64 fromSecs,
                          qint64 toSecs, MemoryBudget *budget,
                          const std::function<void(const RawEvent &)> &onEvent, QString *error)
{
    const std::function<void(const RawEvent &)> nothing = [](const RawEvent &) { };
    // One read transaction: both passes see the same snapshot while the writer commits.
    const bool snapshot = db->exec("BEGIN");
    const bool ok
        = read(db, siteId, time, fromSecs, toSecs, false, budget, &nothing, false, error)
        && read(db, siteId, time, fromSecs, toSecs, false, budget, &onEvent, true, error);
    if (snapshot)
        db->exec("COMMIT");
    return ok;
}

bool RawScan::read(SqliteDb *db, qint32 siteId, SiteTime *time, qint64 fromSecs, qint64 toSecs,
                   bool withVitals, MemoryBudget *budget,
                   const std::function<void(const RawEvent &)> *onEvent, bool replay,
                   QString *error)
{
    m_from = fromSecs;
    m_to = toSecs;
    m_tooLarge = false;
    m_events.clear();
    if (!replay)
        m_visits.clear();
    qint32 nextVisit = 0; // replay: the index the next new visit has
    QByteArray sql = "SELECT id, visitor, visit_age, kind, flags, page, acquisition, agent, "
                     "country, name, props, value FROM events WHERE id >= ?1 AND id < ?2";
    if (!withVitals)
        sql += " AND kind != ?3";
    if (m_shareCount > 1)
        sql += " AND visitor % ?4 = ?5";
    Statement st;
    if (!st.prepare(*db, sql.constData(), error))
        return false;
    st.bind(1, EventKey::rangeBegin(siteId, fromSecs - MarginSecs))
        .bind(2, EventKey::rangeEnd(siteId, toSecs + MarginSecs));
    if (!withVitals)
        st.bind(3, qint64(EventKind::Vitals));
    if (m_shareCount > 1)
        st.bind(4, m_shareCount).bind(5, m_shareIndex);

    // A visit is identified by its visitor and its start (visit_age gives the start). A
    // visitor's visits follow one another, never interleave, so the visitor's latest visit
    // is the only candidate for the next event.
    VisitorIndex latestVisit(budget, m_shareCount > 1 ? ShareSlots : 1 << 12);
    const auto tooLarge = [&] {
        m_tooLarge = true;
        m_events = {};
        m_visits = {};
        *error = budget->message();
        return false;
    };

    while (st.next()) {
        RawEvent e;
        e.ts = EventKey::tsOf(st.int64(0));
        e.visitor = quint64(st.int64(1));
        const qint64 start = e.ts - st.int64(2);
        e.kind = EventKind(st.int64(3));
        e.flags = quint8(st.int64(4));
        e.page = st.int64(5);
        e.acquisition = st.int64(6);
        e.agent = st.int64(7);
        e.country = quint16(st.int64(8));
        // Names, props and values belong to custom events and vitals only; not reading
        // them for pageviews saves a measurable share of a million-row scan.
        if (e.kind == EventKind::Custom || e.kind == EventKind::Vitals) {
            e.name = st.int64(9);
            e.props = st.int64(10);
            e.hasValue = !st.isNull(11);
            e.value = e.hasValue ? st.real(11) : 0;
        }
        e.day = qint32(time->slot(e.ts).day);

        qint32 &latest = latestVisit.slot(e.visitor);
        const qint32 known = replay ? nextVisit : qint32(m_visits.size());
        if (latest < 0 || latest >= known || m_visits[size_t(latest)].start != start
            || m_visits[size_t(latest)].visitor != e.visitor) {
            if (replay) {
                // The same rows in the same order: visits appear as in the first pass.
                if (size_t(nextVisit) >= m_visits.size()) {
                    *error = QStringLiteral("the events changed between two passes of a scan");
                    return false;
                }
                latest = nextVisit++;
            } else {
                if (!roomForOne(m_visits, budget))
                    return tooLarge();
                RawVisit v;
                v.start = start;
                v.visitor = e.visitor;
                v.day = qint32(time->slot(start).day);
                latest = qint32(m_visits.size());
                m_visits.push_back(v);
            }
        }
        e.visit = latest;
        if (replay) {
            (*onEvent)(e);
            if (budget && budget->tooLarge())
                return tooLarge();
            continue;
        }
        RawVisit &v = m_visits[size_t(e.visit)];
        // Same rules as the sessionizer: activity and engagement extend the visit,
        // measurements (vitals) do not.
        if (e.kind != EventKind::Vitals)
            v.duration = std::max(
                v.duration,
                qint32(std::min<qint64>(e.ts - start, std::numeric_limits<qint32>::max())));
        if (e.isActivity() && (e.flags & EventFlag::VisitStart))
            v.entryPage = e.page;
        if (e.kind == EventKind::Pageview) {
            ++v.pageviews;
            v.exitPage = e.page;
        } else if (e.kind == EventKind::Custom && (e.flags & EventFlag::Interactive)) {
            v.interactive = true;
        }
        if (onEvent) {
            (*onEvent)(e);
        } else {
            if (!roomForOne(m_events, budget))
                return tooLarge();
            m_events.push_back(e);
        }
        if (budget && budget->tooLarge())
            return tooLarge();
    }
    if (!st.ok()) {
        *error = st.error();
        return false;
    }
    return true;
}

} // namespace raycstr::query
