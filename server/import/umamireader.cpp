#include "import/umamireader.h"

#include "ingest/referrerparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

namespace raycstr {

namespace {

// The cursor's columns, in cursorQuery()'s order.
enum Column {
    Millis,
    EventType,
    EventName,
    UrlPath,
    UrlQuery,
    ReferrerDomain,
    ReferrerPath,
    ReferrerQuery,
    Hostname,
    SessionId,
    NewVisit,
    Browser,
    Os,
    Device,
    Country,
    Props,
    UtmFirst // utm_source … utm_term, when website_event has them
};
const char *const UtmColumns[]
    = {"utm_source", "utm_medium", "utm_campaign", "utm_content", "utm_term"};
constexpr int FetchRows = 2000;
// The rows that become hits: pageviews, and custom events with a name.
constexpr char HitRows[] = "event_type = 1 OR (event_type = 2 AND event_name <> '')";

// A domain as Umami's settings and RayCstr's sites may spell it: "https://www.Example.com/".
QString bareDomain(QString d)
{
    d = d.trimmed().toLower();
    if (const qsizetype scheme = d.indexOf(QLatin1String("://")); scheme >= 0)
        d = d.sliced(scheme + 3);
    d = d.section(QLatin1Char('/'), 0, 0);
    if (d.startsWith(QLatin1String("www.")))
        d = d.sliced(4);
    return d;
}

bool isUuid(const QString &s)
{
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return uuid.match(s).hasMatch();
}

} // namespace

UmamiReader::UmamiReader(const QString &conninfo, const QString &websiteId,
                         const QString &siteDomain)
    : m_conninfo(conninfo)
    , m_domain(siteDomain)
    , m_websiteId(websiteId.trimmed().toLower())
{ }

QString UmamiReader::sourceName() const
{
    return m_db.shown() + QStringLiteral(" website ") + m_websiteId;
}

ImportError UmamiReader::fault(const QString &message) const
{
    return {m_db.shown(), 0, 0, message};
}

bool UmamiReader::open(ImportError *error)
{
    QString why;
    if (!m_websiteId.isEmpty() && !isUuid(m_websiteId)) {
        *error = {QString(), 0, 0,
                  tr("--website: expected a website ID (a UUID, as in Umami's tracking code)")};
        return false;
    }
    if (!m_db.open(m_conninfo, QStringLiteral("raycstr import"), &why)) {
        *error = {QString(), 0, 0, why};
        return false;
    }
    const PostgresResult r = m_db.query(
        QStringLiteral("SELECT table_name, column_name FROM information_schema.columns "
                       "WHERE table_schema::text = ANY (current_schemas(false)::text[]) AND "
                       "table_name IN "
                       "('website', 'website_event', 'session', 'event_data')"),
        {}, &why);
    if (!why.isEmpty()) {
        *error = fault(why);
        return false;
    }
    Columns columns;
    for (int i = 0; i < r.rows(); ++i)
        columns[r.text(i, 0)].insert(r.text(i, 1));
    if (!checkSchema(columns, &why) || !findWebsite(&why)) {
        *error = fault(why);
        return false;
    }
    // What the cursor leaves out is counted here: a row it skipped could not carry the
    // start of a visit (lag() below sees only the rows that become hits).
    const PostgresResult count = m_db.query(
        QStringLiteral("SELECT count(*) FILTER (WHERE %1), count(*) FILTER (WHERE event_type NOT "
                       "IN (1, 2)), count(*) FILTER (WHERE event_type = 2 AND "
                       "coalesce(event_name, '') = '') FROM website_event WHERE website_id = "
                       "$1::uuid")
            .arg(QLatin1String(HitRows)),
        {m_websiteId}, &why);
    if (!why.isEmpty() || !m_db.exec(cursorQuery(columns), &why)) {
        *error = fault(why);
        return false;
    }
    m_total = count.text(0, 0).toLongLong();
    if (const qint64 other = count.text(0, 1).toLongLong())
        m_skipped.insert(QStringLiteral("other_event_type"), other); // v3's links and pixels
    if (const qint64 unnamed = count.text(0, 2).toLongLong())
        m_skipped.insert(QStringLiteral("no_event_name"), unnamed);
    m_skippedRows = count.text(0, 1).toLongLong() + count.text(0, 2).toLongLong();
    return true;
}

bool UmamiReader::checkSchema(const Columns &columns, QString *error)
{
    static const QList<QPair<const char *, QStringList>> required {
        {"website", {QStringLiteral("website_id"), QStringLiteral("domain")}},
        {"website_event",
         {QStringLiteral("event_id"), QStringLiteral("website_id"), QStringLiteral("session_id"),
          QStringLiteral("created_at"), QStringLiteral("url_path"), QStringLiteral("url_query"),
          QStringLiteral("referrer_domain"), QStringLiteral("referrer_path"),
          QStringLiteral("referrer_query"), QStringLiteral("event_type"),
          QStringLiteral("event_name")}},
        {"session",
         {QStringLiteral("session_id"), QStringLiteral("browser"), QStringLiteral("os"),
          QStringLiteral("device"), QStringLiteral("country")}},
        {"event_data",
         {QStringLiteral("website_event_id"), QStringLiteral("data_key"),
          QStringLiteral("string_value"), QStringLiteral("number_value"),
          QStringLiteral("date_value")}}};
    QStringList missingTables, missingColumns;
    for (const auto &[table, names] : required) {
        const QString t = QLatin1String(table);
        if (!columns.contains(t)) {
            missingTables.append(t);
            continue;
        }
        for (const QString &c : names) {
            if (!columns.value(t).contains(c))
                missingColumns.append(t + QLatin1Char('.') + c);
        }
    }
    if (missingTables.size() == int(required.size())) {
        *error = tr("not an Umami database: no tables website, website_event, session, "
                    "event_data (or the role may not read them)");
        return false;
    }
    if (!missingTables.isEmpty() || !missingColumns.isEmpty()) {
        QStringList parts;
        if (!missingTables.isEmpty())
            parts.append(tr("tables %1").arg(missingTables.join(QStringLiteral(", "))));
        if (!missingColumns.isEmpty())
            parts.append(tr("columns %1").arg(missingColumns.join(QStringLiteral(", "))));
        *error = tr("not an Umami database of a known version: missing %1 (or the role may not "
                    "read them)")
                     .arg(parts.join(QStringLiteral("; ")));
        return false;
    }
    return true;
}

bool UmamiReader::findWebsite(QString *error)
{
    const PostgresResult r
        = m_db.query(QStringLiteral("SELECT website_id::text, coalesce(domain, '') FROM website "
                                    "ORDER BY domain, website_id"),
                     {}, error);
    if (!error->isEmpty())
        return false;
    QStringList all, matching;
    const QString want = bareDomain(m_domain);
    for (int i = 0; i < r.rows(); ++i) {
        const QString id = r.text(i, 0);
        const QString domain = r.text(i, 1);
        all.append(QStringLiteral("%1 (%2)").arg(id, domain));
        if (m_websiteId.isEmpty() ? bareDomain(domain) == want : id == m_websiteId)
            matching.append(id);
    }
    if (matching.size() == 1) {
        m_websiteId = matching.first();
        return true;
    }
    const QString found = all.isEmpty() ? tr("none") : all.join(QStringLiteral(", "));
    if (!m_websiteId.isEmpty())
        *error
            = tr("no website %1 in this Umami database; its websites: %2").arg(m_websiteId, found);
    else if (matching.isEmpty())
        *error = tr("no website with the domain %1 in this Umami database; give --website "
                    "with one of its websites: %2")
                     .arg(want, found);
    else
        *error = tr("several websites with the domain %1; give --website with one of: %2")
                     .arg(want, matching.join(QStringLiteral(", ")));
    return false;
}

QString UmamiReader::cursorQuery(const Columns &columns)
{
    const QSet<QString> &event = columns.value(QStringLiteral("website_event"));
    const QSet<QString> &session = columns.value(QStringLiteral("session"));
    // v2 keeps the hostname on the session, v3 on the event.
    QStringList hosts;
    if (event.contains(QStringLiteral("hostname")))
        hosts.append(QStringLiteral("e.hostname"));
    if (session.contains(QStringLiteral("hostname")))
        hosts.append(QStringLiteral("s.hostname"));
    const QString hostname = hosts.isEmpty() ? QStringLiteral("NULL")
        : hosts.size() == 1                  ? hosts.first()
                            : QStringLiteral("coalesce(%1)").arg(hosts.join(u", "));
    // A visit begins where the session's visit_id changes (in time order).
    const QString newVisit = event.contains(QStringLiteral("visit_id"))
        ? QStringLiteral("e.visit_id IS DISTINCT FROM lag(e.visit_id) OVER (PARTITION BY "
                         "e.session_id ORDER BY e.created_at, e.event_id)")
        : QStringLiteral("false");
    QString utm;
    for (const char *c : UtmColumns) {
        if (event.contains(QLatin1String(c)))
            utm += QStringLiteral(", e.") + QLatin1String(c);
    }
    if (utm.count(u',') != int(std::size(UtmColumns)))
        utm.clear(); // all five or none
    m_hasUtm = !utm.isEmpty();
    // isUuid(m_websiteId): the website's id as the server wrote it, safe to put in the text
    // (a cursor's query takes no parameters).
    return QStringLiteral(
               "DECLARE umami_events NO SCROLL CURSOR FOR "
               "SELECT floor(extract(epoch FROM e.created_at) * 1000)::bigint, e.event_type, "
               "e.event_name, e.url_path, e.url_query, e.referrer_domain, e.referrer_path, "
               "e.referrer_query, %1, e.session_id::text, %2, s.browser, s.os, s.device, "
               "s.country, "
               "CASE WHEN e.event_type = 2 THEN (SELECT json_agg(json_build_array(d.data_key, "
               "coalesce(d.string_value, CASE WHEN d.number_value::text LIKE '%.%' THEN "
               "rtrim(rtrim(d.number_value::text, '0'), '.') ELSE d.number_value::text END, "
               "to_char(d.date_value, "
               "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'))) ORDER BY d.data_key) FROM event_data d "
               "WHERE d.website_event_id = e.event_id) END%3 "
               "FROM website_event e LEFT JOIN session s ON s.session_id = e.session_id "
               "WHERE e.website_id = '%4' AND e.created_at IS NOT NULL AND (%5) "
               "ORDER BY e.created_at, e.event_id")
        .arg(hostname, newVisit, utm, isUuid(m_websiteId) ? m_websiteId : QString(),
             QString::fromLatin1(HitRows).replace(QLatin1String("event_"),
                                                  QLatin1String("e.event_")));
}

bool UmamiReader::fetch(ImportError *error)
{
    QString why;
    m_batch
        = m_db.query(QStringLiteral("FETCH FORWARD %1 FROM umami_events").arg(FetchRows), {}, &why);
    if (!why.isEmpty()) {
        *error = fault(why);
        return false;
    }
    m_next = 0;
    m_exhausted = m_batch.rows() < FetchRows;
    return true;
}

HitReader::Result UmamiReader::next(Hit *hit, ImportError *error)
{
    for (;;) {
        if (m_next >= m_batch.rows()) {
            if (m_exhausted)
                return Result::End;
            if (!fetch(error))
                return Result::Error;
            if (m_batch.rows() == 0)
                return Result::End;
        }
        const PostgresResult &b = m_batch;
        const int i = m_next++;
        ++m_rows;
        const int type = b.bytes(i, EventType).toInt();
        *hit = Hit();
        hit->timestampMs = b.bytes(i, Millis).toLongLong();
        if (type == 2) {
            hit->kind = EventKind::Custom;
            hit->name = b.text(i, EventName).left(Limits::MaxNameLength);
            if (!b.isNull(i, Props)) {
                const QJsonArray pairs
                    = QJsonDocument::fromJson(b.bytes(i, Props).toByteArray()).array();
                for (const QJsonValue &p : pairs) {
                    if (hit->props.size() >= Limits::MaxProps)
                        break;
                    const QJsonArray kv = p.toArray();
                    hit->props.append({kv.at(0).toString().left(Limits::MaxPropKeyLength),
                                       kv.at(1).toString().left(Limits::MaxPropValueLength)});
                }
            }
        }
        QString host = b.text(i, Hostname).trimmed();
        if (host.isEmpty())
            host = m_domain;
        QString query = b.text(i, UrlQuery);
        // v3 keeps the campaign in utm_* columns as well: added where the query lacks it.
        if (m_hasUtm && !query.contains(QLatin1String("utm_"))) {
            for (int u = 0; u < int(std::size(UtmColumns)); ++u) {
                const QString v = b.text(i, UtmFirst + u);
                if (!v.isEmpty())
                    query += (query.isEmpty() ? QString() : QStringLiteral("&"))
                        + QLatin1String(UtmColumns[u]) + QLatin1Char('=')
                        + QString::fromLatin1(QUrl::toPercentEncoding(v));
            }
        }
        QString url = QStringLiteral("https://") + host + b.text(i, UrlPath);
        if (!query.isEmpty())
            url += QLatin1Char('?') + query;
        if (!isValidPageUrl(url)) {
            m_skipped[QStringLiteral("invalid_url")] += 1;
            continue;
        }
        hit->url = url.left(Limits::MaxUrlLength);
        const QString referrerDomain = b.text(i, ReferrerDomain).trimmed();
        if (!referrerDomain.isEmpty()) {
            QString referrer
                = QStringLiteral("https://") + referrerDomain + b.text(i, ReferrerPath);
            const QString referrerQuery = b.text(i, ReferrerQuery);
            if (!referrerQuery.isEmpty())
                referrer += QLatin1Char('?') + referrerQuery;
            hit->referrer = referrer.left(Limits::MaxUrlLength);
        }

        auto resolved = std::make_shared<Hit::Resolved>();
        resolved->visitorKey = QByteArray("umami:") + b.bytes(i, SessionId).toByteArray();
        resolved->startsVisit = b.bytes(i, NewVisit) == "t";
        resolved->country = b.text(i, Country).trimmed().toUpper();
        const auto [os, osVersion] = osNameAndVersion(b.text(i, Os));
        resolved->agent = Agent {browserName(b.text(i, Browser)), QString(), os, osVersion,
                                 deviceType(b.text(i, Device))};
        hit->resolved = std::move(resolved);
        return Result::Hit;
    }
}

QString UmamiReader::browserName(const QString &umami)
{
    // detect-browser's names, which Umami stores, → uap-core's families.
    static const QHash<QString, QString> names {
        {QStringLiteral("chrome"), QStringLiteral("Chrome")},
        {QStringLiteral("crios"), QStringLiteral("Chrome Mobile iOS")},
        {QStringLiteral("chromium-webview"), QStringLiteral("Chrome Mobile WebView")},
        {QStringLiteral("firefox"), QStringLiteral("Firefox")},
        {QStringLiteral("fxios"), QStringLiteral("Firefox iOS")},
        {QStringLiteral("safari"), QStringLiteral("Safari")},
        {QStringLiteral("ios"), QStringLiteral("Mobile Safari")},
        {QStringLiteral("ios-webview"), QStringLiteral("Mobile Safari UI/WKWebView")},
        {QStringLiteral("edge-chromium"), QStringLiteral("Edge")},
        {QStringLiteral("edge"), QStringLiteral("Edge")},
        {QStringLiteral("edge-ios"), QStringLiteral("Edge Mobile")},
        {QStringLiteral("opera"), QStringLiteral("Opera")},
        {QStringLiteral("opera-mini"), QStringLiteral("Opera Mini")},
        {QStringLiteral("samsung"), QStringLiteral("Samsung Internet")},
        {QStringLiteral("android"), QStringLiteral("Android")},
        {QStringLiteral("ie"), QStringLiteral("IE")},
        {QStringLiteral("yandexbrowser"), QStringLiteral("Yandex Browser")},
        {QStringLiteral("silk"), QStringLiteral("Amazon Silk")},
        {QStringLiteral("miui"), QStringLiteral("MiuiBrowser")},
        {QStringLiteral("facebook"), QStringLiteral("Facebook")},
        {QStringLiteral("instagram"), QStringLiteral("Instagram")},
        {QStringLiteral("kakaotalk"), QStringLiteral("KakaoTalk")},
        {QStringLiteral("aol"), QStringLiteral("AOL")}};
    const QString key = umami.trimmed().toLower();
    return names.value(key, umami.trimmed());
}

QPair<QString, QString> UmamiReader::osNameAndVersion(const QString &umami)
{
    const QString os = umami.trimmed();
    if (os.startsWith(QLatin1String("Windows "))) {
        const QString version = os.sliced(8);
        // "Windows 10", "Windows 8.1", "Windows XP"; not "Windows Mobile".
        if (version != QLatin1String("Mobile"))
            return {QStringLiteral("Windows"), version};
    }
    static const QHash<QString, QString> names {
        {QStringLiteral("Mac OS"), QStringLiteral("Mac OS X")},
        {QStringLiteral("Android OS"), QStringLiteral("Android")},
        {QStringLiteral("BlackBerry OS"), QStringLiteral("BlackBerry OS")},
        {QStringLiteral("Open BSD"), QStringLiteral("OpenBSD")},
        {QStringLiteral("Sun OS"), QStringLiteral("Solaris")}};
    return {names.value(os, os), QString()};
}

DeviceType UmamiReader::deviceType(const QString &umami)
{
    const QString d = umami.trimmed().toLower();
    if (d == QLatin1String("desktop") || d == QLatin1String("laptop"))
        return DeviceType::Desktop;
    if (d == QLatin1String("mobile"))
        return DeviceType::Mobile;
    if (d == QLatin1String("tablet"))
        return DeviceType::Tablet;
    return DeviceType::Unknown;
}

} // namespace raycstr
