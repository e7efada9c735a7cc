#include "ingest/compatformats.h"

#include "ingest/inputrules.h"
#include "ingest/jsonreader.h"
#include "ingest/referrerparser.h"
#include "ingest/wirefields.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <cmath>

namespace raycstr {

namespace {

using json::Object;
using json::toQString;
using json::Value;

// The shared refusal and message rules of every wire format (wirefields.h).
using wire::clip;
using wire::fail;
using wire::isMissing;
using wire::tooLong;

// A string member of Umami's payload; missing/null gives "". `limit` < 0: any length (the
// value is checked for its type only, because RayCstr does not keep it).
bool readString(const Object &payload, QLatin1String name, qsizetype limit, QString *out,
                WireError *error)
{
    const Value value = payload.value(name);
    out->clear();
    if (isMissing(value))
        return true;
    if (!value.isString())
        return fail(error, 400, QStringLiteral("field 'payload.%1' must be a string").arg(name));
    if (limit < 0)
        return true;
    *out = value.toString();
    if (out->size() > limit)
        return fail(error, 400,
                    tooLong(QStringLiteral("field 'payload.%1'").arg(name), out->size(), limit));
    if (firstControlCharacter(*out) >= 0) // a value RayCstr keeps: inputrules.h's rule
        return fail(error, 400,
                    controlCharacterProblem(QStringLiteral("field 'payload.%1'").arg(name), *out));
    return true;
}

QString numberText(double d)
{
    if (std::trunc(d) == d && std::fabs(d) < 9007199254740992.0)
        return QString::number(qint64(d));
    return QString::number(d, 'g', 17);
}

// Umami's event data may nest objects ({"cart": {"items": 3}}); RayCstr's props are flat,
// so nested keys are joined with dots ("cart.items"), as Umami's own reports show them.
bool flattenProps(const Object &object, const QString &prefix, int depth, QList<Property> *out,
                  WireError *error)
{
    if (depth > 4)
        return fail(error, 400, QStringLiteral("field 'payload.data' is nested too deeply"));
    for (const Object::Member &member : object.sorted()) {
        const QString key = prefix + toQString(member.key);
        if (member.key.empty())
            return fail(error, 400, QStringLiteral("a key in 'payload.data' is empty"));
        if (firstControlCharacter(key) >= 0)
            return fail(error, 400,
                        controlCharacterProblem(QStringLiteral("a key in 'payload.data'"), key));
        if (key.size() > Limits::MaxPropKeyLength)
            return fail(error, 400,
                        tooLong(QStringLiteral("data key '%1'").arg(clip(key)), key.size(),
                                Limits::MaxPropKeyLength));
        const Value &value = member.value;
        QString text;
        if (value.isObject()) {
            if (!flattenProps(value.toObject(), key + u'.', depth + 1, out, error))
                return false;
            continue;
        }
        if (value.isString())
            text = value.toString();
        else if (value.isDouble())
            text = numberText(value.toDouble());
        else if (value.isBool())
            text = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        else if (value.isArray())
            text = QString::fromStdString(simdjson::minify(value.element()));
        if (text.isEmpty())
            continue; // null or "": no property, as for Plausible's props
        if (text.size() > Limits::MaxPropValueLength)
            return fail(error, 400,
                        tooLong(QStringLiteral("value of data key '%1'").arg(clip(key)),
                                text.size(), Limits::MaxPropValueLength));
        if (out->size() == Limits::MaxProps)
            return fail(error, 400,
                        QStringLiteral("field 'payload.data' has more than %1 properties")
                            .arg(Limits::MaxProps));
        out->append(Property {key, std::move(text)});
    }
    return true;
}

bool isAbsoluteHttpUrl(const QString &url)
{
    return url.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)
        || url.startsWith(QLatin1String("http://"), Qt::CaseInsensitive);
}

// "javascript:…", "data:…", "mailto:…": a scheme, where Umami sends a path or an http(s) URL.
bool hasScheme(QStringView url)
{
    if (url.isEmpty() || !url.front().isLetter() || url.front().unicode() >= 0x80)
        return false;
    for (const QChar c : url) {
        if (c == u':')
            return true;
        const char16_t u = c.unicode();
        const bool schemeChar = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z')
            || (u >= '0' && u <= '9') || u == '+' || u == '-' || u == '.';
        if (!schemeChar)
            return false;
    }
    return false;
}

// Umami's performance payload: each metric it measured, as one Vitals hit of the page. The
// bounds are Umami's own (its /api/send schema), so what Umami stores RayCstr stores.
bool readUmamiVitals(const Object &payload, Hit &&page, UmamiRequest &&request, UmamiRequest *out,
                     WireError *error)
{
    struct Metric
    {
        QLatin1String field;
        QString name;
        double max;
    };
    static const Metric metrics[] = {
        {QLatin1String("lcp"), QStringLiteral("LCP"), 60000},
        {QLatin1String("fcp"), QStringLiteral("FCP"), 60000},
        {QLatin1String("ttfb"), QStringLiteral("TTFB"), 60000},
        {QLatin1String("inp"), QStringLiteral("INP"), 60000},
        {QLatin1String("cls"), QStringLiteral("CLS"), 100},
    };
    page.kind = EventKind::Vitals;
    page.interactive = false; // measured by the tracker, not done by the visitor
    page.props.clear();
    for (const Metric &metric : metrics) {
        const Value value = payload.value(metric.field);
        if (isMissing(value))
            continue;
        const double number = value.toDouble(-1);
        if (!value.isDouble() || !std::isfinite(number) || number < 0 || number > metric.max)
            return fail(error, 400,
                        QStringLiteral("field 'payload.%1' must be a number from 0 to %2")
                            .arg(metric.field)
                            .arg(metric.max));
        Hit hit = page;
        hit.name = metric.name;
        hit.value = number;
        hit.hasValue = true;
        request.batch.hits.append(std::move(hit));
    }
    const Value duration = payload.value(QLatin1String("duration"));
    if (!isMissing(duration) && !duration.isDouble())
        return fail(error, 400, QStringLiteral("field 'payload.duration' must be a number"));
    *out = std::move(request);
    return true;
}

} // namespace

