#include "import/ga4reportreader.h"

#include "core/zipreader.h"
#include "import/ga4values.h"
#include "ingest/jsonreader.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <cmath>

namespace raycstr {

namespace {

// The breakdowns a report can have: which dimensions belong to which.
enum class Group { None, Pages, EntryPages, Sources, Countries, Devices, Browsers, Os, Events };

Group groupOf(const QString &dimension)
{
    static const QHash<QString, Group> groups {
        {QStringLiteral("hostName"), Group::Pages},
        {QStringLiteral("pagePath"), Group::Pages},
        {QStringLiteral("pagePathPlusQueryString"), Group::Pages},
        {QStringLiteral("landingPage"), Group::EntryPages},
        {QStringLiteral("landingPagePlusQueryString"), Group::EntryPages},
        {QStringLiteral("sessionSource"), Group::Sources},
        {QStringLiteral("sessionMedium"), Group::Sources},
        {QStringLiteral("sessionCampaignName"), Group::Sources},
        {QStringLiteral("countryId"), Group::Countries},
        {QStringLiteral("country"), Group::Countries},
        {QStringLiteral("deviceCategory"), Group::Devices},
        {QStringLiteral("browser"), Group::Browsers},
        {QStringLiteral("operatingSystem"), Group::Os},
        {QStringLiteral("eventName"), Group::Events},
    };
    return groups.value(dimension, Group(-1));
}

using MetricMember = qint64 Metrics::*;

MetricMember metricOf(const QString &name, Group group)
{
    if (name == u"totalUsers" || name == u"activeUsers")
        return &Metrics::visitors;
    if (name == u"sessions")
        return &Metrics::visits;
    if (name == u"screenPageViews")
        return &Metrics::pageviews;
    if (name == u"bounces")
        return &Metrics::bounces;
    if (name == u"userEngagementDuration")
        return &Metrics::duration;
    // Elsewhere eventCount counts GA's own events too (page_view, scroll, …).
    if (name == u"eventCount" && group == Group::Events)
        return &Metrics::events;
    return nullptr;
}

// GA's own events, counted elsewhere (pageviews, visits) or not at all: not custom events.
bool isAutomaticEvent(const QString &name)
{
    return name == u"page_view" || name == u"session_start" || name == u"first_visit"
        || name == u"user_engagement";
}

QString withoutQuery(const QString &path)
{
    const qsizetype at = path.indexOf(QLatin1Char('?'));
    return at < 0 ? path : path.first(at);
}

QList<json::Value> arrayOf(const json::Value &value)
{
    QList<json::Value> items;
    if (!value.isArray())
        return items;
    // A named array: value_unsafe() of the temporary result would not outlive the loop.
    const simdjson::dom::array array = value.element().get_array().value_unsafe();
    for (simdjson::dom::element e : array)
        items.append(json::Value(e));
    return items;
}

// Where JSON that did not parse went wrong, as line and column: Qt's parser says the offset.
void locate(const QByteArray &bytes, qint64 *line, qint64 *column)
{
    QJsonParseError e;
    QJsonDocument::fromJson(bytes, &e);
    const qsizetype offset = e.error == QJsonParseError::NoError
        ? 0
        : qBound(qsizetype(0), qsizetype(e.offset), bytes.size());
    *line = 1 + bytes.left(offset).count('\n');
    *column = 1 + offset - (bytes.lastIndexOf('\n', offset - 1) + 1);
}

} // namespace

Ga4ReportReader::Ga4ReportReader(const QStringList &paths)
    : m_paths(paths)
{ }

bool Ga4ReportReader::read(ImportError *error)
{
    m_days.clear();
    m_fileNames.clear();
    m_rows = 0;
    m_skipped.clear();
    m_seenRows.clear();
    m_pages.clear();
    auto fail = [&](const ImportError &e) {
        *error = e;
        m_days.clear();
        return false;
    };

    // Every input as (where it is read from, zip entry or empty, the name shown).
    struct Input
    {
        QString path;
        QString entry;
        QString shown;
        qint64 size = 0;
    };
    QList<Input> inputs;
    std::vector<std::unique_ptr<ZipReader>> zips;
    QHash<QString, ZipReader *> zipOf;
    for (const QString &path : std::as_const(m_paths)) {
        const QFileInfo info(path);
        if (!info.exists())
            return fail({path, 0, 0, tr("no such file or folder")});
        if (info.isDir()) {
            const QStringList names
                = QDir(path).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
            if (names.isEmpty())
                return fail({path, 0, 0, tr("no .json files in this folder")});
            for (const QString &name : names) {
                const QString file = QDir(path).filePath(name);
                inputs.append({file, QString(), file, QFileInfo(file).size()});
            }
        } else if (info.suffix().compare(QLatin1String("zip"), Qt::CaseInsensitive) == 0) {
            auto zip = std::make_unique<ZipReader>();
            QString why;
            if (!zip->open(path, &why))
                return fail({path, 0, 0, tr("not a zip archive (%1)").arg(why)});
            qsizetype found = 0;
            for (const QString &name : zip->names()) {
                if (!name.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
                    m_skipped[QStringLiteral("other_file")] += 1;
                    continue;
                }
                inputs.append({path, name, path + QLatin1Char('/') + name, zip->size(name)});
                ++found;
            }
            if (found == 0)
                return fail({path, 0, 0, tr("no .json files in this zip")});
            zipOf.insert(path, zip.get());
            zips.push_back(std::move(zip));
        } else {
            inputs.append({path, QString(), path, info.size()});
        }
    }

    QTemporaryDir scratch;
    qint64 total = 0, done = 0;
    for (const Input &in : std::as_const(inputs))
        total += in.size;
    for (const Input &in : std::as_const(inputs)) {
        QString file = in.path;
        if (!in.entry.isEmpty()) {
            if (!scratch.isValid())
                return fail(
                    {in.shown, 0, 0, tr("no temporary folder: %1").arg(scratch.errorString())});
            file = scratch.filePath(QStringLiteral("entry.json"));
            QString why;
            if (!zipOf.value(in.path)->extract(in.entry, file, &why))
                return fail({in.shown, 0, 0, why});
        }
        if (!readFile(file, in.shown, error)) {
            m_days.clear();
            return false;
        }
        m_fileNames.append(QFileInfo(in.entry.isEmpty() ? in.path : in.entry).fileName());
        done += in.size;
        if (m_progress)
            m_progress(done, total);
    }
    // Pages of a report that are not all there: the numbers would be short.
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        const Pages &p = it.value();
        if (p.rowCount > 0 && p.rows % p.rowCount != 0)
            return fail({p.firstFile, 0, 0,
                         tr("this report has %1 rows (rowCount) but its files hold %2: a page "
                            "is missing. Fetch every page (offset 0, limit, offset limit, …) "
                            "or ask for a limit above rowCount.")
                             .arg(p.rowCount)
                             .arg(p.rows)});
    }
    m_fileNames.sort();
    m_seenRows.clear();
    m_seenRows.squeeze();
    return true;
}

