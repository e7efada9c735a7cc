#include "engine/ingestqueue.h"

#include <QTest>
#include <thread>

using namespace raycstr;
using namespace std::chrono_literals;

class tst_IngestQueue : public QObject
{
    Q_OBJECT

private:
    static Hit hit(const QString &url)
    {
        Hit h;
        h.siteId = 1;
        h.url = url;
        h.userAgent = "Mozilla/5.0";
        return h;
    }
    static QList<Hit> hits(int n, const QString &prefix = QStringLiteral("https://a.example/"))
    {
        QList<Hit> list;
        for (int i = 0; i < n; ++i)
            list.append(hit(prefix + QString::number(i)));
        return list;
    }

private Q_SLOTS:
    void takeHandsOverInOrder()
    {
        IngestQueue q({});
        QCOMPARE(q.push(hits(3)), IngestQueue::Result::Queued);
        QCOMPARE(q.push(hit(QStringLiteral("https://a.example/last"))),
                 IngestQueue::Result::Queued);
        QCOMPARE(q.size(), size_t(4));
        std::deque<Hit> out;
        QVERIFY(q.take(out, 100, 0ms));
        QCOMPARE(out.size(), size_t(4));
        QCOMPARE(out.front().url, QStringLiteral("https://a.example/0"));
        QCOMPARE(out.back().url, QStringLiteral("https://a.example/last"));
        QCOMPARE(q.size(), size_t(0));
        QCOMPARE(q.bytes(), size_t(0));
    }

    void backlogLargerThanABatchIsSplit()
    {
        IngestQueue q({});
        QCOMPARE(q.push(hits(10)), IngestQueue::Result::Queued);
        const size_t before = q.bytes();
        std::deque<Hit> out;
        QVERIFY(q.take(out, 4, 0ms));
        QCOMPARE(out.size(), size_t(4));
        QCOMPARE(out.back().url, QStringLiteral("https://a.example/3"));
        QCOMPARE(q.size(), size_t(6));
        size_t taken = 0;
        for (const Hit &h : out)
            taken += IngestQueue::bytesOf(h);
        QCOMPARE(q.bytes(), before - taken);
    }

    void hitCountBoundIsAllOrNothing()
    {
        IngestQueue::Limits limits;
        limits.hits = 5;
        IngestQueue q(limits);
        QCOMPARE(q.push(hits(3)), IngestQueue::Result::Queued);
        QCOMPARE(q.push(hits(3)), IngestQueue::Result::Full); // none of the three queued
        QCOMPARE(q.size(), size_t(3));
        QCOMPARE(q.push(hits(2)), IngestQueue::Result::Queued);
        QCOMPARE(q.push(hit(QStringLiteral("https://a.example/x"))), IngestQueue::Result::Full);
    }

    void byteBudgetRefusesLargeHitsLongBeforeTheCount()
    {
        // Ten hits with a 100 KB URL each (what a decoded hostile request can carry).
        const QString big = QStringLiteral("https://a.example/") + QString(50000, u'x');
        IngestQueue::Limits limits;
        limits.hits = 100000;
        limits.bytes = 1024 * 1024;
        IngestQueue q(limits);
        int queued = 0;
        while (q.push(hit(big)) == IngestQueue::Result::Queued)
            ++queued;
        QVERIFY2(queued >= 9 && queued <= 10, qPrintable(QString::number(queued)));
        QVERIFY(q.bytes() <= limits.bytes);
        QVERIFY(q.bytes() >= size_t(queued) * 100000);
        // Small hits still fit where they fit in bytes.
        std::deque<Hit> out;
        QVERIFY(q.take(out, 1, 0ms));
        QCOMPARE(q.push(hit(big)), IngestQueue::Result::Queued); // the room taken is freed
        QCOMPARE(q.push(hit(big)), IngestQueue::Result::Full);
    }

    void closeDrainsThenStopsTheConsumer()
    {
        IngestQueue q({});
        QCOMPARE(q.push(hits(2)), IngestQueue::Result::Queued);
        q.close();
        QVERIFY(q.isClosed());
        QCOMPARE(q.push(hits(1)), IngestQueue::Result::Closed);
        std::deque<Hit> out;
        QVERIFY(q.take(out, 100, 0ms)); // what was queued is still handed over
        QCOMPARE(out.size(), size_t(2));
        QVERIFY(!q.take(out, 100, 0ms)); // closed and empty: stop
        QVERIFY(out.empty());
    }

    void waitingConsumerWakesOnPush()
    {
        IngestQueue q({});
        std::deque<Hit> out;
        bool got = false;
        std::thread consumer([&] { got = q.take(out, 100, 10s); });
        QCOMPARE(q.push(hits(1)), IngestQueue::Result::Queued);
        consumer.join();
        QVERIFY(got);
        QCOMPARE(out.size(), size_t(1));
    }
};

QTEST_GUILESS_MAIN(tst_IngestQueue)
#include "tst_ingestqueue.moc"
