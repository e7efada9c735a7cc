#include "ingest/geoip.h"

#include <QFile>
#include <QFileInfo>
#include <QtEndian>

// maxminddb.h brings the socket address types: <winsock2.h>/<ws2tcpip.h> on Windows, the
// POSIX headers elsewhere.
#include <maxminddb.h>

#include <array>
#include <cerrno>
#include <cstring>
#ifndef Q_OS_WIN
#include <netinet/in.h>
#include <sys/socket.h>
#endif

namespace raycstr {

namespace {

// Every valid answer is one of 676 two-letter codes: hand out shared QStrings so a lookup
// (run for every event) never allocates.
const QString &countryCodeString(char a, char b)
{
    static const std::array<QString, 26 * 26> codes = [] {
        std::array<QString, 26 * 26> table;
        for (int i = 0; i < 26; ++i) {
            for (int j = 0; j < 26; ++j) {
                const char chars[2] = {char('A' + i), char('A' + j)};
                table[i * 26 + j] = QString::fromLatin1(chars, 2);
            }
        }
        return table;
    }();
    return codes[(a - 'A') * 26 + (b - 'A')];
}

char upperAsciiLetter(char c)
{
    if (c >= 'a' && c <= 'z')
        return char(c - 'a' + 'A');
    return (c >= 'A' && c <= 'Z') ? c : 0;
}

// The string at `path`, upper-cased, when it looks like an ISO 3166-1 alpha-2 code (two
// letters); anything else (missing, another type, a longer name) counts as unknown.
QString isoCodeAt(MMDB_entry_s *entry, const char *const *path)
{
    MMDB_entry_data_s data;
    if (MMDB_aget_value(entry, &data, path) != MMDB_SUCCESS || !data.has_data
        || data.type != MMDB_DATA_TYPE_UTF8_STRING || data.data_size != 2) {
        return QString();
    }
    const char a = upperAsciiLetter(data.utf8_string[0]);
    const char b = upperAsciiLetter(data.utf8_string[1]);
    if (!a || !b)
        return QString();
    return countryCodeString(a, b);
}

} // namespace

struct MaxMindGeoIp::Private
{
    MMDB_s db {};
    bool open = false;

    void close()
    {
        if (open)
            MMDB_close(&db);
        open = false;
    }
};

MaxMindGeoIp::MaxMindGeoIp()
    : d(std::make_unique<Private>())
{ }

MaxMindGeoIp::~MaxMindGeoIp()
{
    d->close();
}

bool MaxMindGeoIp::open(const QString &path, QString *error)
{
    d->close();
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    // libmaxminddb's own messages ("Error opening the specified MaxMind DB file") do not
    // say which file or why; check the common cases first to give the admin a usable hint.
    const QFileInfo info(path);
    if (path.isEmpty())
        return fail(QStringLiteral("GeoIP database path is empty"));
    if (!info.exists())
        return fail(QStringLiteral("GeoIP database %1 does not exist").arg(path));
    if (!info.isFile())
        return fail(QStringLiteral("GeoIP database %1 is not a regular file").arg(path));
    if (!info.isReadable())
        return fail(QStringLiteral("GeoIP database %1 is not readable").arg(path));

    const QByteArray fileName = QFile::encodeName(path);
    errno = 0;
    const int status = MMDB_open(fileName.constData(), MMDB_MODE_MMAP, &d->db);
    if (status != MMDB_SUCCESS) {
        QString reason = QString::fromUtf8(MMDB_strerror(status));
        if (status == MMDB_IO_ERROR && errno != 0)
            reason += QStringLiteral(" (%1)").arg(QString::fromLocal8Bit(std::strerror(errno)));
        if (status == MMDB_INVALID_METADATA_ERROR || status == MMDB_UNKNOWN_DATABASE_FORMAT_ERROR
            || status == MMDB_CORRUPT_SEARCH_TREE_ERROR || status == MMDB_INVALID_DATA_ERROR) {
            reason += QStringLiteral("; is it a MaxMind DB (.mmdb) file?");
        }
        return fail(QStringLiteral("GeoIP database %1 could not be opened: %2").arg(path, reason));
    }
    d->open = true;
    return true;
}

bool MaxMindGeoIp::isOpen() const
{
    return d->open;
}

QString MaxMindGeoIp::countryCode(const QHostAddress &address) const
{
    if (!d->open)
        return QString();

    // An IPv4 client on a dual-stack socket arrives as ::ffff:a.b.c.d. It is looked up as
    // plain IPv4: in an IPv4-only database an IPv6 lookup is an error, and in an IPv6
    // database libmaxminddb starts IPv4 lookups at the ::a.b.c.d subtree, which is where
    // MaxMind's own ::ffff:0:0/96 alias points anyway. Databases without that alias
    // (ip-location-db) would find nothing for the mapped form as sent.
    sockaddr_in v4 {};
    sockaddr_in6 v6 {};
    const sockaddr *sa = nullptr;
    switch (address.protocol()) {
    case QAbstractSocket::IPv4Protocol:
        v4.sin_family = AF_INET;
        v4.sin_addr.s_addr = qToBigEndian(address.toIPv4Address()); // network order
        sa = reinterpret_cast<const sockaddr *>(&v4);
        break;
    case QAbstractSocket::IPv6Protocol: {
        const Q_IPV6ADDR a6 = address.toIPv6Address();
        static constexpr quint8 mappedPrefix[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
        if (std::memcmp(a6.c, mappedPrefix, sizeof mappedPrefix) == 0) {
            v4.sin_family = AF_INET;
            std::memcpy(&v4.sin_addr.s_addr, a6.c + 12, 4); // already network order
            sa = reinterpret_cast<const sockaddr *>(&v4);
        } else {
            v6.sin6_family = AF_INET6;
            std::memcpy(v6.sin6_addr.s6_addr, a6.c, 16);
            sa = reinterpret_cast<const sockaddr *>(&v6);
        }
        break;
    }
    default:
        return QString();
    }

    int mmdbError = MMDB_SUCCESS;
    MMDB_lookup_result_s result = MMDB_lookup_sockaddr(&d->db, sa, &mmdbError);
    // MMDB_IPV6_LOOKUP_IN_IPV4_DATABASE_ERROR (a real IPv6 client, IPv4-only database) is
    // simply "unknown".
    if (mmdbError != MMDB_SUCCESS || !result.found_entry)
        return QString();

    // MaxMind's layout first, then ip-location-db's, then the registered country (MaxMind
    // leaves `country` out for some anycast and satellite ranges).
    static const char *const maxMindPath[] = {"country", "iso_code", nullptr};
    static const char *const ipLocationPath[] = {"country_code", nullptr};
    static const char *const registeredPath[] = {"registered_country", "iso_code", nullptr};
    for (const char *const *path : {maxMindPath, ipLocationPath, registeredPath}) {
        QString code = isoCodeAt(&result.entry, path);
        if (!code.isEmpty())
            return code;
    }
    return QString();
}

std::unique_ptr<GeoIp> openGeoIp(const QString &path, QString *warning)
{
    if (path.isEmpty())
        return std::make_unique<NullGeoIp>();
    auto geo = std::make_unique<MaxMindGeoIp>();
    QString error;
    if (!geo->open(path, &error)) {
        if (warning)
            *warning = error + QStringLiteral("; countries will be unknown");
        return std::make_unique<NullGeoIp>();
    }
    return geo;
}

} // namespace raycstr
