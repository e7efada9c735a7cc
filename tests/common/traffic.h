#pragma once

// Deterministic synthetic traffic for reference-comparison tests: people with fixed
// browsers and countries, visits with realistic gaps (some longer than the 30-minute
// timeout), custom events (interactive or not) and engagement pings, across several
// sites, time zones and midnights.

#include "core/event.h"

#include <QList>
#include <QRandomGenerator>
#include <algorithm>

namespace raycstr::testing {

struct GenEvent
{
    qint32 site = 1;
    quint64 person = 0;
    qint64 ts = 0;
    EventKind kind = EventKind::Pageview;
    QString hostname;
    QString path;
    QString name;
    bool interactive = true;
    QString source; // the referrer source this event arrived with ("" on internal clicks)
    QString country;
    QString browser;
    DeviceType device = DeviceType::Desktop;
    // With TrafficSpec::extras: a campaign on newsletter visits, props on custom events
    // and Web Vitals samples (kind Vitals, name = metric, value).
    QString campaign;
    QList<Property> props;
    double value = 0;
};

struct TrafficSpec
{
    quint32 seed = 1;
    int sites = 3;
    int people = 400;
    int sessionsPerPerson = 4;
    qint64 from = 1698969600; // 2023-11-03T00:00Z: spans the US DST change of 2023-11-05
    qint64 days = 5;
    bool extras = false; // campaigns, event props and Web Vitals (see GenEvent)
    // Revenue on sign-ups (revenue_amount/revenue_currency props, as the wire formats
    // store Plausible's "$"); derived from the person, so the random sequence is unchanged.
    bool revenue = false;
};

inline QList<GenEvent> generateTraffic(const TrafficSpec &spec)
{
    QRandomGenerator rng(spec.seed);
    const QStringList paths = {QStringLiteral("/"),
                               QStringLiteral("/pricing"),
                               QStringLiteral("/blog"),
                               QStringLiteral("/blog/post-1"),
                               QStringLiteral("/blog/post-2"),
                               QStringLiteral("/signup"),
                               QStringLiteral("/docs"),
                               QStringLiteral("/about")};
    const QStringList sources = {QString(),
                                 QString(),
                                 QStringLiteral("Google"),
                                 QStringLiteral("Twitter"),
                                 QStringLiteral("news.ycombinator.com"),
                                 QStringLiteral("Bing")};
    const QStringList countries = {QStringLiteral("DE"), QStringLiteral("US"), QStringLiteral("IN"),
                                   QString(), QStringLiteral("FR")};
    const QStringList browsers = {QStringLiteral("Chrome"), QStringLiteral("Firefox"),
                                  QStringLiteral("Safari"), QStringLiteral("Edge")};
    const QStringList names
        = {QStringLiteral("signup"), QStringLiteral("download"), QStringLiteral("scroll")};
    QList<GenEvent> out;
    for (int p = 0; p < spec.people; ++p) {
        GenEvent proto;
        proto.site = 1 + int(rng.bounded(spec.sites));
        proto.person = 1000 + quint64(p);
        proto.country = countries.at(rng.bounded(int(countries.size())));
        proto.browser = browsers.at(rng.bounded(int(browsers.size())));
        proto.device = DeviceType(1 + rng.bounded(3));
        proto.hostname = rng.bounded(10) == 0 ? QStringLiteral("www.site%1.test").arg(proto.site)
                                              : QStringLiteral("site%1.test").arg(proto.site);
        const int sessions = 1 + int(rng.bounded(spec.sessionsPerPerson));
        for (int s = 0; s < sessions; ++s) {
            qint64 t = spec.from + qint64(rng.bounded(quint32(spec.days * 86400)));
            const int steps = 1 + int(rng.bounded(8));
            for (int i = 0; i < steps; ++i) {
                GenEvent e = proto;
                e.ts = t;
                e.source = i == 0 ? sources.at(rng.bounded(int(sources.size()))) : QString();
                const quint32 r = rng.bounded(100);
                if (i == 0 && r < 5) {
                    e.kind = EventKind::Engagement; // an orphan ping: must be dropped
                    e.path = paths.at(rng.bounded(int(paths.size())));
                } else if (r < 75 || i == 0) {
                    e.kind = EventKind::Pageview;
                    e.path = paths.at(rng.bounded(int(paths.size())));
                } else if (r < 90) {
                    e.kind = EventKind::Custom;
                    e.name = names.at(rng.bounded(int(names.size())));
                    e.interactive = e.name != QLatin1String("scroll");
                    e.path = paths.at(rng.bounded(int(paths.size())));
                } else {
                    e.kind = EventKind::Engagement;
                    e.path = paths.at(rng.bounded(int(paths.size())));
                }
                if (spec.extras) {
                    if (e.source == QLatin1String("Bing"))
                        e.campaign
                            = rng.bounded(2) ? QStringLiteral("spring") : QStringLiteral("fall");
                    if (e.kind == EventKind::Custom && rng.bounded(2))
                        e.props
                            = {{QStringLiteral("plan"),
                                rng.bounded(3) ? QStringLiteral("free") : QStringLiteral("pro")}};
                }
                if (spec.revenue && e.kind == EventKind::Custom
                    && e.name == QLatin1String("signup")) {
                    e.props.append({QStringLiteral("revenue_amount"),
                                    QString::number(5 + double(e.person % 9) * 2.5)});
                    e.props.append({QStringLiteral("revenue_currency"),
                                    e.person % 3 ? QStringLiteral("USD") : QStringLiteral("EUR")});
                }
                out.append(e);
                if (spec.extras && e.kind == EventKind::Pageview && rng.bounded(100) < 40) {
                    static const char *const metrics[] = {"LCP", "CLS", "INP", "TTFB", "FCP"};
                    GenEvent v = e;
                    v.kind = EventKind::Vitals;
                    v.name = QString::fromLatin1(metrics[rng.bounded(5)]);
                    v.interactive = false;
                    v.source.clear();
                    v.ts = e.ts + 1;
                    const double x = rng.generateDouble();
                    v.value = v.name == QLatin1String("CLS") ? x * x * 0.5 : 50 + x * x * 4000;
                    out.append(v);
                }
                // Mostly short gaps; sometimes just under or over the 30-minute timeout.
                const quint32 g = rng.bounded(100);
                t += g < 80  ? 1 + rng.bounded(600)
                    : g < 90 ? 1700 + rng.bounded(200)
                             : 1801 + rng.bounded(7200);
            }
        }
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const GenEvent &a, const GenEvent &b) { return a.ts < b.ts; });
    return out;
}

} // namespace raycstr::testing
