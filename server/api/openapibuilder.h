#pragma once

// Small builders for the OpenAPI document (openapi.cpp, openapicomponents.cpp): OpenAPI is
// verbose JSON, and these keep each operation and schema to a few readable lines.

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace raycstr::openapi {

using Object = QJsonObject;
using Array = QJsonArray;

inline const QString StatsTag = QStringLiteral("RayCstr stats");
inline const QString PlausibleTag = QStringLiteral("Plausible Stats API v1");
inline const QString PlausibleV2Tag = QStringLiteral("Plausible Stats API v2");

inline Object ref(const char *kind, const char *name)
{
    return {{QStringLiteral("$ref"),
             QStringLiteral("#/components/%1/%2")
                 .arg(QLatin1StringView(kind), QLatin1StringView(name))}};
}

inline Object typed(const char *type, const QString &description = QString())
{
    Object o {{QStringLiteral("type"), QLatin1StringView(type)}};
    if (!description.isEmpty())
        o.insert(QStringLiteral("description"), description);
    return o;
}

inline Object enumOf(const QStringList &values, const QString &fallback = QString())
{
    Object o {{QStringLiteral("type"), QStringLiteral("string")},
              {QStringLiteral("enum"), Array::fromStringList(values)}};
    if (!fallback.isEmpty())
        o.insert(QStringLiteral("default"), fallback);
    return o;
}

inline Object intRange(int min, int max, int fallback)
{
    return {{QStringLiteral("type"), QStringLiteral("integer")},
            {QStringLiteral("minimum"), min},
            {QStringLiteral("maximum"), max},
            {QStringLiteral("default"), fallback}};
}

inline Object object(const Object &properties, const QStringList &required = {})
{
    Object o {{QStringLiteral("type"), QStringLiteral("object")},
              {QStringLiteral("properties"), properties}};
    if (!required.isEmpty())
        o.insert(QStringLiteral("required"), Array::fromStringList(required));
    return o;
}

inline Object arrayOf(const Object &items)
{
    return {{QStringLiteral("type"), QStringLiteral("array")}, {QStringLiteral("items"), items}};
}

inline Object param(const char *name, const char *in, const QString &description,
                    const Object &schema, bool required = false,
                    const QJsonValue &example = QJsonValue())
{
    Object o {{QStringLiteral("name"), QLatin1StringView(name)},
              {QStringLiteral("in"), QLatin1StringView(in)},
              {QStringLiteral("description"), description},
              {QStringLiteral("required"), required},
              {QStringLiteral("schema"), schema}};
    if (!example.isUndefined())
        o.insert(QStringLiteral("example"), example);
    return o;
}

inline Object content(const char *mime, const Object &schema)
{
    return {{QLatin1StringView(mime), Object {{QStringLiteral("schema"), schema}}}};
}

inline Object response(const QString &description, const Object &schema = Object(),
                       const char *mime = "application/json")
{
    Object o {{QStringLiteral("description"), description}};
    if (!schema.isEmpty())
        o.insert(QStringLiteral("content"), content(mime, schema));
    return o;
}

// The refusals every key-protected stats route can answer with.
inline Object withErrors(Object responses)
{
    responses.insert(QStringLiteral("400"), ref("responses", "BadRequest"));
    responses.insert(QStringLiteral("401"), ref("responses", "Unauthorized"));
    responses.insert(QStringLiteral("403"), ref("responses", "Forbidden"));
    responses.insert(QStringLiteral("404"), ref("responses", "NotFound"));
    return responses;
}

inline Object operation(const char *id, const QString &tag, const QString &summary,
                        const QString &description, const Array &parameters,
                        const Object &responses)
{
    return {{QStringLiteral("operationId"), QLatin1StringView(id)},
            {QStringLiteral("tags"), Array {tag}},
            {QStringLiteral("summary"), summary},
            {QStringLiteral("description"), description},
            {QStringLiteral("parameters"), parameters},
            {QStringLiteral("responses"), responses}};
}

inline Object publicOperation(Object op)
{
    op.insert(QStringLiteral("security"), Array());
    return op;
}

inline Object get(const Object &op)
{
    return {{QStringLiteral("get"), op}};
}

inline Object post(const Object &op)
{
    return {{QStringLiteral("post"), op}};
}

inline Array refs(const char *kind, const QStringList &names)
{
    Array out;
    for (const QString &n : names)
        out.append(ref(kind, n.toLatin1().constData()));
    return out;
}

inline const QString FieldList
    = QStringLiteral("page, entry_page, exit_page, hostname, source, referrer, utm_source, "
                     "utm_medium, utm_campaign, utm_content, utm_term, country (ISO 3166-1 "
                     "alpha-2), device, browser, browser_version, os, os_version, event_name, "
                     "prop:<key> (a custom event property)");

} // namespace raycstr::openapi
