#include "core/config.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <yaml-cpp/yaml.h>

namespace raycstr {

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

// backup: {dir: PATH, interval_hours: 24, keep: 7}
bool loadBackups(const YAML::Node &value, ServerConfig::Backups *out, QString *error)
{
    if (!value.IsMap()) {
        *error = QCoreApplication::translate("raycstr::ServerConfig", "backup must be a mapping: dir, interval_hours, keep");
        return false;
    }
    for (const auto &kv : value) {
        const std::string key = kv.first.as<std::string>();
        if (key == "dir") {
            out->dir = QString::fromStdString(kv.second.as<std::string>());
        } else if (key == "interval_hours") {
            out->intervalHours = kv.second.as<int>();
            if (out->intervalHours < 1) {
                *error = QCoreApplication::translate("raycstr::ServerConfig", "backup.interval_hours must be at least 1");
                return false;
            }
        } else if (key == "keep") {
            out->keep = kv.second.as<int>();
            if (out->keep < 1) {
                *error = QCoreApplication::translate("raycstr::ServerConfig", "backup.keep must be at least 1");
                return false;
            }
        } else {
            *error = QCoreApplication::translate("raycstr::ServerConfig", "unknown setting 'backup.%1'").arg(QString::fromStdString(key));
            return false;
        }
    }
    return true;
}

// smtp: {url, starttls, username, password, from, ca_file, timeout_seconds, attempts}
bool loadSmtp(const YAML::Node &value, SmtpSettings *out, QString *error)
{
    if (!value.IsMap()) {
        *error = QCoreApplication::translate("raycstr::ServerConfig", "smtp must be a mapping: url, starttls, username, password, from, "
                          "ca_file, timeout_seconds, attempts");
        return false;
    }
    for (const auto &kv : value) {
        const std::string key = kv.first.as<std::string>();
        const YAML::Node &v = kv.second;
        if (key == "url") {
            out->url = qs(v.as<std::string>());
            if (!out->url.startsWith(QLatin1String("smtp://"))
                && !out->url.startsWith(QLatin1String("smtps://"))) {
                *error = QCoreApplication::translate("raycstr::ServerConfig", "smtp.url must start with smtp:// or smtps://");
                return false;
            }
        } else if (key == "starttls") {
            out->startTls = v.as<bool>();
        } else if (key == "username") {
            out->username = qs(v.as<std::string>());
        } else if (key == "password") {
            out->password = qs(v.as<std::string>());
        } else if (key == "from") {
            out->from = qs(v.as<std::string>());
        } else if (key == "ca_file") {
            out->caFile = qs(v.as<std::string>());
        } else if (key == "timeout_seconds" || key == "attempts") {
            const int n = v.as<int>();
            if (n < 1 || n > 600) {
                *error = QCoreApplication::translate("raycstr::ServerConfig", "smtp.%1 must be between 1 and 600").arg(qs(key));
                return false;
            }
            (key == "attempts" ? out->attempts : out->timeoutSecs) = n;
        } else {
            *error = QCoreApplication::translate("raycstr::ServerConfig", "unknown setting 'smtp.%1'").arg(qs(key));
            return false;
        }
    }
    if (out->url.isEmpty() || out->from.isEmpty()) {
        *error = QCoreApplication::translate("raycstr::ServerConfig", "smtp needs at least url and from");
        return false;
    }
    return true;
}

// reports: [{site, to: [addresses], every: week|month, hour: 0-23, language}]
bool loadReports(const YAML::Node &value, QList<ReportSchedule> *out, QString *error)
{
    if (!value.IsSequence()) {
        *error = QCoreApplication::translate("raycstr::ServerConfig", "reports must be a list of {site, to, every, hour, language}");
        return false;
    }
    out->clear();
    for (const auto &item : value) {
        if (!item.IsMap()) {
            *error = QCoreApplication::translate("raycstr::ServerConfig", "each report must be a mapping: site, to, every, hour, language");
            return false;
        }
        ReportSchedule r;
        for (const auto &kv : item) {
            const std::string key = kv.first.as<std::string>();
            const YAML::Node &v = kv.second;
            if (key == "site") {
                r.site = qs(v.as<std::string>()).trimmed().toLower();
            } else if (key == "to") {
                if (v.IsSequence()) {
                    for (const auto &a : v)
                        r.to.append(qs(a.as<std::string>()).trimmed());
                } else {
                    r.to.append(qs(v.as<std::string>()).trimmed());
                }
            } else if (key == "every") {
                r.every = qs(v.as<std::string>());
                if (r.every != QLatin1String("week") && r.every != QLatin1String("month")) {
                    *error = QCoreApplication::translate("raycstr::ServerConfig", "reports.every must be week or month");
                    return false;
                }
            } else if (key == "hour") {
                r.hour = v.as<int>();
                if (r.hour < 0 || r.hour > 23) {
                    *error = QCoreApplication::translate("raycstr::ServerConfig", "reports.hour must be between 0 and 23");
                    return false;
                }
            } else if (key == "language") {
                r.language = qs(v.as<std::string>());
            } else {
                *error = QCoreApplication::translate("raycstr::ServerConfig", "unknown setting 'reports.%1'").arg(qs(key));
                return false;
            }
        }
        if (r.site.isEmpty() || r.to.isEmpty()) {
            *error = QCoreApplication::translate("raycstr::ServerConfig", "a report needs a site and at least one address in to");
            return false;
        }
        out->append(r);
    }
    return true;
}

QString where(const YAML::Node &node)
{
    const auto mark = node.Mark();
    return QCoreApplication::translate("raycstr::ServerConfig", "line %1").arg(mark.line + 1);
}

// The connection settings by their config-file key, with the least value that makes sense.
ConnectionLimits::Setting connectionSetting(const QString &key, ConnectionLimits *limits)
{
    if (key == QLatin1String("http_header_timeout"))
        return {&limits->headerTimeoutSecs, 1};
    if (key == QLatin1String("http_body_timeout"))
        return {&limits->bodyTimeoutSecs, 1};
    if (key == QLatin1String("http_idle_timeout"))
        return {&limits->idleTimeoutSecs, 1};
    if (key == QLatin1String("max_connections"))
        return {&limits->maxConnections, 16};
    if (key == QLatin1String("max_connections_per_address"))
        return {&limits->maxConnectionsPerAddress, 1};
    return {};
}

} // namespace

