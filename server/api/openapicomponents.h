#pragma once

#include <QJsonObject>

namespace raycstr {

// The reusable half of the OpenAPI document: schemas of every response, the query
// parameters (with the filter syntax spelled out), error responses and the two ways to
// authenticate (Bearer key, share link).
class OpenApiComponents
{
public:
    static QJsonObject build();
};

} // namespace raycstr
