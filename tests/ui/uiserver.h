#pragma once

// A headless server for the desktop app's remote-mode tests: the real ServerStack on a
// loopback port of its own (port 0), with example.com (UTC), optionally uitraffic.h's day
// of traffic, and an API key that may read it.

#include "auth/tokenstore.h"
#include "core/clock.h"
#include "core/config.h"
#include "stack/serverstack.h"
#include "store/database.h"
#include "store/sites.h"
#include "uitraffic.h"

#include <QTemporaryDir>
#include <QUrl>
#include <functional>
#include <memory>

namespace raycstr::testing {

struct UiServer
{
    QTemporaryDir dir;
    ManualClock clock {UiTrafficStartMs};
    std::unique_ptr<ServerStack> stack;
    QByteArray key;
    QUrl url;
    // Settings beyond the defaults (SMTP, report schedules), applied before the start.
    std::function<void(ServerConfig &)> configure;

    // False with the reason in *error. `traffic`: seeds uitraffic.h's day for example.com.
    bool start(bool traffic, QString *error)
    {
        SqliteDb db;
        if (!Database::open(&db, dir.path(), error))
            return false;
        const auto site = SiteRepository(&db).add(QStringLiteral("example.com"),
                                                  QStringLiteral("UTC"), clock.nowSecs(), error);
        if (!site)
            return false;
        ServerConfig config;
        config.dataDir = dir.path();
        config.listenPort = 0;
        config.userAgentRegexes = findUserAgentRegexes();
        if (configure)
            configure(config);
        stack = std::make_unique<ServerStack>(&clock);
        if (!stack->start(config, error))
            return false;
        if (traffic)
            seedUiTraffic(stack->engine(), &clock, site->id);
        const auto issued = stack->tokens()->createKey(QStringLiteral("desktop"), 0, false, error);
        if (!issued)
            return false;
        key = issued->secret;
        url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(stack->port()));
        return true;
    }
};

} // namespace raycstr::testing
