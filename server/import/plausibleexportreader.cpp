#include "import/plausibleexportreader.h"

#include "core/zipreader.h"
#include "import/csvreader.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace raycstr {

namespace {

// A column whose text is a dimension's value.
struct ValueColumn
{
    const char *name;
    Dimension dim;
};

// One of the export's tables: the columns its rows are broken down by (the first one is
// required, the others are read where the export has them).
struct Table
{
    const char *name;
    QList<ValueColumn> values;
};

const QList<Table> &tables()
{
    static const QList<Table> all = {
        {"imported_visitors", {}},
        {"imported_sources",
         {{"source", Dimension::Source},
          {"referrer", Dimension::Referrer},
          {"utm_source", Dimension::UtmSource},
          {"utm_medium", Dimension::UtmMedium},
          {"utm_campaign", Dimension::UtmCampaign},
          {"utm_content", Dimension::UtmContent},
          {"utm_term", Dimension::UtmTerm}}},
        {"imported_pages", {{"page", Dimension::Page}}},
        {"imported_entry_pages", {{"entry_page", Dimension::EntryPage}}},
        {"imported_exit_pages", {{"exit_page", Dimension::ExitPage}}},
        {"imported_custom_events", {{"name", Dimension::EventName}}},
        {"imported_locations", {{"country", Dimension::Country}}},
        {"imported_devices", {{"device", Dimension::Device}}},
        {"imported_browsers", {{"browser", Dimension::Browser}}},
        {"imported_operating_systems", {{"operating_system", Dimension::Os}}},
    };
    return all;
}

using MetricMember = qint64 Metrics::*;

// Which of the six sums a metric column of `table` adds to. Entrances and exits are the
// visits that began or ended on the page, which is what RayCstr's visits of an entry or exit
// page are (older exports also had exits in imported_pages: not visits there).
MetricMember metricOf(const QString &table, const QString &column)
{
    if (column == u"entrances")
        return table == u"imported_entry_pages" ? &Metrics::visits : nullptr;
    if (column == u"exits")
        return table == u"imported_exit_pages" ? &Metrics::visits : nullptr;
    if (column == u"visitors")
        return &Metrics::visitors;
    if (column == u"visits")
        return &Metrics::visits;
    if (column == u"pageviews")
        return &Metrics::pageviews;
    if (column == u"events")
        return &Metrics::events;
    if (column == u"bounces")
        return &Metrics::bounces;
    if (column == u"visit_duration")
        return &Metrics::duration;
    return nullptr;
}

} // namespace

PlausibleExportReader::PlausibleExportReader(const QString &path)
    : m_path(path)
{ }

QStringList PlausibleExportReader::tableNames()
{
    QStringList names;
    for (const Table &t : tables())
        names.append(QLatin1String(t.name));
    return names;
}

QString PlausibleExportReader::tableOf(const QString &fileName)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(imported_[a-z_]+?)(_\\d{8}_\\d{8})?\\.csv$"));
    const auto m = pattern.match(fileName);
    if (!m.hasMatch())
        return QString();
    const QString table = m.captured(1);
    return tableNames().contains(table) ? table : QString();
}

bool PlausibleExportReader::read(ImportError *error)
{
    m_days.clear();
    m_fileNames.clear();
    m_rows = 0;
    m_skipped.clear();
    auto fail = [&](const ImportError &e) {
        *error = e;
        m_days.clear();
        return false;
    };

    // The files and where they are read from: straight from the folder, or copied out of
    // the zip into a temporary folder one at a time.
    const QFileInfo info(m_path);
    if (!info.exists())
        return fail({m_path, 0, 0, tr("no such file or folder")});
    ZipReader zip;
    QStringList names; // inside the zip or the folder
    if (info.isDir()) {
        names = QDir(m_path).entryList({QStringLiteral("*")}, QDir::Files, QDir::Name);
    } else {
        QString why;
        if (!zip.open(m_path, &why))
            return fail({m_path, 0, 0,
                         tr("not a zip archive (%1): give Plausible's export zip or the folder "
                            "it was unpacked into")
                             .arg(why)});
        names = zip.names();
    }
    QMap<QString, QString> byTable; // table → name
    for (const QString &name : std::as_const(names)) {
        const QString table = tableOf(QFileInfo(name).fileName());
        if (table.isEmpty()) {
            m_skipped[QStringLiteral("other_file")] += 1;
            continue;
        }
        if (byTable.contains(table))
            return fail({m_path, 0, 0,
                         tr("two files for %1: %2 and %3 (import one export at a time)")
                             .arg(table, byTable.value(table), name)});
        byTable.insert(table, name);
    }
    if (byTable.isEmpty())
        return fail({m_path, 0, 0,
                     tr("no imported_*.csv files: is this Plausible's CSV export (Site "
                        "settings → Imports & Exports → Export data)?")});

    QTemporaryDir scratch;
    if (!info.isDir() && !scratch.isValid())
        return fail({m_path, 0, 0, tr("no temporary folder: %1").arg(scratch.errorString())});
    qint64 total = 0, done = 0;
    for (const QString &name : std::as_const(byTable))
        total += info.isDir() ? QFileInfo(QDir(m_path).filePath(name)).size() : zip.size(name);
    for (auto it = byTable.cbegin(); it != byTable.cend(); ++it) {
        const QString &name = it.value();
        QString file = QDir(m_path).filePath(name);
        QString shown = file;
        if (!info.isDir()) {
            shown = m_path + QLatin1Char('/') + name;
            file = scratch.filePath(QStringLiteral("entry.csv"));
            QString why;
            if (!zip.extract(name, file, &why))
                return fail({shown, 0, 0, why});
        }
        if (!readFile(it.key(), file, shown, error)) {
            m_days.clear();
            return false;
        }
        m_fileNames.append(QFileInfo(name).fileName());
        done += QFileInfo(file).size();
        if (m_progress)
            m_progress(done, total);
    }
    m_fileNames.sort();
    return true;
}

