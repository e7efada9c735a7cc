#include "api/plausibleexport.h"

#include "core/csvwriter.h"

namespace raycstr {

namespace {

// One imported_* table: the dimension its rows are broken down by (Total: one row a
// day), and how a row's cells are made. Column lists follow Plausible's CSV importer.
struct Table
{
    const char *name;
    Dimension dim;
    QStringList columns;
};

const QList<Table> &tables()
{
    static const QList<Table> all = {
        {"imported_visitors",
         Dimension::Total,
         {"date", "visitors", "pageviews", "bounces", "visits", "visit_duration"}},
        {"imported_sources",
         Dimension::Source,
         {"date", "source", "referrer", "utm_source", "utm_medium", "utm_campaign", "utm_content",
          "utm_term", "pageviews", "visitors", "visits", "visit_duration", "bounces"}},
        {"imported_pages",
         Dimension::Page,
         {"date", "hostname", "page", "visits", "visitors", "pageviews", "scroll_depth",
          "pageleave_visitors"}},
        {"imported_entry_pages",
         Dimension::EntryPage,
         {"date", "entry_page", "visitors", "entrances", "visit_duration", "bounces", "pageviews"}},
        {"imported_exit_pages",
         Dimension::ExitPage,
         {"date", "exit_page", "visitors", "visit_duration", "exits", "bounces", "pageviews"}},
        {"imported_custom_events",
         Dimension::EventName,
         {"date", "name", "link_url", "path", "visitors", "events"}},
        {"imported_locations",
         Dimension::Country,
         {"date", "country", "region", "city", "visitors", "visits", "visit_duration", "bounces",
          "pageviews"}},
        {"imported_devices",
         Dimension::Device,
         {"date", "device", "visitors", "visits", "visit_duration", "bounces", "pageviews"}},
        {"imported_browsers",
         Dimension::Browser,
         {"date", "browser", "browser_version", "visitors", "visits", "visit_duration", "bounces",
          "pageviews"}},
        {"imported_operating_systems",
         Dimension::Os,
         {"date", "operating_system", "operating_system_version", "visitors", "visits",
          "visit_duration", "bounces", "pageviews"}},
    };
    return all;
}

// The columns of a visit's acquisition, in AcquisitionRow's order.
const QStringList &acquisitionColumns()
{
    static const QStringList names {QStringLiteral("source"),       QStringLiteral("referrer"),
                                    QStringLiteral("utm_source"),   QStringLiteral("utm_medium"),
                                    QStringLiteral("utm_campaign"), QStringLiteral("utm_content"),
                                    QStringLiteral("utm_term")};
    return names;
}

// One row of a table: its value (or, for sources, the acquisition's seven) and its sums.
struct Row
{
    QString value;
    QStringList acquisition;
    Metrics metrics;
};

// One cell of a row: the row's value under its dimension's column, a metric, or the empty
// value of a column RayCstr has no data for.
QString cell(const QString &column, const Table &t, const Row &row, const QString &hostname)
{
    const QString &value = row.value;
    const Metrics &m = row.metrics;
    if (const qsizetype a = acquisitionColumns().indexOf(column);
        a >= 0 && !row.acquisition.isEmpty())
        return row.acquisition.value(a);
    const auto n = [](qint64 v) { return QString::number(v); };
    if (column == QLatin1String("visitors"))
        return n(m.visitors);
    if (column == QLatin1String("visits") || column == QLatin1String("entrances")
        || column == QLatin1String("exits"))
        return n(m.visits);
    if (column == QLatin1String("pageviews"))
        return n(m.pageviews);
    if (column == QLatin1String("events"))
        return n(m.events);
    if (column == QLatin1String("bounces"))
        return n(m.bounces);
    if (column == QLatin1String("visit_duration"))
        return n(m.duration);
    if (column == QLatin1String("hostname"))
        return hostname;
    if (column == QLatin1String("city") || column == QLatin1String("pageleave_visitors"))
        return QStringLiteral("0");
    // The row's value sits in the column after date, but pages have the hostname first.
    const QString valueColumn
        = t.dim == Dimension::Page ? QStringLiteral("page") : t.columns.value(1);
    if (column == valueColumn && t.dim != Dimension::Total)
        return value;
    return QString(); // region, versions, link_url, path, scroll depth
}

} // namespace

PlausibleExport::PlausibleExport(query::QueryEngine *engine)
    : m_engine(engine)
{ }

QString PlausibleExport::cancelledError()
{
    return QStringLiteral("the export was cancelled");
}

QString PlausibleExport::tooLargeError(qint64 bytes)
{
    return QStringLiteral("the export is larger than the server's limit of %1 MB for one "
                          "answer; choose a shorter period or use raycstr-server export")
        .arg(bytes / (1024 * 1024));
}

QStringList PlausibleExport::tableNames()
{
    QStringList names;
    for (const Table &t : tables())
        names.append(QLatin1String(t.name));
    return names;
}

QString PlausibleExport::rangeName(const query::Interval &interval)
{
    const QDate epoch(1970, 1, 1);
    return epoch.addDays(interval.firstDay).toString(QStringLiteral("yyyyMMdd")) + QLatin1Char('_')
        + epoch.addDays(interval.lastDay).toString(QStringLiteral("yyyyMMdd"));
}

QStringList PlausibleExport::columns(const QString &table)
{
    for (const Table &t : tables())
        if (table == QLatin1StringView(t.name))
            return t.columns;
    return {};
}

std::optional<QList<PlausibleExport::File>>
PlausibleExport::run(const query::Site &site, const query::Period &period,
                     const QList<query::Filter> &filters, QString *error, const Progress &progress)
{
    query::QueryError &failure = m_failure;
    failure = {};
    auto failed = [&] {
        *error = failure.message;
        return std::nullopt;
    };
    qint64 bytes = 0; // of the files done
    const auto interval = m_engine->resolve(site.id, period, &failure);
    if (!interval)
        return failed();
    const QDate epoch(1970, 1, 1);
    const QDate first = epoch.addDays(interval->firstDay), last = epoch.addDays(interval->lastDay);
    const QString range = rangeName(*interval);
    const qint64 total = qint64(tables().size()) * (first.daysTo(last) + 1);
    qint64 done = 0;
    QList<File> files;
    for (const Table &t : tables()) {
        CsvWriter csv;
        csv.addRow(t.columns);
        // Day by day: Plausible's tables are daily, and a day's unique visitors are not the
        // sum of anything finer.
        for (QDate day = first; day <= last; day = day.addDays(1)) {
            query::Query q;
            q.siteId = site.id;
            q.period.kind = query::Period::Kind::Custom;
            q.period.from = q.period.to = day;
            q.filters = filters;
            QList<Row> rows;
            if (t.dim == Dimension::Total) {
                const auto r = m_engine->aggregate(q, &failure);
                if (!r)
                    return failed();
                if (r->current != Metrics()) // a day without visits has no row
                    rows.append({QString(), {}, r->current});
            } else {
                if (t.dim == Dimension::Source) {
                    // Sources with their referrer and UTM fields together, as Plausible's
                    // rows are; an imported day has them apart and is exported by source.
                    const auto r = m_engine->acquisitions(q, &failure);
                    if (!r)
                        return failed();
                    for (const query::AcquisitionRow &a : *r)
                        rows.append({a.values.value(0), a.values, a.metrics});
                }
                if (rows.isEmpty()) {
                    const auto r = m_engine->breakdown(q, query::Field {t.dim, {}}, MaxRowsPerDay,
                                                       0, &failure);
                    if (!r)
                        return failed();
                    for (const query::BreakdownRow &b : r->rows)
                        rows.append({b.value, {}, b.metrics});
                }
            }
            const QString date = day.toString(Qt::ISODate);
            for (const Row &row : rows) {
                QStringList cells {date};
                for (const QString &column : t.columns.mid(1))
                    cells.append(cell(column, t, row, site.domain));
                csv.addRow(cells);
            }
            if (m_maxBytes > 0 && bytes + csv.data().size() > m_maxBytes) {
                *error = tooLargeError(m_maxBytes);
                return std::nullopt;
            }
            if (progress && !progress(++done, total)) {
                *error = cancelledError();
                return std::nullopt;
            }
        }
        bytes += csv.data().size();
        files.append({QLatin1String(t.name) + QLatin1Char('_') + range + QStringLiteral(".csv"),
                      csv.data(), csv.rowCount() - 1});
    }
    return files;
}

} // namespace raycstr
