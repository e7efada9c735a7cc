// Alert rules decided from made-up observations: when each kind fires, that the cool-down
// holds back a second message, that a drop fires once per incident and closes with a
// "recovered" message, and that goal conversions are told once (each, or a daily digest).

#include "report/alertevaluator.h"

#include <QTest>

using namespace raycstr;
using report::AlertDecision;
using report::AlertEvaluator;
using report::AlertObservation;

class tst_AlertEvaluator : public QObject
{
    Q_OBJECT

    static constexpr qint64 T0 = 1'700'000'000;

    static AlertRule rule(AlertRule::Kind kind, int threshold = 0)
    {
        AlertRule r;
        r.site = QStringLiteral("example.com");
        r.kind = kind;
        r.threshold = threshold;
        r.goal = QStringLiteral("Signup");
        r.cooldownMinutes = 30;
        r.email = {QStringLiteral("ops@example.org")};
        return r;
    }
    static AlertObservation visitors(qint64 n)
    {
        AlertObservation o;
        o.currentVisitors = n;
        return o;
    }
    static AlertObservation lastPageview(qint64 at)
    {
        AlertObservation o;
        o.lastPageview = at;
        return o;
    }
    static AlertObservation conversions(qint64 n)
    {
        AlertObservation o;
        o.conversions = n;
        return o;
    }

private Q_SLOTS:
    void spikeFiresAtTheThresholdOncePerCooldown()
    {
        const AlertRule r = rule(AlertRule::Kind::Spike, 50);
        AlertState s;
        QCOMPARE(AlertEvaluator::evaluate(r, s, visitors(49), T0).kind, AlertDecision::Kind::None);
        AlertDecision d = AlertEvaluator::evaluate(r, s, visitors(50), T0);
        QCOMPARE(d.kind, AlertDecision::Kind::Fire);
        QCOMPARE(d.count, 50);
        QCOMPARE(d.next.lastFired, T0);
        QCOMPARE(d.next.cooldownUntil, T0 + 30 * 60);
        s = d.next;
        // Still above, within the cool-down: nothing.
        QCOMPARE(AlertEvaluator::evaluate(r, s, visitors(80), T0 + 29 * 60 + 59).kind,
                 AlertDecision::Kind::None);
        // Past it: the spike that lasts is told again.
        d = AlertEvaluator::evaluate(r, s, visitors(80), T0 + 30 * 60);
        QCOMPARE(d.kind, AlertDecision::Kind::Fire);
        QCOMPARE(d.count, 80);
    }

    void dropWaitsForFirstTrafficFiresOnceAndRecovers()
    {
        const AlertRule r = rule(AlertRule::Kind::Drop, 6);
        AlertState s;
        // A site that never had a pageview is not "dropped".
        QCOMPARE(AlertEvaluator::evaluate(r, s, lastPageview(0), T0).kind,
                 AlertDecision::Kind::None);
        const qint64 last = T0;
        QCOMPARE(AlertEvaluator::evaluate(r, s, lastPageview(last), last + 6 * 3600 - 1).kind,
                 AlertDecision::Kind::None);
        AlertDecision d = AlertEvaluator::evaluate(r, s, lastPageview(last), last + 6 * 3600);
        QCOMPARE(d.kind, AlertDecision::Kind::Fire);
        QCOMPARE(d.count, 6);
        QVERIFY(d.next.firing);
        s = d.next;
        // The same incident, however long (even past the cool-down): one message.
        QCOMPARE(AlertEvaluator::evaluate(r, s, lastPageview(last), last + 30 * 3600).kind,
                 AlertDecision::Kind::None);
        // A pageview again: recovered, once.
        d = AlertEvaluator::evaluate(r, s, lastPageview(last + 31 * 3600), last + 31 * 3600 + 60);
        QCOMPARE(d.kind, AlertDecision::Kind::Recovered);
        QVERIFY(!d.next.firing);
        s = d.next;
        QCOMPARE(AlertEvaluator::evaluate(r, s, lastPageview(last + 31 * 3600), last + 31 * 3600 + 120)
                     .kind,
                 AlertDecision::Kind::None);
    }

    void dropWithinTheCooldownOfTheLastWaits()
    {
        AlertRule r = rule(AlertRule::Kind::Drop, 1);
        r.cooldownMinutes = 180;
        AlertState s;
        s.cooldownUntil = T0 + 3600;
        QCOMPARE(AlertEvaluator::evaluate(r, s, lastPageview(T0 - 7200), T0).kind,
                 AlertDecision::Kind::None);
        QCOMPARE(AlertEvaluator::evaluate(r, s, lastPageview(T0 - 7200), T0 + 3600).kind,
                 AlertDecision::Kind::Fire);
    }

