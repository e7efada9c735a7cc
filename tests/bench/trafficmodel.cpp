#include "trafficmodel.h"

#include "traffictables.h"

#include <QHostAddress>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace raycstr::bench {

namespace {

enum PathKind : quint8 { Plain, Docs, Download, Signup, Pricing, Post };

const QByteArray &agentBytes(int i)
{
    static const std::vector<QByteArray> bytes = [] {
        std::vector<QByteArray> v;
        for (const auto &a : tables::agents)
            v.push_back(QByteArray(a.userAgent));
        return v;
    }();
    return bytes[size_t(i)];
}

// Local hour → relative traffic (visitors' working day, evening tail, night trough).
constexpr double hourShape[24]
    = {0.30, 0.20, 0.15, 0.12, 0.12, 0.18, 0.35, 0.60, 0.85, 1.00, 1.05, 1.05,
       1.00, 1.00, 1.05, 1.05, 1.00, 0.90, 0.80, 0.75, 0.70, 0.60, 0.50, 0.40};

} // namespace

struct TrafficModel::Catalogue
{
    qint32 siteId = 0;
    QString origin; // "https://busy.example"
    QString wwwOrigin;
    QStringList paths;
    std::vector<quint8> kinds;
    std::vector<float> slowness; // Web Vitals factor per path (heavy pages are slower)
    Discrete popularity;
    std::vector<int> recent; // newest posts: what newsletters and social links point at
    Discrete recentPick;
    std::vector<int> docs;
    Discrete docsPick;
    Discrete countries;
    std::vector<Person> pool; // returning visitors
    Discrete poolPick;
    double weekday[7] = {1, 1, 1, 1, 1, 1, 1};
    double growth = 0;
    std::vector<double> noise;
    double quality = 1; // site-wide Web Vitals factor
    int spikeDay = -1; // the busy site's day on the front page of Hacker News
    int spikePath = -1;
};

TrafficModel::TrafficModel(quint64 seed, int siteCount, int days, qint64 humanEvents,
                           const GeoIp &geoIp)
    : m_rng(seed)
    , m_days(days)
{
    static const char *const zones[][2] = {
        {"UTC", ""},
        {"America/New_York", "US"},
        {"Europe/London", "GB"},
        {"America/Los_Angeles", "US"},
        {"Asia/Tokyo", "JP"},
        {"Australia/Sydney", "AU"},
        {"Asia/Kolkata", "IN"}, // half-hour offset
        {"Europe/Berlin", "DE"},
        {"America/Sao_Paulo", "BR"},
    };
    // The busy site has ~65 % of all traffic; the small ones share the rest, the first
    // ones more than the last (1/i^0.9).
    double smallSum = 0;
    for (int i = 1; i < siteCount; ++i)
        smallSum += 1.0 / std::pow(double(i), 0.9);
    for (int i = 0; i < siteCount; ++i) {
        SiteSpec s;
        if (i == 0) {
            s.domain = QStringLiteral("busy.example");
            s.timeZone = QStringLiteral("Europe/Berlin"); // DST changes inside a 90-day span
            s.share = siteCount == 1 ? 1.0 : 0.65;
        } else {
            s.domain = QStringLiteral("small%1.example").arg(i, 2, 10, QLatin1Char('0'));
            const auto &z = zones[size_t(i - 1) % std::size(zones)];
            s.timeZone = QString::fromLatin1(z[0]);
            s.homeCountry = QString::fromLatin1(z[1]);
            s.share = 0.35 / std::pow(double(i), 0.9) / smallSum;
        }
        s.pathCount = i == 0 ? 5000 : int(300 * std::pow(10.0, m_rng.uniform()));
        m_sites.append(s);
    }

    std::vector<double> w;
    for (const auto &a : tables::agents)
        w.push_back(a.bot ? 0 : a.weight);
    m_humanAgents = Discrete(w);
    w.clear();
    for (const auto &a : tables::agents)
        w.push_back(a.bot ? a.weight : 0);
    m_botAgents = Discrete(w);
    w.clear();
    for (const auto &a : tables::acquisitions)
        w.push_back(a.weight);
    m_acquisitions = Discrete(w);

    // Referring sites nobody has a rule for: blogs, forums, aggregators.
    QSet<QString> seen;
    while (m_tailHostNames.size() < 3000) {
        const int nw = int(std::size(tables::words));
        QString host = QString::fromLatin1(tables::words[m_rng.below(nw)])
            + QString::fromLatin1(tables::words[m_rng.below(nw)]) + QLatin1Char('.')
            + QString::fromLatin1(tables::tlds[m_rng.below(quint32(std::size(tables::tlds)))]);
        if (m_rng.chance(0.15))
            host.prepend(m_rng.chance(0.5) ? QLatin1String("blog.") : QLatin1String("forum."));
        if (!seen.contains(host)) {
            seen.insert(host);
            m_tailHostNames.append(host);
        }
    }
    m_tailHosts = Discrete::zipf(int(m_tailHostNames.size()), 1.1);

    m_addresses.build(geoIp, m_rng);
    m_catalogues.resize(size_t(siteCount));
    for (int i = 0; i < siteCount; ++i) {
        Catalogue &c = m_catalogues[size_t(i)];
        buildCatalogue(i, c);
        // Returning visitors: a pool of roughly three days' worth of visitors (visits per day
        // estimated at 4.3 hits each; the model ends up with ~6.3 per visit).
        const double visitsPerDay
            = double(humanEvents) * m_sites[i].share / std::max(1, days) / 4.3;
        c.pool.resize(size_t(std::clamp(visitsPerDay * 2, 64.0, double(1 << 20))));
        for (Person &p : c.pool)
            p = newPerson(c);
        c.poolPick = Discrete::zipf(int(c.pool.size()), 0.7);
    }
}

