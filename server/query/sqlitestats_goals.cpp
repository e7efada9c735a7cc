#include "query/sqlitestats_p.h"

#include "query/goalmatcher.h"
#include "query/visitorindex.h"
#include "store/eventkey.h"

#include <algorithm>

namespace raycstr::query {

namespace {

// A visitor of one local day: visitor ids are 48-bit, day numbers fit the other 16 bits.
constexpr quint64 dayVisitor(qint64 day, quint64 visitor)
{
    return quint64(day) << 48 | (visitor & 0xffffffffffffULL);
}

// Visitors who reached each step: a visit that got to step k adds its visitor (of the
// visit's start day) to steps 0…k-1, so a visitor with two tries on one day counts once.
// Keys are collected and counted once at the end (sort, unique): cheaper than a hash set
// per step for the hundred thousand visits a busy month has.
struct StepVisitors
{
    std::vector<std::vector<quint64>> reached;
    explicit StepVisitors(qsizetype steps)
        : reached(size_t(steps))
    { }
    void add(quint64 visitor, qint64 day, int progress)
    {
        for (int k = 0; k < progress; ++k)
            reached[size_t(k)].push_back(dayVisitor(day, visitor));
    }
    std::vector<qint64> counts()
    {
        std::vector<qint64> out;
        for (std::vector<quint64> &keys : reached) {
            std::sort(keys.begin(), keys.end());
            out.push_back(std::unique(keys.begin(), keys.end()) - keys.begin());
        }
        return out;
    }
};

// Greedy in-order matching: the earliest event that fits the next step takes it. Taking
// the earliest never loses a later match, so this finds whether a visit's events contain
// the steps as a subsequence, and how far they get. One event advances one step.
inline void advance(int &progress, qsizetype steps, quint32 mask)
{
    if (progress < steps && (mask >> progress & 1u))
        ++progress;
}

} // namespace

bool SqliteStats::Private::eachEvent(RawScan &scan, SqliteDb &conn, Catalog &cat, SiteTime &time,
                                     qint32 siteId, qint64 from, qint64 to, bool wholeVisits,
                                     const std::function<void(const RawEvent &)> &onEvent,
                                     MemoryBudget &budget, QString *error)
{
    const bool ok = wholeVisits
        ? scan.load(&conn, siteId, &time, from, to, false, &budget, error)
        : scan.stream(&conn, siteId, &time, from, to, &budget, onEvent, error);
    if (!ok)
        return false;
    if (wholeVisits) {
        for (const RawEvent &e : scan.events())
            onEvent(e);
    }
    if (cat.takeFailure()) {
        *error = QStringLiteral("reading the interned values failed: %1").arg(conn.lastError());
        return false;
    }
    return true;
}

std::optional<QList<GoalCount>> SqliteStats::goals(const Scope &scope,
                                                  const QList<Matcher> &matchers,
                                                  QueryError *error)
{
    const qint32 siteId = scope.siteId;
    QList<GoalCount> rows(matchers.size());
    if (matchers.isEmpty())
        return rows;
    struct Half
    {
        QList<qint64> uniques, totals;
        QList<QMap<QString, double>> revenue;
    };
    Half halves[2];
    std::atomic<int> next {0};
    MemoryBudget budget(d->options.maxRawBytes);
    const bool whole = FilterSet::needsWholeVisits(scope.filters);
    auto count
        = [&](SqliteDb &conn, Catalog &cat, SiteTime &time, qint64 from, qint64 to, QString *err) {
              Half &out = halves[next++];
              out.uniques.fill(0, matchers.size());
              out.totals.fill(0, matchers.size());
              out.revenue.resize(matchers.size());
              RawScan scan;
              FieldValues values(&cat, &scan);
              FilterSet filters(&values, scope.filters);
              GoalMatcher matcher(&cat, matchers);
              const Field amountField {Dimension::EventName, QStringLiteral("revenue_amount")};
              const Field currencyField {Dimension::EventName, QStringLiteral("revenue_currency")};
              // (visitor of the day, goal): charged to the budget like the scan's own.
              PairSet seen(&budget);
              auto onEvent = [&](const RawEvent &e) {
                  if (!e.isActivity() || !scan.inRange(e))
                      return;
                  const quint32 bits = matcher.mask(e);
                  if (!bits || (!filters.isEmpty() && !filters.matches(e)))
                      return;
                  QString currency;
                  double amount = 0;
                  if (e.kind == EventKind::Custom && e.props) {
                      const auto c = values.key(e, currencyField, false);
                      const auto a = values.key(e, amountField, false);
                      if (c && a) {
                          currency = values.text(currencyField, *c);
                          amount = values.text(amountField, *a).toDouble();
                      }
                  }
                  for (int i = 0; i < int(matchers.size()); ++i) {
                      if (!(bits >> i & 1u))
                          continue;
                      ++out.totals[i];
                      if (seen.insert(dayVisitor(e.day, e.visitor), quint64(i)))
                          ++out.uniques[i];
                      if (!currency.isEmpty())
                          out.revenue[i][currency] += amount;
                  }
              };
              return d->eachEvent(scan, conn, cat, time, siteId, from, to, whole, onEvent,
                                  budget, err);
          };
    if (!d->forHalves(scope, count, &error->message)) {
        error->kind
            = budget.tooLarge() ? QueryError::Kind::OverMemoryBudget : QueryError::Kind::Failed;
        return std::nullopt;
    }
    for (int h = 0; h < next; ++h) {
        for (qsizetype i = 0; i < matchers.size(); ++i) {
            rows[i].uniques += halves[h].uniques[i];
            rows[i].total += halves[h].totals[i];
            for (auto it = halves[h].revenue[i].cbegin(); it != halves[h].revenue[i].cend(); ++it)
                rows[i].revenue[it.key()] += it.value();
        }
    }
    return rows;
}

std::optional<qint64> SqliteStats::goalConversions(qint32 siteId, const QTimeZone &zone,
                                                   const Matcher &goal, qint64 fromSecs,
                                                   qint64 toSecs, QueryError *error)
{
    SiteTime t(zone);
    MemoryBudget budget(d->options.maxRawBytes); // outlives the scan, which gives back to it
    RawScan scan;
    GoalMatcher matcher(d->catalog.get(), {goal});
    qint64 n = 0;
    const auto onEvent = [&](const RawEvent &e) {
        if (e.isActivity() && scan.inRange(e) && matcher.mask(e))
            ++n;
    };
    if (!d->eachEvent(scan, d->db, *d->catalog, t, siteId, fromSecs, toSecs, false, onEvent,
                      budget, &error->message)) {
        error->kind
            = budget.tooLarge() ? QueryError::Kind::OverMemoryBudget : QueryError::Kind::Failed;
        return std::nullopt;
    }
    return n;
}

std::optional<std::vector<qint64>> SqliteStats::funnel(const Scope &scope,
                                                      const QList<Matcher> &matchers,
                                                      QueryError *error)
{
    const qsizetype n = matchers.size();
    std::vector<qint64> reached[2];
    std::atomic<int> next {0};
    MemoryBudget budget(d->options.maxRawBytes);
    // Without filters only the events that match a step matter: SQLite skips the rest
    // before they reach us, and a visit is known by (visitor, start) from visit_age alone.
    const bool lean = scope.filters.isEmpty() && !d->options.forceRaw;
    auto count = [&](SqliteDb &conn, Catalog &cat, SiteTime &time, qint64 from, qint64 to,
                     QString *err) {
        StepVisitors steps(n);
        GoalMatcher matcher(&cat, matchers);
        if (lean) {
            qint64 pageLimit = 0;
            const std::vector<qint64> pages = matcher.matchingPageIds(&pageLimit);
            const std::vector<qint64> names = matcher.eventNameIds();
            auto list = [](const std::vector<qint64> &ids) {
                QByteArray out;
                for (qint64 id : ids)
                    out += (out.isEmpty() ? "" : ",") + QByteArray::number(id);
                return out;
            };
            // The kinds as the events table stores them (EventKind), never spelled as numbers.
            const QByteArray pageview = QByteArray::number(int(EventKind::Pageview));
            const QByteArray custom = QByteArray::number(int(EventKind::Custom));
            QByteArrayList where;
            if (!pages.empty())
                where.append("(kind = " + pageview + " AND page IN (" + list(pages) + "))");
            // Pages created after the list was made are decided one by one in the loop.
            if (matcher.hasPageMatchers())
                where.append("(kind = " + pageview + " AND page >= " + QByteArray::number(pageLimit)
                             + ")");
            if (!names.empty())
                where.append("(kind = " + custom + " AND name IN (" + list(names) + "))");
            if (where.isEmpty()) { // no step can match anything stored
                reached[next++] = steps.counts();
                return true;
            }
            Statement st;
            if (!st.prepare(conn,
                            ("SELECT id, visitor, visit_age, kind, page, name FROM events "
                             "WHERE id >= ? AND id < ? AND ("
                             + where.join(" OR ") + ")")
                                .constData(),
                            err))
                return false;
            st.bind(1, EventKey::rangeBegin(scope.siteId, from))
                .bind(2, EventKey::rangeEnd(scope.siteId, to + RawScan::MarginSecs));
            struct Visit
            {
                quint64 visitor = 0;
                qint64 start = -1;
                int progress = 0;
            };
            // visitor → their latest visit (visits of one visitor never interleave)
            VisitorIndex latest(&budget);
            std::vector<Visit> visits;
            auto close = [&](const Visit &v) {
                if (v.progress > 0)
                    steps.add(v.visitor, time.slot(v.start).day, v.progress);
            };
            while (st.next()) {
                RawEvent e;
                e.ts = EventKey::tsOf(st.int64(0));
                e.visitor = quint64(st.int64(1));
                const qint64 start = e.ts - st.int64(2);
                if (start < from || start >= to)
                    continue; // the visit belongs to another range
                e.kind = EventKind(st.int64(3));
                e.page = st.int64(4);
                e.name = st.int64(5);
                qint32 &index = latest.slot(e.visitor);
                if (size_t(index) >= visits.size() || visits[size_t(index)].visitor != e.visitor) {
                    if (!MemoryBudget::roomForOne(visits, &budget)) {
                        *err = budget.message();
                        return false;
                    }
                    index = qint32(visits.size());
                    visits.push_back(Visit {e.visitor, start, 0});
                }
                Visit &v = visits[size_t(index)];
                if (v.start != start) {
                    close(v);
                    v = Visit {e.visitor, start, 0};
                }
                advance(v.progress, n, matcher.mask(e));
            }
            if (!st.ok()) {
                *err = st.error();
                return false;
            }
            for (const Visit &v : visits)
                close(v);
        } else {
            RawScan scan;
            if (!scan.load(&conn, scope.siteId, &time, from, to, false, &budget, err))
                return false;
            FieldValues values(&cat, &scan);
            FilterSet filters(&values, scope.filters);
            // A visit takes part when one of its events passes every filter.
            std::vector<char> qualifies(scan.visits().size(), 0);
            for (const RawEvent &e : scan.events()) {
                if (e.isActivity() && scan.visitInRange(e) && !qualifies[size_t(e.visit)])
                    qualifies[size_t(e.visit)] = filters.isEmpty() || filters.matches(e);
            }
            std::vector<int> progress(scan.visits().size(), 0);
            for (const RawEvent &e : scan.events()) {
                if (e.isActivity() && qualifies[size_t(e.visit)])
                    advance(progress[size_t(e.visit)], n, matcher.mask(e));
            }
            for (size_t v = 0; v < progress.size(); ++v) {
                if (progress[v] > 0)
                    steps.add(scan.visits()[v].visitor, scan.visits()[v].day, progress[v]);
            }
        }
        if (cat.takeFailure()) {
            *err = QStringLiteral("reading the interned values failed: %1").arg(conn.lastError());
            return false;
        }
        reached[next++] = steps.counts();
        return true;
    };
    if (!d->forHalves(scope, count, &error->message)) {
        error->kind
            = budget.tooLarge() ? QueryError::Kind::OverMemoryBudget : QueryError::Kind::Failed;
        return std::nullopt;
    }

    std::vector<qint64> out(size_t(n), 0);
    // The halves hold visits of disjoint days: their visitor-days never overlap.
    for (int h = 0; h < next; ++h)
        for (qsizetype k = 0; k < n; ++k)
            out[size_t(k)] += reached[h][size_t(k)];
    return out;
}

std::optional<QHash<QString, PropertyKeyRow>> SqliteStats::propertyKeys(const Scope &scope,
                                                                       QueryError *error)
{
    QHash<QString, PropertyKeyRow> halves[2];
    std::atomic<int> next {0};
    MemoryBudget budget(d->options.maxRawBytes);
    const bool whole = FilterSet::needsWholeVisits(scope.filters);
    auto count
        = [&](SqliteDb &conn, Catalog &cat, SiteTime &time, qint64 from, qint64 to, QString *err) {
              QHash<QString, PropertyKeyRow> &out = halves[next++];
              RawScan scan;
              FieldValues values(&cat, &scan);
              FilterSet filters(&values, scope.filters);
              // (visitor of the day, key's number): charged to the budget like the scan's.
              PairSet seen(&budget);
              QHash<QString, quint64> keyNumbers;
              auto onEvent = [&](const RawEvent &e) {
                  if (e.kind != EventKind::Custom || !e.props || !scan.inRange(e)
                      || (!filters.isEmpty() && !filters.matches(e)))
                      return;
                  for (const QString &key : values.propKeys(e.props)) {
                      PropertyKeyRow &row = out[key];
                      ++row.events;
                      auto number = keyNumbers.constFind(key);
                      if (number == keyNumbers.cend())
                          number = keyNumbers.insert(key, quint64(keyNumbers.size()));
                      if (seen.insert(dayVisitor(e.day, e.visitor), *number))
                          ++row.visitors;
                  }
              };
              return d->eachEvent(scan, conn, cat, time, scope.siteId, from, to, whole, onEvent,
                                  budget, err);
          };
    if (!d->forHalves(scope, count, &error->message)) {
        error->kind
            = budget.tooLarge() ? QueryError::Kind::OverMemoryBudget : QueryError::Kind::Failed;
        return std::nullopt;
    }
    for (auto it = halves[1].cbegin(); it != halves[1].cend(); ++it) {
        PropertyKeyRow &row = halves[0][it.key()];
        row.events += it->events;
        row.visitors += it->visitors;
    }
    return std::move(halves[0]);
}

} // namespace raycstr::query
