#pragma once

// Request bodies for the wire-format tests (tst_wireformat, tst_jsonreader).

#include "core/event.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <initializer_list>
#include <utility>

namespace raycstr::testing {

inline QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

inline QList<Property> props(std::initializer_list<std::pair<const char *, const char *>> list)
{
    QList<Property> result;
    for (const auto &[key, value] : list)
        result.append(Property {QString::fromUtf8(key), QString::fromUtf8(value)});
    return result;
}

// A Traytic /collect body for site "site-1".
inline QByteArray traytic(const QJsonArray &events)
{
    return json(QJsonObject {{QStringLiteral("siteId"), QStringLiteral("site-1")},
                             {QStringLiteral("events"), events}});
}

} // namespace raycstr::testing
