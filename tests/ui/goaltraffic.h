#pragma once

// uitraffic.h's day plus what goals and funnels need, on 2023-11-14 (UTC):
//
//   10:13  A sends the custom event Signup {plan: pro} on /pricing (same visit), with
//          revenue EUR 29.50
//   10:15  D (Safari/macOS) lands on /, 10:16 views /pricing, does not sign up
//
// So 4 visitors (A, B, C, D). The funnel / → /pricing → event Signup reaches 3, 2, 1
// visitors: 66.67 % then 50 % from the previous step, drop-off 1 and 1, 33.33 % overall.
// A goal on Signup converts 1 of 4 visitors (25 %), one on /pricing 2 of 4 (50 %).

#include "uitraffic.h"

namespace raycstr::testing {

inline const QByteArray UiSafariUA
    = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
      "Version/17.5 Safari/605.1.15";

inline void seedGoalTraffic(IngestEngine *engine, ManualClock *clock, qint32 siteId,
                            const QString &domain = QStringLiteral("example.com"))
{
    seedUiTraffic(engine, clock, siteId, domain);
    const QString base = QStringLiteral("https://") + domain;
    // The engine takes hits in time order per visitor; A's signup comes after the others'
    // first minutes, still inside A's visit (30 minutes).
    Hit signup = uiHit(siteId, base + QStringLiteral("/pricing"), QStringLiteral("203.0.113.1"),
                       UiChromeUA);
    signup.kind = EventKind::Custom;
    signup.name = QStringLiteral("Signup");
    // With revenue, as the tracker's {revenue: {amount, currency}} stores it.
    signup.props = {{QStringLiteral("plan"), QStringLiteral("pro")},
                    {QStringLiteral("revenue_amount"), QStringLiteral("29.5")},
                    {QStringLiteral("revenue_currency"), QStringLiteral("EUR")}};
    uiSubmit(engine, clock, 13, signup);
    uiSubmit(engine, clock, 15,
             uiHit(siteId, base + QStringLiteral("/"), QStringLiteral("203.0.113.4"), UiSafariUA));
    uiSubmit(engine, clock, 16,
             uiHit(siteId, base + QStringLiteral("/pricing"), QStringLiteral("203.0.113.4"),
                   UiSafariUA));
    clock->setNowMs(UiTrafficStartMs + 20 * 60000LL);
}

} // namespace raycstr::testing
