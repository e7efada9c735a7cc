#include "query/queryengine_p.h"

#include <algorithm>
#include <limits>

namespace raycstr::query {

std::optional<BreakdownResult> QueryEngine::breakdown(const Query &input, const Field &by,
                                                      int limit, int offset, QueryError *error)
{
    *error = {};
    if (by.goal) {
        *error = {QueryError::Kind::BadInput,
                  QStringLiteral("goals are not a breakdown property: ask for the goals report "
                                 "(conversions per goal) instead")};
        return std::nullopt;
    }
    if (!by.isProp() && by.dim == Dimension::Total) {
        *error = {QueryError::Kind::BadInput,
                  QStringLiteral("a breakdown needs a property to break down by")};
        return std::nullopt;
    }
    const auto iv = resolve(input.siteId, input.period, error);
    Query query = input;
    if (!iv || !d->resolveGoals(query.siteId, &query.filters, error))
        return std::nullopt;
    BreakdownResult r;
    r.interval = *iv;
    r.field = by;
    r.hasVisitMetrics = !by.isProp() && isVisitDimension(by.dim);

    QHash<qint64, Metrics> rows; // by strings.id (rollups) or by index into `names` (raw)
    QList<QString> names;
    const bool fromRollups = rollupsCarry(by) && query.filters.isEmpty() && d->useRollups(*iv, {});
    if (fromRollups) {
        const qint64 version = d->dataVersion();
        if (version != d->memoVersion || d->memo.size() > 64) {
            d->memo.clear();
            d->memoVersion = version;
        }
        const QString key = QStringLiteral("%1|%2|%3|%4")
                                .arg(query.siteId)
                                .arg(int(by.dim))
                                .arg(iv->firstDay)
                                .arg(iv->lastDay);
        auto hit = d->memo.constFind(key);
        if (hit != d->memo.cend()) {
            rows = hit.value();
        } else {
            // Long ranges read their days in two halves on two connections: a month of a
            // busy site's pages is ~100k rows.
            const qint64 days = iv->lastDay - iv->firstDay + 1;
            QString ignored; // without a second connection, one thread reads it all
            if (days >= 8 && d->openSecond(&ignored)) {
                const qint64 mid = iv->firstDay + days / 2;
                QHash<qint64, Metrics> later;
                const bool ok = inParallel(
                    d->options.startHelper,
                    [&](QString *err) {
                        return d->rollups->breakdown(query.siteId, iv->firstDay, mid - 1, by.dim,
                                                     &rows, err);
                    },
                    [&](QString *err) {
                        return d->second->rollups->breakdown(query.siteId, mid, iv->lastDay, by.dim,
                                                             &later, err);
                    },
                    &error->message);
                if (!ok)
                    return std::nullopt;
                for (auto it = later.cbegin(); it != later.cend(); ++it)
                    rows[it.key()] += it.value();
            } else if (!d->rollups->breakdown(query.siteId, iv->firstDay, iv->lastDay, by.dim,
                                              &rows, &error->message)) {
                return std::nullopt;
            }
            d->memo.insert(key, rows);
        }
    } else {
        struct ByField
        {
            const Field *field;
            std::optional<qint64> eventGroup(FieldValues &v, const RawScan &,
                                             const RawEvent &e) const
            {
                return v.key(e, *field, false);
            }
            std::optional<qint64> visitGroup(FieldValues &v, const RawScan &,
                                             const RawEvent &e) const
            {
                return v.key(e, *field, false);
            }
            QString text(FieldValues &v, qint64 key) const { return v.text(*field, key); }
            bool needsFinalVisits() const
            {
                return !field->isProp() && field->dim == Dimension::ExitPage;
            }
        };
        const auto groups = d->rawGroups(query.siteId, *iv, query.filters, ByField {&by}, error);
        if (!groups)
            return std::nullopt;
        for (auto it = groups->cbegin(); it != groups->cend(); ++it) {
            rows.insert(names.size(), it.value());
            names.append(it.key());
        }
    }

    const auto use = d->importsUse(query, *iv, &by, false, error);
    if (!use)
        return std::nullopt;
    r.imports = *use;
    bool byName = !fromRollups; // whether `rows` is keyed by index into `names`
    if (use->included()) {
        QHash<QString, Metrics> imported;
        if (!d->imported->breakdown(query.siteId, iv->firstDay, iv->lastDay, by.dim, &imported,
                                    &error->message)) {
            error->kind = QueryError::Kind::Failed;
            return std::nullopt;
        }
        // Imported rows are keyed by their text: the native rows join them by theirs.
        if (!imported.isEmpty()) {
            QHash<QString, qint64> index;
            QList<QString> texts;
            QHash<qint64, Metrics> joined;
            auto add = [&](const QString &text, const Metrics &m) {
                auto at = index.constFind(text);
                if (at == index.cend()) {
                    at = index.insert(text, texts.size());
                    texts.append(text);
                }
                joined[at.value()] += m;
            };
            for (auto it = rows.cbegin(); it != rows.cend(); ++it)
                add(byName ? names.at(it.key()) : d->catalog->string(it.key()), it.value());
            for (auto it = imported.cbegin(); it != imported.cend(); ++it)
                add(it.key(), it.value());
            rows.swap(joined);
            names.swap(texts);
            byName = true;
        }
    }

    struct Row
    {
        qint64 key;
        Metrics m;
    };
    std::vector<Row> kept;
    kept.reserve(size_t(rows.size()));
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        const Metrics m = keepAvailable(by, it.value());
        if (!m.isZero())
            kept.push_back({it.key(), m});
    }
    r.totalRows = qint64(kept.size());
    auto text = [&](qint64 key) { return byName ? names.at(key) : d->catalog->string(key); };
    // Order by the metrics, then by the value's text. Texts are looked up only for the
    // rows shown and those tied with them, not for thousands of long-tail values.
    auto byMetrics = [](const Row &a, const Row &b) {
        return std::tie(b.m.visitors, b.m.visits, b.m.pageviews, b.m.events)
            < std::tie(a.m.visitors, a.m.visits, a.m.pageviews, a.m.events);
    };
    auto sameMetrics
        = [&](const Row &a, const Row &b) { return !byMetrics(a, b) && !byMetrics(b, a); };
    const size_t end
        = std::min(kept.size(), size_t(std::max(0, offset)) + size_t(std::max(0, limit)));
    std::sort(kept.begin(), kept.end(), byMetrics);
    if (end > 0) {
        // Extend to the tie group straddling `end` and to the start of the one at offset.
        size_t first = std::min(size_t(std::max(0, offset)), end);
        while (first > 0
               && sameMetrics(kept[first - 1], kept[first < kept.size() ? first : first - 1]))
            --first;
        size_t last = end;
        while (last < kept.size() && sameMetrics(kept[last], kept[end - 1]))
            ++last;
        QHash<qint64, QString> texts;
        for (size_t i = first; i < last; ++i)
            texts.insert(kept[i].key, text(kept[i].key));
        std::stable_sort(kept.begin() + qsizetype(first), kept.begin() + qsizetype(last),
                         [&](const Row &a, const Row &b) {
                             if (!sameMetrics(a, b))
                                 return byMetrics(a, b);
                             return texts.value(a.key) < texts.value(b.key);
                         });
        for (size_t i = size_t(std::max(0, offset)); i < end; ++i)
            r.rows.append(BreakdownRow {texts.value(kept[i].key), kept[i].m});
    }
    if (d->catalog->takeFailure()) {
        *error = {QueryError::Kind::Failed,
                  QStringLiteral("reading the interned values failed: %1").arg(d->db.lastError())};
        return std::nullopt;
    }
    return r;
}

