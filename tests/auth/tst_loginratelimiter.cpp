#include "auth/loginratelimiter.h"
#include "core/clock.h"

#include <QTest>

using namespace raycstr;
using namespace raycstr::auth;

namespace {
const QHostAddress Alice(QStringLiteral("203.0.113.7"));
const QHostAddress Bob(QStringLiteral("198.51.100.20"));
constexpr qint64 Minute = 60 * 1000;
constexpr int NoRate = 1 << 20; // failures a second: more than any test makes
} // namespace

class tst_LoginRateLimiter : public QObject
{
    Q_OBJECT

    static void fail(LoginRateLimiter &limiter, const QHostAddress &client, int times)
    {
        for (int i = 0; i < times; ++i)
            limiter.recordFailure(client);
    }

private Q_SLOTS:
    void fiveFailuresIn15MinutesBlockFor15Minutes()
    {
        ManualClock clock(1700000000000LL);
        LoginRateLimiter limiter(&clock);
        limiter.setGlobalRate(NoRate); // the clock stands still: see the rate's own test
        fail(limiter, Alice, 4);
        QCOMPARE(limiter.retryAfterSecs(Alice), 0);
        limiter.recordFailure(Alice);
        QCOMPARE(limiter.retryAfterSecs(Alice), 900);
        clock.advanceMs(10 * Minute);
        QCOMPARE(limiter.retryAfterSecs(Alice), 300);
        clock.advanceMs(5 * Minute - 1);
        QCOMPARE(limiter.retryAfterSecs(Alice), 1); // rounded up, never 0 while blocked
        clock.advanceMs(1);
        QCOMPARE(limiter.retryAfterSecs(Alice), 0);
    }

    // A sliding window: once free, the next failure counts with the four recent ones.
    void windowSlides()
    {
        ManualClock clock(0);
        LoginRateLimiter limiter(&clock);
        limiter.setGlobalRate(NoRate); // the clock stands still: see the rate's own test
        for (int i = 0; i < 5; ++i) {
            limiter.recordFailure(Alice);
            clock.advanceMs(Minute);
        }
        // Failures at 0..4 min; now 5 min: blocked until the first leaves at 15 min.
        QCOMPARE(limiter.retryAfterSecs(Alice), 600);
        clock.setNowMs(15 * Minute);
        QCOMPARE(limiter.retryAfterSecs(Alice), 0);
        limiter.recordFailure(Alice); // failures at 1..4 and 15 min
        QCOMPARE(limiter.retryAfterSecs(Alice), 60); // until the one at 1 min leaves
    }

    void oldFailuresAreForgotten()
    {
        ManualClock clock(0);
        LoginRateLimiter limiter(&clock);
        limiter.setGlobalRate(NoRate); // the clock stands still: see the rate's own test
        fail(limiter, Alice, 4);
        clock.advanceMs(15 * Minute);
        fail(limiter, Alice, 4);
        QCOMPARE(limiter.retryAfterSecs(Alice), 0);
        limiter.recordFailure(Alice);
        QVERIFY(limiter.retryAfterSecs(Alice) > 0);
    }

    void successClearsTheClientsFailures()
    {
        ManualClock clock(0);
        LoginRateLimiter limiter(&clock);
        limiter.setGlobalRate(NoRate); // the clock stands still: see the rate's own test
        fail(limiter, Alice, 4);
        limiter.recordSuccess(Alice);
        fail(limiter, Alice, 4);
        QCOMPARE(limiter.retryAfterSecs(Alice), 0);
        QCOMPARE(limiter.trackedClients(), 1);
    }

    void clientsAreCountedApart()
    {
        ManualClock clock(0);
        LoginRateLimiter limiter(&clock);
        limiter.setGlobalRate(NoRate); // the clock stands still: see the rate's own test
        fail(limiter, Alice, 5);
        QVERIFY(limiter.retryAfterSecs(Alice) > 0);
        QCOMPARE(limiter.retryAfterSecs(Bob), 0);
        fail(limiter, Bob, 4);
        QCOMPARE(limiter.retryAfterSecs(Bob), 0);
    }

