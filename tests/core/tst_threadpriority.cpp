// lowerThisThreadsPriority(): ten steps nicer than the thread was, capped at 19, once per
// thread, and only the calling thread (Linux keeps nice values per thread).
// lowestThisThreadsPriority(): the lowest nice value there is (19), whatever it was.
#include "core/threadpriority.h"

#include <QTest>

#include <thread>

using namespace raycstr;

class tst_ThreadPriority : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lowersOnlyTheCallingThreadByTenSteps()
    {
#if !defined(Q_OS_LINUX)
        QSKIP("threads have nice values of their own only on Linux");
#else
        const int before = thisThreadsNiceness();
        int inside = -100, afterSecondCall = -100;
        std::thread worker([&] {
            lowerThisThreadsPriority();
            inside = thisThreadsNiceness();
            lowerThisThreadsPriority(); // once per thread: not ten more
            afterSecondCall = thisThreadsNiceness();
        });
        worker.join();
        QCOMPARE(inside, std::min(19, before + BackgroundNicenessSteps));
        QCOMPARE(afterSecondCall, inside);
        QCOMPARE(thisThreadsNiceness(), before); // the caller's own thread is untouched
#endif
    }

    void lowestIsNineteenAfterALoweringToo()
    {
#if !defined(Q_OS_LINUX)
        QSKIP("threads have nice values of their own only on Linux");
#else
        const int before = thisThreadsNiceness();
        int lowest = -100, lowestAfterLower = -100;
        std::thread first([&] {
            lowestThisThreadsPriority();
            lowest = thisThreadsNiceness();
        });
        first.join();
        std::thread second([&] {
            lowerThisThreadsPriority(); // a pool thread may have been lowered before
            lowestThisThreadsPriority();
            lowestAfterLower = thisThreadsNiceness();
        });
        second.join();
        QCOMPARE(lowest, LowestNiceness);
        QCOMPARE(lowestAfterLower, LowestNiceness);
        QCOMPARE(thisThreadsNiceness(), before);
#endif
    }
};

QTEST_GUILESS_MAIN(tst_ThreadPriority)
#include "tst_threadpriority.moc"
