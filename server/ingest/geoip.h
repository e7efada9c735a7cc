#pragma once

#include <QHostAddress>
#include <QString>
#include <memory>

namespace raycstr {

// IP → country, behind an interface so tests and builds without a database substitute
// a fake. The address is used for the lookup and dropped by the caller.
class GeoIp
{
public:
    virtual ~GeoIp() = default;
    // ISO 3166-1 alpha-2 code ("DE"), or empty when unknown.
    virtual QString countryCode(const QHostAddress &address) const = 0;
};

// No database: every lookup is unknown. Not an error.
class NullGeoIp final : public GeoIp
{
public:
    QString countryCode(const QHostAddress &) const override { return QString(); }
};

// libmaxminddb over an .mmdb file (MaxMind GeoLite2/GeoIP2 Country with
// country.iso_code, or ip-location-db style with country_code). Handles ::ffff:a.b.c.d.
// Lookups are thread-safe (the database is memory-mapped and read-only).
class MaxMindGeoIp final : public GeoIp
{
public:
    MaxMindGeoIp();
    ~MaxMindGeoIp() override;
    bool open(const QString &path, QString *error);
    bool isOpen() const;
    QString countryCode(const QHostAddress &address) const override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// Opens `path` when given and readable, otherwise returns a NullGeoIp. `warning` gets the
// reason when a given path could not be opened.
std::unique_ptr<GeoIp> openGeoIp(const QString &path, QString *warning);

} // namespace raycstr
