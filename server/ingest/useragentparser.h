#pragma once

#include "core/event.h"

#include <QByteArray>
#include <QString>
#include <memory>

namespace raycstr {

class BotFilter;

struct UserAgentInfo
{
    Agent agent; // browser (+major version), OS (+version), device type
    bool isBot = false; // crawler, headless browser, HTTP library, empty UA, uap-core "Spider"
};

// User-Agent → browser / OS / device, using uap-core's regexes.yaml compiled to RE2, with a
// bounded cache in front (real traffic repeats a few thousand UAs). Not thread-safe: the
// pipeline owns one per worker thread.
class UserAgentParser
{
public:
    UserAgentParser();
    ~UserAgentParser();
    UserAgentParser(const UserAgentParser &) = delete;
    UserAgentParser &operator=(const UserAgentParser &) = delete;

    // Loads uap-core's regexes.yaml. Without a successful load, parse() still runs the bot
    // filter and a small built-in fallback, but knows no browsers.
    bool load(const QString &regexesYamlPath, QString *error);
    bool isLoaded() const;

    // The bot filter (default: BotFilter::standard(), without site-local rules); must
    // outlive the parser.
    void setBotFilter(const BotFilter *filter);

    UserAgentInfo parse(const QByteArray &userAgent);

    void setCacheCapacity(int entries);
    qint64 cacheHits() const;
    qint64 cacheMisses() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace raycstr
