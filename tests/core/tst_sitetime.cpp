#include "core/sitetime.h"

#include <QDateTime>
#include <QTest>

using namespace raycstr;

class tst_SiteTime : public QObject
{
    Q_OBJECT

    static qint64 utc(const char *iso)
    {
        return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toSecsSinceEpoch();
    }
    static qint64 dayOf(int y, int m, int d) { return QDate(1970, 1, 1).daysTo(QDate(y, m, d)); }

private Q_SLOTS:
    void utcDaysAndHours()
    {
        SiteTime t;
        const LocalSlot s = t.slot(utc("2024-03-10T13:45:10Z"));
        QCOMPARE(s.day, dayOf(2024, 3, 10));
        QCOMPARE(s.hourStart, utc("2024-03-10T13:00:00Z"));
        QCOMPARE(t.slot(-1).day, -1); // before the epoch rounds down, not toward zero
    }

    void dayStartsAtLocalMidnight()
    {
        SiteTime berlin(QTimeZone("Europe/Berlin"));
        QCOMPARE(berlin.slot(utc("2024-06-30T22:30:00Z")).day, dayOf(2024, 7, 1)); // 00:30 CEST
        QCOMPARE(berlin.slot(utc("2024-06-30T21:59:59Z")).day, dayOf(2024, 6, 30));
        QCOMPARE(berlin.dayStart(dayOf(2024, 7, 1)), utc("2024-06-30T22:00:00Z"));
    }

    void halfHourZonesKeyHoursByTheirLocalStart()
    {
        SiteTime kolkata(QTimeZone("Asia/Kolkata")); // UTC+5:30
        const LocalSlot s = kolkata.slot(utc("2024-01-01T18:45:00Z")); // 00:15 local, 2 Jan
        QCOMPARE(s.day, dayOf(2024, 1, 2));
        QCOMPARE(s.hourStart, utc("2024-01-01T18:30:00Z"));
    }

    void dstChangesMoveTheOffset()
    {
        SiteTime ny(QTimeZone("America/New_York"));
        // 2023-11-05 06:00Z is the end of DST (02:00 EDT → 01:00 EST).
        QCOMPARE(ny.offsetAt(utc("2023-11-05T05:59:59Z")), -4 * 3600);
        QCOMPARE(ny.offsetAt(utc("2023-11-05T06:00:00Z")), -5 * 3600);
        QCOMPARE(ny.offsetAt(utc("2023-11-05T05:30:00Z")), -4 * 3600); // cache window going back
        // The repeated local hour 01:00–02:00 gets two distinct keys.
        const LocalSlot first = ny.slot(utc("2023-11-05T05:30:00Z"));
        const LocalSlot second = ny.slot(utc("2023-11-05T06:30:00Z"));
        QCOMPARE(first.day, second.day);
        QVERIFY(first.hourStart != second.hourStart);
        // That day is 25 hours long.
        QCOMPARE(ny.dayStart(dayOf(2023, 11, 6)) - ny.dayStart(dayOf(2023, 11, 5)), 25 * 3600);
    }

    void invalidZoneFallsBackToUtc()
    {
        SiteTime t(QTimeZone("Not/AZone"));
        QCOMPARE(t.offsetAt(utc("2024-01-01T00:00:00Z")), 0);
    }
};

QTEST_GUILESS_MAIN(tst_SiteTime)
#include "tst_sitetime.moc"
