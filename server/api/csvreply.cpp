#include "api/csvreply.h"

#include "api/apireply.h"
#include "api/statsparams.h"
#include "core/csvwriter.h"
#include "http/httpserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace raycstr {

namespace {

using Record = QMap<QString, QJsonValue>;

// The members that hold a report's rows, in the order they are looked for.
const char *const rowMembers[]
    = {"rows", "points", "results", "routes", "steps", "goals", "funnels"};
// Columns that name the row come first, then the metrics in the dashboard's order.
const char *const leadingColumns[]
    = {"date", "hour", "start", "value", "key", "route", "name", "path"};
const char *const metricColumns[]
    = {"visitors",     "visits",         "pageviews",       "events",         "bounce_rate",
       "avg_duration", "visit_duration", "views_per_visit", "conversion_rate"};

void flatten(const QString &prefix, const QJsonValue &v, Record *out)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            flatten(prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key(), it.value(),
                    out);
    } else if (v.isArray()) {
        // A list inside a record (/api/stats's top pages) is one cell, as compact JSON.
        out->insert(prefix,
                    QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)));
    } else {
        out->insert(prefix.isEmpty() ? QStringLiteral("value") : prefix, v);
    }
}

QString cellText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (d == double(qint64(d)) && std::abs(d) < 1e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return QString(); // null: no answer for this cell (bounce rate of a page)
    }
}

int rank(const QString &column, const QList<Record> &records)
{
    for (int i = 0; i < int(std::size(leadingColumns)); ++i)
        if (column == QLatin1StringView(leadingColumns[i]))
            return i;
    for (int i = 0; i < int(std::size(metricColumns)); ++i)
        if (column == QLatin1StringView(metricColumns[i]))
            return 200 + i;
    // Other text columns name the row too (Plausible's "page", "source"…).
    for (const Record &r : records)
        if (r.contains(column) && !r.value(column).isNull())
            return r.value(column).isString() ? 100 : 300;
    return 300;
}

QByteArray table(const QList<Record> &records)
{
    QStringList columns;
    for (const Record &r : records)
        for (auto it = r.begin(); it != r.end(); ++it)
            if (!columns.contains(it.key()))
                columns.append(it.key());
    std::stable_sort(columns.begin(), columns.end(), [&](const QString &a, const QString &b) {
        const int ra = rank(a, records), rb = rank(b, records);
        return ra != rb ? ra < rb : a < b;
    });
    CsvWriter csv;
    csv.addRow(columns);
    for (const Record &r : records) {
        QStringList cells;
        for (const QString &c : columns)
            cells.append(cellText(r.value(c)));
        csv.addRow(cells);
    }
    return csv.data();
}

// qvalue of `type` in an Accept header (0 when absent); "*/*" and "text/*" count less
// than naming it.
double acceptQuality(const QByteArray &accept, const QByteArray &type)
{
    double best = 0;
    for (const QByteArray &range : accept.split(',')) {
        const QList<QByteArray> parts = range.split(';');
        const QByteArray media = parts.first().trimmed().toLower();
        if (media != type)
            continue;
        double q = 1;
        for (const QByteArray &p : parts.mid(1)) {
            const QByteArray param = p.trimmed();
            if (param.startsWith("q="))
                q = param.mid(2).toDouble();
        }
        best = std::max(best, q);
    }
    return best;
}

} // namespace

std::optional<bool> CsvReply::wantsCsv(const PlainRequest &request, QString *error)
{
    const QUrlQuery query = StatsParams::formQuery(request);
    if (query.hasQueryItem(QStringLiteral("format"))) {
        const QString format = query.queryItemValue(QStringLiteral("format"), QUrl::FullyDecoded);
        if (format == QLatin1String("csv"))
            return true;
        if (format == QLatin1String("json"))
            return false;
        *error = QStringLiteral("format must be json or csv, not \"%1\"").arg(format.left(40));
        return std::nullopt;
    }
    const QByteArray accept = request.accept;
    const double csv = acceptQuality(accept, "text/csv");
    return csv > 0 && csv >= acceptQuality(accept, "application/json");
}

QByteArray CsvReply::fromJson(const QJsonValue &body)
{
    QList<Record> records;
    QJsonValue rows; // stays null for a one-record answer
    if (body.isArray()) {
        rows = body;
    } else if (body.isObject()) {
        const QJsonObject o = body.toObject();
        for (const char *member : rowMembers)
            if (o.value(QLatin1StringView(member)).isArray()) {
                rows = o.value(QLatin1StringView(member));
                break;
            }
        if (rows.isNull()) {
            // One record: Plausible's aggregate keeps its metrics under "results".
            Record r;
            const QJsonValue results = o.value(QStringLiteral("results"));
            flatten(QString(), results.isObject() ? results : body, &r);
            records.append(r);
        }
    } else {
        Record r;
        flatten(QString(), body, &r); // a bare number (realtime visitors)
        records.append(r);
    }
    for (const QJsonValue &row : rows.toArray()) {
        Record r;
        flatten(QString(), row, &r);
        records.append(r);
    }
    return table(records);
}

PlainResponse CsvReply::negotiate(const PlainRequest &request, PlainResponse &&response)
{
    QString error;
    const auto csv = wantsCsv(request, &error);
    if (!csv)
        return HttpServer::error(HttpStatus::BadRequest, error);
    return convert(*csv, std::move(response));
}

std::function<PlainResponse(PlainResponse &&)> CsvReply::finisher(bool csv)
{
    return [csv](PlainResponse &&response) {
        return ApiReply::finish(convert(csv, std::move(response)));
    };
}

PlainResponse CsvReply::convert(bool csv, PlainResponse &&response)
{
    if (!csv || response.statusCode() != HttpStatus::Ok
        || !response.contentType.startsWith("application/json"))
        return std::move(response);
    QJsonParseError parseError;
    const QByteArray body = response.body;
    QJsonValue value;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (doc.isObject())
        value = doc.object();
    else if (doc.isArray())
        value = doc.array();
    else
        value = QJsonValue(body.trimmed().toDouble()); // a bare number
    return PlainResponse(QByteArrayLiteral("text/csv; charset=utf-8; header=present"),
                         fromJson(value));
}

} // namespace raycstr