bool ServerConfig::loadYaml(const QString &path, QString *error)
{
    YAML::Node root;
    try {
        root = YAML::LoadFile(path.toStdString());
    } catch (const YAML::BadFile &) {
        *error = QCoreApplication::translate("raycstr::ServerConfig", "cannot read config file %1")
                     .arg(path);
        return false;
    } catch (const YAML::Exception &e) {
        *error = QCoreApplication::translate("raycstr::ServerConfig", "%1: line %2: %3")
                     .arg(path)
                     .arg(e.mark.line + 1)
                     .arg(qs(e.msg));
        return false;
    }
    if (root.IsNull())
        return true; // an empty file changes nothing
    if (!root.IsMap()) {
        *error = QCoreApplication::translate("raycstr::ServerConfig",
                                             "%1: expected a mapping of settings")
                     .arg(path);
        return false;
    }
    ServerConfig next = *this;
    try {
        for (const auto &kv : root) {
            const QString key = qs(kv.first.as<std::string>());
            const YAML::Node &value = kv.second;
            const QString at = QStringLiteral("%1: %2: ").arg(path, where(kv.first));
            if (key == QLatin1String("listen")) {
                if (!parseListen(qs(value.as<std::string>()), &next.listenAddress, &next.listenPort,
                                 error)) {
                    *error = at + *error;
                    return false;
                }
            } else if (key == QLatin1String("data_dir")) {
                next.dataDir = qs(value.as<std::string>());
            } else if (key == QLatin1String("store")) {
                // Checked where it is used (store/storelocation.h); a bad one stops the start.
                next.store = qs(value.as<std::string>());
            } else if (key == QLatin1String("store_password")) {
                next.storePassword = qs(value.as<std::string>());
                // The password sits in this file: others must not read it.
                if (QFileInfo(path).permissions() & QFileDevice::ReadOther) {
                    *error = at
                        + QCoreApplication::translate("raycstr::ServerConfig", "store_password is set but %1 is readable by every user: "
                                   "chmod 600 (or 640 with the service's group) %1")
                              .arg(path);
                    return false;
                }
            } else if (key == QLatin1String("retention_days")) {
                const int days = value.as<int>();
                if (days < 1) {
                    *error = at
                        + QCoreApplication::translate("raycstr::ServerConfig",
                                                      "retention_days must be at least 1");
                    return false;
                }
                next.retentionDays = days;
            } else if (key == QLatin1String("trusted_proxies")) {
                if (!value.IsSequence()) {
                    *error = at
                        + QCoreApplication::translate(
                                 "raycstr::ServerConfig",
                                 "trusted_proxies must be a list of addresses or subnets");
                    return false;
                }
                next.trustedProxies.clear();
                for (const auto &item : value) {
                    QPair<QHostAddress, int> subnet;
                    if (!parseSubnet(qs(item.as<std::string>()), &subnet, error)) {
                        *error = QStringLiteral("%1: %2: %3").arg(path, where(item), *error);
                        return false;
                    }
                    next.trustedProxies.append(subnet);
                }
            } else if (key == QLatin1String("geoip_database")) {
                next.geoipDatabase = qs(value.as<std::string>());
            } else if (key == QLatin1String("user_agent_regexes")) {
                next.userAgentRegexes = qs(value.as<std::string>());
            } else if (key == QLatin1String("bot_rules")) {
                next.botRules = qs(value.as<std::string>());
            } else if (key == QLatin1String("queue_capacity")) {
                const int capacity = value.as<int>();
                if (capacity < 100) {
                    *error = at
                        + QCoreApplication::translate("raycstr::ServerConfig",
                                                      "queue_capacity must be at least 100");
                    return false;
                }
                next.queueCapacity = capacity;
            } else if (key == QLatin1String("query_workers")
                       || key == QLatin1String("query_timeout_secs")) {
                const int n = value.as<int>();
                if (n < 1 || n > 3600) {
                    *error = at
                        + QCoreApplication::translate("raycstr::ServerConfig",
                                                      "%1 must be between 1 and 3600")
                              .arg(key);
                    return false;
                }
                (key == QLatin1String("query_workers") ? next.queryWorkers
                                                       : next.queryTimeoutSecs)
                    = n;
            } else if (ConnectionLimits::Setting setting = connectionSetting(key, &next.connections);
                       setting.value) {
                const int v = value.as<int>();
                if (v < setting.minimum) {
                    *error = at
                        + QCoreApplication::translate("raycstr::ServerConfig",
                                                      "%1 must be at least %2")
                              .arg(key)
                              .arg(setting.minimum);
                    return false;
                }
                *setting.value = v;
            } else if (key == QLatin1String("backup")) {
                if (!loadBackups(value, &next.backups, error)) {
                    *error = at + *error;
                    return false;
                }
            } else if (key == QLatin1String("smtp")) {
                if (!loadSmtp(value, &next.smtp, error)) {
                    *error = at + *error;
                    return false;
                }
                // The password sits in this file: others must not read it.
                if (!next.smtp.password.isEmpty()
                    && (QFileInfo(path).permissions() & QFileDevice::ReadOther)) {
                    *error = at
                        + QCoreApplication::translate("raycstr::ServerConfig", "smtp.password is set but %1 is readable by every user: "
                                   "chmod 600 (or 640 with the service's group) %1")
                              .arg(path);
                    return false;
                }
            } else if (key == QLatin1String("reports")) {
                if (!loadReports(value, &next.reports, error)) {
                    *error = at + *error;
                    return false;
                }
            } else if (key == QLatin1String("alerts")) {
                if (!loadAlertRules(value, path, &next.alerts, error))
                    return false;
            } else if (key == QLatin1String("queue_megabytes")) {
                const int megabytes = value.as<int>();
                if (megabytes < 1) {
                    *error = at
                        + QCoreApplication::translate("raycstr::ServerConfig",
                                                      "queue_megabytes must be at least 1");
                    return false;
                }
                next.queueBytes = qint64(megabytes) * 1024 * 1024;
            } else {
                *error = at
                    + QCoreApplication::translate("raycstr::ServerConfig", "unknown setting '%1'")
                          .arg(key);
                return false;
            }
        }
    } catch (const YAML::Exception &e) {
        *error = QCoreApplication::translate("raycstr::ServerConfig", "%1: line %2: %3")
                     .arg(path)
                     .arg(e.mark.line + 1)
                     .arg(qs(e.msg));
        return false;
    }
    if (!next.reports.isEmpty() && !next.smtp.isConfigured()) {
        *error = QStringLiteral("%1: ").arg(path)
            + QCoreApplication::translate("raycstr::ServerConfig", "reports are configured but no smtp section says how to send them");
        return false;
    }
    for (const AlertRule &a : next.alerts) {
        if (!a.email.isEmpty() && !next.smtp.isConfigured()) {
            *error = QStringLiteral("%1: ").arg(path)
                + QCoreApplication::translate("raycstr::ServerConfig", "an alert sends e-mail but no smtp section says how to send it");
            return false;
        }
    }
    *this = next;
    return true;
}