bool parseUmamiSend(const QByteArray &body, UmamiRequest *out, WireError *error)
{
    if (body.isEmpty())
        return fail(error, 400, QStringLiteral("request body is empty"));
    if (body.size() > Limits::MaxBodyBytes)
        return fail(error, 413,
                    QStringLiteral("request body is %1 bytes; the limit is %2")
                        .arg(body.size())
                        .arg(Limits::MaxBodyBytes));
    // One parser per thread, reused: it keeps its buffers between requests.
    thread_local json::Document document;
    QString reason;
    if (!document.parse(std::string_view(body.constData(), size_t(body.size())), &reason))
        return fail(error, 400, QStringLiteral("request body is not valid JSON: %1").arg(reason));
    if (!document.root().is_object())
        return fail(error, 400, QStringLiteral("request body must be a JSON object"));
    const Object root = Value(document.root()).toObject();

    UmamiRequest request;
    const Value type = root.value(QLatin1String("type"));
    if (isMissing(type))
        return fail(error, 400, QStringLiteral("missing field 'type' (\"event\")"));
    const bool performance = type.toStringView() == "performance";
    if (type.toStringView() == "identify")
        request.identify = true;
    else if (type.toStringView() != "event" && !performance)
        return fail(
            error, 400,
            QStringLiteral("unknown type '%1' (expected \"event\", \"identify\" or "
                           "\"performance\")")
                .arg(type.isString() ? clip(type.toString()) : QStringLiteral("<not a string>")));
    const Value payloadValue = root.value(QLatin1String("payload"));
    if (!payloadValue.isObject())
        return fail(error, 400, QStringLiteral("field 'payload' must be an object"));
    const Object payload = payloadValue.toObject();

    Hit hit;
    QString name, screen, ignored;
    if (!readString(payload, QLatin1String("website"), Limits::MaxDomainLength,
                    &request.batch.siteKey, error)
        || !readString(payload, QLatin1String("hostname"), Limits::MaxDomainLength,
                       &request.hostname, error)
        || !readString(payload, QLatin1String("url"), Limits::MaxUrlLength, &hit.url, error)
        || !readString(payload, QLatin1String("referrer"), Limits::MaxUrlLength, &hit.referrer,
                       error)
        || !readString(payload, QLatin1String("name"), Limits::MaxNameLength, &name, error)
        || !readString(payload, QLatin1String("screen"), 32, &screen, error)
        // Checked for their type only: RayCstr keeps no titles, languages, tags or ids.
        || !readString(payload, QLatin1String("language"), -1, &ignored, error)
        || !readString(payload, QLatin1String("title"), -1, &ignored, error)
        || !readString(payload, QLatin1String("tag"), -1, &ignored, error)
        || !readString(payload, QLatin1String("id"), -1, &ignored, error))
        return false;
    // What Umami's tracker and @umami/node send, read above or below, or deliberately left:
    // "language", "title", "tag", "id" (checked only), "vid" (a 2.x visitor id), "duration"
    // (time on page, performance only), "timestamp", "ip", "userAgent", "browser", "os",
    // "device", "link", "pixel" (server-side senders' overrides, which RayCstr does not take).
    static const QSet<QString> known
        = {QStringLiteral("website"),   QStringLiteral("hostname"), QStringLiteral("url"),
           QStringLiteral("referrer"),  QStringLiteral("name"),     QStringLiteral("screen"),
           QStringLiteral("language"),  QStringLiteral("title"),    QStringLiteral("tag"),
           QStringLiteral("id"),        QStringLiteral("data"),     QStringLiteral("vid"),
           QStringLiteral("lcp"),       QStringLiteral("fcp"),      QStringLiteral("ttfb"),
           QStringLiteral("inp"),       QStringLiteral("cls"),      QStringLiteral("duration"),
           QStringLiteral("timestamp"), QStringLiteral("ip"),       QStringLiteral("userAgent"),
           QStringLiteral("browser"),   QStringLiteral("os"),       QStringLiteral("device"),
           QStringLiteral("link"),      QStringLiteral("pixel")};
    for (const Object::Member &member : payload.sorted()) {
        const QString key = toQString(member.key);
        if (!known.contains(key))
            request.unknownFields.append(clip(key));
    }
    if (request.batch.siteKey.isEmpty() && request.hostname.isEmpty())
        return fail(error, 400, QStringLiteral("missing field 'payload.website'"));
    // It goes in front of the path below: anything but a host would make another URL.
    if (!request.hostname.isEmpty() && !isValidPageHost(request.hostname))
        return fail(error, 400,
                    QStringLiteral("field 'payload.hostname' must be a host name, not '%1'")
                        .arg(clip(request.hostname)));

    if (!screen.isEmpty()) {
        static const QRegularExpression size(QStringLiteral("^(\\d{1,5})x\\d{1,5}$"));
        const QRegularExpressionMatch m = size.match(screen);
        if (!m.hasMatch())
            return fail(error, 400,
                        QStringLiteral("field 'payload.screen' must look like \"1920x1080\""));
        hit.screenWidth = m.capturedView(1).toInt();
    }

    const Value data = payload.value(QLatin1String("data"));
    if (!isMissing(data)) {
        if (!data.isObject())
            return fail(error, 400, QStringLiteral("field 'payload.data' must be an object"));
        if (!flattenProps(data.toObject(), QString(), 0, &hit.props, error))
            return false;
    }
    if (request.identify) {
        *out = std::move(request);
        return true;
    }

    // Older trackers send the path and query ("/blog?x=1") beside the hostname, newer ones
    // the whole URL. A path without a hostname is completed by the caller once it knows
    // the site.
    if (hit.url.isEmpty())
        hit.url = QStringLiteral("/");
    if ((isAbsoluteHttpUrl(hit.url) || hasScheme(hit.url)) && !isValidPageUrl(hit.url))
        return fail(error, 400,
                    QStringLiteral("field 'payload.url' must be a path or an absolute http(s) "
                                   "URL, not '%1'")
                        .arg(clip(hit.url)));
    if (!isAbsoluteHttpUrl(hit.url)) {
        if (!hit.url.startsWith(u'/'))
            hit.url.prepend(u'/');
        if (!request.hostname.isEmpty())
            hit.url.prepend(QStringLiteral("https://") + request.hostname);
    }
    if (performance)
        return readUmamiVitals(payload, std::move(hit), std::move(request), out, error);
    if (name.isEmpty()) {
        hit.kind = EventKind::Pageview;
    } else {
        hit.kind = EventKind::Custom;
        hit.name = name;
    }
    request.batch.hits.append(std::move(hit));
    *out = std::move(request);
    return true;
}