    // Rotating addresses: each new address gets its own five tries, but all of them
    // together get no more than the global budget per window.
    void rotatingAddressesMeetTheGlobalBudget()
    {
        ManualClock clock(0);
        LoginRateLimiter limiter(&clock);
        limiter.setGlobalRate(NoRate); // the clock stands still: see the rate's own test
        limiter.setGlobalBudget(12);
        int guesses = 0;
        for (int i = 1; i <= 100; ++i) {
            const QHostAddress a(QStringLiteral("198.51.100.%1").arg(i));
            for (int t = 0; t < 2; ++t) { // two guesses per address, under its own limit
                if (limiter.retryAfterSecs(a) > 0)
                    continue;
                ++guesses;
                limiter.recordFailure(a);
            }
        }
        QCOMPARE(guesses, 12);
        const QHostAddress fresh(QStringLiteral("203.0.113.99"));
        QCOMPARE(limiter.retryAfterSecs(fresh), 900); // the oldest counted failure leaves then
        clock.advanceMs(15 * Minute);
        QCOMPARE(limiter.retryAfterSecs(fresh), 0);
    }

    // A rate on top of the window's budget: at most so many failures per second over all
    // clients, so a flood from many addresses cannot keep Argon2 busy back to back (it
    // took the CPU ingest needed). Rotating addresses changes nothing; the next try is
    // allowed once the oldest counted failure is a rate period old.
    void rotatingAddressesMeetTheGlobalRate()
    {
        ManualClock clock(0);
        LoginRateLimiter limiter(&clock);
        QCOMPARE(limiter.globalRate(), 5); // per 5 seconds, by default
        limiter.setGlobalRate(2, 1000);
        int guesses = 0;
        for (int i = 1; i <= 20; ++i) {
            const QHostAddress a(QStringLiteral("198.51.100.%1").arg(i));
            if (limiter.retryAfterSecs(a) > 0)
                continue;
            ++guesses;
            limiter.recordFailure(a);
            clock.advanceMs(100);
        }
        QCOMPARE(guesses, 2);
        const QHostAddress fresh(QStringLiteral("203.0.113.99"));
        QCOMPARE(limiter.retryAfterSecs(fresh), 1);
        clock.setNowMs(999);
        QCOMPARE(limiter.retryAfterSecs(fresh), 1);
        clock.setNowMs(1000); // the first failure is a second old
        QCOMPARE(limiter.retryAfterSecs(fresh), 0);
        // A client that logged in lately is not held by the rate either.
        limiter.recordFailure(fresh);
        limiter.recordSuccess(Alice);
        QVERIFY(limiter.retryAfterSecs(Bob) > 0);
        QCOMPARE(limiter.retryAfterSecs(Alice), 0);
    }

    // The default rate allows a short burst: a mistyped password and the right one at once
    // (the web dashboard's sign-in, a first login from a new address) are both checked.
    void aTypoAndTheRightPasswordAreBothChecked()
    {
        ManualClock clock(0);
        LoginRateLimiter limiter(&clock);
        limiter.recordFailure(Alice);
        QCOMPARE(limiter.retryAfterSecs(Alice), 0);
        clock.advanceMs(300);
        limiter.recordFailure(Alice); // a second typo
        QCOMPARE(limiter.retryAfterSecs(Bob), 0);
        // A flood still averages at most one check a second: 5 within 5 s, then a wait.
        for (int i = 0; i < 3; ++i)
            limiter.recordFailure(QHostAddress(QStringLiteral("198.51.100.%1").arg(i + 1)));
        QVERIFY(limiter.retryAfterSecs(Bob) > 0);
        clock.setNowMs(5000); // the first failure is 5 s old
        QCOMPARE(limiter.retryAfterSecs(Bob), 0);
    }

    // One address cannot spend the global budget: once it is blocked, its further
    // failures do not count, so everyone else can still log in.
    void oneAddressCannotLockEveryoneOut()
    {
        ManualClock clock(0);
        LoginRateLimiter limiter(&clock);
        limiter.setGlobalRate(NoRate); // the clock stands still: see the rate's own test
        limiter.setGlobalBudget(6);
        fail(limiter, Alice, 50);
        QVERIFY(limiter.retryAfterSecs(Alice) > 0);
        QCOMPARE(limiter.retryAfterSecs(Bob), 0);
    }

