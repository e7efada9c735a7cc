#include "import/ga4bigqueryreader.h"

#include "import/ga4values.h"
#include "ingest/jsonreader.h"
#include "ingest/referrerparser.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>

namespace raycstr {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("raycstr::Ga4BigQueryReader", text);
}

// GA's own event parameters: what the event is about (page, session, engagement) rather
// than what the site sent with it.
bool isInternalParam(std::string_view key)
{
    static const std::string_view internal[] = {"ga_session_id",
                                                "ga_session_number",
                                                "page_location",
                                                "page_referrer",
                                                "page_title",
                                                "engagement_time_msec",
                                                "session_engaged",
                                                "engaged_session_event",
                                                "entrances",
                                                "ignore_referrer",
                                                "debug_mode",
                                                "term",
                                                "medium",
                                                "source",
                                                "campaign",
                                                "content",
                                                "campaign_id",
                                                "gclid",
                                                "dclid",
                                                "srsltid",
                                                "synthetic_bundle",
                                                "percent_scrolled"};
    for (std::string_view k : internal)
        if (key == k)
            return true;
    return key.starts_with("ga_") || key.starts_with("firebase_") || key.starts_with("batch_")
        || key.starts_with("_");
}

// BigQuery's JSON writes INT64 as a string; accept a number as well.
bool int64Of(const json::Value &v, qint64 *out)
{
    if (v.isString()) {
        bool ok = false;
        *out = v.toString().toLongLong(&ok);
        return ok;
    }
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (!(d >= -9e18 && d <= 9e18))
            return false;
        *out = qint64(d);
        return true;
    }
    return false;
}

