#pragma once

#include <QByteArray>

namespace raycstr {

// Cheap first pass over the raw User-Agent: crawlers, headless browsers (HeadlessChrome,
// PhantomJS…), HTTP libraries (curl, python-requests…), monitors and empty UAs.
// UserAgentParser adds uap-core's "Spider" device family on top.
class BotFilter
{
public:
    static bool isBot(const QByteArray &userAgent);
};

} // namespace raycstr