    void goalFirstCheckOnlyStartsCounting()
    {
        const AlertRule r = rule(AlertRule::Kind::Goal);
        const AlertState s;
        QCOMPARE(AlertEvaluator::conversionsFrom(s, T0), T0); // nothing to read yet
        const AlertDecision d = AlertEvaluator::evaluate(r, s, conversions(0), T0);
        QCOMPARE(d.kind, AlertDecision::Kind::None);
        QCOMPARE(d.next.checkedUntil, T0);
    }

    void goalEachToldOnceAndHeldDuringTheCooldown()
    {
        const AlertRule r = rule(AlertRule::Kind::Goal);
        AlertState s;
        s.checkedUntil = T0;
        QCOMPARE(AlertEvaluator::conversionsFrom(s, T0 + 60), T0);
        AlertDecision d = AlertEvaluator::evaluate(r, s, conversions(2), T0 + 60);
        QCOMPARE(d.kind, AlertDecision::Kind::Fire);
        QCOMPARE(d.count, 2);
        QCOMPARE(d.next.checkedUntil, T0 + 60);
        s = d.next;
        // One more in the cool-down: not told yet, and not forgotten.
        d = AlertEvaluator::evaluate(r, s, conversions(1), T0 + 120);
        QCOMPARE(d.kind, AlertDecision::Kind::None);
        QCOMPARE(d.next.checkedUntil, T0 + 60);
        s = d.next;
        d = AlertEvaluator::evaluate(r, s, conversions(3), T0 + 60 + 30 * 60);
        QCOMPARE(d.kind, AlertDecision::Kind::Fire);
        QCOMPARE(d.count, 3);
        // Without conversions the window moves on.
        d = AlertEvaluator::evaluate(r, d.next, conversions(0), T0 + 4000);
        QCOMPARE(d.kind, AlertDecision::Kind::None);
        QCOMPARE(d.next.checkedUntil, T0 + 4000);
    }

    void goalDigestOncePerDayAndNotOnAnEmptyDay()
    {
        AlertRule r = rule(AlertRule::Kind::Goal);
        r.digest = true;
        AlertState s;
        s.checkedUntil = T0;
        QCOMPARE(AlertEvaluator::evaluate(r, s, conversions(5), T0 + 23 * 3600).kind,
                 AlertDecision::Kind::None);
        AlertDecision d = AlertEvaluator::evaluate(r, s, conversions(5), T0 + 24 * 3600);
        QCOMPARE(d.kind, AlertDecision::Kind::Fire);
        QCOMPARE(d.count, 5);
        QCOMPARE(d.next.checkedUntil, T0 + 24 * 3600);
        d = AlertEvaluator::evaluate(r, d.next, conversions(0), T0 + 48 * 3600);
        QCOMPARE(d.kind, AlertDecision::Kind::None);
        QCOMPARE(d.next.checkedUntil, T0 + 48 * 3600);
    }

    void aLongOutageReadsABoundedWindow()
    {
        AlertState s;
        s.checkedUntil = T0;
        const qint64 later = T0 + 30 * 86400;
        QCOMPARE(AlertEvaluator::conversionsFrom(s, later),
                 later - AlertEvaluator::MaxConversionWindowSecs);
    }

    void rulesAreValidatedInOnePlace()
    {
        AlertRule r = rule(AlertRule::Kind::Spike, 0);
        QString why;
        QVERIFY(!r.validate(&why));
        QVERIFY(why.contains(QLatin1String("visitors")));
        r.threshold = 5;
        QVERIFY2(r.validate(&why), qPrintable(why));
        r.email = {QStringLiteral("not an address")};
        QVERIFY(!r.validate(&why));
        r.email.clear();
        QVERIFY(!r.validate(&why)); // nowhere to send
        r.webhook = QStringLiteral("ftp://example.org/x");
        QVERIFY(!r.validate(&why));
        r.webhook = QStringLiteral("https://hooks.slack.com/services/T0/B0/s3cr3t");
        QVERIFY2(r.validate(&why), qPrintable(why));
        QCOMPARE(AlertRule::redactedUrl(r.webhook), QStringLiteral("https://hooks.slack.com/…"));
        QVERIFY(!r.stateKey().contains(QLatin1String("s3cr3t")));
        r.cooldownMinutes = 0;
        QVERIFY(!r.validate(&why));
    }
};

QTEST_GUILESS_MAIN(tst_AlertEvaluator)
#include "tst_alertevaluator.moc"
