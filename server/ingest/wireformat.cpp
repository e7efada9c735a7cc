#include "ingest/wireformat.h"

#include "ingest/inputrules.h"
#include "ingest/jsonreader.h"
#include "ingest/referrerparser.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace raycstr {

namespace {

using json::Object;
using json::toQString;
using json::Value;

// The documents that can be alive at the same time during one parse: the body, and the
// JSON-encoded objects that Plausible's tracker sends inside strings. Each has its own
// parser, kept per thread: parsers are not thread-safe, and reusing one is what makes the
// parse cheap (no allocation once it has seen the largest body).
enum class Doc { Body, Props, Metrics, Revenue, Count };

json::Document &document(Doc doc)
{
    thread_local json::Document documents[int(Doc::Count)];
    return documents[int(doc)];
}

// Every check below reports the first problem and stops: a tracker sends well-formed
// bodies, so an error is a bug or an attack and one clear message is what helps.
bool fail(WireError *error, int status, const QString &message)
{
    if (error) {
        error->status = status;
        error->message = message;
    }
    return false;
}

// Where a problem is, for the message: an index into Traytic's "events", or nothing.
// Kept as a number so the happy path never formats a string.
struct Where
{
    qsizetype event = -1;
};

QString prefix(Where where)
{
    return where.event < 0 ? QString() : QStringLiteral("events[%1]: ").arg(where.event);
}

// Never echo unbounded input back into an error message (or a log).
QString clip(QStringView text)
{
    constexpr qsizetype max = 40;
    if (text.size() <= max)
        return text.toString();
    return text.first(max).toString() + QStringLiteral("…");
}

QString tooLong(const QString &what, qsizetype size, qsizetype limit)
{
    return QStringLiteral("%1 is too long (%2 characters; the limit is %3)")
        .arg(what)
        .arg(size)
        .arg(limit);
}

bool parseBody(const QByteArray &body, simdjson::dom::object *root, WireError *error)
{
    if (body.isEmpty())
        return fail(error, 400, QStringLiteral("request body is empty"));
    if (body.size() > Limits::MaxBodyBytes) {
        return fail(error, 413,
                    QStringLiteral("request body is %1 bytes; the limit is %2")
                        .arg(body.size())
                        .arg(Limits::MaxBodyBytes));
    }
    json::Document &doc = document(Doc::Body);
    QString reason;
    if (!doc.parse(std::string_view(body.constData(), size_t(body.size())), &reason))
        return fail(error, 400, QStringLiteral("request body is not valid JSON: %1").arg(reason));
    if (doc.root().get(*root) != simdjson::SUCCESS)
        return fail(error, 400, QStringLiteral("request body must be a JSON object"));
    return true;
}

// A field that Plausible accepts under a short and a long name ("u"/"url"). `name` is the
// one the client used, for the error messages.
struct Field
{
    Value value;
    QLatin1String name;
};

Field pick(const Object &object, QLatin1String shortName, QLatin1String longName)
{
    Value value = object.value(shortName);
    if (!value.isUndefined())
        return {value, shortName};
    value = object.value(longName);
    // Both missing: name the short form, which is what Plausible's own tracker sends.
    return {value, value.isUndefined() ? shortName : longName};
}

bool isMissing(const Value &value)
{
    return value.isUndefined() || value.isNull();
}

// A string field; missing/null gives an empty string (the caller decides if that is ok).
bool readString(const Field &field, qsizetype maxLength, Where where, QString *out,
                WireError *error)
{
    if (isMissing(field.value)) {
        out->clear();
        return true;
    }
    if (!field.value.isString())
        return fail(error, 400,
                    prefix(where) + QStringLiteral("field '%1' must be a string").arg(field.name));
    *out = field.value.toString();
    if (out->size() > maxLength) {
        return fail(
            error, 400,
            prefix(where)
                + tooLong(QStringLiteral("field '%1'").arg(field.name), out->size(), maxLength));
    }
    // Every string a format reads this way is kept (URL, referrer, name, site): the one
    // rule for control characters applies (ingest/inputrules.h).
    if (firstControlCharacter(*out) >= 0)
        return fail(
            error, 400,
            prefix(where)
                + controlCharacterProblem(QStringLiteral("field '%1'").arg(field.name), *out));
    return true;
}

// A page URL that is sent must be one the pipeline can use; refused here rather than
// accepted with a 2xx and dropped by the writer.
bool checkPageUrl(const QString &url, QLatin1String fieldName, Where where, WireError *error)
{
    if (url.isEmpty() || isValidPageUrl(url))
        return true;
    return fail(error, 400,
                prefix(where)
                    + QStringLiteral("field '%1' must be an absolute http(s) URL, not '%2'")
                          .arg(fieldName, clip(url)));
}

bool readRequiredString(const Field &field, const QString &alternative, qsizetype maxLength,
                        Where where, QString *out, WireError *error)
{
    if (!readString(field, maxLength, where, out, error))
        return false;
    if (out->isEmpty()) {
        const QString alt = alternative.isEmpty() || alternative == field.name
            ? QString()
            : QStringLiteral(" (or '%1')").arg(alternative);
        return fail(error, 400,
                    prefix(where) + QStringLiteral("missing field '%1'%2").arg(field.name, alt));
    }
    return true;
}

// A number as a prop value: integers without a decimal point ("3", not "3.0").
QString numberToString(double d)
{
    if (std::trunc(d) == d && std::fabs(d) < 9007199254740992.0)
        return QString::number(qint64(d));
    return QString::number(d, 'g', QLocale::FloatingPointShortest);
}

bool readProps(const Object &object, Where where, QLatin1String fieldName, QList<Property> *out,
               WireError *error)
{
    const Object::Members props = object.sorted();
    if (props.size() > Limits::MaxProps) {
        return fail(error, 400,
                    prefix(where)
                        + QStringLiteral("field '%1' has %2 properties; the limit is %3")
                              .arg(fieldName)
                              .arg(props.size())
                              .arg(Limits::MaxProps));
    }
    out->reserve(out->size() + props.size());
    for (const Object::Member &member : props) {
        const QString key = toQString(member.key);
        if (key.isEmpty())
            return fail(error, 400, prefix(where) + QStringLiteral("a property key is empty"));
        if (firstControlCharacter(key) >= 0)
            return fail(error, 400,
                        prefix(where)
                            + controlCharacterProblem(QStringLiteral("a property key"), key));
        if (key.size() > Limits::MaxPropKeyLength) {
            return fail(error, 400,
                        prefix(where)
                            + tooLong(QStringLiteral("property key '%1'").arg(clip(key)),
                                      key.size(), Limits::MaxPropKeyLength));
        }
        const Value &value = member.value;
        QString text;
        if (value.isString()) {
            text = value.toString();
        } else if (value.isDouble()) {
            text = numberToString(value.toDouble());
        } else if (value.isBool()) {
            text = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        } else if (value.isNull()) {
            continue; // as Plausible: a property without a value is no property
        } else {
            return fail(error, 400,
                        prefix(where)
                            + QStringLiteral("property '%1' must be a string, number or "
                                             "boolean, not an object or array")
                                  .arg(clip(key)));
        }
        if (text.isEmpty())
            continue;
        if (text.size() > Limits::MaxPropValueLength) {
            return fail(error, 400,
                        prefix(where)
                            + tooLong(QStringLiteral("value of property '%1'").arg(clip(key)),
                                      text.size(), Limits::MaxPropValueLength));
        }
        out->append(Property {key, std::move(text)});
    }
    return true;
}

// An object, or (Plausible) a JSON-encoded object in a string, as the tracker's
// JSON.stringify(props) sends it. Missing/null/"" → empty object. A string is parsed by
// `doc`'s parser, and `out` then points into it until that document is parsed again.
bool readObjectOrJsonString(const Field &field, Where where, Doc doc, Object *out, WireError *error)
{
    *out = Object();
    if (isMissing(field.value))
        return true;
    if (field.value.isObject()) {
        *out = field.value.toObject();
        return true;
    }
    if (field.value.isString()) {
        const std::string_view text = field.value.toStringView();
        if (text.empty() || text == "null")
            return true;
        json::Document &nested = document(doc);
        if (nested.parse(text, nullptr) && nested.root().is_object()) {
            *out = Value(nested.root()).toObject();
            return true;
        }
    }
    return fail(error, 400,
                prefix(where)
                    + QStringLiteral("field '%1' must be an object (or a JSON-encoded object)")
                          .arg(field.name));
}

bool readScreenWidth(const Field &field, Where where, int *out, WireError *error)
{
    *out = 0;
    if (isMissing(field.value))
        return true;
    const double d = field.value.toDouble(-1);
    if (!field.value.isDouble() || d < 0 || d > 100000 || std::trunc(d) != d) {
        return fail(
            error, 400,
            prefix(where)
                + QStringLiteral("field '%1' must be a non-negative integer").arg(field.name));
    }
    *out = int(d);
    return true;
}

bool readBool(const Field &field, bool defaultValue, Where where, bool *out, WireError *error)
{
    *out = defaultValue;
    if (isMissing(field.value))
        return true;
    if (field.value.isBool()) {
        *out = field.value.toBool();
        return true;
    }
    // Trackers often send 0/1 for flags (Plausible's "h": 1).
    if (field.value.isDouble() && (field.value.toDouble() == 0 || field.value.toDouble() == 1)) {
        *out = field.value.toDouble() == 1;
        return true;
    }
    return fail(error, 400,
                prefix(where) + QStringLiteral("field '%1' must be a boolean").arg(field.name));
}

bool readNumber(const Field &field, Where where, double *out, bool *present, WireError *error)
{
    *present = false;
    if (isMissing(field.value))
        return true;
    if (!field.value.isDouble() || !std::isfinite(field.value.toDouble()))
        return fail(error, 400,
                    prefix(where) + QStringLiteral("field '%1' must be a number").arg(field.name));
    *out = field.value.toDouble();
    *present = true;
    return true;
}

// Web Vitals: the canonical upper-case names, shared so the parser never allocates them.
const QString *metricName(QStringView input)
{
    static const QString names[]
        = {QStringLiteral("LCP"), QStringLiteral("CLS"), QStringLiteral("INP"),
           QStringLiteral("TTFB"), QStringLiteral("FCP")};
    for (const QString &name : names) {
        if (input.compare(name, Qt::CaseInsensitive) == 0)
            return &name;
    }
    return nullptr;
}

bool appendVital(const Hit &base, QStringView metric, const Value &value, Where where,
                 QList<Hit> *hits, WireError *error)
{
    const QString *name = metricName(metric);
    if (!name) {
        return fail(error, 400,
                    prefix(where)
                        + QStringLiteral("unknown Web Vitals metric '%1' (expected LCP, CLS, "
                                         "INP, TTFB or FCP)")
                              .arg(clip(metric)));
    }
    // Plausible-style props arrive stringified, so a numeric string counts as a number.
    bool ok = value.isDouble();
    double number = value.toDouble();
    if (!ok && value.isString())
        number = value.toString().toDouble(&ok);
    if (!ok || !std::isfinite(number) || number < 0) {
        return fail(error, 400,
                    prefix(where)
                        + QStringLiteral("value of Web Vitals metric '%1' must be a finite "
                                         "non-negative number")
                              .arg(*name));
    }
    Hit hit = base;
    hit.kind = EventKind::Vitals;
    hit.name = *name;
    hit.value = number;
    hit.hasValue = true;
    hits->append(std::move(hit));
    return true;
}

bool appendVitalsFromObject(const Hit &base, const Object &metrics, Where where,
                            QLatin1String fieldName, QList<Hit> *hits, WireError *error)
{
    if (metrics.isEmpty())
        return fail(error, 400,
                    prefix(where) + QStringLiteral("field '%1' has no metrics").arg(fieldName));
    for (const Object::Member &member : metrics.sorted()) {
        // Case-insensitive with Qt's folding, as before (which matches e.g. 'ſ' to 's').
        if (!appendVital(base, toQString(member.key), member.value, where, hits, error))
            return false;
    }
    return true;
}

// --- Traytic -----------------------------------------------------------------------------

bool parseCollectEvent(const Value &value, qsizetype index, QList<Hit> *hits, WireError *error)
{
    const Where where {index};
    if (!value.isObject())
        return fail(error, 400, prefix(where) + QStringLiteral("must be an object"));
    const Object e = value.toObject();

    const Value typeValue = e.value(QLatin1String("type"));
    if (isMissing(typeValue))
        return fail(error, 400, prefix(where) + QStringLiteral("missing field 'type'"));
    const std::string_view type = typeValue.toStringView();
    EventKind kind;
    if (type == "pageview")
        kind = EventKind::Pageview;
    else if (type == "event")
        kind = EventKind::Custom;
    else if (type == "vitals")
        kind = EventKind::Vitals;
    else {
        return fail(error, 400,
                    prefix(where)
                        + QStringLiteral("unknown type '%1' (expected pageview, event or "
                                         "vitals)")
                              .arg(typeValue.isString() ? clip(toQString(type))
                                                        : QStringLiteral("<not a string>")));
    }

    Hit hit;
    hit.kind = kind;
    hit.interactive = kind != EventKind::Vitals; // measurements, not visitor actions
    const Field url {e.value(QLatin1String("url")), QLatin1String("url")};
    if (kind == EventKind::Pageview) {
        if (!readRequiredString(url, QString(), Limits::MaxUrlLength, where, &hit.url, error))
            return false;
    } else if (!readString(url, Limits::MaxUrlLength, where, &hit.url, error)) {
        return false;
    }
    if (!checkPageUrl(hit.url, url.name, where, error))
        return false;
    if (!readString({e.value(QLatin1String("referrer")), QLatin1String("referrer")},
                    Limits::MaxUrlLength, where, &hit.referrer, error)
        || !readScreenWidth(pick(e, QLatin1String("screen"), QLatin1String("screenWidth")), where,
                            &hit.screenWidth, error)
        || !readBool({e.value(QLatin1String("interactive")), QLatin1String("interactive")},
                     hit.interactive, where, &hit.interactive, error)) {
        return false;
    }

    if (kind == EventKind::Vitals) {
        const Value metrics = e.value(QLatin1String("metrics"));
        if (!isMissing(metrics)) {
            if (!metrics.isObject())
                return fail(error, 400,
                            prefix(where) + QStringLiteral("field 'metrics' must be an object"));
            return appendVitalsFromObject(hit, metrics.toObject(), where, QLatin1String("metrics"),
                                          hits, error);
        }
        QString name;
        if (!readRequiredString({e.value(QLatin1String("name")), QLatin1String("name")},
                                QStringLiteral("metrics"), Limits::MaxNameLength, where, &name,
                                error))
            return false;
        const Value metricValue = e.value(QLatin1String("value"));
        if (!metricValue.isDouble()) {
            return fail(error, 400,
                        prefix(where)
                            + QStringLiteral("field 'value' must be a number for vitals"));
        }
        return appendVital(hit, name, metricValue, where, hits, error);
    }

    if (kind == EventKind::Custom
        && !readRequiredString({e.value(QLatin1String("name")), QLatin1String("name")}, QString(),
                               Limits::MaxNameLength, where, &hit.name, error)) {
        return false;
    }
    if (!readNumber({e.value(QLatin1String("value")), QLatin1String("value")}, where, &hit.value,
                    &hit.hasValue, error))
        return false;
    const Value props = e.value(QLatin1String("props"));
    if (!isMissing(props)) {
        if (!props.isObject())
            return fail(error, 400,
                        prefix(where) + QStringLiteral("field 'props' must be an object"));
        if (!readProps(props.toObject(), where, QLatin1String("props"), &hit.props, error))
            return false;
    }
    hits->append(std::move(hit));
    return true;
}

} // namespace

