#include "ingest/wirefields.h"

#include "ingest/inputrules.h"
#include "ingest/referrerparser.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace raycstr::wire {

json::Document &document(Doc doc)
{
    thread_local json::Document documents[int(Doc::Count)];
    return documents[int(doc)];
}

bool fail(WireError *error, int status, const QString &message)
{
    if (error) {
        error->status = status;
        error->message = message;
    }
    return false;
}

QString prefix(Where where)
{
    return where.event < 0 ? QString() : QStringLiteral("events[%1]: ").arg(where.event);
}

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

} // namespace raycstr::wire
