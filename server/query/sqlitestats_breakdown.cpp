#include "query/sqlitestats_p.h"

namespace raycstr::query {

std::optional<Groups> SqliteStats::breakdown(const Scope &scope, const Field &by,
                                             QueryError *error)
{
    const Interval &iv = scope.iv;
    Groups out;
    out.textsRead = [this](QString *err) {
        if (!d->catalog->takeFailure())
            return true;
        *err = QStringLiteral("reading the interned values failed: %1").arg(d->db.lastError());
        return false;
    };
    if (useRollupBreakdown(d->options.forceRaw, iv, scope.filters, by)) {
        // Rows by strings.id: texts are looked up only for the rows a report shows.
        out.text = [this](qint64 id) { return d->catalog->string(id); };
        const qint64 version = d->dataVersion();
        if (version != d->memoVersion || d->memo.size() > 64) {
            d->memo.clear();
            d->memoVersion = version;
        }
        const QString key = QStringLiteral("%1|%2|%3|%4")
                                .arg(scope.siteId)
                                .arg(int(by.dim))
                                .arg(iv.firstDay)
                                .arg(iv.lastDay);
        auto hit = d->memo.constFind(key);
        if (hit != d->memo.cend()) {
            out.rows = hit.value();
            return out;
        }
        // Long ranges read their days in two halves on two connections: a month of a
        // busy site's pages is ~100k rows.
        const qint64 days = iv.lastDay - iv.firstDay + 1;
        QString ignored; // without a second connection, one thread reads it all
        if (days >= 8 && d->openSecond(&ignored)) {
            const qint64 mid = iv.firstDay + days / 2;
            QHash<qint64, Metrics> later;
            const bool ok = inParallel(
                d->options.startHelper,
                [&](QString *err) {
                    return d->rollups->breakdown(scope.siteId, iv.firstDay, mid - 1, by.dim,
                                                 &out.rows, err);
                },
                [&](QString *err) {
                    return d->second->rollups->breakdown(scope.siteId, mid, iv.lastDay, by.dim,
                                                         &later, err);
                },
                &error->message);
            if (!ok)
                return std::nullopt;
            for (auto it = later.cbegin(); it != later.cend(); ++it)
                out.rows[it.key()] += it.value();
        } else if (!d->rollups->breakdown(scope.siteId, iv.firstDay, iv.lastDay, by.dim,
                                          &out.rows, &error->message)) {
            return std::nullopt;
        }
        d->memo.insert(key, out.rows);
        return out;
    }
    struct ByField
    {
        const Field *field;
        std::optional<qint64> eventGroup(FieldValues &v, const RawScan &, const RawEvent &e) const
        {
            return v.key(e, *field, false);
        }
        std::optional<qint64> visitGroup(FieldValues &v, const RawScan &, const RawEvent &e) const
        {
            return v.key(e, *field, false);
        }
        QString text(FieldValues &v, qint64 key) const { return v.text(*field, key); }
        bool needsFinalVisits() const
        {
            return !field->isProp() && field->dim == Dimension::ExitPage;
        }
    };
    const auto groups = d->rawGroups(scope, ByField {&by}, error);
    if (!groups)
        return std::nullopt;
    Groups texts = Groups::byText(*groups);
    texts.textsRead = out.textsRead;
    return texts;
}

std::optional<QHash<QString, Metrics>> SqliteStats::acquisitions(const Scope &scope,
                                                                 QueryError *error)
{
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
    return d->rawGroups(scope, ByAcquisition {}, error);
}

} // namespace raycstr::query
