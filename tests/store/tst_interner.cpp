// Interner on its own: strings and tuples get one id each, ids survive the in-memory
// caches and the process, and a failure is reported rather than hidden behind an id 0.
#include "store/database.h"
#include "store/interner.h"

#include <QTemporaryDir>
#include <QTest>

using namespace raycstr;

class tst_Interner : public QObject
{
    Q_OBJECT

    static qint64 count(SqliteDb &db, const char *sql)
    {
        Statement st(db, sql);
        return st.next() ? st.int64(0) : -1;
    }
    static QString valueOf(SqliteDb &db, qint64 id)
    {
        Statement st(db, "SELECT value FROM strings WHERE id = ?");
        st.bind(1, id);
        return st.next() ? st.text(0) : QString();
    }

    QTemporaryDir m_dir;
    SqliteDb m_db;

private Q_SLOTS:
    void init()
    {
        QString error;
        QVERIFY(m_dir.isValid());
        QVERIFY2(Database::open(&m_db, m_dir.path(), &error), qPrintable(error));
        QVERIFY(m_db.exec("DELETE FROM strings; DELETE FROM pages; DELETE FROM acquisitions; "
                          "DELETE FROM agents"));
    }

    void equalStringsShareOneIdAndEmptyIsZero()
    {
        Interner in(&m_db);
        QCOMPARE(in.string(QString()), 0);
        QCOMPARE(in.string(QStringLiteral("")), 0);
        const QString a = QStringLiteral("/pricing");
        const qint64 id = in.string(a);
        QVERIFY(id > 0);
        QCOMPARE(in.string(a), id); // the same buffer (front cache)
        QString other = QStringLiteral("/pric");
        other += QStringLiteral("ing"); // equal text in another buffer
        QCOMPARE(in.string(other), id);
        QVERIFY(in.string(QStringLiteral("/Pricing")) != id); // case matters
        QCOMPARE(valueOf(m_db, id), a);
        QCOMPARE(count(m_db, "SELECT count(*) FROM strings"), 2);
        QVERIFY(!in.failed());
    }

    // A fresh interner (a restart, or caches dropped) finds what is already stored.
    void idsOutliveTheCaches()
    {
        qint64 id = 0, page = 0;
        {
            Interner in(&m_db);
            id = in.string(QStringLiteral("Firefox"));
            page = in.page(id, in.string(QStringLiteral("/")));
        }
        Interner again(&m_db);
        QCOMPARE(again.string(QStringLiteral("Firefox")), id);
        QCOMPARE(again.page(id, again.string(QStringLiteral("/"))), page);
        again.clearCaches();
        QCOMPARE(again.string(QStringLiteral("Firefox")), id);
        QCOMPARE(count(m_db, "SELECT count(*) FROM strings"), 2);
        QCOMPARE(count(m_db, "SELECT count(*) FROM pages"), 1);
    }

    void tuplesInternOnce()
    {
        Interner in(&m_db);
        const qint64 host = in.string(QStringLiteral("a.test"));
        const qint64 p1 = in.page(host, in.string(QStringLiteral("/one")));
        const qint64 p2 = in.page(host, in.string(QStringLiteral("/two")));
        QVERIFY(p1 > 0 && p2 > 0 && p1 != p2);
        QCOMPARE(in.page(host, in.string(QStringLiteral("/one"))), p1);

        // Direct traffic without a campaign has no acquisition row at all.
        QCOMPARE(in.acquisition({0, 0, 0, 0, 0, 0, 0}), 0);
        const qint64 google = in.string(QStringLiteral("Google"));
        const qint64 acq = in.acquisition({google, 0, 0, 0, 0, 0, 0});
        QVERIFY(acq > 0);
        QCOMPARE(in.acquisition({google, 0, 0, 0, 0, 0, 0}), acq);
        QVERIFY(in.acquisition({google, 0, host, 0, 0, 0, 0}) != acq);

        const qint64 agent = in.agent(
            {in.string(QStringLiteral("Firefox")), in.string(QStringLiteral("126")), 0, 0, 1});
        QVERIFY(agent > 0);
        QCOMPARE(in.agent({in.string(QStringLiteral("Firefox")), in.string(QStringLiteral("126")),
                           0, 0, 1}),
                 agent);
        QCOMPARE(count(m_db, "SELECT count(*) FROM pages"), 2);
        QCOMPARE(count(m_db, "SELECT count(*) FROM acquisitions"), 2);
        QCOMPARE(count(m_db, "SELECT count(*) FROM agents"), 1);
    }

    // Device names and "browser version" labels are spelled by core (deviceTypeName,
    // dimensionValue): the interner stores exactly those strings.
    void devicesAndVersionsUseCoresSpelling()
    {
        Interner in(&m_db);
        const qint64 desktop = in.device(DeviceType::Desktop);
        QCOMPARE(valueOf(m_db, desktop), deviceTypeName(DeviceType::Desktop));
        QVERIFY(in.device(DeviceType::Mobile) != desktop);
        QCOMPARE(in.device(DeviceType::Desktop), desktop);

        const Agent firefox {QStringLiteral("Firefox"), QStringLiteral("126"),
                             QStringLiteral("Linux"), QString(), DeviceType::Desktop};
        Event probe;
        probe.agent = firefox;
        const qint64 agent
            = in.agent({in.string(firefox.browser), in.string(firefox.browserVersion),
                        in.string(firefox.os), 0, 1});
        const auto [browserVersion, osVersion] = in.agentVersions(agent, firefox);
        QCOMPARE(valueOf(m_db, browserVersion), dimensionValue(probe, Dimension::BrowserVersion));
        QCOMPARE(osVersion, in.string(dimensionValue(probe, Dimension::OsVersion)));
        QCOMPARE(in.agentVersions(agent, firefox), std::make_pair(browserVersion, osVersion));
    }

    // Ids handed out in a rolled-back transaction do not exist: after clearCaches() the
    // interner hands out ids that are really stored.
    void afterARollbackClearedCachesGiveStoredIds()
    {
        Interner in(&m_db);
        QVERIFY(m_db.exec("BEGIN IMMEDIATE"));
        const qint64 lost = in.string(QStringLiteral("/rolled-back"));
        QVERIFY(lost > 0);
        QVERIFY(m_db.exec("ROLLBACK"));
        QVERIFY(valueOf(m_db, lost).isEmpty());
        in.clearCaches();
        QVERIFY(m_db.exec("BEGIN IMMEDIATE"));
        const qint64 id = in.string(QStringLiteral("/rolled-back"));
        QVERIFY(m_db.exec("COMMIT"));
        QCOMPARE(valueOf(m_db, id), QStringLiteral("/rolled-back"));
    }

    // A write that fails (here: a read-only connection) is flagged, so the writer rolls
    // the batch back instead of storing rows that point at id 0.
    void aFailedInsertIsFlagged()
    {
        SqliteDb readOnly;
        QString error;
        QVERIFY(readOnly.open(Database::pathIn(m_dir.path()), SqliteDb::Mode::ReadOnly, &error));
        Interner in(&readOnly);
        QCOMPARE(in.string(QStringLiteral("/cannot-store")), 0);
        QVERIFY(in.failed());
        in.clearCaches();
        QVERIFY(!in.failed());
    }
};

QTEST_GUILESS_MAIN(tst_Interner)
#include "tst_interner.moc"