TrafficModel::~TrafficModel() = default;

void TrafficModel::setSiteId(int site, qint32 id)
{
    m_catalogues[size_t(site)].siteId = id;
}

void TrafficModel::buildCatalogue(int site, Catalogue &c)
{
    const SiteSpec &spec = m_sites[site];
    c.siteId = site + 1;
    c.origin = QLatin1String("https://") + spec.domain;
    c.wwwOrigin = QLatin1String("https://www.") + spec.domain;
    const int nw = int(std::size(tables::words));
    const auto word = [&] { return QString::fromLatin1(tables::words[m_rng.below(quint32(nw))]); };
    const auto slug = [&] {
        QString s = word();
        for (int i = 1 + int(m_rng.below(4)); i > 0; --i)
            s += QLatin1Char('-') + word();
        return s;
    };
    QSet<QString> seen;
    const auto add = [&](const QString &path, PathKind kind) {
        if (seen.contains(path))
            return false;
        seen.insert(path);
        c.paths.append(path);
        c.kinds.push_back(kind);
        return true;
    };

    // The pages every visitor knows come first: they take the top popularity ranks.
    QList<std::pair<const char *, PathKind>> core;
    const int flavour = site == 0 ? 0 : 1 + (site - 1) % 3; // 0 SaaS, 1 blog, 2 shop, 3 docs
    if (flavour == 0) {
        core = {{"/", Plain},
                {"/pricing", Pricing},
                {"/features", Plain},
                {"/blog", Plain},
                {"/docs", Docs},
                {"/signup", Signup},
                {"/login", Plain},
                {"/about", Plain},
                {"/download", Download},
                {"/integrations", Plain},
                {"/customers", Plain},
                {"/changelog", Plain},
                {"/contact", Plain},
                {"/careers", Plain},
                {"/security", Plain},
                {"/privacy", Plain},
                {"/terms", Plain},
                {"/status", Plain},
                {"/compare", Plain},
                {"/enterprise", Pricing},
                {"/partners", Plain},
                {"/press", Plain},
                {"/brand", Plain},
                {"/community", Plain}};
    } else if (flavour == 1) {
        core = {{"/", Plain},           {"/about", Plain},   {"/archive", Plain},
                {"/subscribe", Signup}, {"/contact", Plain}, {"/now", Plain}};
    } else if (flavour == 2) {
        core = {{"/", Plain},           {"/collections", Plain},       {"/cart", Pricing},
                {"/checkout", Pricing}, {"/account/register", Signup}, {"/pages/shipping", Plain},
                {"/pages/faq", Plain}};
    } else {
        core = {{"/", Plain},          {"/docs", Docs},     {"/download", Download},
                {"/pricing", Pricing}, {"/signup", Signup}, {"/blog", Plain}};
    }
    for (const auto &[p, kind] : core)
        add(QString::fromLatin1(p), kind);
    const int coreCount = int(c.paths.size());

    const int target = spec.pathCount;
    if (flavour == 0) {
        for (int s = 0; s < 15; ++s) {
            const QString section = word();
            for (int i = 0; i < 20; ++i)
                add(QLatin1String("/docs/") + section + QLatin1Char('/') + slug(), Docs);
        }
        for (int i = 0; i < 200; ++i)
            add(QLatin1String("/blog/tag/") + word(), Plain);
        for (int i = 0; i < 150; ++i)
            add(QLatin1String("/integrations/") + word(), Plain);
        for (int i = 0; i < 60; ++i)
            add(QLatin1String("/customers/") + word() + QLatin1Char('-') + word(), Plain);
        for (int i = 0; i < 20; ++i)
            add(QLatin1String("/careers/") + slug(), Plain);
        for (int i = 0; i < 150; ++i)
            add(QStringLiteral("/changelog/v%1.%2").arg(1 + i / 20).arg(i % 20), Plain);
        // blog posts with ids, oldest first, up to ~5000 paths in all
        for (int id = 1001; c.paths.size() < target; ++id) {
            add(QStringLiteral("/blog/%1-").arg(id) + slug(), Post);
            c.recent.push_back(int(c.paths.size()) - 1);
        }
    } else {
        const char *prefix = flavour == 1 ? "/posts/" : flavour == 2 ? "/products/" : "/docs/";
        const int main = target * 4 / 5;
        for (int i = 0; c.paths.size() < coreCount + main; ++i) {
            const QString path = QLatin1String(prefix)
                + (flavour == 3 ? word() + QLatin1Char('/') : QString()) + slug()
                + (flavour == 2 ? QStringLiteral("-%1").arg(i) : QString());
            if (add(path, flavour == 3 ? Docs : Post) && flavour != 3)
                c.recent.push_back(int(c.paths.size()) - 1);
        }
        const char *rest = flavour == 1 ? "/tags/" : flavour == 2 ? "/collections/" : "/blog/";
        for (int guard = 0; c.paths.size() < target && guard < 100000; ++guard) {
            const QString path = QLatin1String(rest) + (flavour == 3 ? slug() : word());
            if (add(path, flavour == 3 ? Post : Plain) && flavour == 3)
                c.recent.push_back(int(c.paths.size()) - 1);
        }
    }
    if (c.recent.size() > 40)
        c.recent.erase(c.recent.begin(), c.recent.end() - 40);
    std::reverse(c.recent.begin(), c.recent.end()); // newest first
    c.recentPick = Discrete::zipf(std::max<int>(1, int(c.recent.size())), 1.2);
    for (int i = 0; i < c.paths.size(); ++i) {
        if (c.kinds[size_t(i)] == Docs)
            c.docs.push_back(i);
    }
    c.docsPick = Discrete::zipf(std::max<int>(1, int(c.docs.size())), 1.0);

    // Popularity: core pages by rank, then the rest in a random order (Zipf over ranks).
    std::vector<int> order(size_t(c.paths.size()));
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    for (size_t i = order.size() - 1; i > size_t(coreCount); --i)
        std::swap(order[i], order[size_t(coreCount) + m_rng.below(quint32(i - coreCount + 1))]);
    std::vector<double> w(order.size());
    for (size_t r = 0; r < order.size(); ++r)
        w[size_t(order[r])] = 1.0 / double(r + 1);
    c.popularity = Discrete(w);
    c.slowness.resize(size_t(c.paths.size()));
    for (float &f : c.slowness)
        f = float(0.7 + 0.8 * m_rng.uniform());

    w.clear();
    for (int i = 0; i < m_addresses.size(); ++i) {
        const bool home = !spec.homeCountry.isEmpty() && m_addresses.code(i) == spec.homeCountry;
        w.push_back(m_addresses.isUsable(i) ? m_addresses.weight(i) * (home ? 8.0 : 1.0) : 0);
    }
    c.countries = Discrete(w);

    // Weekly rhythm: work-day products dip at weekends, hobby sites peak.
    const bool hobby = site != 0 && site % 4 == 0;
    const double weekday[7] = {1.0, 1.05, 1.05, 1.0, 0.92, 0.62, 0.68};
    for (int d = 0; d < 7; ++d)
        c.weekday[d] = hobby && d >= 5 ? 1.2 : weekday[d];
    c.growth = site == 0 ? 0.25 : -0.1 + 0.5 * m_rng.uniform();
    c.noise.resize(size_t(std::max(1, m_days)));
    for (double &n : c.noise)
        n = std::exp(0.08 * m_rng.normal());
    c.quality = site == 0 ? 1.0 : 0.7 + 0.8 * m_rng.uniform();
    if (site == 0 && !c.recent.empty() && m_days >= 3) {
        c.spikeDay = m_days * 2 / 3;
        c.spikePath = c.recent[3 % c.recent.size()];
    }
}

