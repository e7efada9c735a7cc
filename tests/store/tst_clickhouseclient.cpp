#include "common/clickhouseserver.h"
#include "common/faultyproxy.h"
#include "store/clickhouseclient.h"
#include "store/rowbinary.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTest>

#include <thread>

using namespace raycstr;
using testing::ClickHouseServer;

// The ClickHouse HTTP client against a real server (tests/common/clickhouseserver.h).
class tst_ClickHouseClient : public QObject
{
    Q_OBJECT

    ClickHouseServer m_server;

    std::unique_ptr<ClickHouseClient> client(ClickHouseClient::Timeouts t = {}) const
    {
        return std::make_unique<ClickHouseClient>(m_server.endpoint(QStringLiteral("client_test")),
                                                  QLatin1String(ClickHouseServer::Password), t);
    }

    // Strings that break naive escaping one way or the other.
    static QList<QString> nastyStrings()
    {
        return {QString(),
                QStringLiteral("plain"),
                QStringLiteral("tab\there"),
                QStringLiteral("new\nline\r\n"),
                QStringLiteral("back\\slash\\"),
                QStringLiteral("\\t not a tab, \\n not a newline"),
                QStringLiteral("quote's \"double\" `back`"),
                QString(QChar(0)) + QStringLiteral("nul") + QChar(0),
                QStringLiteral("ümlaut 日本語 🎉 \u200b"),
                QStringLiteral("\x01\x1f\x7f control"),
                QString(300, QLatin1Char('x')), // a length that takes two LEB128 bytes
                QStringLiteral("FORMAT RowBinary\n; DROP TABLE t; --")};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        ClickHouseError e;
        QVERIFY2(client()->execute("CREATE DATABASE IF NOT EXISTS client_test", &e,
                                   ClickHouseClient::Scope::Server),
                 qPrintable(e.toString()));
    }

