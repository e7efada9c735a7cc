#include "ingest/stringpool.h"

#include <QTest>

using namespace raycstr;

class tst_StringPool : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Equal strings from different buffers come back as one shared copy.
    void equalStringsShareOneCopy()
    {
        StringPool pool;
        const QString a = QStringLiteral("/blog/") + QString::number(1);
        const QString b = QStringLiteral("/blog/") + QString::number(1);
        QVERIFY(a.constData() != b.constData());
        const QString sa = pool.share(a);
        const QString sb = pool.share(b);
        QCOMPARE(sa, a);
        QCOMPARE(sb, b);
        QCOMPARE(sa.constData(), sb.constData());
        QCOMPARE(pool.size(), 1);
    }

    // The pool keeps an exact-size copy, never the caller's (possibly larger) buffer.
    void keepsACompactCopy()
    {
        StringPool pool;
        QString big;
        big.reserve(4096);
        big += QStringLiteral("/pricing");
        const QString shared = pool.share(big);
        QCOMPARE(shared, big);
        QVERIFY(shared.constData() != big.constData());
        QVERIFY(shared.capacity() < 64);
    }

    void emptyStringsAreNotPooled()
    {
        StringPool pool;
        QVERIFY(pool.share(QString()).isNull());
        QVERIFY(pool.share(QStringLiteral("")).isEmpty());
        QCOMPARE(pool.size(), 0);
    }

    // Past the cap the pool starts afresh; strings handed out before stay valid.
    void boundedByItsCap()
    {
        StringPool pool(3);
        QStringList handedOut;
        for (int i = 0; i < 10; ++i)
            handedOut.append(pool.share(QStringLiteral("/p/%1").arg(i)));
        QVERIFY(pool.size() <= 3);
        for (int i = 0; i < 10; ++i)
            QCOMPARE(handedOut.at(i), QStringLiteral("/p/%1").arg(i));
    }
};

QTEST_GUILESS_MAIN(tst_StringPool)
#include "tst_stringpool.moc"
