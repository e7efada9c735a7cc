#include "query/memorybudget.h"

#include <QTest>

using namespace raycstr::query;

class tst_MemoryBudget : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void takesUntilTheLimitThenStaysTooLarge()
    {
        MemoryBudget budget(1000);
        QVERIFY(budget.take(600));
        QVERIFY(budget.take(400));
        QVERIFY(!budget.tooLarge());
        QVERIFY(!budget.take(1));
        QVERIFY(budget.tooLarge());
        budget.give(500); // giving back does not undo a question past its budget
        QVERIFY(budget.tooLarge());
        QCOMPARE(budget.used(), size_t(501)); // the one that passed it is held too
    }

    // A vector's growth (by half) is charged when it happens, by the bytes it adds.
    void roomForOneChargesEachGrowth()
    {
        MemoryBudget budget(size_t(1) << 20);
        std::vector<quint64> v;
        for (int i = 0; i < 5000; ++i) {
            QVERIFY(MemoryBudget::roomForOne(v, &budget));
            v.push_back(quint64(i));
        }
        QCOMPARE(v.capacity(), size_t(5184)); // 1024, 1536, 2304, 3456, 5184
        QCOMPARE(budget.used(), v.capacity() * sizeof(quint64));
        MemoryBudget small(4096);
        std::vector<quint64> w;
        QVERIFY(!MemoryBudget::roomForOne(w, &small)); // the first 1024 slots are 8 KB
        QVERIFY(small.tooLarge());
        QVERIFY(MemoryBudget::roomForOne(w, nullptr)); // no budget, no limit
    }

    // A structure's charge goes back when it goes (the halves of a scan free their index).
    void aChargeIsGivenBackWithItsStructure()
    {
        MemoryBudget budget(1000);
        {
            MemoryCharge charge(&budget);
            charge.add(300);
            charge.add(200);
            QCOMPARE(budget.used(), size_t(500));
        }
        QCOMPARE(budget.used(), size_t(0));
        MemoryCharge unbudgeted(nullptr);
        unbudgeted.add(1 << 30); // nothing to charge
    }

    void theMessageNamesTheBudget()
    {
        QVERIFY(MemoryBudget(96 * 1024 * 1024).message().contains(QLatin1String("96 MB")));
        QVERIFY(MemoryBudget(512 * 1024).message().contains(QLatin1String("0.5 MB")));
    }
};

QTEST_GUILESS_MAIN(tst_MemoryBudget)
#include "tst_memorybudget.moc"