double TrafficModel::dayWeight(int site, int dayIndex, int dayOfWeek) const
{
    const Catalogue &c = m_catalogues[size_t(site)];
    double w = (1.0 + c.growth * dayIndex / std::max(1, m_days)) * c.weekday[(dayOfWeek + 6) % 7]
        * c.noise[size_t(std::clamp(dayIndex, 0, int(c.noise.size()) - 1))];
    if (dayIndex == c.spikeDay)
        w *= 2.2;
    else if (c.spikeDay >= 0 && dayIndex == c.spikeDay + 1)
        w *= 1.4;
    return w;
}

double TrafficModel::hourWeight(int localHour)
{
    static const double sum = [] {
        double s = 0;
        for (double h : hourShape)
            s += h;
        return s;
    }();
    return hourShape[std::clamp(localHour, 0, 23)] * 24.0 / sum;
}

Person TrafficModel::newPerson(const Catalogue &c)
{
    Person p;
    p.agent = quint16(m_humanAgents.sample(m_rng));
    p.address = m_addresses.pick(c.countries.sample(m_rng), m_rng, 0.25);
    return p;
}

Person TrafficModel::pickPerson(Catalogue &c)
{
    if (m_rng.chance(0.3))
        return c.pool[size_t(c.poolPick.sample(m_rng))];
    const Person p = newPerson(c);
    if (m_rng.chance(0.25))
        c.pool[m_rng.below(quint32(c.pool.size()))] = p;
    return p;
}

