#pragma once

// Client addresses per visitor country for the benchmark data sets. The ranges come from the
// installed GeoIP database itself (random public addresses, looked up once at start-up), so
// the country the pipeline derives from an address is the one the model meant, whatever
// database is installed.

#include "trafficrandom.h"

#include <QString>
#include <vector>

namespace raycstr {
class GeoIp;
}

namespace raycstr::bench {

struct Address
{
    quint64 hi = 0; // IPv6: high 64 bits
    quint64 lo = 0; // IPv6: low 64 bits; IPv4: the address
    bool v6 = false;
};

class CountryAddresses
{
public:
    // The countries of traffictables.h; those the database has no range for stay unusable.
    void build(const GeoIp &geoIp, Rng &rng);

    int size() const { return int(m_countries.size()); }
    const QString &code(int i) const { return m_countries[size_t(i)].code; }
    double weight(int i) const { return m_countries[size_t(i)].weight; }
    // Unknown country ("") is always usable: carrier-NAT addresses no database knows.
    bool isUsable(int i) const { return code(i).isEmpty() || !m_countries[size_t(i)].v4.empty(); }

    // An address in country `i`: IPv6 with probability `v6Share` when there are v6 ranges.
    Address pick(int i, Rng &rng, double v6Share) const;

    // "US 256/64, DE …": IPv4 /24s and IPv6 /64s found per country, for the log.
    QString summary() const;
    int countriesWithoutRanges() const;

private:
    struct Ranges
    {
        QString code;
        double weight = 0;
        std::vector<quint32> v4; // /24 networks the database places in this country
        std::vector<quint64> v6; // /64 networks
    };
    std::vector<Ranges> m_countries;
};

} // namespace raycstr::bench
