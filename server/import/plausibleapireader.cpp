#include "import/plausibleapireader.h"

#include "import/plausibleapiclient.h"

#include <QJsonArray>
#include <cmath>

namespace raycstr {

namespace {

const QString V2Path = QStringLiteral("/api/v2/query");
const QString V1Timeseries = QStringLiteral("/api/v1/stats/timeseries");
const QString V1Breakdown = QStringLiteral("/api/v1/stats/breakdown");
constexpr int V2PageSize = 10000; // Plausible's v2 maximum
constexpr int V1PageSize = 1000; // Plausible's v1 maximum

const QStringList TotalMetrics
    = {QStringLiteral("visitors"),    QStringLiteral("visits"),         QStringLiteral("pageviews"),
       QStringLiteral("bounce_rate"), QStringLiteral("visit_duration"), QStringLiteral("events")};
const QStringList VisitMetrics
    = {QStringLiteral("visitors"), QStringLiteral("visits"), QStringLiteral("pageviews"),
       QStringLiteral("bounce_rate"), QStringLiteral("visit_duration")};

// A v2 query body: the metrics of one dimension over the days, a page of rows; `byDay` adds
// time:day in front (one row per day and value) and an order that keeps pages stable.
QJsonObject v2Query(const QString &siteId, const QStringList &metrics, const QString &first,
                    const QString &last, const QString &dimension, bool byDay, int offset)
{
    QJsonObject body {
        {QStringLiteral("site_id"), siteId},
        {QStringLiteral("metrics"), QJsonArray::fromStringList(metrics)},
        {QStringLiteral("date_range"), QJsonArray {first, last}},
        {QStringLiteral("dimensions"),
         byDay ? QJsonArray {QStringLiteral("time:day"), dimension} : QJsonArray {dimension}},
        {QStringLiteral("pagination"),
         QJsonObject {{QStringLiteral("limit"), V2PageSize}, {QStringLiteral("offset"), offset}}}};
    if (byDay)
        body.insert(QStringLiteral("order_by"),
                    QJsonArray {QJsonArray {QStringLiteral("time:day"), QStringLiteral("asc")},
                                QJsonArray {dimension, QStringLiteral("asc")}});
    return body;
}

QDate dateOf(qint64 day)
{
    return QDate(1970, 1, 1).addDays(day);
}

qint64 count(const QJsonValue &v)
{
    return std::max<qint64>(0, std::llround(v.toDouble()));
}

// A row's metrics (by name) as RayCstr's sums. `totals`: Plausible's events of the whole
// site count pageviews too.
Metrics metricsOf(const QHash<QString, QJsonValue> &v, bool totals)
{
    Metrics m;
    m.visitors = count(v.value(QStringLiteral("visitors")));
    m.visits = count(v.value(QStringLiteral("visits")));
    m.pageviews = count(v.value(QStringLiteral("pageviews")));
    m.events = count(v.value(QStringLiteral("events")));
    if (totals)
        m.events = std::max<qint64>(0, m.events - m.pageviews);
    // Only a rate and an average come back: the sums are rebuilt from them.
    const QJsonValue rate = v.value(QStringLiteral("bounce_rate"));
    if (rate.isDouble())
        m.bounces = std::min(m.visits, std::llround(rate.toDouble() * double(m.visits) / 100.0));
    const QJsonValue average = v.value(QStringLiteral("visit_duration"));
    if (average.isDouble())
        m.duration = std::llround(average.toDouble() * double(m.visits));
    return m;
}

// Plausible's names for "no value" are RayCstr's empty one.
QString valueOf(const QJsonValue &v)
{
    const QString text = v.isString() ? v.toString()
        : v.isDouble()                ? QString::number(v.toDouble())
                                      : QString();
    if (text == u"Direct / None" || text == u"(none)" || text == u"(not set)")
        return QString();
    return text;
}

} // namespace

struct PlausibleApiReader::Pull
{
    Dimension dim;
    QString property; // v2 dimension, v1 property
    QStringList metrics;
};

PlausibleApiReader::PlausibleApiReader(PlausibleApiClient *client, QString siteId, Version version)
    : m_client(client)
    , m_siteId(std::move(siteId))
    , m_version(version)
{ }

QString PlausibleApiReader::explain(const PlausibleApiError &e) const
{
    using Kind = PlausibleApiError::Kind;
    switch (e.kind) {
    case Kind::Unauthorized:
        return tr("%1 refused the API key (HTTP %2: %3). Check the key (in Plausible: Account "
                  "settings → API Keys, a Stats API key) and that its account can see %4.")
            .arg(m_client->host())
            .arg(e.status)
            .arg(e.message, m_siteId);
    case Kind::NotFound:
        return tr("no site %1 on %2, or no Stats API there (HTTP 404: %3)")
            .arg(m_siteId, m_client->host(), e.message);
    default:
        return e.message;
    }
}

bool PlausibleApiReader::open(QDate first, QDate last, QString *error)
{
    m_totals.clear();
    m_rows = 0;
    m_skipped.clear();
    PlausibleApiError e;
    const QDate epoch(1970, 1, 1);
    auto add = [&](const QString &date, const QHash<QString, QJsonValue> &values) {
        const QDate d = QDate::fromString(date.left(10), Qt::ISODate);
        if (!d.isValid()) {
            m_skipped[QStringLiteral("bad_date")] += 1;
            return;
        }
        ++m_rows;
        const Metrics m = metricsOf(values, true);
        if (m.visitors > 0 || m.visits > 0 || m.pageviews > 0 || m.events > 0)
            m_totals.insert(epoch.daysTo(d), m);
    };
    if (m_version != Version::V1) {
        for (int offset = 0;; offset += V2PageSize) {
            const QJsonObject body
                = v2Query(m_siteId, TotalMetrics, first.toString(Qt::ISODate),
                          last.toString(Qt::ISODate), QStringLiteral("time:day"), false, offset);
            const auto answer = m_client->post(V2Path, body, &e);
            if (!answer)
                break;
            const QJsonArray results = answer->value(QLatin1String("results")).toArray();
            for (const QJsonValue &r : results) {
                const QJsonObject row = r.toObject();
                const QJsonArray metrics = row.value(QLatin1String("metrics")).toArray();
                QHash<QString, QJsonValue> values;
                for (qsizetype i = 0; i < TotalMetrics.size() && i < metrics.size(); ++i)
                    values.insert(TotalMetrics.at(i), metrics.at(i));
                add(row.value(QLatin1String("dimensions")).toArray().first().toString(), values);
            }
            if (results.size() < V2PageSize) {
                m_version = Version::V2;
                return true;
            }
        }
        // Only a server without v2 falls back (an older Plausible); any other fault stands.
        if (m_version == Version::V2 || e.kind != PlausibleApiError::Kind::NotFound) {
            *error = explain(e);
            return false;
        }
        m_totals.clear();
        m_rows = 0;
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("site_id"), m_siteId);
    query.addQueryItem(QStringLiteral("period"), QStringLiteral("custom"));
    query.addQueryItem(QStringLiteral("date"),
                       first.toString(Qt::ISODate) + u',' + last.toString(Qt::ISODate));
    query.addQueryItem(QStringLiteral("interval"), QStringLiteral("date"));
    query.addQueryItem(QStringLiteral("metrics"), TotalMetrics.join(u','));
    const auto answer = m_client->get(V1Timeseries, query, &e);
    if (!answer) {
        *error = explain(e);
        return false;
    }
    for (const QJsonValue &r : answer->value(QLatin1String("results")).toArray()) {
        const QJsonObject row = r.toObject();
        QHash<QString, QJsonValue> values;
        for (auto it = row.begin(); it != row.end(); ++it)
            values.insert(it.key(), it.value());
        add(row.value(QLatin1String("date")).toString(), values);
    }
    m_version = Version::V1;
    return true;
}

bool PlausibleApiReader::breakdown(const Pull &pull, QDate first, QDate last, bool byDay,
                                   QMap<qint64, DayAggregates> *days, PlausibleApiError *e)
{
    const QDate epoch(1970, 1, 1);
    const bool events = pull.dim == Dimension::EventName;
    auto add = [&](qint64 day, const QJsonValue &value, const QHash<QString, QJsonValue> &values) {
        ++m_rows;
        const QString text = valueOf(value);
        // Pageviews (and Plausible's engagement events) are not custom events.
        if (events && (text.isEmpty() || text == u"pageview" || text == u"engagement")) {
            m_skipped[text == u"engagement" ? QStringLiteral("engagement")
                                            : QStringLiteral("pageview")]
                += 1;
            return;
        }
        (*days)[day][{pull.dim, text}] += metricsOf(values, false);
    };
    const QString from = first.toString(Qt::ISODate), to = last.toString(Qt::ISODate);
    if (m_version == Version::V2) {
        for (int offset = 0;; offset += V2PageSize) {
            const auto answer = m_client->post(
                V2Path, v2Query(m_siteId, pull.metrics, from, to, pull.property, byDay, offset), e);
            if (!answer)
                return false;
            const QJsonArray results = answer->value(QLatin1String("results")).toArray();
            for (const QJsonValue &r : results) {
                const QJsonObject row = r.toObject();
                const QJsonArray metrics = row.value(QLatin1String("metrics")).toArray();
                const QJsonArray dims = row.value(QLatin1String("dimensions")).toArray();
                QHash<QString, QJsonValue> values;
                for (qsizetype i = 0; i < pull.metrics.size() && i < metrics.size(); ++i)
                    values.insert(pull.metrics.at(i), metrics.at(i));
                const QDate date = byDay
                    ? QDate::fromString(dims.at(0).toString().left(10), Qt::ISODate)
                    : first;
                if (!date.isValid() || date < first || date > last) {
                    m_skipped[QStringLiteral("bad_date")] += 1;
                    continue;
                }
                add(epoch.daysTo(date), dims.at(byDay ? 1 : 0), values);
            }
            if (results.size() < V2PageSize)
                return true;
        }
    }
    const QString key = pull.property.section(u':', 1); // v1 names the value by its property
    for (int page = 1;; ++page) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("site_id"), m_siteId);
        query.addQueryItem(QStringLiteral("period"), QStringLiteral("custom"));
        query.addQueryItem(QStringLiteral("date"), from + u',' + to);
        query.addQueryItem(QStringLiteral("property"), pull.property);
        query.addQueryItem(QStringLiteral("metrics"), pull.metrics.join(u','));
        query.addQueryItem(QStringLiteral("limit"), QString::number(V1PageSize));
        query.addQueryItem(QStringLiteral("page"), QString::number(page));
        const auto answer = m_client->get(V1Breakdown, query, e);
        if (!answer)
            return false;
        const QJsonArray results = answer->value(QLatin1String("results")).toArray();
        for (const QJsonValue &r : results) {
            const QJsonObject row = r.toObject();
            QHash<QString, QJsonValue> values;
            for (const QString &m : pull.metrics)
                values.insert(m, row.value(m));
            add(epoch.daysTo(first), row.value(key), values);
        }
        if (results.size() < V1PageSize)
            return true;
    }
}

