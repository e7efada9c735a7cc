#pragma once

#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>

namespace raycstr {

// The server's settings: defaults, then config.yaml, then command-line flags (the caller
// applies those last). Every setting has one typed home here instead of string keys spread
// through the code.
struct ServerConfig
{
    QHostAddress listenAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 listenPort = 8080;
    QString dataDir; // empty: the user's data dir
    int retentionDays = 90; // raw events; rollups are kept forever
    QList<QPair<QHostAddress, int>> trustedProxies; // subnets whose X-Forwarded-For we believe
    QString geoipDatabase; // empty: look in the default locations
    QString userAgentRegexes; // empty: uap-core's regexes.yaml from the default locations
    int queueCapacity = 100000; // hits waiting for the writer before the collector answers 503
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
