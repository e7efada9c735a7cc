#include "countryaddresses.h"

#include "ingest/geoip.h"
#include "traffictables.h"

#include <QHash>
#include <QHostAddress>
#include <QStringList>

namespace raycstr::bench {

void CountryAddresses::build(const GeoIp &geoIp, Rng &rng)
{
    m_countries.clear();
    QHash<QString, int> index;
    for (const auto &c : tables::countries) {
        index.insert(QString::fromLatin1(c.code), int(m_countries.size()));
        m_countries.push_back({QString::fromLatin1(c.code), c.weight, {}, {}});
    }
    constexpr size_t want = 256;
    for (int i = 0; i < 4'000'000; ++i) {
        const quint32 a = quint32(rng.next() >> 32) & 0xffffff00u;
        const quint32 top = a >> 24;
        // not public: 0/8, 10/8, 127/8, multicast and up, 100.64/10, 169.254/16,
        // 172.16/12, 192.168/16
        if (top == 0 || top == 10 || top == 127 || top >= 224 || (a & 0xffc00000u) == 0x64400000u
            || (a & 0xffff0000u) == 0xa9fe0000u || (a & 0xfff00000u) == 0xac100000u
            || (a & 0xffff0000u) == 0xc0a80000u)
            continue;
        const QString code = geoIp.countryCode(QHostAddress(a | 1u));
        const auto it = index.constFind(code);
        if (code.isEmpty() || it == index.constEnd())
            continue;
        auto &r = m_countries[size_t(it.value())];
        if (r.v4.size() < want)
            r.v4.push_back(a);
        if ((i & 0xffff) == 0 && i > 0) {
            const bool full = std::all_of(m_countries.begin(), m_countries.end(), [](auto &c) {
                return c.code.isEmpty() || c.v4.size() >= 64;
            });
            if (full)
                break;
        }
    }
    // IPv6: /64s inside the registries' big blocks (2400::/12 APNIC, 2600::/12 ARIN,
    // 2800::/12 LACNIC, 2a00::/12 RIPE NCC, 2c00::/12 AFRINIC, 2001::/16 mixed).
    static const quint64 blocks[] = {0x2400, 0x2600, 0x2800, 0x2a00, 0x2c00, 0x2001};
    for (int i = 0; i < 1'000'000; ++i) {
        const quint64 block = blocks[rng.below(quint32(std::size(blocks)))];
        const quint64 hi = block == 0x2001
            ? (0x2001ull << 48) | (rng.next() & 0x0000ffffffff0000ull)
            : (block << 48) | (rng.next() & 0x000fffffffff0000ull);
        Q_IPV6ADDR bytes {};
        for (int b = 0; b < 8; ++b)
            bytes[b] = quint8(hi >> (56 - 8 * b));
        bytes[15] = 1;
        const QString code = geoIp.countryCode(QHostAddress(bytes));
        const auto it = index.constFind(code);
        if (code.isEmpty() || it == index.constEnd())
            continue;
        auto &r = m_countries[size_t(it.value())];
        if (r.v6.size() < want / 4)
            r.v6.push_back(hi);
    }
}

Address CountryAddresses::pick(int i, Rng &rng, double v6Share) const
{
    const Ranges &r = m_countries[size_t(i)];
    Address a;
    if (!r.v6.empty() && rng.chance(v6Share)) {
        a.v6 = true;
        a.hi = r.v6[rng.below(quint32(r.v6.size()))];
        a.lo = rng.next() | 1;
    } else if (!r.v4.empty()) {
        a.lo = r.v4[rng.below(quint32(r.v4.size()))] | (1 + rng.below(254));
    } else {
        a.lo = 0x64400000u | rng.below(1u << 22); // 100.64/10 carrier NAT: no country
    }
    return a;
}

QString CountryAddresses::summary() const
{
    QStringList parts;
    for (const auto &c : m_countries) {
        if (!c.code.isEmpty())
            parts.append(QStringLiteral("%1 %2/%3").arg(c.code).arg(c.v4.size()).arg(c.v6.size()));
    }
    return parts.join(QLatin1String(", "));
}

int CountryAddresses::countriesWithoutRanges() const
{
    return int(std::count_if(m_countries.begin(), m_countries.end(),
                             [](const auto &c) { return !c.code.isEmpty() && c.v4.empty(); }));
}

} // namespace raycstr::bench