    void selectsRowBinary()
    {
        QByteArray rows;
        ClickHouseError e;
        QVERIFY2(client()->select("SELECT toUInt64(number), toInt32(-number), 'x' FROM "
                                  "system.numbers LIMIT 3",
                                  &rows, &e),
                 qPrintable(e.toString()));
        RowBinaryReader r(rows);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(r.uint64(), quint64(i));
            QCOMPARE(r.int32(), -i);
            QCOMPARE(r.string(), QStringLiteral("x"));
        }
        QVERIFY(r.ok());
        QVERIFY(r.atEnd());
    }

    // Every string goes in and comes back byte for byte, as a column value and inside an
    // array; the first row starts with the bytes ClickHouse might take for whitespace
    // after "FORMAT RowBinary".
    void insertsAndReadsBackNastyStringsExactly()
    {
        auto c = client();
        ClickHouseError e;
        QVERIFY2(c->execute("CREATE TABLE strings (first UInt8, n UInt32, s String, "
                            "a Array(String)) ENGINE = MergeTree() ORDER BY n",
                            &e),
                 qPrintable(e.toString()));
        const QList<QString> strings = nastyStrings();
        RowBinaryWriter w;
        for (int i = 0; i < strings.size(); ++i) {
            w.uint8(i % 2 ? ' ' : '\n');
            w.uint32(quint32(i));
            w.string(strings[i]);
            w.size(2);
            w.string(strings[i]);
            w.string(strings[(i + 1) % strings.size()]);
        }
        QVERIFY2(c->insert("strings (first, n, s, a)", w.data(), &e), qPrintable(e.toString()));
        QByteArray rows;
        QVERIFY2(c->select("SELECT first, s, a FROM strings ORDER BY n", &rows, &e),
                 qPrintable(e.toString()));
        RowBinaryReader r(rows);
        for (int i = 0; i < strings.size(); ++i) {
            QCOMPARE(r.uint8(), quint8(i % 2 ? ' ' : '\n'));
            QCOMPARE(r.string(), strings[i]);
            QCOMPARE(r.size(), quint64(2));
            QCOMPARE(r.string(), strings[i]);
            QCOMPARE(r.string(), strings[(i + 1) % strings.size()]);
        }
        QVERIFY(r.ok());
        QVERIFY(r.atEnd());
        // The server agrees on what it got: lengths in bytes of UTF-8.
        QVERIFY(c->select("SELECT toUInt64(length(s)) FROM strings ORDER BY n", &rows, &e));
        RowBinaryReader lengths(rows);
        for (const QString &s : strings)
            QCOMPARE(lengths.uint64(), quint64(s.toUtf8().size()));
    }

    // quote() makes a literal of any bytes, not only valid UTF-8.
    void quotesAnyBytesAsALiteral()
    {
        QList<QByteArray> values;
        for (const QString &s : nastyStrings())
            values.append(s.toUtf8());
        QByteArray all(256, Qt::Uninitialized);
        for (int i = 0; i < 256; ++i)
            all[i] = char(i);
        values.append(all);
        auto c = client();
        for (const QByteArray &v : values) {
            QByteArray rows;
            ClickHouseError e;
            QVERIFY2(c->select("SELECT " + ClickHouseClient::quote(v), &rows, &e),
                     qPrintable(e.toString()));
            RowBinaryReader r(rows);
            QCOMPARE(r.bytes(), v);
            QVERIFY(r.atEnd());
        }
    }

    void authenticatesWithHeaders()
    {
        QByteArray rows;
        ClickHouseError e;
        QVERIFY2(client()->select("SELECT user FROM system.processes", &rows, &e),
                 qPrintable(e.toString()));
        QCOMPARE(RowBinaryReader(rows).string(), QLatin1String(ClickHouseServer::User));

        ClickHouseClient wrong(m_server.endpoint(QStringLiteral("client_test")),
                               QStringLiteral("not the password"));
        QVERIFY(!wrong.select("SELECT 1", &rows, &e));
        QCOMPARE(e.kind, ClickHouseError::Kind::Server);
        QCOMPARE(e.code, 193); // WRONG_PASSWORD
        QVERIFY2(e.message.contains(QLatin1String("password")), qPrintable(e.message));
        QVERIFY(!e.toString().contains(QLatin1String("not the password")));

        ClickHouseClient none(
            m_server.endpoint(QStringLiteral("client_test"), QStringLiteral("nobody")), QString());
        QVERIFY(!none.select("SELECT 1", &rows, &e));
        QCOMPARE(e.kind, ClickHouseError::Kind::Server);
        QCOMPARE(e.code, 192); // UNKNOWN_USER
    }

    void serverErrorsAreTyped()
    {
        auto c = client();
        QByteArray rows;
        ClickHouseError e;
        QVERIFY(!c->select("SELECT * FROM no_such_table", &rows, &e));
        QCOMPARE(e.kind, ClickHouseError::Kind::Server);
        QCOMPARE(e.code, 60); // UNKNOWN_TABLE
        QVERIFY2(e.message.contains(QLatin1String("no_such_table")), qPrintable(e.message));
        QVERIFY2(e.toString().startsWith(QLatin1String("ClickHouse error 60: ")),
                 qPrintable(e.toString()));
        QVERIFY(e.mayHaveRun()); // a server error is no proof that nothing was written
        QVERIFY(rows.isEmpty());

        // An error after many rows still comes as an error, not as rows with text appended.
        QVERIFY(!c->select("SELECT throwIf(number = 300000) FROM system.numbers LIMIT 400000",
                           &rows, &e));
        QCOMPARE(e.kind, ClickHouseError::Kind::Server);
        QCOMPARE(e.code, 395); // FUNCTION_THROW_IF_VALUE_IS_NON_ZERO
        QVERIFY(rows.isEmpty());

        // A database that does not exist, and the server-wide scope that needs none.
        ClickHouseClient elsewhere(m_server.endpoint(QStringLiteral("no_such_db")),
                                   QLatin1String(ClickHouseServer::Password));
        QVERIFY(!elsewhere.select("SELECT 1", &rows, &e));
        QCOMPARE(e.code, 81); // UNKNOWN_DATABASE
        QVERIFY(elsewhere.select("SELECT 1", &rows, &e, ClickHouseClient::Scope::Server));
    }

    void largeAnswersArriveWhole()
    {
        QByteArray rows;
        ClickHouseError e;
        QVERIFY(client()->select("SELECT number FROM system.numbers LIMIT 1000000", &rows, &e));
        QCOMPARE(rows.size(), 8000000);
        RowBinaryReader r(rows);
        quint64 sum = 0;
        while (!r.atEnd())
            sum += r.uint64();
        QCOMPARE(sum, quint64(999999) * 1000000 / 2);
    }

    void closedPortIsUnreachable()
    {
        quint16 port;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        ClickHouseEndpoint endpoint = m_server.endpoint(QStringLiteral("client_test"));
        endpoint.port = port;
        ClickHouseClient down(endpoint, QString());
        QByteArray rows;
        ClickHouseError e;
        QVERIFY(!down.select("SELECT 1", &rows, &e));
        QCOMPARE(e.kind, ClickHouseError::Kind::Unreachable);
        QVERIFY(!e.mayHaveRun());
        QVERIFY2(e.toString().contains(QString::number(port)), qPrintable(e.toString()));
    }

    // A server that takes the connection and never answers: the whole-request timeout.
    void silentServerTimesOut()
    {
        QTcpServer silent; // listens, never accepts: the kernel still completes connections
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        ClickHouseEndpoint endpoint = m_server.endpoint(QStringLiteral("client_test"));
        endpoint.port = silent.serverPort();
        ClickHouseClient c(endpoint, QString(), {1000, 300});
        QElapsedTimer clock;
        clock.start();
        QByteArray rows;
        ClickHouseError e;
        QVERIFY(!c.select("SELECT 1", &rows, &e));
        QCOMPARE(e.kind, ClickHouseError::Kind::Timeout);
        QVERIFY(e.mayHaveRun());
        QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
    }

    // An address nobody answers: the connect timeout, and nothing can have run.
    void unansweredConnectIsUnreachable()
    {
        ClickHouseEndpoint endpoint = m_server.endpoint(QStringLiteral("client_test"));
        endpoint.host = QStringLiteral("192.0.2.1"); // TEST-NET-1: never routed
        ClickHouseClient c(endpoint, QString(), {200, 5000});
        QElapsedTimer clock;
        clock.start();
        QByteArray rows;
        ClickHouseError e;
        QVERIFY(!c.select("SELECT 1", &rows, &e));
        QCOMPARE(e.kind, ClickHouseError::Kind::Unreachable);
        QVERIFY(!e.mayHaveRun());
        QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
    }

    // The writer thread has no event loop of its own; the client brings a local one, and a
    // client may move between threads one at a time.
    void worksOnAThreadWithoutEventLoop()
    {
        auto c = client();
        QByteArray mainRows;
        ClickHouseError e;
        QVERIFY(c->select("SELECT 1", &mainRows, &e)); // its manager is made here first
        QByteArray threadRows;
        ClickHouseError threadError;
        bool ok = false;
        std::thread writer([&] {
            for (int i = 0; i < 3; ++i)
                ok = c->select("SELECT toUInt8(41 + 1)", &threadRows, &threadError);
        });
        writer.join();
        QVERIFY2(ok, qPrintable(threadError.toString()));
        QCOMPARE(RowBinaryReader(threadRows).uint8(), quint8(42));
        QVERIFY(c->select("SELECT 2", &mainRows, &e)); // and back on this thread
        QCOMPARE(RowBinaryReader(mainRows).uint8(), quint8(2));
    }

    // Qt's HTTP client sends a request again, unasked, when the connection closes before
    // the answer; for an INSERT that would store its rows twice. The client's INSERTs fail
    // instead (the rows went in once), and say that they may have run.
    void anInsertIsNeverSentTwiceBehindTheCallersBack()
    {
        auto direct = client();
        ClickHouseError e;
        QVERIFY(
            direct->execute("CREATE TABLE once (n UInt32) ENGINE = MergeTree() ORDER BY n", &e));
        testing::FaultyProxy proxy(m_server.httpPort());
        ClickHouseEndpoint endpoint = m_server.endpoint(QStringLiteral("client_test"));
        endpoint.port = proxy.port();
        ClickHouseClient viaProxy(endpoint, QLatin1String(ClickHouseServer::Password));
        QByteArray rows;
        QVERIFY(viaProxy.select("SELECT 1", &rows, &e)); // a kept-alive connection first
        RowBinaryWriter w;
        for (quint32 n = 0; n < 1000; ++n)
            w.uint32(n);
        proxy.dropAnswer("INSERT INTO once");
        QVERIFY(!viaProxy.insert("once (n)", w.data(), &e));
        QCOMPARE(proxy.answersDropped(), 1);
        QCOMPARE(e.kind, ClickHouseError::Kind::BadResponse);
        QVERIFY(e.mayHaveRun());
        QVERIFY(direct->select("SELECT count() FROM once", &rows, &e));
        QCOMPARE(RowBinaryReader(rows).uint64(), quint64(1000));
    }
};

QTEST_GUILESS_MAIN(tst_ClickHouseClient)
#include "tst_clickhouseclient.moc"