bool Ga4ReportReader::readFile(const QString &file, const QString &shown, ImportError *error)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = {shown, 0, 0, tr("cannot read the file: %1").arg(f.errorString())};
        return false;
    }
    if (f.size() > MaxFileBytes) {
        *error = {shown, 0, 0,
                  tr("larger than %1 MB: save the report in pages (limit and offset)")
                      .arg(MaxFileBytes >> 20)};
        return false;
    }
    const QByteArray bytes = f.readAll();
    f.close();
    json::Document doc;
    QString why;
    if (!doc.parse(std::string_view(bytes.constData(), size_t(bytes.size())), &why)) {
        qint64 line = 0, column = 0;
        locate(bytes, &line, &column);
        *error = {shown, line, column, tr("not valid JSON: %1").arg(why)};
        return false;
    }
    const json::Value root(doc.root());
    if (root.isArray()) {
        const QList<json::Value> reports = arrayOf(root);
        for (qsizetype i = 0; i < reports.size(); ++i) {
            if (!readReport(reports.at(i).toObject(), shown, QStringLiteral("[%1].").arg(i), error))
                return false;
        }
        return true;
    }
    const json::Object object = root.toObject();
    const json::Value batch = object.value(QLatin1String("reports"));
    if (batch.isArray()) {
        const QList<json::Value> reports = arrayOf(batch);
        for (qsizetype i = 0; i < reports.size(); ++i) {
            if (!readReport(reports.at(i).toObject(), shown, QStringLiteral("reports[%1].").arg(i),
                            error))
                return false;
        }
        return true;
    }
    return readReport(object, shown, QString(), error);
}