bool ServerConfig::parseListen(const QString &text, QHostAddress *address, quint16 *port,
                               QString *error)
{
    QString host;
    QString portText = text.trimmed();
    if (portText.startsWith(QLatin1Char('['))) {
        const qsizetype close = portText.indexOf(QLatin1Char(']'));
        if (close < 0 || close + 1 >= portText.size()
            || portText.at(close + 1) != QLatin1Char(':')) {
            *error
                = QCoreApplication::translate("raycstr::ServerConfig",
                                              "invalid listen address '%1' (expected [ipv6]:port)")
                      .arg(text);
            return false;
        }
        host = portText.mid(1, close - 1);
        portText = portText.mid(close + 2);
    } else if (const qsizetype colon = portText.lastIndexOf(QLatin1Char(':')); colon >= 0) {
        host = portText.left(colon);
        portText = portText.mid(colon + 1);
    }
    bool ok = false;
    const uint p = portText.toUInt(&ok);
    if (!ok || p > 65535) {
        *error = QCoreApplication::translate("raycstr::ServerConfig",
                                             "invalid port in listen address '%1'")
                     .arg(text);
        return false;
    }
    QHostAddress addr(QHostAddress::Any);
    if (host == QLatin1String("localhost"))
        addr = QHostAddress(QHostAddress::LocalHost);
    else if (!host.isEmpty() && !addr.setAddress(host)) {
        *error = QCoreApplication::translate("raycstr::ServerConfig",
                                             "invalid IP address in listen address '%1'")
                     .arg(text);
        return false;
    }
    *address = addr;
    *port = quint16(p);
    return true;
}

