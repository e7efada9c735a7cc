#include "ingest/wireformat.h"

#include "ingest/inputrules.h"
#include "ingest/referrerparser.h"
#include "ingest/wirefields.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace raycstr {

using namespace wire;

namespace {

using json::Object;
using json::toQString;
using json::Value;

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
    // Every kind needs its page: an event or a measurement without one could only be
    // dropped by the writer after the client was told 202.
    const Field url {e.value(QLatin1String("url")), QLatin1String("url")};
    if (!readRequiredString(url, QString(), Limits::MaxUrlLength, where, &hit.url, error)
        || !checkPageUrl(hit.url, url.name, where, error))
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
        = {"n",       "name", "u",           "url", "d",     "domain",  "r", "referrer",        "w",
           "h",       "i",    "interactive", "p",   "props", "metrics", "e", "engagement_time", "$",
           "revenue", "v",    "sd"};
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
