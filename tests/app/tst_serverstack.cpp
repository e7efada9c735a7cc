// The whole server (ServerStack) restarted with today's events stored: it listens as soon
// as start() returns, hits posted at once are taken, and today's visits and visitors come
// out exactly as in a run that never stopped. (That hits arriving *during* the rebuild are
// held back until it is done is tested deterministically in tst_ingestengine.)

#include "common/httpclient.h"
#include "core/clock.h"
#include "engine/ingestengine.h"
#include "stack/serverstack.h"
#include "store/database.h"
#include "store/sites.h"
#include "store/sqlitedb.h"

#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace raycstr;
using namespace raycstr::testing;

class tst_ServerStack : public QObject
{
    Q_OBJECT

    struct Data
    {
        QTemporaryDir dir;
        ManualClock clock {1700000000000LL}; // 2023-11-14T22:13:20Z

        Data()
        {
            SqliteDb db;
            QString error;
            if (!Database::open(&db, dir.path(), &error)
                || !SiteRepository(&db).add(QStringLiteral("example.com"), QStringLiteral("UTC"),
                                            clock.nowSecs(), &error))
                qFatal("%s", qPrintable(error));
        }
        ServerConfig config() const
        {
            ServerConfig c;
            c.dataDir = dir.path();
            c.listenAddress = QHostAddress::LocalHost;
            c.listenPort = 0;
            c.userAgentRegexes = findUserAgentRegexes();
            return c;
        }
        qint64 query(const char *sql) const
        {
            SqliteDb db;
            QString error;
            if (!db.open(Database::pathIn(dir.path()), SqliteDb::Mode::ReadOnly, &error))
                return -1;
            Statement st(db, sql);
            return st.next() ? st.int64(0) : -1;
        }
        QList<qint64> dayTotals() const
        {
            return {query("SELECT count(*) FROM events"),
                    query("SELECT sum(visitors) FROM rollup_daily WHERE dim = 0"),
                    query("SELECT sum(visits) FROM rollup_daily WHERE dim = 0"),
                    query("SELECT sum(bounces) FROM rollup_daily WHERE dim = 0"),
                    query("SELECT sum(duration) FROM rollup_daily WHERE dim = 0")};
        }
    };

    // Visitor i: the same address (loopback), a User-Agent of its own.
    static void post(HttpClient &client, int visitor, const QString &path)
    {
        const QByteArray body = "{\"n\":\"pageview\",\"u\":\"https://example.com" + path.toUtf8()
            + "\",\"d\":\"example.com\",\"r\":null,\"w\":1280}";
        const QByteArray ua = "Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/"
            + QByteArray::number(100 + visitor) + ".0";
        const HttpResult r
            = client.post(QStringLiteral("/api/event"), body, "text/plain", {{"User-Agent", ua}});
        QCOMPARE(r.status, 202);
    }
    static void firstHalf(HttpClient &client)
    {
        for (int i = 0; i < 30; ++i)
            post(client, i, QStringLiteral("/a/%1").arg(i % 4));
    }
    static void secondHalf(HttpClient &client)
    {
        for (int i = 15; i < 45; ++i) // visitors 15..29 come back, 30..44 are new
            post(client, i, QStringLiteral("/b/%1").arg(i % 3));
    }

private Q_SLOTS:
    void restartCountsExactlyAsAnUninterruptedRun()
    {
        Data uninterrupted;
        {
            ServerStack stack(&uninterrupted.clock);
            QString error;
            QVERIFY2(stack.start(uninterrupted.config(), &error), qPrintable(error));
            HttpClient client(stack.port());
            firstHalf(client);
            QVERIFY(stack.engine()->flush());
            uninterrupted.clock.advanceMs(120000);
            secondHalf(client);
            stack.stop();
        }

        Data restarted;
        {
            ServerStack stack(&restarted.clock);
            QString error;
            QVERIFY2(stack.start(restarted.config(), &error), qPrintable(error));
            HttpClient client(stack.port());
            firstHalf(client);
            stack.stop();
        }
        restarted.clock.advanceMs(120000);
        {
            ServerStack stack(&restarted.clock);
            QString error;
            QVERIFY2(stack.start(restarted.config(), &error), qPrintable(error));
            // Listening as start() returns, whatever the rebuild still has to do.
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, stack.port());
            QVERIFY(probe.waitForConnected(1000));
            HttpClient client(stack.port());
            secondHalf(client);
            stack.stop();
        }

        const QList<qint64> expected = uninterrupted.dayTotals();
        QCOMPARE(expected.at(0), 60);
        QCOMPARE(expected.at(1), 45); // visitors 0..44
        QCOMPARE(restarted.dayTotals(), expected);
    }
};

QTEST_GUILESS_MAIN(tst_ServerStack)
#include "tst_serverstack.moc"
