#include "api/eventexport.h"

#include "core/csvwriter.h"
#include "store/raweventreader.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace raycstr {

QStringList EventExport::columns()
{
    return {QStringLiteral("time"),
            QStringLiteral("kind"),
            QStringLiteral("hostname"),
            QStringLiteral("path"),
            QStringLiteral("source"),
            QStringLiteral("referrer"),
            QStringLiteral("utm_source"),
            QStringLiteral("utm_medium"),
            QStringLiteral("utm_campaign"),
            QStringLiteral("utm_content"),
            QStringLiteral("utm_term"),
            QStringLiteral("country"),
            QStringLiteral("device"),
            QStringLiteral("browser"),
            QStringLiteral("browser_version"),
            QStringLiteral("os"),
            QStringLiteral("os_version"),
            QStringLiteral("name"),
            QStringLiteral("props"),
            QStringLiteral("value"),
            QStringLiteral("visit_age")};
}

std::optional<QByteArray> EventExport::run(SqliteDb *db, qint32 siteId, qint64 fromSecs,
                                           qint64 toSecs, Format format, qint64 *count,
                                           QString *error)
{
    const QStringList names = columns();
    CsvWriter csv;
    QByteArray ndjson;
    if (format == Format::Csv)
        csv.addRow(names);
    const qint64 n = RawEventReader(db).read(
        siteId, fromSecs, toSecs,
        [&](const RawEventReader::Row &r) {
            const QString time = QDateTime::fromSecsSinceEpoch(r.ts, Qt::UTC).toString(Qt::ISODate);
            const QStringList texts = {time,
                                       RawEventReader::kindName(r.kind),
                                       r.hostname,
                                       r.path,
                                       r.source,
                                       r.referrer,
                                       r.utmSource,
                                       r.utmMedium,
                                       r.utmCampaign,
                                       r.utmContent,
                                       r.utmTerm,
                                       r.country,
                                       r.device,
                                       r.browser,
                                       r.browserVersion,
                                       r.os,
                                       r.osVersion,
                                       r.name,
                                       r.props};
            if (format == Format::Csv) {
                QStringList cells = texts;
                cells << (r.hasValue ? QString::number(r.value, 'g', 17) : QString())
                      << QString::number(r.visitAge);
                csv.addRow(cells);
                return;
            }
            QJsonObject o;
            for (qsizetype i = 0; i < texts.size(); ++i)
                if (!texts.at(i).isEmpty())
                    o.insert(names.at(i), texts.at(i));
            if (!r.props.isEmpty()) // the stored JSON object, as an object
                o.insert(QStringLiteral("props"),
                         QJsonDocument::fromJson(r.props.toUtf8()).object());
            if (r.hasValue)
                o.insert(QStringLiteral("value"), r.value);
            o.insert(QStringLiteral("visit_age"), r.visitAge);
            ndjson += QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
        },
        error);
    if (n < 0)
        return std::nullopt;
    *count = n;
    return format == Format::Csv ? csv.data() : ndjson;
}

} // namespace raycstr