Hit TrafficModel::baseHit(const Catalogue &c, const Person &p, qint64 tsMs,
                          const QString &url) const
{
    Hit h;
    h.siteId = c.siteId;
    h.timestampMs = tsMs;
    h.url = url;
    h.userAgent = agentBytes(p.agent);
    if (p.address.v6) {
        Q_IPV6ADDR bytes;
        for (int b = 0; b < 8; ++b) {
            bytes[b] = quint8(p.address.hi >> (56 - 8 * b));
            bytes[8 + b] = quint8(p.address.lo >> (56 - 8 * b));
        }
        h.ip = QHostAddress(bytes);
    } else {
        h.ip = QHostAddress(quint32(p.address.lo));
    }
    static const int widths[4][4] = {{1280, 1280, 1280, 1280},
                                     {1920, 1536, 1440, 1366},
                                     {390, 393, 412, 430},
                                     {820, 768, 1024, 800}};
    h.screenWidth = widths[int(tables::agents[p.agent].device)][p.address.lo % 4];
    return h;
}

int TrafficModel::appendVisit(int site, int dayIndex, qint64 startMs, std::vector<Hit> &out)
{
    Catalogue &c = m_catalogues[size_t(site)];
    const Person person = pickPerson(c);
    const bool www = m_rng.chance(0.08);
    const QString &origin = www ? c.wwwOrigin : c.origin;

    QString referrer;
    QString query;
    int path = 0;
    int pageviews = 1;
    const double spikeShare = dayIndex == c.spikeDay      ? 0.55
        : (c.spikeDay >= 0 && dayIndex == c.spikeDay + 1) ? 0.3
                                                          : 0;
    if (spikeShare > 0 && m_rng.chance(spikeShare)) {
        // The viral post: Hacker News, then Reddit and Twitter; most read one page.
        const double r = m_rng.uniform();
        referrer = r < 0.6 ? QStringLiteral("https://news.ycombinator.com/")
            : r < 0.85     ? QStringLiteral("https://www.reddit.com/r/programming/comments/1d9x2k/")
                           : QStringLiteral("https://t.co/Zq8xR2mPbL");
        path = c.spikePath;
        pageviews = m_rng.chance(0.8) ? 1 : 2 + int(m_rng.below(3));
    } else {
        const auto &a = tables::acquisitions[size_t(m_acquisitions.sample(m_rng))];
        referrer = QString::fromLatin1(a.referrer);
        if (referrer == QLatin1String("@tail")) {
            const QString &host = m_tailHostNames[m_tailHosts.sample(m_rng)];
            referrer = QLatin1String("https://") + host + QLatin1Char('/');
            if (m_rng.chance(0.6))
                referrer += QString::fromLatin1(
                                tables::words[m_rng.below(quint32(std::size(tables::words)))])
                    + QLatin1Char('/');
        } else if (a.tokenPath) {
            static const char alnum[] = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
            for (int i = 0; i < 10; ++i)
                referrer += QLatin1Char(alnum[m_rng.below(sizeof(alnum) - 1)]);
        }
        query = QString::fromLatin1(a.query);
        if (query.contains(QLatin1String("%1")))
            query = query.arg(100 + dayIndex / 7); // one newsletter issue a week
        switch (a.landing) {
        case tables::Landing::Home:
            path = m_rng.chance(0.55) ? 0 : c.popularity.sample(m_rng);
            break;
        case tables::Landing::Any:
            path = c.popularity.sample(m_rng);
            break;
        case tables::Landing::Recent:
            path = c.recent.empty() || m_rng.chance(0.3)
                ? c.popularity.sample(m_rng)
                : c.recent[size_t(c.recentPick.sample(m_rng))];
            break;
        case tables::Landing::Docs:
            path = c.docs.empty() || m_rng.chance(0.3) ? c.popularity.sample(m_rng)
                                                       : c.docs[size_t(c.docsPick.sample(m_rng))];
            break;
        }
        // ~47 % single-page visits, the rest 2-10 pages, fewer the longer.
        if (!m_rng.chance(0.47)) {
            pageviews = 2;
            while (pageviews < 10 && m_rng.chance(0.72))
                ++pageviews;
        }
    }

    int count = 0;
    qint64 ts = startMs;
    QString previous;
    for (int i = 0; i < pageviews; ++i) {
        const bool last = i == pageviews - 1;
        const qint64 stayMs
            = qint64(last ? m_rng.logUniform(5e3, 300e3) : m_rng.logUniform(10e3, 600e3));
        const QString page = origin + c.paths[path];
        appendPage(c, person, path, ts, i == 0 ? page + query : page, i == 0 ? referrer : previous,
                   ts + stayMs - 300, out, count);
        previous = page;
        ts += stayMs;
        const int next = c.popularity.sample(m_rng);
        path = next == path ? c.popularity.sample(m_rng) : next;
    }
    return count;
}