bool Ga4ReportReader::readReport(const json::Object &report, const QString &shown,
                                 const QString &path, ImportError *error)
{
    auto fault = [&](const QString &where, const QString &why) {
        *error = {shown, 0, 0,
                  (path + where).isEmpty() ? why : path + where + QStringLiteral(": ") + why};
        return false;
    };
    const json::Value dimensionHeaders = report.value(QLatin1String("dimensionHeaders"));
    const json::Value metricHeaders = report.value(QLatin1String("metricHeaders"));
    if (!dimensionHeaders.isArray() || !metricHeaders.isArray())
        return fault(QString(),
                     tr("no dimensionHeaders and metricHeaders: is this the JSON answer of GA4's "
                        "runReport (Data API, Query Explorer)?"));
    QStringList dimensions, metrics;
    for (const json::Value &h : arrayOf(dimensionHeaders))
        dimensions.append(h.toObject().value(QLatin1String("name")).toString());
    for (const json::Value &h : arrayOf(metricHeaders))
        metrics.append(h.toObject().value(QLatin1String("name")).toString());

    // The header: the date, one breakdown, metrics we know.
    const qsizetype dateAt = dimensions.indexOf(QStringLiteral("date"));
    if (dateAt < 0)
        return fault(QStringLiteral("dimensionHeaders"),
                     tr("the report has no 'date' dimension (it has: %1): RayCstr imports daily "
                        "sums, so run the report with date as its first dimension")
                         .arg(dimensions.join(QStringLiteral(", "))));
    Group group = Group::None;
    for (qsizetype i = 0; i < dimensions.size(); ++i) {
        if (i == dateAt)
            continue;
        const Group g = groupOf(dimensions.at(i));
        if (g == Group(-1))
            return fault(QStringLiteral("dimensionHeaders[%1]").arg(i),
                         tr("dimension '%1' is not one RayCstr imports (see README, \"Google "
                            "Analytics 4\", for the reports to run)")
                             .arg(dimensions.at(i)));
        if (group != Group::None && g != group)
            return fault(QStringLiteral("dimensionHeaders[%1]").arg(i),
                         tr("dimension '%1' is a second breakdown: run one report per breakdown "
                            "(date plus pages, or sources, or countries, …)")
                             .arg(dimensions.at(i)));
        group = g;
    }
    if (group == Group::Pages && dimensions.size() == 2
        && dimensions.contains(QStringLiteral("hostName")))
        return fault(QStringLiteral("dimensionHeaders"),
                     tr("a pages report needs pagePath (hostName alone is not a page)"));
    QList<QPair<qsizetype, MetricMember>> metricAt;
    const bool hasTotalUsers = metrics.contains(QStringLiteral("totalUsers"));
    for (qsizetype i = 0; i < metrics.size(); ++i) {
        if (metrics.at(i) == u"activeUsers" && hasTotalUsers)
            continue;
        if (MetricMember m = metricOf(metrics.at(i), group))
            metricAt.append({i, m});
    }
    if (metricAt.isEmpty())
        return fault(QStringLiteral("metricHeaders"),
                     tr("none of the metrics RayCstr imports is in the report (it has: %1; "
                        "expected totalUsers, sessions, screenPageViews, bounces, "
                        "userEngagementDuration or, by eventName, eventCount)")
                         .arg(metrics.join(QStringLiteral(", "))));

    const QList<json::Value> rows = arrayOf(report.value(QLatin1String("rows")));
    const double declared = report.value(QLatin1String("rowCount")).toDouble(0);
    const QString signature = dimensions.join(u',') + u'|' + metrics.join(u',');
    Pages &pages = m_pages[signature + u'|' + QString::number(qint64(declared))];
    pages.rowCount = qint64(declared);
    pages.rows += rows.size();
    if (pages.firstFile.isEmpty())
        pages.firstFile = shown;
    if (declared > 0 && rows.size() > declared)
        return fault(QStringLiteral("rows"),
                     tr("%1 rows, more than rowCount (%2)").arg(rows.size()).arg(declared));

    const QDate epoch(1970, 1, 1);
    QStringList values(dimensions.size());
    for (qsizetype r = 0; r < rows.size(); ++r) {
        ++m_rows;
        const QString at = QStringLiteral("rows[%1]").arg(r);
        const json::Object row = rows.at(r).toObject();
        const QList<json::Value> dims = arrayOf(row.value(QLatin1String("dimensionValues")));
        const QList<json::Value> mets = arrayOf(row.value(QLatin1String("metricValues")));
        if (dims.size() != dimensions.size())
            return fault(at + QStringLiteral(".dimensionValues"),
                         tr("%1 values, but the header has %2 dimensions")
                             .arg(dims.size())
                             .arg(dimensions.size()));
        if (mets.size() != metrics.size())
            return fault(at + QStringLiteral(".metricValues"),
                         tr("%1 values, but the header has %2 metrics")
                             .arg(mets.size())
                             .arg(metrics.size()));
        size_t hash = qHash(signature);
        for (qsizetype i = 0; i < dims.size(); ++i) {
            const json::Value v = dims.at(i).toObject().value(QLatin1String("value"));
            if (!v.isString())
                return fault(at + QStringLiteral(".dimensionValues[%1].value").arg(i),
                             tr("expected a string"));
            values[i] = v.toString();
            hash = qHash(values.at(i), hash ^ 0x9e3779b97f4a7c15ULL);
        }
        const QString &dateText = values.at(dateAt);
        const QDate date = QDate::fromString(dateText, QStringLiteral("yyyyMMdd"));
        if (dateText.size() != 8 || !date.isValid())
            return fault(at + QStringLiteral(".dimensionValues[%1].value").arg(dateAt),
                         tr("not a date (YYYYMMDD): '%1'").arg(dateText));
        if (m_seenRows.contains(hash))
            return fault(at,
                         tr("this row (%1) was in an earlier file or report already: the same "
                            "page or date range twice would be counted twice")
                             .arg(values.join(QStringLiteral(", "))));
        m_seenRows.insert(hash);
        Metrics m;
        for (const auto &[i, member] : std::as_const(metricAt)) {
            const json::Value v = mets.at(i).toObject().value(QLatin1String("value"));
            bool ok = v.isString();
            const double n = ok ? v.toString().toDouble(&ok) : 0;
            if (!ok || !(n >= 0) || n > 1e15)
                return fault(at + QStringLiteral(".metricValues[%1].value").arg(i),
                             tr("expected a number ≥ 0 as a string for %1").arg(metrics.at(i)));
            m.*member = qint64(std::llround(n));
        }

        // The dimensions' values RayCstr keeps for this row.
        QList<AggregateKey> keys;
        auto valueOf = [&](const char *name) {
            const qsizetype i = dimensions.indexOf(QLatin1String(name));
            return i < 0 ? std::optional<QString>() : std::optional<QString>(values.at(i));
        };
        switch (group) {
        case Group::None:
            keys.append({Dimension::Total, QString()});
            break;
        case Group::Pages: {
            const auto page = valueOf("pagePath");
            keys.append({Dimension::Page,
                         ga4::valueOrEmpty(
                             page ? *page : withoutQuery(*valueOf("pagePathPlusQueryString")))});
            break;
        }
        case Group::EntryPages: {
            const auto page = valueOf("landingPage");
            keys.append({Dimension::EntryPage,
                         ga4::valueOrEmpty(
                             withoutQuery(page ? *page : *valueOf("landingPagePlusQueryString")))});
            break;
        }
        case Group::Sources: {
            const auto source = valueOf("sessionSource");
            const auto medium = valueOf("sessionMedium");
            const auto campaign = valueOf("sessionCampaignName");
            if (source)
                keys.append({Dimension::Source, ga4::sourceName(*source)});
            if (medium) {
                const bool tagged = ga4::isCampaignMedium(*medium);
                keys.append({Dimension::UtmMedium, tagged ? *medium : QString()});
                if (source)
                    keys.append(
                        {Dimension::UtmSource, tagged ? ga4::valueOrEmpty(*source) : QString()});
            }
            if (campaign)
                keys.append({Dimension::UtmCampaign, ga4::valueOrEmpty(*campaign)});
            break;
        }
        case Group::Countries: {
            const auto id = valueOf("countryId");
            keys.append(
                {Dimension::Country,
                 id ? ga4::valueOrEmpty(*id).toUpper() : ga4::countryCode(*valueOf("country"))});
            break;
        }
        case Group::Devices:
            keys.append(
                {Dimension::Device, deviceTypeName(ga4::deviceType(*valueOf("deviceCategory")))});
            break;
        case Group::Browsers:
            keys.append({Dimension::Browser, ga4::valueOrEmpty(*valueOf("browser"))});
            break;
        case Group::Os:
            keys.append({Dimension::Os, ga4::osName(*valueOf("operatingSystem"))});
            break;
        case Group::Events: {
            const QString name = *valueOf("eventName");
            if (isAutomaticEvent(name)) {
                m_skipped[QStringLiteral("ga_automatic_event")] += 1;
                continue;
            }
            keys.append({Dimension::EventName, name.left(Limits::MaxNameLength)});
            break;
        }
        }
        DayAggregates &day = m_days[epoch.daysTo(date)];
        for (const AggregateKey &key : std::as_const(keys))
            day[key] += m;
        if (group == Group::Events) {
            // The day's total of custom events: the daily report has no column for them.
            Metrics events;
            events.events = m.events;
            day[{Dimension::Total, QString()}] += events;
        }
    }
    return true;
}

} // namespace raycstr