bool parseCollectBatch(const QByteArray &body, ParsedBatch *out, WireError *error)
{
    simdjson::dom::object rootObject;
    if (!parseBody(body, &rootObject, error))
        return false;
    const Object root(rootObject);

    ParsedBatch batch;
    const Value siteId = root.value(QLatin1String("siteId"));
    if (siteId.isDouble() && siteId.toDouble() >= 0
        && std::trunc(siteId.toDouble()) == siteId.toDouble())
        batch.siteKey = numberToString(siteId.toDouble()); // numeric ids are ids too
    else if (!readRequiredString({siteId, QLatin1String("siteId")}, QString(),
                                 Limits::MaxDomainLength, Where(), &batch.siteKey, error))
        return false;

    const Value eventsValue = root.value(QLatin1String("events"));
    if (isMissing(eventsValue))
        return fail(error, 400, QStringLiteral("missing field 'events'"));
    if (!eventsValue.isArray())
        return fail(error, 400, QStringLiteral("field 'events' must be an array"));
    const simdjson::dom::array events = eventsValue.element().get_array().value_unsafe();
    // The tape's count saturates at 2^24 - 1 elements; the body limit keeps far below that.
    const qsizetype eventCount = qsizetype(events.size());
    if (eventCount == 0)
        return fail(error, 400, QStringLiteral("field 'events' is empty"));
    if (eventCount > Limits::MaxEventsPerBatch) {
        return fail(error, 413,
                    QStringLiteral("field 'events' has %1 events; the limit is %2 per request")
                        .arg(eventCount)
                        .arg(Limits::MaxEventsPerBatch));
    }
    batch.hits.reserve(eventCount);
    qsizetype index = 0;
    for (const simdjson::dom::element event : events) {
        if (!parseCollectEvent(Value(event), index++, &batch.hits, error))
            return false;
    }
    *out = std::move(batch);
    return true;
}

