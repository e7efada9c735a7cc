#pragma once

// A started IngestEngine on a temporary data directory with one site, shared by the
// engine, collector and privacy tests.

#include "core/clock.h"
#include "core/config.h"
#include "engine/ingestengine.h"
#include "store/database.h"
#include "store/sites.h"

#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace raycstr::testing {

inline const QByteArray ChromeUA = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
                                   "(KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36";

struct EngineFixture
{
    QTemporaryDir dir;
    ManualClock clock {1700000000000LL}; // 2023-11-14T22:13:20Z
    std::unique_ptr<IngestEngine> engine;
    qint32 siteId = 0;
    QString dataDirOverride; // set before start() to put the data elsewhere than `dir`

    QString dataDir() const { return dataDirOverride.isEmpty() ? dir.path() : dataDirOverride; }

    bool start(EngineOptions options = {}, const QString &domain = QStringLiteral("example.com"))
    {
        SqliteDb db;
        QString error;
        if (!Database::open(&db, dataDir(), &error))
            qFatal("%s", qPrintable(error));
        const auto site
            = SiteRepository(&db).add(domain, QStringLiteral("UTC"), clock.nowSecs(), &error);
        if (!site)
            qFatal("%s", qPrintable(error));
        siteId = site->id;
        options.dataDir = dataDir();
        if (options.userAgentRegexes.isEmpty())
            options.userAgentRegexes = findUserAgentRegexes();
        engine = std::make_unique<IngestEngine>(&clock);
        if (!engine->start(options, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        return true;
    }

    Hit pageview(const QString &url, const QString &ip = QStringLiteral("203.0.113.9"),
                 const QByteArray &ua = ChromeUA) const
    {
        Hit h;
        h.kind = EventKind::Pageview;
        h.siteId = siteId;
        h.timestampMs = clock.nowMs();
        h.url = url;
        h.ip = QHostAddress(ip);
        h.userAgent = ua;
        return h;
    }

    qint64 query(const char *sql) const
    {
        SqliteDb db;
        QString error;
        if (!db.open(Database::pathIn(dataDir()), SqliteDb::Mode::ReadOnly, &error))
            return -1;
        Statement st(db, sql);
        return st.next() ? st.int64(0) : -1;
    }
};

} // namespace raycstr::testing
