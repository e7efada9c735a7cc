#include "ingest/sharedpool.h"

#include <QTest>

using namespace raycstr;

namespace {

struct Exact
{
    QString operator()(const QString &s) const { return QString(s.constData(), s.size()); }
};

using Pool = SharedPool<QString, Exact>;

} // namespace

class tst_SharedPool : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Equal values from different buffers come back as one id and one shared copy.
    void equalValuesShareOneId()
    {
        Pool pool;
        const QString a = QStringLiteral("/blog/") + QString::number(1);
        const QString b = QStringLiteral("/blog/") + QString::number(1);
        QVERIFY(a.constData() != b.constData());
        const Pool::Id ia = pool.acquire(a);
        const Pool::Id ib = pool.acquire(b);
        QCOMPARE(ia, ib);
        QCOMPARE(pool.at(ia), a);
        QCOMPARE(pool.size(), 1);
        QVERIFY(pool.acquire(QStringLiteral("/other")) != ia);
    }

    // The pool keeps its own copy made by `Compact`, never the caller's larger buffer.
    void keepsTheCompactCopy()
    {
        Pool pool;
        QString big;
        big.reserve(4096);
        big += QStringLiteral("/pricing");
        const QString &kept = pool.at(pool.acquire(big));
        QCOMPARE(kept, big);
        QVERIFY(kept.constData() != big.constData());
        QVERIFY(kept.capacity() < 64);
    }

    void emptyValuesAreIdZeroAndNotKept()
    {
        Pool pool;
        QCOMPARE(pool.acquire(QString()), Pool::Id(0));
        QCOMPARE(pool.acquire(QStringLiteral("")), Pool::Id(0));
        QVERIFY(pool.at(0).isEmpty());
        pool.release(0);
        QCOMPARE(pool.size(), 0);
    }

    // A value goes with its last owner, and its id is used again: the pool holds no more
    // than its owners do, however many values pass through it.
    void aValueGoesWithItsLastOwner()
    {
        Pool pool;
        const Pool::Id a = pool.acquire(QStringLiteral("/a"));
        QCOMPARE(pool.retain(a), a);
        QCOMPARE(pool.acquire(QStringLiteral("/a")), a); // three owners now
        pool.release(a);
        pool.release(a);
        QCOMPARE(pool.size(), 1);
        QCOMPARE(pool.at(a), QStringLiteral("/a"));
        pool.release(a);
        QCOMPARE(pool.size(), 0);
        for (int i = 0; i < 10000; ++i) {
            const Pool::Id id = pool.acquire(QStringLiteral("/p/%1").arg(i));
            QCOMPARE(id, a); // the freed id, again and again
            QCOMPARE(pool.at(id), QStringLiteral("/p/%1").arg(i));
            pool.release(id);
        }
        QCOMPARE(pool.size(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_SharedPool)
#include "tst_sharedpool.moc"