bool ServerConfig::parseSubnet(const QString &text, QPair<QHostAddress, int> *subnet,
                               QString *error)
{
    const QString t = text.trimmed();
    if (t.contains(QLatin1Char('/'))) {
        *subnet = QHostAddress::parseSubnet(t);
        if (subnet->first.isNull()) {
            *error = QCoreApplication::translate("raycstr::ServerConfig", "invalid subnet '%1'")
                         .arg(text);
            return false;
        }
        return true;
    }
    QHostAddress addr;
    if (!addr.setAddress(t)) {
        *error = QCoreApplication::translate("raycstr::ServerConfig", "invalid IP address '%1'")
                     .arg(text);
        return false;
    }
    *subnet = {addr, addr.protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32};
    return true;
}

bool ServerConfig::isTrustedProxy(const QHostAddress &peer) const
{
    for (const auto &subnet : trustedProxies) {
        if (peer.isInSubnet(subnet))
            return true;
        // A v4 proxy seen through a dual-stack socket arrives as ::ffff:a.b.c.d.
        bool isV4 = false;
        const quint32 v4 = peer.toIPv4Address(&isV4);
        if (isV4 && QHostAddress(v4).isInSubnet(subnet))
            return true;
    }
    return false;
}

QString ServerConfig::listenString() const
{
    const QString host = listenAddress.protocol() == QAbstractSocket::IPv6Protocol
        ? QStringLiteral("[%1]").arg(listenAddress.toString())
        : listenAddress.toString();
    return QStringLiteral("%1:%2").arg(host).arg(listenPort);
}

QString defaultDataDir()
{
    // GenericDataLocation keeps the path the same for the desktop app and the server.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/raycstr");
}

static QString firstExisting(const QStringList &candidates)
{
    for (const QString &c : candidates) {
        if (QFileInfo(c).isFile())
            return c;
    }
    return QString();
}

// Data shipped with the program itself: the Windows installer puts bin\ and share\ side by
// side, a macOS app bundle keeps it in Contents/Resources (installer/windows, installer/macos).
static QStringList besideProgram(const QString &file)
{
    if (!QCoreApplication::instance())
        return {};
    const QString dir = QCoreApplication::applicationDirPath();
    return {QDir::cleanPath(dir + QStringLiteral("/../share/") + file),
            QDir::cleanPath(dir + QStringLiteral("/../Resources/") + file)};
}

QString findUserAgentRegexes()
{
    return firstExisting(QStringList {QStringLiteral("/usr/share/uap-core/regexes.yaml"),
                                      QStringLiteral("/usr/local/share/uap-core/regexes.yaml")}
                         + besideProgram(QStringLiteral("uap-core/regexes.yaml")));
}

QString findGeoIpDatabase()
{
    return firstExisting(QStringList {QStringLiteral("/usr/local/share/raycstr/country.mmdb"),
                                      QStringLiteral("/usr/share/raycstr/country.mmdb"),
                                      QStringLiteral("/var/lib/GeoIP/GeoLite2-Country.mmdb"),
                                      QStringLiteral("/usr/share/GeoIP/GeoLite2-Country.mmdb")}
                         + besideProgram(QStringLiteral("raycstr/country.mmdb")));
}

} // namespace raycstr
