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

    auto groups = d->stats->breakdown(d->scope(query, *iv), by, error);
    if (!groups)
        return std::nullopt;
    QHash<qint64, Metrics> &rows = groups->rows; // by the backend's keys, or by `names`
    QList<QString> names;

    const auto use = d->importsUse(query, *iv, &by, false, error);
    if (!use)
        return std::nullopt;
    r.imports = *use;
    bool byName = false; // whether `rows` is keyed by index into `names`
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
                add(groups->text(it.key()), it.value());
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
    auto text = [&](qint64 key) { return byName ? names.at(key) : groups->text(key); };
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
    if (groups->textsRead && !groups->textsRead(&error->message)) {
        error->kind = QueryError::Kind::Failed;
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
    const auto groups = d->stats->acquisitions(d->scope(query, *iv), error);
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