bool parseGoatCounterCount(const QUrlQuery &query, const QString &pageUrl, GoatCounterRequest *out,
                           WireError *error)
{
    auto item = [&query](const char *key) {
        return query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
    };
    GoatCounterRequest request;
    Hit hit;
    for (const auto &[key, value] : query.queryItems()) {
        static const QSet<QString> known = {
            QStringLiteral("p"), QStringLiteral("t"), QStringLiteral("r"), QStringLiteral("e"),
            QStringLiteral("s"), QStringLiteral("b"), QStringLiteral("q"), QStringLiteral("rnd")};
        if (!known.contains(key))
            request.unknownFields.append(clip(key));
    }

    const QString flag = item("e").toLower();
    bool isEvent = false;
    if (flag == u"true" || flag == u"1" || flag == u"on")
        isEvent = true;
    else if (!flag.isEmpty() && flag != u"false" && flag != u"0" && flag != u"off")
        return fail(error, 400,
                    QStringLiteral("parameter 'e' must be true, false, 1, 0, on or off"));

    const QString path = item("p");
    if (path.isEmpty())
        return fail(error, 400, QStringLiteral("missing parameter 'p' (the page path)"));
    if (firstControlCharacter(path) >= 0) // inputrules.h: a path or an event name
        return fail(error, 400, controlCharacterProblem(QStringLiteral("parameter 'p'"), path));

    const QString bot = item("b");
    if (!bot.isEmpty()) {
        bool ok = false;
        const int verdict = bot.toInt(&ok);
        if (!ok)
            return fail(error, 400, QStringLiteral("parameter 'b' must be a number"));
        request.flaggedAsBot = verdict != 0;
    }

    const QString screen = item("s");
    if (!screen.isEmpty()) {
        bool ok = false;
        const double width = QStringView(screen).split(u',').first().toDouble(&ok);
        if (!ok || width < 0 || width > 100000)
            return fail(error, 400, QStringLiteral("parameter 's' must be \"width,height,scale\""));
        hit.screenWidth = int(width);
    }

    hit.referrer = item("r");
    if (hit.referrer.size() > Limits::MaxUrlLength)
        return fail(
            error, 400,
            tooLong(QStringLiteral("parameter 'r'"), hit.referrer.size(), Limits::MaxUrlLength));
    if (firstControlCharacter(hit.referrer) >= 0)
        return fail(error, 400,
                    controlCharacterProblem(QStringLiteral("parameter 'r'"), hit.referrer));

    const QUrl page(pageUrl);
    const QString origin = page.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment
                                         | QUrl::RemoveUserInfo)
                               .toString(QUrl::FullyEncoded);
    if (isEvent) {
        // The path doubles as the event name; the event happened on the page that loaded it.
        if (path.size() > Limits::MaxNameLength)
            return fail(error, 400,
                        tooLong(QStringLiteral("parameter 'p' (an event name)"), path.size(),
                                Limits::MaxNameLength));
        hit.kind = EventKind::Custom;
        hit.name = path;
        hit.url = page.path().isEmpty() ? origin + u'/' : pageUrl;
    } else {
        hit.kind = EventKind::Pageview;
        hit.url = origin + (path.startsWith(u'/') ? QString() : QStringLiteral("/")) + path;
        // count.js sends location.search as q; it is already in p unless a path callback
        // dropped it, and it carries the campaign tags.
        QString search = item("q");
        if (firstControlCharacter(search) >= 0) // it becomes part of the page URL
            return fail(error, 400,
                        controlCharacterProblem(QStringLiteral("parameter 'q'"), search));
        if (!search.isEmpty() && !path.contains(u'?'))
            hit.url += search.startsWith(u'?') ? search : u'?' + search;
    }
    if (hit.url.size() > Limits::MaxUrlLength)
        return fail(error, 400,
                    tooLong(QStringLiteral("parameter 'p'"), path.size(), Limits::MaxUrlLength));
    request.batch.hits.append(std::move(hit));
    *out = std::move(request);
    return true;
}

} // namespace raycstr