std::optional<QList<AcquisitionRow>> QueryEngine::acquisitions(const Query &input,
                                                               QueryError *error)
{
    *error = {};
    const auto iv = resolve(input.siteId, input.period, error);
    Query query = input;
    if (!iv || !d->resolveGoals(query.siteId, &query.filters, error))
        return std::nullopt;
    // Grouped by the acquisition's id; its text joins the seven values with a separator
    // no value holds (control characters are not kept in them).
    struct ByAcquisition
    {
        std::optional<qint64> eventGroup(FieldValues &, const RawScan &, const RawEvent &e) const
        {
            return e.acquisition;
        }
        std::optional<qint64> visitGroup(FieldValues &, const RawScan &, const RawEvent &e) const
        {
            return e.acquisition;
        }
        QString text(FieldValues &v, qint64 key) const
        {
            QStringList parts;
            for (qint64 id : v.catalog()->acquisition(key))
                parts.append(v.catalog()->string(id));
            return parts.join(QChar(0x1f));
        }
        bool needsFinalVisits() const { return false; }
    };
    const auto groups = d->rawGroups(query.siteId, *iv, query.filters, ByAcquisition {}, error);
    if (!groups)
        return std::nullopt;
    QList<AcquisitionRow> rows;
    for (auto it = groups->cbegin(); it != groups->cend(); ++it)
        rows.append({it.key().split(QChar(0x1f)), it.value()});
    std::sort(rows.begin(), rows.end(), [](const AcquisitionRow &a, const AcquisitionRow &b) {
        return std::tie(b.metrics.visitors, b.metrics.visits, a.values)
            < std::tie(a.metrics.visitors, a.metrics.visits, b.values);
    });
    return rows;
}

std::optional<QHash<QString, Metrics>> QueryEngine::pageEntries(const Query &query,
                                                                QueryError *error)
{
    const auto entries = breakdown(query, Field {Dimension::EntryPage, {}},
                                   std::numeric_limits<int>::max(), 0, error);
    if (!entries)
        return std::nullopt;
    QHash<QString, Metrics> out;
    for (const BreakdownRow &row : entries->rows)
        out.insert(row.value, row.metrics);
    return out;
}

} // namespace raycstr::query
