// VisitRebuilder (issue 16's migrate): the entry page and the bounce and duration deltas
// made again from stored events equal, event by event, what the sessionizer gave each event
// when it arrived; and SqliteEventStore::readEvents gives back every stored field.

#include "common/trafficfeed.h"
#include "store/database.h"
#include "store/sqliteeventstore.h"
#include "store/visitrebuilder.h"

#include <QTemporaryDir>
#include <QTest>

using namespace raycstr;
using namespace raycstr::testing;

namespace {

// Keeps, per site and in write order, each event as the sessionizer finished it (after the
// store filed it under its key), before the SQLite store writes it.
class RecordingStore final : public EventStore
{
public:
    explicit RecordingStore(SqliteEventStore *store)
        : m_store(store)
    { }
    bool write(std::vector<Event> &events, const QList<DropCount> &drops, QString *error) override
    {
        if (!m_store->write(events, drops, error))
            return false;
        for (const Event &e : events)
            written[e.siteId].append(e);
        return true;
    }
    bool isDiskFull(const QString &) const override { return false; }
    qint64 deleteEventsBefore(qint64, QString *) override { return 0; }
    bool replay(qint32, qint64, qint64, const std::function<void(Event &)> &, QString *) override
    {
        return true;
    }
    SaltStore *salts() override { return m_store->salts(); }

    QHash<qint32, QList<Event>> written;

private:
    SqliteEventStore *m_store;
};

} // namespace

class tst_VisitRebuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rebuildsWhatTheSessionizerGave();
    void visitCutByRetentionHasNoEntry();
};

void tst_VisitRebuilder::rebuildsWhatTheSessionizerGave()
{
    QTemporaryDir dir;
    SqliteDb db;
    QString error;
    QVERIFY2(Database::open(&db, dir.path(), &error), qPrintable(error));
    QVERIFY(addTrafficSites(db, 3));
    TrafficSpec spec;
    spec.seed = 5;
    spec.people = 500;
    spec.extras = true;
    spec.revenue = true;
    SqliteEventStore sqlite(&db);
    RecordingStore store(&sqlite);
    QVERIFY2(storeTraffic(store, generateTraffic(spec), zoneOf, 300, &error) > 0,
             qPrintable(error));

    QSet<EventKind> kinds;
    int withProps = 0;
    int nonZeroDuration = 0;
    int unbounced = 0;
    for (qint32 site = 1; site <= 3; ++site) {
        const QList<Event> &written = store.written.value(site);
        QVERIFY(written.size() > 500);
        VisitRebuilder rebuilder;
        qsizetype i = 0;
        const bool ok = sqlite.readEvents(
            site, 0, std::numeric_limits<qint32>::max(),
            [&](Event &e, qint64 importId) {
                rebuilder.apply(e);
                const Event &x = written.at(i);
                const QString what = QStringLiteral("site %1 event %2 (kind %3, ts %4)")
                                         .arg(site)
                                         .arg(i)
                                         .arg(int(x.kind))
                                         .arg(x.ts);
                [&] {
                    QCOMPARE(e.ts, x.ts);
                    QCOMPARE(e.visitor, x.visitor);
                    QCOMPARE(e.visitStart, x.visitStart);
                    QCOMPARE(e.flags, x.flags);
                    QCOMPARE(e.path, x.path);
                    QCOMPARE(e.acquisition, x.acquisition);
                    QCOMPARE(e.name, x.name);
                    QCOMPARE(e.hasValue, x.hasValue);
                    QCOMPARE(e.value, x.value);
                    QCOMPARE(importId, 0);
                    QVERIFY2(e.entryPath == x.entryPath,
                             qPrintable(what + u' ' + e.entryPath + u' ' + x.entryPath));
                    QVERIFY2(e.bounceDelta == x.bounceDelta, qPrintable(what));
                    QVERIFY2(e.durationDelta == x.durationDelta, qPrintable(what));
                    QList<Property> props = x.props;
                    std::sort(props.begin(), props.end(),
                              [](const Property &a, const Property &b) { return a.key < b.key; });
                    QCOMPARE(e.props, props);
                }();
                kinds.insert(e.kind);
                withProps += !e.props.isEmpty();
                nonZeroDuration += e.durationDelta > 0;
                unbounced += e.bounceDelta < 0;
                ++i;
                return !QTest::currentTestFailed();
            },
            &error);
        QVERIFY2(ok, qPrintable(error));
        QVERIFY(!QTest::currentTestFailed());
        QCOMPARE(i, written.size());
    }
    // The traffic had every kind of event and visit the rules distinguish.
    QCOMPARE(kinds.size(), 4);
    QVERIFY(withProps > 0 && nonZeroDuration > 100 && unbounced > 100);
}

void tst_VisitRebuilder::visitCutByRetentionHasNoEntry()
{
    // A visit's first pageview is gone; its later events still add up to its bounce and
    // the duration from its start.
    VisitRebuilder r;
    Event e;
    e.visitor = 9;
    e.visitStart = 1000;
    e.ts = 1300;
    e.path = QStringLiteral("/b");
    r.apply(e);
    QCOMPARE(e.entryPath, QString());
    QCOMPARE(e.durationDelta, 300);
    QCOMPARE(e.bounceDelta, 1);
    e.ts = 1400;
    e.path = QStringLiteral("/c");
    r.apply(e);
    QCOMPARE(e.durationDelta, 100);
    QCOMPARE(e.bounceDelta, -1);
    // A vitals sample of another, unknown visit keeps its own path.
    Event v;
    v.kind = EventKind::Vitals;
    v.visitor = 9;
    v.visitStart = 1500;
    v.ts = 1500;
    v.path = QStringLiteral("/v");
    r.apply(v);
    QCOMPARE(v.entryPath, QStringLiteral("/v"));
    QCOMPARE(v.durationDelta, 0);
}

QTEST_GUILESS_MAIN(tst_VisitRebuilder)
#include "tst_visitrebuilder.moc"