// --- Plausible ---------------------------------------------------------------------------

bool parsePlausibleEvent(const QByteArray &body, ParsedBatch *out, WireError *error)
{
    simdjson::dom::object rootObject;
    if (!parseBody(body, &rootObject, error))
        return false;
    const Object root(rootObject);
    const Where noContext;

    ParsedBatch batch;
    // What Plausible's trackers send (script and npm package), short and long names. Left
    // deliberately: "v", the tracker's version, and "sd", an engagement's scroll depth in
    // percent (RayCstr has no scroll-depth report yet).
    static const std::string_view known[]
        = {"n", "name", "u", "url", "d", "domain", "r", "referrer", "w", "h", "i", "interactive",
           "p", "props", "metrics", "e", "engagement_time", "$", "revenue", "v", "sd"};
    for (const Object::Member &member : root.sorted()) {
        if (batch.unknownFields.size() < ParsedBatch::MaxUnknownFields
            && std::find(std::begin(known), std::end(known), member.key) == std::end(known))
            batch.unknownFields.append(clip(toQString(member.key)));
    }
    Hit hit;
    QString name;
    QString domains;
    if (!readRequiredString(pick(root, QLatin1String("n"), QLatin1String("name")),
                            QStringLiteral("name"), Limits::MaxNameLength, noContext, &name, error)
        || !readRequiredString(pick(root, QLatin1String("u"), QLatin1String("url")),
                               QStringLiteral("url"), Limits::MaxUrlLength, noContext, &hit.url,
                               error)
        || !readRequiredString(pick(root, QLatin1String("d"), QLatin1String("domain")),
                               QStringLiteral("domain"),
                               // a comma list may name several sites
                               Limits::MaxDomainLength * 10, noContext, &domains, error)
        || !readString(pick(root, QLatin1String("r"), QLatin1String("referrer")),
                       Limits::MaxUrlLength, noContext, &hit.referrer, error)
        || !readScreenWidth({root.value(QLatin1String("w")), QLatin1String("w")}, noContext,
                            &hit.screenWidth, error)
        || !readBool({root.value(QLatin1String("h")), QLatin1String("h")}, false, noContext,
                     &hit.hashMode, error)
        || !checkPageUrl(hit.url, pick(root, QLatin1String("u"), QLatin1String("url")).name,
                         noContext, error)) {
        return false;
    }

    // "d": "example.com,rollup.example" sends the event to several sites at once.
    for (QStringView domain : QStringView(domains).split(u',')) {
        domain = domain.trimmed();
        if (domain.isEmpty())
            continue;
        if (domain.size() > Limits::MaxDomainLength) {
            return fail(error, 400,
                        tooLong(QStringLiteral("domain '%1'").arg(clip(domain)), domain.size(),
                                Limits::MaxDomainLength));
        }
        if (batch.siteKey.isEmpty())
            batch.siteKey = domain.toString();
        else
            batch.extraDomains.append(domain.toString());
    }
    if (batch.siteKey.isEmpty())
        return fail(error, 400,
                    QStringLiteral("missing field 'd' (or 'domain'): no domain in the list"));

    if (name == u"pageview") {
        hit.kind = EventKind::Pageview;
    } else if (name == u"engagement") {
        hit.kind = EventKind::Engagement;
    } else if (name == u"vitals") {
        hit.kind = EventKind::Vitals;
    } else {
        hit.kind = EventKind::Custom;
        hit.name = std::move(name);
    }
    // Engagement pings and vitals are sent by the tracker on its own, not by the visitor.
    const bool interactiveByDefault
        = hit.kind != EventKind::Engagement && hit.kind != EventKind::Vitals;
    if (!readBool(pick(root, QLatin1String("i"), QLatin1String("interactive")),
                  interactiveByDefault, noContext, &hit.interactive, error))
        return false;

    const Field propsField = pick(root, QLatin1String("p"), QLatin1String("props"));
    Object props;
    if (!readObjectOrJsonString(propsField, noContext, Doc::Props, &props, error))
        return false;

    if (hit.kind == EventKind::Vitals) {
        const Field metricsField {root.value(QLatin1String("metrics")), QLatin1String("metrics")};
        Object metrics;
        if (!readObjectOrJsonString(metricsField, noContext, Doc::Metrics, &metrics, error))
            return false;
        const bool fromMetrics = !isMissing(metricsField.value);
        if (!appendVitalsFromObject(hit, fromMetrics ? metrics : props, noContext,
                                    fromMetrics ? metricsField.name : propsField.name, &batch.hits,
                                    error))
            return false;
        *out = std::move(batch);
        return true;
    }

    if (!readProps(props, noContext, propsField.name, &hit.props, error))
        return false;

    if (hit.kind == EventKind::Engagement
        && !readNumber(pick(root, QLatin1String("e"), QLatin1String("engagement_time")), noContext,
                       &hit.value, &hit.hasValue, error))
        return false;

    // Revenue goals: {"amount": 12.5 | "12.5", "currency": "EUR"}. Kept as two reserved
    // props until the store has revenue columns.
    const Field revenueField = pick(root, QLatin1String("$"), QLatin1String("revenue"));
    if (!isMissing(revenueField.value)) {
        Object revenue;
        if (!readObjectOrJsonString(revenueField, noContext, Doc::Revenue, &revenue, error))
            return false;
        const Value amount = revenue.value(QLatin1String("amount"));
        const Value currency = revenue.value(QLatin1String("currency"));
        bool amountOk = amount.isDouble() && std::isfinite(amount.toDouble());
        QString amountText;
        if (amountOk) {
            amountText = numberToString(amount.toDouble());
        } else if (amount.isString()) {
            amountText = amount.toString().trimmed();
            amountText.toDouble(&amountOk);
        }
        const QString currencyText = currency.toString().trimmed().toUpper();
        if (!amountOk || currencyText.size() != 3) {
            return fail(error, 400,
                        QStringLiteral("field '%1' must have a numeric 'amount' and a three-letter "
                                       "'currency'")
                            .arg(revenueField.name));
        }
        hit.props.append(Property {QStringLiteral("revenue_amount"), amountText});
        hit.props.append(Property {QStringLiteral("revenue_currency"), currencyText});
    }

    batch.hits.append(std::move(hit));
    *out = std::move(batch);
    return true;
}

} // namespace raycstr
