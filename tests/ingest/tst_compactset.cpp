#include "ingest/compactset.h"

#include <QRandomGenerator64>
#include <optional>
#include <QSet>
#include <QTest>

using namespace raycstr;

class tst_CompactSet : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void insertsOnceAndFinds()
    {
        CompactSet set;
        QVERIFY(set.isEmpty());
        QCOMPARE(set.capacity(), 0); // nothing allocated until the first value
        QVERIFY(set.insert(42));
        QVERIFY(!set.insert(42));
        QVERIFY(set.contains(42));
        QVERIFY(!set.contains(43));
        QCOMPARE(set.size(), 1);
    }

    // 0 marks a free slot inside; as a value it is still an ordinary member.
    void zeroIsAValueLikeAnyOther()
    {
        CompactSet set;
        QVERIFY(!set.contains(0));
        QVERIFY(set.insert(0));
        QVERIFY(!set.insert(0));
        QVERIFY(set.contains(0));
        QCOMPARE(set.size(), 1);
        QVERIFY(set.insert(7));
        QCOMPARE(set.size(), 2);
    }

    // At most 7/8 full: 3 values in 4 slots, the 4th doubles it; 7 in 8. A visitor's few
    // values stay in a few slots.
    void growsByDoublingAtSevenEighths()
    {
        CompactSet set;
        for (quint64 v = 1; v <= 3; ++v)
            set.insert(v);
        QCOMPARE(set.capacity(), 4);
        set.insert(4);
        QCOMPARE(set.capacity(), 8);
        for (quint64 v = 5; v <= 7; ++v)
            set.insert(v);
        QCOMPARE(set.capacity(), 8);
        for (quint64 v = 5; v <= 24; ++v)
            set.insert(v);
        QCOMPARE(set.capacity(), 32);
        for (quint64 v = 1; v <= 24; ++v)
            QVERIFY(set.contains(v));
    }

    // Against QSet on many random values, including tags in the low bits (what the
    // sessionizer stores) and values that collide in the low bits.
    void agreesWithQSet()
    {
        CompactSet set;
        QSet<quint64> reference;
        QRandomGenerator64 random(20261206);
        for (int i = 0; i < 20000; ++i) {
            quint64 v = random.generate();
            if (i % 3 == 0)
                v = (v & ~quint64(0xff)) | quint64(i % 7);
            if (i % 5 == 0)
                v = quint64(i % 997) << 40; // same low bits
            if (i % 11 == 0 && !reference.isEmpty())
                v = *reference.constBegin(); // a repeat
            const bool added = !reference.contains(v);
            reference.insert(v);
            QCOMPARE(set.insert(v), added);
        }
        QCOMPARE(set.size(), reference.size());
        for (quint64 v : std::as_const(reference))
            QVERIFY(set.contains(v));
        for (int i = 0; i < 1000; ++i) {
            const quint64 v = random.generate();
            QCOMPARE(set.contains(v), reference.contains(v));
        }
    }

    // What each visitor pays before its first value: a pointer and three small fields.
    void isSixteenBytesWhenEmpty() { QVERIFY(sizeof(CompactSet) <= 16); }

    // rebuild() keeps, drops or changes values in one pass, and shrinks the table.
    void rebuildKeepsDropsAndRetags()
    {
        CompactSet set;
        for (quint64 v = 0; v < 40; ++v)
            set.insert(v << 8 | (v % 2));
        QCOMPARE(set.capacity(), 64);
        set.rebuild([](quint64 v) -> std::optional<quint64> {
            if ((v & 0xff) == 1)
                return std::nullopt;
            return v | 0x80;
        });
        QCOMPARE(set.size(), 20);
        QCOMPARE(set.capacity(), 32);
        for (quint64 v = 0; v < 40; ++v) {
            QCOMPARE(set.contains(v << 8 | 0x80), v % 2 == 0);
            QVERIFY(!set.contains(v << 8 | (v % 2)));
        }
        QVERIFY(set.contains(0x80)); // 0 became 0x80
        QVERIFY(!set.contains(0));
    }

    void copiesAreIndependentAndClearFreesMemory()
    {
        CompactSet a;
        for (quint64 v = 0; v < 10; ++v)
            a.insert(v);
        CompactSet b = a;
        QVERIFY(b.insert(100));
        QVERIFY(!a.contains(100));
        QCOMPARE(a.size(), 10);
        QCOMPARE(b.size(), 11);
        a = b;
        QVERIFY(a.contains(100));
        CompactSet moved = std::move(b);
        QCOMPARE(moved.size(), 11);
        a.clear();
        QCOMPARE(a.size(), 0);
        QCOMPARE(a.capacity(), 0);
        QVERIFY(!a.contains(0));
        QVERIFY(a.insert(5));
    }
};

QTEST_GUILESS_MAIN(tst_CompactSet)
#include "tst_compactset.moc"
