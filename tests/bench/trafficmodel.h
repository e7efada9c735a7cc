#pragma once

// Realistic traffic for benchmark data sets (seed_dataset): one busy site and many small
// ones, each with its own catalogue of paths (Zipf popularity), a mix of sources (search,
// social, newsletters with utm_*, a long tail of referring sites), countries (addresses
// from real ranges, found in the installed GeoIP database), browsers and devices (real
// User-Agent strings, a few of them bots), visits of 1-10 pageviews, custom events with
// props, Web Vitals and engagement pings, with daily and weekly seasonality.
//
// The model only makes Hits, exactly as the collector would hand them to the writer; the
// caller runs them through the real pipeline, sessionizer and store. Deterministic for a
// given seed.

#include "core/event.h"
#include "countryaddresses.h"
#include "trafficrandom.h"

#include <QList>
#include <QString>
#include <vector>

namespace raycstr {
class GeoIp;
}

namespace raycstr::bench {

struct SiteSpec
{
    QString domain;
    QString timeZone; // IANA id
    double share = 0; // of all human events
    QString homeCountry; // over-represented among visitors ("" = none)
    int pathCount = 0;
};

// One person: an address and a browser. Returning visitors keep both, so the visitor hash
// (and with it unique visitors and sessions) behaves as with real people.
struct Person
{
    Address address;
    quint16 agent = 0; // index into the User-Agent table
};

class TrafficModel
{
public:
    // `geoIp` is asked once, at construction, which address ranges belong to which country
    // (random sampling); without a database every visitor's country is unknown.
    // `humanEvents` and `days` size the pools of returning visitors.
    TrafficModel(quint64 seed, int siteCount, int days, qint64 humanEvents, const GeoIp &geoIp);
    ~TrafficModel();

    const QList<SiteSpec> &sites() const { return m_sites; }
    // The id the store gave the site (default: index + 1).
    void setSiteId(int site, qint32 id);

    // Relative volume of a site's local day (trend, weekday, noise, the busy site's one
    // viral day). `dayOfWeek` 1 = Monday … 7 = Sunday.
    double dayWeight(int site, int dayIndex, int dayOfWeek) const;
    // Relative volume of a local hour (0-23); sums to 24 over a day.
    static double hourWeight(int localHour);

    // Appends one human visit (pageviews with their custom events, vitals and engagement
    // pings) starting at `startMs`; returns the number of hits appended.
    int appendVisit(int site, int dayIndex, qint64 startMs, std::vector<Hit> &out);
    // One crawler/monitor hit: a bot User-Agent the pipeline must drop.
    void appendBotHit(int site, qint64 tsMs, std::vector<Hit> &out);

    // The User-Agent table, for the start-up check that the parser classifies it as meant.
    static int agentCount();
    static QByteArray agent(int index);
    static bool agentIsBot(int index);
    static DeviceType agentDevice(int index);

    const CountryAddresses &addresses() const { return m_addresses; }

private:
    struct Catalogue;
    void buildCatalogue(int site, Catalogue &c);
    Person newPerson(const Catalogue &c);
    Person pickPerson(Catalogue &c);
    void appendPage(Catalogue &c, const Person &p, int path, qint64 ts, const QString &url,
                    const QString &referrer, qint64 leaveMs, std::vector<Hit> &out, int &count);
    Hit baseHit(const Catalogue &c, const Person &p, qint64 tsMs, const QString &url) const;

    Rng m_rng;
    int m_days;
    QList<SiteSpec> m_sites;
    std::vector<Catalogue> m_catalogues;
    CountryAddresses m_addresses;
    Discrete m_humanAgents;
    Discrete m_botAgents;
    Discrete m_tailHosts;
    QStringList m_tailHostNames;
    Discrete m_acquisitions;
};

} // namespace raycstr::bench
