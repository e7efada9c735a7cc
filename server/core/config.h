#pragma once

#include "core/alertrule.h"

#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>

namespace raycstr {

// How long and how many connections a client may hold (the HTTP transport enforces it).
// Defaults suit a collector on the open internet: a tracker's beacon is one small request,
// so a client that takes longer than these is broken or hostile.
struct ConnectionLimits
{
    int headerTimeoutSecs = 10; // from a request's first byte to the end of its head
    int bodyTimeoutSecs = 30; // from the end of the head to the end of the body
    int idleTimeoutSecs = 30; // a kept-alive connection with no request in progress
    int maxConnections = 10000; // at once; lowered to what the open-file limit allows
    int maxConnectionsPerAddress = 256; // from one peer address (not for trusted proxies)

    struct Setting // one of the above by its config-file key (ServerConfig::loadYaml)
    {
        int *value = nullptr;
        int minimum = 0;
    };
};

// The ingest queue's bounds, both enforced (IngestQueue); the defaults live here alone.
// Hits count in decoded bytes too: a hit can carry up to ~120 KB of URL, referrer and
// properties, so a count alone would not bound memory.
constexpr int DefaultQueueHits = 100000;
constexpr qint64 DefaultQueueBytes = 128LL * 1024 * 1024;

// Where report and alert mail leaves (config `smtp:`); report/smtpsender.h sends with it.
struct SmtpSettings
{
    // smtp://host[:587] (STARTTLS, required unless startTls is false) or smtps://host[:465]
    // (TLS from the first byte).
    QString url;
    bool startTls = true;
    QString username; // empty: no AUTH
    QString password; // never logged, never in an error message
    QString from; // "RayCstr <stats@example.com>"
    QString caFile; // extra CA certificates (PEM), e.g. a private mail server's own CA
    int timeoutSecs = 30; // per attempt: connect, then the whole exchange
    int attempts = 3; // in all, for failures worth retrying (connect, timeout, 4xx)
    int firstRetryDelayMs = 2000; // doubled before each further attempt

    bool isConfigured() const { return !url.isEmpty(); }
};

// One scheduled e-mail report (config `reports:`, a list): the site's numbers of the last
// week (sent on Mondays) or month (on the 1st), at `hour` in the site's time zone.
struct ReportSchedule
{
    QString site; // domain
    QStringList to;
    QString every = QStringLiteral("week"); // "week" | "month"
    int hour = 8;
    QString language; // "de", "fr", "es"; empty: English
};

// The server's settings: defaults, then config.yaml, then command-line flags (the caller
// applies those last). Every setting has one typed home here instead of string keys spread
// through the code.
struct ServerConfig
{
    QHostAddress listenAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 listenPort = 8080;
    QString dataDir; // empty: the user's data dir
    // Where events go (store/storelocation.h): empty or "sqlite" for the data directory's
    // file, "clickhouse://user@host:8123/db" for ClickHouse. Sites, keys, goals and imports
    // stay in the data directory either way.
    QString store;
    // The ClickHouse user's password: from this file (0600) or RAYCSTR_STORE_PASSWORD,
    // never from the command line; never logged.
    QString storePassword;
    int retentionDays = 90; // raw events; rollups are kept forever
    QList<QPair<QHostAddress, int>> trustedProxies; // subnets whose X-Forwarded-For we believe
    QString geoipDatabase; // empty: look in the default locations
    QString userAgentRegexes; // empty: uap-core's regexes.yaml from the default locations
    QString botRules; // site-local "bot:", "human:", "referrer:" rules (README); empty: none
    int queueCapacity = DefaultQueueHits; // hits waiting before the collector answers 503
    qint64 queueBytes = DefaultQueueBytes; // their decoded size, the same
    ConnectionLimits connections;
    // Scheduled backups (store/backupscheduler.h); off while dir is empty.
    struct Backups
    {
        QString dir;
        int intervalHours = 24;
        int keep = 7;
    } backups;
    SmtpSettings smtp;
    QList<ReportSchedule> reports;
    // Alerts from this file (core/alertrule.h); more are kept in the store (`alert add`).
    QList<AlertRule> alerts;
    // Stats questions run on this many threads, never on the one that answers ingest; past
    // them (and a short queue) the API answers 503 with Retry-After.
    int queryWorkers = 2;
    // A question still running after this long is stopped and answered 504.
    int queryTimeoutSecs = 20;

    // Reads a YAML file over the current values. Unknown keys are errors, so a typo in a
    // key is not silently ignored.
    bool loadYaml(const QString &path, QString *error);

    // "127.0.0.1:8080", "[::1]:8080", ":8080" (all interfaces), "8080".
    static bool parseListen(const QString &text, QHostAddress *address, quint16 *port,
                            QString *error);
    // "10.0.0.0/8", "::1", "192.168.1.5".
    static bool parseSubnet(const QString &text, QPair<QHostAddress, int> *subnet, QString *error);

    bool isTrustedProxy(const QHostAddress &peer) const;
    QString listenString() const;
};

// Default locations, shared by the server and tests.
QString defaultDataDir();
QString findUserAgentRegexes(); // empty when none is installed
QString findGeoIpDatabase(); // empty when none is installed

} // namespace raycstr