void TrafficModel::appendPage(Catalogue &c, const Person &p, int path, qint64 ts,
                              const QString &url, const QString &referrer, qint64 leaveMs,
                              std::vector<Hit> &out, int &count)
{
    Hit view = baseHit(c, p, ts, url);
    view.kind = EventKind::Pageview;
    view.referrer = referrer;
    out.push_back(std::move(view));
    ++count;
    const auto custom = [&](const char *name, const char *key, const QString &value) {
        Hit h
            = baseHit(c, p, ts + qint64(double(leaveMs - ts) * (0.2 + 0.7 * m_rng.uniform())), url);
        h.kind = EventKind::Custom;
        h.name = QString::fromLatin1(name);
        h.props = {{QString::fromLatin1(key), value}};
        out.push_back(std::move(h));
        ++count;
    };

    const quint8 kind = c.kinds[size_t(path)];
    if (m_rng.chance(kind == Docs || kind == Post ? 0.06 : 0.025))
        custom("Outbound Link: Click", "url",
               QLatin1String("https://") + m_tailHostNames[m_tailHosts.sample(m_rng) % 200]
                   + QLatin1Char('/'));
    if (m_rng.chance(kind == Download ? 0.35 : kind == Docs ? 0.03 : 0.003)) {
        static const char *const files[] = {"raycstr-1.4.2-x86_64.AppImage",
                                            "raycstr-1.4.2.dmg",
                                            "raycstr-1.4.2-setup.exe",
                                            "whitepaper.pdf",
                                            "pricing-sheet.pdf",
                                            "raycstr_1.4.2_amd64.deb"};
        custom("Download", "file",
               QString::fromLatin1(files[m_rng.below(quint32(std::size(files)))]));
    }
    if (m_rng.chance(kind == Signup ? 0.25 : kind == Pricing ? 0.04 : 0.002)) {
        const double r = m_rng.uniform();
        custom("Signup", "plan", QString::fromLatin1(r < 0.7 ? "free" : r < 0.95 ? "pro" : "team"));
    }

    // Web Vitals from ~20 % of page loads: TTFB, FCP, LCP soon after load; CLS and INP
    // when the page is hidden (INP only if the visitor interacted).
    if (m_rng.chance(0.2)) {
        const bool mobile = tables::agents[p.agent].device != DeviceType::Desktop;
        const double slow = c.quality * c.slowness[size_t(path)];
        const auto lognormal = [&](double median, double sigma, double mobileFactor) {
            return median * slow * (mobile ? mobileFactor : 1.0) * std::exp(sigma * m_rng.normal());
        };
        const double ttfb = lognormal(350, 0.6, 1.3);
        const double fcp = ttfb + lognormal(800, 0.5, 1.5);
        const double lcp = fcp + lognormal(500, 0.8, 1.6);
        const auto vital = [&](const char *name, double value, qint64 at) {
            Hit h = baseHit(c, p, at, url);
            h.kind = EventKind::Vitals;
            h.name = QString::fromLatin1(name);
            h.value = value;
            h.hasValue = true;
            h.interactive = false;
            out.push_back(std::move(h));
            ++count;
        };
        const qint64 loaded = std::min(leaveMs, ts + 1000 + qint64(lcp));
        vital("TTFB", std::round(ttfb), loaded);
        vital("FCP", std::round(fcp), loaded);
        vital("LCP", std::round(lcp), loaded);
        if (m_rng.chance(0.85)) {
            const double cls = m_rng.chance(0.55) ? 0.02 * m_rng.uniform()
                                                  : std::min(2.0, lognormal(0.08, 1.0, 1.5));
            vital("CLS", std::round(cls * 1e4) / 1e4, leaveMs);
        }
        if (m_rng.chance(0.5))
            vital("INP", std::round(lognormal(110, 0.8, 2.0) / 8) * 8, leaveMs);
    }
    // Engagement ping when the page is left (lost on many mobile page hides).
    if (m_rng.chance(0.35)) {
        Hit h = baseHit(c, p, leaveMs, url);
        h.kind = EventKind::Engagement;
        h.value = double(leaveMs - ts) * 0.8;
        h.hasValue = true;
        h.interactive = false;
        out.push_back(std::move(h));
        ++count;
    }
}

void TrafficModel::appendBotHit(int site, qint64 tsMs, std::vector<Hit> &out)
{
    Catalogue &c = m_catalogues[size_t(site)];
    Person p = newPerson(c);
    p.agent = quint16(m_botAgents.sample(m_rng));
    Hit h = baseHit(c, p, tsMs, c.origin + c.paths[c.popularity.sample(m_rng)]);
    h.kind = EventKind::Pageview;
    out.push_back(std::move(h));
}

int TrafficModel::agentCount()
{
    return int(std::size(tables::agents));
}

QByteArray TrafficModel::agent(int index)
{
    return agentBytes(index);
}

bool TrafficModel::agentIsBot(int index)
{
    return tables::agents[size_t(index)].bot;
}

DeviceType TrafficModel::agentDevice(int index)
{
    return tables::agents[size_t(index)].device;
}

} // namespace raycstr::bench