bool PlausibleExportReader::readFile(const QString &tableName, const QString &file,
                                     const QString &shown, ImportError *error)
{
    const Table *table = nullptr;
    for (const Table &t : tables())
        if (tableName == QLatin1StringView(t.name))
            table = &t;
    CsvReader csv;
    QString message;
    if (!csv.open(file, &message)) {
        *error = {shown, 0, 0, message};
        return false;
    }
    QList<QString> fields;
    auto csvFault = [&] {
        *error = {shown, csv.errorLine(), csv.errorColumn(), message};
        return false;
    };
    const CsvReader::Result head = csv.next(&fields, &message);
    if (head == CsvReader::Result::Error)
        return csvFault();
    if (head == CsvReader::Result::End) {
        *error = {shown, 1, 1, tr("empty file: expected the header line of %1").arg(tableName)};
        return false;
    }
    // The header: where each column we read is.
    const QStringList header = fields;
    const qint64 headerEnd = csv.fieldColumn(header.size() - 1) + header.last().size() + 2;
    auto missing = [&](const QString &column) {
        *error = {shown, csv.recordLine(), headerEnd,
                  tr("no column '%1' in the header (%2 needs date, %3 and visitors)")
                      .arg(column, tableName,
                           table->values.isEmpty() ? QStringLiteral("visits")
                                                   : QLatin1String(table->values.first().name))};
        return false;
    };
    const qsizetype dateAt = header.indexOf(QStringLiteral("date"));
    if (dateAt < 0)
        return missing(QStringLiteral("date"));
    if (header.indexOf(QStringLiteral("visitors")) < 0)
        return missing(QStringLiteral("visitors"));
    QList<QPair<qsizetype, Dimension>> valueAt;
    for (qsizetype i = 0; i < table->values.size(); ++i) {
        const QString column = QLatin1String(table->values.at(i).name);
        const qsizetype at = header.indexOf(column);
        if (at < 0 && i == 0)
            return missing(column);
        if (at >= 0)
            valueAt.append({at, table->values.at(i).dim});
    }
    QList<QPair<qsizetype, MetricMember>> metricAt;
    for (qsizetype i = 0; i < header.size(); ++i)
        if (auto m = metricOf(tableName, header.at(i)))
            metricAt.append({i, m});
    const bool customEvents
        = table->values.size() == 1 && table->values.first().dim == Dimension::EventName;

    const QDate epoch(1970, 1, 1);
    for (;;) {
        const CsvReader::Result r = csv.next(&fields, &message);
        if (r == CsvReader::Result::End)
            return true;
        if (r == CsvReader::Result::Error)
            return csvFault();
        ++m_rows;
        auto fault = [&](qsizetype field, const QString &why) {
            *error = {shown, csv.recordLine(), csv.fieldColumn(field), why};
            return false;
        };
        if (fields.size() != header.size())
            return fault(qMin(fields.size(), header.size()) - 1,
                         tr("expected %1 fields (as the header has), found %2")
                             .arg(header.size())
                             .arg(fields.size()));
        const QString &dateText = fields.at(dateAt);
        const QDate date = QDate::fromString(dateText, Qt::ISODate);
        if (dateText.size() != 10 || !date.isValid())
            return fault(dateAt, tr("not a date (YYYY-MM-DD): '%1'").arg(dateText));
        Metrics m;
        for (const auto &[at, member] : std::as_const(metricAt)) {
            const QString &text = fields.at(at);
            // ClickHouse writes NULL as \N; an empty cell is a 0 as well.
            if (text.isEmpty() || text == QLatin1String("\\N"))
                continue;
            bool ok = false;
            const qint64 n = text.toLongLong(&ok);
            if (!ok || n < 0)
                return fault(
                    at,
                    tr("expected a whole number ≥ 0 in %1, found '%2'").arg(header.at(at), text));
            m.*member = n;
        }
        if (customEvents && fields.at(valueAt.first().first) == QLatin1String("engagement")) {
            // Plausible's engagement events (time on page, scroll depth) are not custom events.
            m_skipped[QStringLiteral("engagement")] += 1;
            continue;
        }
        DayAggregates &day = m_days[epoch.daysTo(date)];
        if (valueAt.isEmpty())
            day[{Dimension::Total, QString()}] += m;
        for (const auto &[at, dim] : std::as_const(valueAt))
            day[{dim, fields.at(at)}] += m;
        if (customEvents) {
            // The day's total of custom events: imported_visitors has no column for them.
            Metrics events;
            events.events = m.events;
            day[{Dimension::Total, QString()}] += events;
        }
    }
}

} // namespace raycstr
