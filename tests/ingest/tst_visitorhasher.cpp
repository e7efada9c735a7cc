#include "core/clock.h"
#include "ingest/saltstore.h"
#include "ingest/visitorhasher.h"

#include <QTest>

using namespace raycstr;

class tst_VisitorHasher : public QObject
{
    Q_OBJECT

    const QHostAddress ip {QStringLiteral("203.0.113.7")};
    const QByteArray ua = "Mozilla/5.0 (X11; Linux x86_64) Firefox/126.0";

private Q_SLOTS:
    void sameInputsSameIdWithinADay()
    {
        MemorySaltStore salts;
        VisitorHasher h(&salts);
        const auto a = h.ids(1, ip, ua, 100, 100 * 86400);
        const auto b = h.ids(1, ip, ua, 100, 100 * 86400 + 3600);
        QCOMPARE(a.today, b.today);
        QVERIFY(a.today != 0);
        QVERIFY(a.today <= 0xFFFFFFFFFFFFull); // 48 bits
        QCOMPARE(a.yesterday, quint64(0)); // no salt for day 99 exists
    }

    void anyInputChangesTheId()
    {
        MemorySaltStore salts;
        VisitorHasher h(&salts);
        const quint64 base = h.ids(1, ip, ua, 100, 0).today;
        QVERIFY(h.ids(2, ip, ua, 100, 0).today != base); // other site: unlinkable
        QVERIFY(h.ids(1, QHostAddress(QStringLiteral("203.0.113.8")), ua, 100, 0).today != base);
        QVERIFY(h.ids(1, ip, ua + "x", 100, 0).today != base);
    }

    void mappedV4HashesLikeV4()
    {
        MemorySaltStore salts;
        VisitorHasher h(&salts);
        QCOMPARE(h.ids(1, QHostAddress(QStringLiteral("::ffff:203.0.113.7")), ua, 5, 0).today,
                 h.ids(1, ip, ua, 5, 0).today);
    }

    void saltRotatesAcrossMidnight()
    {
        ManualClock clock(100 * 86400 * 1000LL + 23 * 3600 * 1000LL); // day 100, 23:00
        MemorySaltStore salts;
        VisitorHasher h(&salts);
        const qint64 day = clock.nowSecs() / 86400;
        const auto evening = h.ids(1, ip, ua, day, clock.nowSecs());
        clock.advanceMs(2 * 3600 * 1000); // 01:00 next day
        const auto night = h.ids(1, ip, ua, clock.nowSecs() / 86400, clock.nowSecs());
        QVERIFY(night.today != evening.today); // a new day, a new id
        QCOMPARE(night.yesterday, evening.today); // …but the visit can continue
        QCOMPARE(salts.size(), 2);
    }

    void saltsOlderThan48HoursAreDeleted()
    {
        ManualClock clock(0);
        MemorySaltStore salts;
        VisitorHasher h(&salts);
        for (int d = 0; d < 4; ++d) {
            clock.setNowMs(qint64(d) * 86400 * 1000);
            h.ids(1, ip, ua, d, clock.nowSecs());
        }
        QCOMPARE(salts.size(), 4);
        // Now day 3 at 00:00: salts made on day 0 (72 h ago) go, day 1 (exactly 48 h) stays.
        QCOMPARE(salts.deleteSaltsCreatedBefore(clock.nowSecs() - 48 * 3600), 1);
        QVERIFY(salts.existingSalt(0).isEmpty());
        QVERIFY(!salts.existingSalt(1).isEmpty());
        h.clearCache();
        // With the old salt gone, yesterday's id of day 1 is unknowable.
        QCOMPARE(h.ids(1, ip, ua, 1, clock.nowSecs()).yesterday, quint64(0));
    }
};

QTEST_GUILESS_MAIN(tst_VisitorHasher)
#include "tst_visitorhasher.moc"
