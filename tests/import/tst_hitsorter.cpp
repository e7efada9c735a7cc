// HitSorter (import/hitsorter.h): hits in random order come back in time order, equal times
// in their input order, with everything they carried (props, value, the Resolved part);
// in memory when they fit in one run, through runs on disk (and their merge) otherwise.

#include "import/hitsorter.h"

#include <QDir>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace raycstr;

namespace {

QList<Hit> randomHits(int n, quint32 seed)
{
    QRandomGenerator rnd(seed);
    QList<Hit> hits;
    for (int i = 0; i < n; ++i) {
        Hit h;
        h.timestampMs = 1700000000000LL + rnd.bounded(50) * 1000; // many equal times
        h.kind = EventKind(rnd.bounded(4));
        h.url = QStringLiteral("https://example.com/p%1").arg(i); // the input order
        h.name = i % 3 ? QString() : QStringLiteral("événement %1").arg(i);
        h.referrer = i % 2 ? QStringLiteral("https://google.com/") : QString();
        if (i % 5 == 0)
            h.props = {{QStringLiteral("plan"), QStringLiteral("pro")},
                       {QStringLiteral("n"), QString::number(i)}};
        h.value = i * 1.5;
        h.hasValue = i % 2;
        h.interactive = i % 7 != 0;
        if (i % 4 != 0) {
            auto r = std::make_shared<Hit::Resolved>();
            r->visitorKey = "ga4:" + QByteArray::number(i % 17);
            r->country = QStringLiteral("DE");
            r->agent = Agent {QStringLiteral("Firefox"), QStringLiteral("120"),
                              QStringLiteral("Linux"), QString(), DeviceType::Desktop};
            h.resolved = r;
        }
        hits.append(h);
    }
    return hits;
}

bool same(const Hit &a, const Hit &b)
{
    const bool resolvedSame = bool(a.resolved) == bool(b.resolved)
        && (!a.resolved
            || (a.resolved->visitorKey == b.resolved->visitorKey
                && a.resolved->country == b.resolved->country
                && a.resolved->agent == b.resolved->agent));
    return a.timestampMs == b.timestampMs && a.kind == b.kind && a.url == b.url && a.name == b.name
        && a.referrer == b.referrer && a.props == b.props && a.value == b.value
        && a.hasValue == b.hasValue && a.interactive == b.interactive && resolvedSame;
}

} // namespace

class tst_HitSorter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sorts_data();
    void sorts();
    void empty();
};

void tst_HitSorter::sorts_data()
{
    QTest::addColumn<int>("hits");
    QTest::addColumn<int>("runHits");
    QTest::addColumn<int>("runs");
    QTest::newRow("in memory") << 500 << 1000 << 0;
    QTest::newRow("runs on disk") << 1000 << 64 << 16;
    QTest::newRow("last run short") << 101 << 10 << 11;
}

void tst_HitSorter::sorts()
{
    QFETCH(int, hits);
    QFETCH(int, runHits);
    QFETCH(int, runs);
    QTemporaryDir temp;
    {
        HitSorter sorter;
        sorter.setRunHits(runHits);
        sorter.setTempDir(temp.path());
        const QList<Hit> input = randomHits(hits, 7);
        QString error;
        for (Hit h : input)
            QVERIFY2(sorter.add(std::move(h), &error), qPrintable(error));
        QVERIFY2(sorter.finish(&error), qPrintable(error));
        QCOMPARE(sorter.runs(), runs);
        QList<Hit> expected = input;
        std::stable_sort(expected.begin(), expected.end(),
                         [](const Hit &a, const Hit &b) { return a.timestampMs < b.timestampMs; });
        Hit h;
        for (const Hit &want : std::as_const(expected)) {
            QCOMPARE(sorter.next(&h, &error), HitSorter::Result::Hit);
            QVERIFY2(same(h, want), qPrintable(h.url + QStringLiteral(" vs ") + want.url));
        }
        QCOMPARE(sorter.next(&h, &error), HitSorter::Result::End);
        QCOMPARE(sorter.taken(), qint64(hits));
    }
    // The runs went with the sorter (Qt makes them unnamed files where the system can, so
    // not even a crash leaves them behind).
    QCOMPARE(QDir(temp.path()).entryList(QDir::Files), QStringList());
}

void tst_HitSorter::empty()
{
    HitSorter sorter;
    QString error;
    QVERIFY(sorter.finish(&error));
    Hit h;
    QCOMPARE(sorter.next(&h, &error), HitSorter::Result::End);
}

QTEST_GUILESS_MAIN(tst_HitSorter)
#include "tst_hitsorter.moc"
