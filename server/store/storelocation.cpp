#include "store/storelocation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace raycstr {

namespace {

// Messages are marked for lupdate (QT_TRANSLATE_NOOP) and translated here, in one context.
QString translated(const char *text)
{
    return QCoreApplication::translate("raycstr::StoreLocation", text);
}

bool fail(QString *error, const QString &why)
{
    *error = translated(QT_TRANSLATE_NOOP("raycstr::StoreLocation",
                                          "store location: %1 (expected \"sqlite\" or %2)"))
                 .arg(why,
                      QStringLiteral("clickhouse://[user@]host[:port][/database][?cluster=NAME]"));
    return false;
}

} // namespace

QString ClickHouseEndpoint::toDisplayString() const
{
    QUrl url;
    url.setScheme(QStringLiteral("clickhouse"));
    url.setUserName(user);
    url.setHost(host);
    url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    if (isCluster())
        url.setQuery(QStringLiteral("cluster=") + cluster);
    return url.toString();
}

QString StoreLocation::toDisplayString() const
{
    return m_kind == Kind::Sqlite ? QStringLiteral("sqlite") : m_clickHouse.toDisplayString();
}

std::optional<StoreLocation> StoreLocation::parse(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    StoreLocation location;
    if (trimmed.isEmpty() || trimmed.compare(QLatin1String("sqlite"), Qt::CaseInsensitive) == 0)
        return location;
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().compare(QLatin1String("clickhouse"), Qt::CaseInsensitive)) {
        // Never echo the text: a mistyped URL may still carry a password.
        fail(error,
             translated(QT_TRANSLATE_NOOP("raycstr::StoreLocation", "not a store location")));
        return std::nullopt;
    }
    // user:password@ (even with an empty password): the authority's user part has a ':'.
    const QString authority
        = trimmed.mid(trimmed.indexOf(QLatin1String("://")) + 3).section(QLatin1Char('/'), 0, 0);
    const qsizetype at = authority.lastIndexOf(QLatin1Char('@'));
    if (!url.password().isEmpty() || (at >= 0 && authority.left(at).contains(QLatin1Char(':')))) {
        fail(error,
             translated(QT_TRANSLATE_NOOP(
                 "raycstr::StoreLocation",
                 "the ClickHouse password does not belong in the URL; give it in the "
                 "config file or the environment")));
        return std::nullopt;
    }
    if (url.host().isEmpty()) {
        fail(error,
             translated(
                 QT_TRANSLATE_NOOP("raycstr::StoreLocation", "the ClickHouse URL names no host")));
        return std::nullopt;
    }
    ClickHouseEndpoint &ch = location.m_clickHouse;
    // One option: ?cluster=NAME, a cluster of the server's remote_servers. Its name goes
    // into SQL as a quoted literal; the characters of an XML element name ClickHouse's
    // configs use are enough.
    const QList<QPair<QString, QString>> options
        = QUrlQuery(url.query(QUrl::FullyDecoded)).queryItems(QUrl::FullyDecoded);
    static const QRegularExpression clusterName(
        QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}$"));
    if (url.hasFragment() || (url.hasQuery() && options.isEmpty()) || options.size() > 1
        || (!options.isEmpty() && options.first().first != QLatin1String("cluster"))) {
        fail(error,
             translated(QT_TRANSLATE_NOOP("raycstr::StoreLocation",
                                          "the ClickHouse URL takes no ?options but cluster=NAME, "
                                          "and no #fragment")));
        return std::nullopt;
    }
    if (!options.isEmpty()) {
        if (!clusterName.match(options.first().second).hasMatch()) {
            fail(error,
                 translated(QT_TRANSLATE_NOOP("raycstr::StoreLocation",
                                              "cluster name \"%1\" must be letters, digits, _, - "
                                              "and ."))
                     .arg(options.first().second.left(64)));
            return std::nullopt;
        }
        ch.cluster = options.first().second;
    }
    ch.host = url.host();
    const int port = url.port(8123);
    if (port <= 0 || port > 65535) {
        fail(error,
             translated(QT_TRANSLATE_NOOP("raycstr::StoreLocation", "port %1 is out of range"))
                 .arg(port));
        return std::nullopt;
    }
    ch.port = quint16(port);
    if (!url.userName().isEmpty())
        ch.user = url.userName();
    QString path = url.path();
    if (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    if (!path.isEmpty()) {
        // The name goes into DDL unquoted: letters, digits and '_' only.
        static const QRegularExpression name(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,63}$"));
        if (!name.match(path).hasMatch()) {
            fail(error,
                 translated(QT_TRANSLATE_NOOP("raycstr::StoreLocation",
                                              "database name \"%1\" must be letters, digits and _"))
                     .arg(path.left(64)));
            return std::nullopt;
        }
        ch.database = path;
    }
    location.m_kind = Kind::ClickHouse;
    return location;
}

} // namespace raycstr