QString stringOf(const json::Object &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

Ga4BigQueryReader::Ga4BigQueryReader(const QStringList &files, const QString &siteDomain)
    : m_files(files)
    , m_domain(siteDomain)
{ }

Ga4BigQueryReader::~Ga4BigQueryReader() = default;

void Ga4BigQueryReader::setRunHits(qsizetype hits)
{
    m_sorter.setRunHits(hits);
}

qint64 Ga4BigQueryReader::bytesRead() const
{
    const qint64 all = m_sorter.size();
    return m_totalBytes + (all ? m_totalBytes * m_sorter.taken() / all : m_totalBytes);
}

Ga4BigQueryReader::Row Ga4BigQueryReader::parseRow(json::Document &doc, QByteArrayView line,
                                                   const QString &siteDomain, Hit *hit,
                                                   QString *why)
{
    if (!doc.parse(std::string_view(line.data(), size_t(line.size())), why)) {
        *why = tr("not valid JSON: %1").arg(*why);
        return Row::Error;
    }
    const json::Value rootValue(doc.root());
    if (!rootValue.isObject()) {
        *why = tr("expected a JSON object (one row of an events_ table per line)");
        return Row::Error;
    }
    const json::Object row = rootValue.toObject();
    const json::Value name = row.value(QLatin1String("event_name"));
    if (!name.isString()) {
        *why = tr("event_name: missing or not a string (is this GA4's BigQuery export, "
                  "events_YYYYMMDD, as newline-delimited JSON?)");
        return Row::Error;
    }
    qint64 micros = 0;
    if (!int64Of(row.value(QLatin1String("event_timestamp")), &micros) || micros < 0) {
        *why = tr("event_timestamp: expected microseconds since 1970 (a whole number)");
        return Row::Error;
    }
    const json::Value platform = row.value(QLatin1String("platform"));
    if (platform.isString() && platform.toStringView() != "WEB") {
        *why = QStringLiteral("app");
        return Row::Skip;
    }
    const QString eventName = name.toString();
    if (eventName == u"session_start" || eventName == u"first_visit") {
        *why = QStringLiteral("ga_automatic_event");
        return Row::Skip;
    }
    const QString visitor = row.value(QLatin1String("user_pseudo_id")).toString();
    if (visitor.isEmpty()) {
        *why = QStringLiteral("no_user_pseudo_id");
        return Row::Skip;
    }

    *hit = Hit();
    hit->timestampMs = micros / 1000;
    QString location, referrer;
    qint64 engagementMs = -1;
    const json::Value params = row.value(QLatin1String("event_params"));
    if (!params.isUndefined() && !params.isNull() && !params.isArray()) {
        *why = tr("event_params: expected an array of {key, value}");
        return Row::Error;
    }
    if (params.isArray()) {
        qsizetype i = 0;
        // A named array: value_unsafe() of the temporary result would not outlive the loop.
        const simdjson::dom::array array = params.element().get_array().value_unsafe();
        for (simdjson::dom::element e : array) {
            const json::Object param = json::Value(e).toObject();
            const json::Value key = param.value(QLatin1String("key"));
            if (!key.isString()) {
                *why = tr("event_params[%1].key: missing or not a string").arg(i);
                return Row::Error;
            }
            const json::Object value = param.value(QLatin1String("value")).toObject();
            const json::Value text = value.value(QLatin1String("string_value"));
            const std::string_view k = key.toStringView();
            if (k == "page_location") {
                location = text.toString();
            } else if (k == "page_referrer") {
                referrer = text.toString();
            } else if (k == "engagement_time_msec") {
                qint64 ms = 0;
                if (int64Of(value.value(QLatin1String("int_value")), &ms) && ms >= 0)
                    engagementMs = ms;
            } else if (text.isString() && !isInternalParam(k)
                       && hit->props.size() < Limits::MaxProps) {
                hit->props.append({json::toQString(k).left(Limits::MaxPropKeyLength),
                                   text.toString().left(Limits::MaxPropValueLength)});
            }
            ++i;
        }
    }

    if (eventName == u"page_view") {
        if (location.isEmpty()) {
            *why = QStringLiteral("no_page_location");
            return Row::Skip;
        }
        hit->kind = EventKind::Pageview;
    } else if (eventName == u"user_engagement") {
        hit->kind = EventKind::Engagement;
        hit->interactive = false;
        hit->props.clear();
        if (engagementMs >= 0) {
            hit->value = double(engagementMs);
            hit->hasValue = true;
        }
    } else {
        hit->kind = EventKind::Custom;
        hit->name = eventName.left(Limits::MaxNameLength);
    }
    if (location.isEmpty())
        location = QStringLiteral("https://") + siteDomain + QLatin1Char('/');
    if (!isValidPageUrl(location)) {
        *why = QStringLiteral("invalid_url");
        return Row::Skip;
    }
    // The visit's campaign where page_location lost its utm_* (a redirect, a single-page
    // app): GA kept it in collected_traffic_source.
    const json::Object collected = row.value(QLatin1String("collected_traffic_source")).toObject();
    if (!collected.isEmpty() && !location.contains(QLatin1String("utm_"))) {
        static const char *const fields[][2] = {{"manual_source", "utm_source"},
                                                {"manual_medium", "utm_medium"},
                                                {"manual_campaign_name", "utm_campaign"},
                                                {"manual_content", "utm_content"},
                                                {"manual_term", "utm_term"}};
        QString query;
        for (const auto &f : fields) {
            const QString v = ga4::valueOrEmpty(stringOf(collected, f[0]));
            if (!v.isEmpty())
                query += (query.isEmpty() ? QString() : QStringLiteral("&")) + QLatin1String(f[1])
                    + QLatin1Char('=') + QString::fromLatin1(QUrl::toPercentEncoding(v));
        }
        if (!query.isEmpty()) {
            const qsizetype hash = location.indexOf(QLatin1Char('#'));
            const QString fragment = hash < 0 ? QString() : location.sliced(hash);
            if (hash >= 0)
                location.truncate(hash);
            location += (location.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?'))
                + query + fragment;
        }
    }
    hit->url = location.left(Limits::MaxUrlLength);
    hit->referrer = referrer.left(Limits::MaxUrlLength);

    auto resolved = std::make_shared<Hit::Resolved>();
    resolved->visitorKey = QByteArray("ga4:") + visitor.toUtf8();
    const json::Object geo = row.value(QLatin1String("geo")).toObject();
    resolved->country = ga4::countryCode(stringOf(geo, "country"));
    const json::Object device = row.value(QLatin1String("device")).toObject();
    const json::Object web = device.value(QLatin1String("web_info")).toObject();
    const QString os = stringOf(device, "operating_system");
    const QString browser = ga4::valueOrEmpty(stringOf(web, "browser"));
    resolved->agent
        = Agent {browser, ga4::version(QString(), stringOf(web, "browser_version")),
                 ga4::osName(os), ga4::version(os, stringOf(device, "operating_system_version")),
                 ga4::deviceType(stringOf(device, "category"))};
    if (resolved->agent.browser.isEmpty())
        resolved->agent.browserVersion.clear();
    hit->resolved = std::move(resolved);
    return Row::Hit;
}

bool Ga4BigQueryReader::open(ImportError *error)
{
    m_totalBytes = 0;
    for (const QString &f : std::as_const(m_files))
        m_totalBytes += QFileInfo(f).size();
    json::Document doc;
    qint64 before = 0;
    for (const QString &path : std::as_const(m_files)) {
        InputFile file;
        QString message;
        if (!file.open(path, &message)) {
            *error = {path, 0, 0, message};
            return false;
        }
        QByteArrayView line;
        for (;;) {
            const InputFile::Result r = file.readLine(&line, &message);
            if (r == InputFile::Result::End)
                break;
            if (r == InputFile::Result::Error) {
                *error = {path, file.lineNumber() + 1, 0, message};
                return false;
            }
            if (line.trimmed().isEmpty())
                continue;
            ++m_rows;
            Hit hit;
            QString why;
            switch (parseRow(doc, line, m_domain, &hit, &why)) {
            case Row::Error:
                *error = {path, file.lineNumber(), 0, why};
                return false;
            case Row::Skip:
                m_skipped[why] += 1;
                break;
            case Row::Hit:
                if (!m_sorter.add(std::move(hit), &message)) {
                    *error = {path, file.lineNumber(), 0, message};
                    return false;
                }
                break;
            }
            if ((m_rows & 4095) == 0) {
                if (m_cancel && m_cancel->load()) {
                    *error = ImportError();
                    return false;
                }
                if (m_progress)
                    m_progress(before + file.bytesRead(), bytesTotal());
            }
        }
        before += file.size();
        if (m_rows == 0 && path == m_files.last()) {
            *error = {path, 0, 0,
                      tr("no rows: expected GA4's BigQuery export (events_YYYYMMDD) as "
                         "newline-delimited JSON")};
            return false;
        }
    }
    QString message;
    if (!m_sorter.finish(&message)) {
        *error = {m_files.value(0), 0, 0, message};
        return false;
    }
    if (m_progress)
        m_progress(m_totalBytes, bytesTotal());
    return true;
}

HitReader::Result Ga4BigQueryReader::next(Hit *hit, ImportError *error)
{
    QString message;
    switch (m_sorter.next(hit, &message)) {
    case HitSorter::Result::Hit:
        return Result::Hit;
    case HitSorter::Result::End:
        return Result::End;
    case HitSorter::Result::Error:
        break;
    }
    *error = {m_files.value(0), 0, 0, message};
    return Result::Error;
}

} // namespace raycstr