    // A client that logged in lately keeps its way in while a distributed attack has
    // spent the global budget.
    void recentSuccessSkipsTheGlobalBudget()
    {
        ManualClock clock(0);
        LoginRateLimiter limiter(&clock);
        limiter.setGlobalRate(NoRate); // the clock stands still: see the rate's own test
        limiter.setGlobalBudget(5);
        limiter.recordSuccess(Alice);
        for (int i = 1; i <= 5; ++i)
            limiter.recordFailure(QHostAddress(QStringLiteral("198.51.100.%1").arg(i)));
        QVERIFY(limiter.retryAfterSecs(Bob) > 0);
        QCOMPARE(limiter.retryAfterSecs(Alice), 0);
        // Still under its own per-address limit.
        fail(limiter, Alice, 5);
        QVERIFY(limiter.retryAfterSecs(Alice) > 0);
    }

    void addressesAreGroupedAsOneSubscriber_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::addColumn<bool>("same");
        QTest::newRow("v4-mapped is v4")
            << QStringLiteral("203.0.113.7") << QStringLiteral("::ffff:203.0.113.7") << true;
        QTest::newRow("next v4 address")
            << QStringLiteral("203.0.113.7") << QStringLiteral("203.0.113.8") << false;
        QTest::newRow("same v6 /64") << QStringLiteral("2001:db8:1:2::1")
                                     << QStringLiteral("2001:db8:1:2:ffff:1:2:3") << true;
        QTest::newRow("next v6 /64")
            << QStringLiteral("2001:db8:1:2::1") << QStringLiteral("2001:db8:1:3::1") << false;
    }

    void addressesAreGroupedAsOneSubscriber()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(bool, same);
        ManualClock clock(0);
        LoginRateLimiter limiter(&clock);
        limiter.setGlobalRate(NoRate); // the clock stands still: see the rate's own test
        fail(limiter, QHostAddress(first), 5);
        QVERIFY(limiter.retryAfterSecs(QHostAddress(first)) > 0);
        QCOMPARE(limiter.retryAfterSecs(QHostAddress(second)) > 0, same);
    }

    void limitsAreConfigurable()
    {
        ManualClock clock(0);
        LoginRateLimiter limiter(&clock, 2, 1500);
        limiter.setGlobalRate(NoRate); // the clock stands still: see the rate's own test
        QCOMPARE(limiter.maxFailures(), 2);
        fail(limiter, Alice, 2);
        QCOMPARE(limiter.retryAfterSecs(Alice), 2); // 1.5 s rounds up
        clock.advanceMs(1500);
        QCOMPARE(limiter.retryAfterSecs(Alice), 0);
    }

    // Memory is bounded: a flood of distinct addresses cannot grow the table past its
    // size, and newcomers are refused while it is full of recent failures.
    void tableIsBoundedAndFailsClosed()
    {
        ManualClock clock(0);
        LoginRateLimiter limiter(&clock, 5, 15 * Minute, 3);
        limiter.setGlobalRate(NoRate); // the clock stands still: see the rate's own test
        for (int i = 1; i <= 3; ++i)
            limiter.recordFailure(QHostAddress(QStringLiteral("192.0.2.%1").arg(i)));
        QCOMPARE(limiter.trackedClients(), 3);
        const QHostAddress newcomer(QStringLiteral("192.0.2.200"));
        QCOMPARE(limiter.retryAfterSecs(newcomer), 900);
        limiter.recordFailure(newcomer);
        QCOMPARE(limiter.trackedClients(), 3);
        // Known clients keep their own count.
        QCOMPARE(limiter.retryAfterSecs(QHostAddress(QStringLiteral("192.0.2.1"))), 0);
        // Once the old failures age out, the table makes room again.
        clock.advanceMs(15 * Minute);
        QCOMPARE(limiter.retryAfterSecs(newcomer), 0);
        limiter.recordFailure(newcomer);
        QCOMPARE(limiter.trackedClients(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_LoginRateLimiter)
#include "tst_loginratelimiter.moc"
