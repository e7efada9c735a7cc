#pragma once

// A small, fixed day of traffic for the desktop app's tests, sent through a running
// IngestEngine (the real pipeline and store) on a ManualClock, on 2023-11-14 (UTC):
//
//   10:00  A (Chrome/Windows) lands on /  from Google; two LCP samples (1200, 2600 ms)
//   10:02  A views /pricing
//   10:05  B (Firefox/Linux) lands on /  directly and leaves (a bounce)
//   10:10  C (Chrome/Windows) lands on /blog from Hacker News
//
// So: 3 visitors, 3 visits, 4 pageviews, 1 bounce; pages / (2 visitors), /blog, /pricing.

#include "core/clock.h"
#include "engine/ingestengine.h"
#include "query/querytypes.h"

#include <QTest>

namespace raycstr::testing {

inline const QByteArray UiChromeUA = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
                                     "(KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36";
inline const QByteArray UiFirefoxUA
    = "Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0";
constexpr qint64 UiTrafficStartMs = 1699956000000LL; // 2023-11-14T10:00:00Z
inline const QDate UiTrafficDay(2023, 11, 14);

// The dashboard's period of that day.
inline query::Period uiTrafficPeriod()
{
    query::Period day;
    day.kind = query::Period::Kind::Day;
    day.date = UiTrafficDay;
    return day;
}

inline Hit uiHit(qint32 siteId, const QString &url, const QString &ip, const QByteArray &ua)
{
    Hit h;
    h.siteId = siteId;
    h.url = url;
    h.ip = QHostAddress(ip);
    h.userAgent = ua;
    return h;
}

inline void uiSubmit(IngestEngine *engine, ManualClock *clock, int minute, Hit h)
{
    clock->setNowMs(UiTrafficStartMs + minute * 60000LL);
    h.timestampMs = clock->nowMs();
    QList<Hit> hits {h};
    QVERIFY(engine->submit(std::move(hits)) == SubmitResult::Queued);
    QVERIFY(engine->flush());
}

inline void seedUiTraffic(IngestEngine *engine, ManualClock *clock, qint32 siteId,
                          const QString &domain = QStringLiteral("example.com"))
{
    const QString base = QStringLiteral("https://") + domain;
    Hit landA
        = uiHit(siteId, base + QStringLiteral("/"), QStringLiteral("203.0.113.1"), UiChromeUA);
    landA.referrer = QStringLiteral("https://www.google.com/");
    uiSubmit(engine, clock, 0, landA);
    for (double lcp : {1200.0, 2600.0}) {
        Hit v
            = uiHit(siteId, base + QStringLiteral("/"), QStringLiteral("203.0.113.1"), UiChromeUA);
        v.kind = EventKind::Vitals;
        v.name = QStringLiteral("LCP");
        v.value = lcp;
        v.hasValue = true;
        uiSubmit(engine, clock, 1, v);
    }
    uiSubmit(engine, clock, 2,
             uiHit(siteId, base + QStringLiteral("/pricing"), QStringLiteral("203.0.113.1"),
                   UiChromeUA));
    uiSubmit(engine, clock, 5,
             uiHit(siteId, base + QStringLiteral("/"), QStringLiteral("203.0.113.2"), UiFirefoxUA));
    Hit landC
        = uiHit(siteId, base + QStringLiteral("/blog"), QStringLiteral("203.0.113.3"), UiChromeUA);
    landC.referrer = QStringLiteral("https://news.ycombinator.com/");
    uiSubmit(engine, clock, 10, landC);
    clock->setNowMs(UiTrafficStartMs + 12 * 60000LL);
}

} // namespace raycstr::testing