bool PlausibleApiReader::fetchDay(qint64 day, DayAggregates *rows, QString *error)
{
    static const QStringList pageMetrics
        = {QStringLiteral("visitors"), QStringLiteral("visits"), QStringLiteral("pageviews")};
    static const QStringList exitMetrics = {QStringLiteral("visitors"), QStringLiteral("visits")};
    static const QStringList eventMetrics = {QStringLiteral("visitors"), QStringLiteral("events")};
    static const QList<Pull> pulls = {
        {Dimension::Page, QStringLiteral("event:page"), pageMetrics},
        {Dimension::EntryPage, QStringLiteral("visit:entry_page"), VisitMetrics},
        {Dimension::ExitPage, QStringLiteral("visit:exit_page"), exitMetrics},
        {Dimension::Source, QStringLiteral("visit:source"), VisitMetrics},
        {Dimension::Referrer, QStringLiteral("visit:referrer"), VisitMetrics},
        {Dimension::UtmSource, QStringLiteral("visit:utm_source"), VisitMetrics},
        {Dimension::UtmMedium, QStringLiteral("visit:utm_medium"), VisitMetrics},
        {Dimension::UtmCampaign, QStringLiteral("visit:utm_campaign"), VisitMetrics},
        {Dimension::UtmContent, QStringLiteral("visit:utm_content"), VisitMetrics},
        {Dimension::UtmTerm, QStringLiteral("visit:utm_term"), VisitMetrics},
        {Dimension::Country, QStringLiteral("visit:country"), VisitMetrics},
        {Dimension::Device, QStringLiteral("visit:device"), VisitMetrics},
        {Dimension::Browser, QStringLiteral("visit:browser"), VisitMetrics},
        {Dimension::Os, QStringLiteral("visit:os"), VisitMetrics},
        {Dimension::EventName, QStringLiteral("event:name"), eventMetrics},
    };
    rows->clear();
    if (!m_totals.contains(day))
        return true;
    PlausibleApiError e;
    // v2: a month of days at once, [time:day, dimension], unless the server refuses that.
    if (m_version == Version::V2 && m_grouped != Grouped::No
        && (day < m_chunkFirst || day > m_chunkLast)) {
        const qint64 last = std::prev(m_totals.upperBound(day + ChunkDays - 1)).key();
        QMap<qint64, DayAggregates> chunk;
        bool refused = false;
        for (const Pull &pull : pulls) {
            if (breakdown(pull, dateOf(day), dateOf(last), true, &chunk, &e)) {
                m_grouped = Grouped::Yes;
                continue;
            }
            // RayCstr's own v2 answers one dimension per query: asked a day at a time then.
            refused
                = m_grouped == Grouped::Unknown && e.kind == PlausibleApiError::Kind::BadRequest;
            if (!refused) {
                *error = explain(e);
                return false;
            }
            m_grouped = Grouped::No;
            break;
        }
        if (!refused) {
            m_chunk = std::move(chunk);
            m_chunkFirst = day;
            m_chunkLast = last;
        }
    }
    if (m_grouped == Grouped::Yes) {
        *rows = m_chunk.take(day);
    } else {
        QMap<qint64, DayAggregates> one;
        for (const Pull &pull : pulls)
            if (!breakdown(pull, dateOf(day), dateOf(day), false, &one, &e)) {
                *error = explain(e);
                return false;
            }
        *rows = one.take(day);
    }
    rows->insert({Dimension::Total, QString()}, m_totals.value(day));
    return true;
}

} // namespace raycstr
