// Issue 14: the collector on the open internet, tried as an attacker would. Each attack
// runs against the real in-process server (collector, ingest engine, SQLite store) on port
// 0, with raw sockets, bounded in count and time; each test asserts the answer, that
// nothing hidden was stored, that memory stayed bounded, and that a normal client (from
// 127.0.0.2, another address) is still served.

#include "api/collector.h"
#include "common/enginefixture.h"
#include "common/rawhttp.h"
#include "http/httpserver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTcpSocket>
#include <QTest>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <vector>

using namespace raycstr;
using namespace raycstr::testing;

namespace {

const QByteArray Pageview = "{\"n\":\"pageview\",\"u\":\"https://example.com/hidden\","
                            "\"d\":\"example.com\",\"r\":null,\"w\":1280}";

QByteArray pageviewRequest(const QByteArray &extra = {})
{
    return "POST /api/event HTTP/1.1\r\nHost: example.com\r\nContent-Type: text/plain\r\n"
           "User-Agent: "
        + ChromeUA + "\r\n" + extra + "Content-Length: " + QByteArray::number(Pageview.size())
        + "\r\n\r\n" + Pageview;
}

qint64 rssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

qint64 softFileLimit()
{
    rlimit limit {};
    getrlimit(RLIMIT_NOFILE, &limit);
    return qint64(limit.rlim_cur);
}

void setSoftFileLimit(qint64 soft)
{
    rlimit limit {};
    getrlimit(RLIMIT_NOFILE, &limit);
    limit.rlim_cur = rlim_t(soft);
    setrlimit(RLIMIT_NOFILE, &limit);
}

// Plain POSIX sockets from 127.0.0.1: thousands of them cost the test no event-loop work,
// so what is measured is the server's.
struct RawClients
{
    std::vector<int> fds;
    ~RawClients() { closeAll(); }
    void closeAll()
    {
        for (int fd : fds)
            ::close(fd);
        fds.clear();
    }
    int open(quint16 port, const QByteArray &send = {})
    {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        if (fd < 0)
            return -1;
        sockaddr_in to {};
        to.sin_family = AF_INET;
        to.sin_port = htons(port);
        to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (::connect(fd, reinterpret_cast<sockaddr *>(&to), sizeof to) != 0) {
            ::close(fd);
            return -1;
        }
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
        if (!send.isEmpty()
            && ::send(fd, send.constData(), size_t(send.size()), MSG_NOSIGNAL) < 0) {
            ::close(fd);
            return -1;
        }
        fds.push_back(fd);
        return fd;
    }
};

} // namespace

class tst_HostileClients : public QObject
{
    Q_OBJECT

    struct Server
    {
        EngineFixture fixture;
        HttpServer http;
        std::unique_ptr<Collector> collector;
        quint16 port = 0;
        bool start(const ServerConfig &config = {})
        {
            if (!fixture.start())
                return false;
            collector = std::make_unique<Collector>(fixture.engine.get(), config);
            collector->registerRoutes(http);
            http.setLimits(config);
            QString error;
            if (!http.listen(QHostAddress::LocalHost, 0, &error)) {
                qWarning("%s", qPrintable(error));
                return false;
            }
            port = http.port();
            return true;
        }
        qint64 stored()
        {
            fixture.engine->flush();
            return fixture.query("SELECT count(*) FROM events");
        }
        bool connect(QTcpSocket &socket, const QHostAddress &from = QHostAddress::LocalHost)
        {
            if (from != QHostAddress(QHostAddress::LocalHost) && !socket.bind(from))
                return false;
            socket.connectToHost(QHostAddress::LocalHost, port);
            return QTest::qWaitFor(
                [&]() { return socket.state() == QAbstractSocket::ConnectedState; }, 5000);
        }
        // One pageview from another address than the attack's: answered 202, or a status
        // that says what went wrong (0: no answer in time). `ms`: how long it took.
        int normalClient(qint64 *ms = nullptr, int timeoutMs = 5000)
        {
            QElapsedTimer timer;
            timer.start();
            QTcpSocket socket;
            if (!connect(socket, QHostAddress(QStringLiteral("127.0.0.2"))))
                return 0;
            socket.write(pageviewRequest());
            const QList<Answer> answers = readAnswers(socket, 1, timeoutMs);
            if (ms)
                *ms = timer.elapsed();
            return answers.isEmpty() ? 0 : answers[0].status;
        }
    };

    // Sends `request` and returns the one answer; the connection must then be closed.
    static Answer answerThenClosed(Server &s, const QByteArray &request)
    {
        QTcpSocket socket;
        if (!s.connect(socket))
            return {};
        socket.write(request);
        const QList<Answer> answers = readAnswers(socket, 2, 3000);
        if (answers.size() != 1 || !waitClosed(socket))
            return {};
        return answers[0];
    }

private Q_SLOTS:
    void smuggledRequestIsNeverStored_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::newRow("first on the connection") << QByteArray();
        // After a request QHttpServer answered: the connection is handed over by then.
        QTest::newRow("after a hand-over")
            << QByteArray("GET /nowhere HTTP/1.1\r\nHost: x\r\n\r\n");
    }
    void smuggledRequestIsNeverStored()
    {
        QFETCH(QByteArray, before);
        Server s;
        QVERIFY(s.start());
        // The front-end reads the chunked body "0"; a server going by Content-Length would
        // take the rest as the next request: a pageview nobody sees in the first one.
        const QByteArray attack = "POST /api/event HTTP/1.1\r\nHost: example.com\r\n"
                                  "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n"
                                  "0\r\n\r\n"
            + pageviewRequest();
        QTcpSocket socket;
        QVERIFY(s.connect(socket));
        if (!before.isEmpty()) {
            socket.write(before);
            QCOMPARE(readAnswers(socket, 1).value(0).status, 404);
        }
        socket.write(attack);
        const QList<Answer> answers = readAnswers(socket, 2, 3000);
        QCOMPARE(answers.size(), 1);
        QCOMPARE(answers[0].status, 400);
        QVERIFY(waitClosed(socket));
        QCOMPARE(s.stored(), 0);
        QCOMPARE(s.normalClient(), 202);
        QCOMPARE(s.stored(), 1);
    }

    void framingAttacksAreAnsweredAndClosed_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::newRow("xchunked") << QByteArray("POST /api/event HTTP/1.1\r\nHost: x\r\n"
                                                "Transfer-Encoding: xchunked\r\n\r\n")
                + pageviewRequest()
                                  << 501;
        QTest::newRow("16k headers") << "POST /api/event HTTP/1.1\r\nHost: x\r\n"
                + QByteArray("X-Pad: 0123456789abcdefghijklmnopqrstuvwxyz0123456\r\n")
                      .repeated(16384)
                + "\r\n" << 431;
        QTest::newRow("bare LF in a value")
            << pageviewRequest("X-A: 1\nTransfer-Encoding: chunked\r\n") << 400;
        QTest::newRow("NUL in a value")
            << pageviewRequest("X-A: 1" + QByteArray(1, '\0') + "\r\n") << 400;
        QTest::newRow("unknown method")
            << QByteArray("SMUGGLE /api/event HTTP/1.1\r\nHost: x\r\n\r\n") + pageviewRequest()
            << 501;
        QTest::newRow("unknown method, QHttpServer path")
            << QByteArray("SMUGGLE /nowhere HTTP/1.1\r\nHost: x\r\n\r\n") + pageviewRequest()
            << 501;
    }
    void framingAttacksAreAnsweredAndClosed()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        Server s;
        QVERIFY(s.start());
        QCOMPARE(answerThenClosed(s, request).status, status);
        QCOMPARE(s.stored(), 0);
        QCOMPARE(s.normalClient(), 202);
    }

    // Requests Qt HttpServer would have buffered without a cap: an endless chunked body, an
    // endless request line. Both are refused early and the server's memory stays put.
    void endlessRequestsStayBounded_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QByteArray>("filler");
        QTest::addColumn<int>("status");
        QTest::newRow("chunked body")
            << QByteArray("POST /nowhere HTTP/1.1\r\nHost: x\r\n"
                          "Transfer-Encoding: chunked\r\n\r\n")
            << QByteArray("10000\r\n" + QByteArray(0x10000, 'c') + "\r\n") << 411;
        QTest::newRow("request line") << QByteArray("GET /") << QByteArray(0x10000, 'a') << 414;
        QTest::newRow("large length") << QByteArray("POST /nowhere HTTP/1.1\r\nHost: x\r\n"
                                                    "Content-Length: 1000000000\r\n\r\n")
                                      << QByteArray(0x10000, 'b') << 413;
    }
    void endlessRequestsStayBounded()
    {
        QFETCH(QByteArray, head);
        QFETCH(QByteArray, filler);
        QFETCH(int, status);
        Server s;
        QVERIFY(s.start());
        const qint64 before = rssKb();
        QTcpSocket socket;
        QVERIFY(s.connect(socket));
        socket.write(head);
        QByteArray received;
        qint64 sent = 0;
        // Up to 64 MB, as long as the server keeps the connection open.
        while (sent < 64 << 20 && socket.state() == QAbstractSocket::ConnectedState) {
            if (socket.bytesToWrite() < (1 << 20)) {
                socket.write(filler);
                sent += filler.size();
            }
            QTest::qWait(1);
            received += socket.readAll();
            if (received.contains("\r\n\r\n") && sent > (8 << 20))
                break;
        }
        const qint64 grown = rssKb() - before;
        received += socket.readAll();
        QVERIFY2(received.startsWith("HTTP/1.1 " + QByteArray::number(status)), received.left(80));
        QVERIFY2(grown < 16 * 1024, qPrintable(QStringLiteral("RSS grew by %1 kB").arg(grown)));
        QVERIFY(waitClosed(socket));
        QCOMPARE(s.normalClient(), 202);
    }

    void corsEchoesOnlyValidTokens()
    {
        Server s;
        QVERIFY(s.start());
        auto preflight = [&](const QByteArray &origin, const QByteArray &headers) {
            QTcpSocket socket;
            if (!s.connect(socket))
                return Answer();
            socket.write("OPTIONS /api/event HTTP/1.1\r\nHost: x\r\nOrigin: " + origin
                         + "\r\nAccess-Control-Request-Headers: " + headers + "\r\n\r\n");
            return readAnswers(socket, 1).value(0);
        };
        const Answer good = preflight("https://site.example:8443", "content-type, x-trace");
        QCOMPARE(good.status, 204);
        QVERIFY(good.head.contains("access-control-allow-origin: https://site.example:8443\r\n"));
        QVERIFY(good.head.contains("access-control-allow-headers: content-type, x-trace\r\n"));
        const Answer bad = preflight("https://site.example/<script>", "content-type; x=\"1\"");
        QCOMPARE(bad.status, 204);
        QVERIFY(!bad.hasHeader("access-control-allow-origin"));
        QVERIFY(!bad.head.contains("script"));
        QVERIFY(bad.head.contains("access-control-allow-headers: content-type\r\n"));
    }

    void connectionCloseIsHonouredOnEveryRoute_data()
    {
        QTest::addColumn<QByteArray>("first");
        QTest::newRow("ingest, close") << pageviewRequest("Connection: close\r\n");
        QTest::newRow("QHttpServer route, close")
            << QByteArray("GET /nowhere HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        QTest::newRow("QHttpServer route, HTTP/1.0")
            << QByteArray("GET /nowhere HTTP/1.0\r\nHost: x\r\n\r\n");
        QTest::newRow("tracker script, HTTP/1.0")
            << QByteArray("GET /js/track.js HTTP/1.0\r\nHost: x\r\n\r\n");
    }
    void connectionCloseIsHonouredOnEveryRoute()
    {
        QFETCH(QByteArray, first);
        Server s;
        QVERIFY(s.start());
        const qint64 storedBefore = first.startsWith("POST") ? 1 : 0;
        const Answer answer = answerThenClosed(s, first + pageviewRequest());
        QVERIFY(answer.status != 0);
        QCOMPARE(s.stored(), storedBefore); // the request after the close was not processed
    }

    void slowClientsAreTimedOut()
    {
        ServerConfig config;
        config.connections.headerTimeoutSecs = 1;
        config.connections.bodyTimeoutSecs = 1;
        config.connections.idleTimeoutSecs = 1;
        Server s;
        QVERIFY(s.start(config));
        RawClients raw;
        QVERIFY(raw.open(s.port) >= 0); // silent
        QVERIFY(raw.open(s.port, "POST /api/event HTTP/1.1\r\nHo") >= 0); // slowloris
        QVERIFY(
            raw.open(s.port, "POST /api/event HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{")
            >= 0); // slow body
        QVERIFY(
            raw.open(s.port, "POST /nowhere HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{")
            >= 0); // slow body, handed over
        QVERIFY(raw.open(s.port, "GET /nowhere HTTP/1.1\r\nHost: x\r\n\r\n") >= 0); // then idle
        QVERIFY(raw.open(s.port, pageviewRequest()) >= 0); // then idle
        QVERIFY(QTest::qWaitFor([&]() { return s.http.openConnections() == 6; }, 2000));
        // The slowloris keeps sending, a byte every 200 ms: the deadline is for the whole head.
        QElapsedTimer timer;
        timer.start();
        const int slowloris = raw.fds[1];
        QVERIFY(QTest::qWaitFor(
            [&]() {
                ::send(slowloris, "s", 1, MSG_NOSIGNAL);
                return s.http.openConnections() == 0;
            },
            5000));
        QVERIFY2(timer.elapsed() < 4000, qPrintable(QString::number(timer.elapsed())));
        // Each got its answer (408 for a head or body that did not arrive) before the close.
        char buffer[4096];
        const ssize_t n = ::recv(raw.fds[2], buffer, sizeof buffer, 0);
        QVERIFY(n > 12);
        QCOMPARE(QByteArray(buffer, 12), QByteArray("HTTP/1.1 408"));
        QCOMPARE(s.stored(), 1);
    }

    void perAddressCapSparesOtherAddressesAndTrustedProxies()
    {
        ServerConfig config;
        config.connections.maxConnectionsPerAddress = 4;
        Server s;
        QVERIFY(s.start(config));
        RawClients raw;
        for (int i = 0; i < 10; ++i)
            QVERIFY(raw.open(s.port) >= 0);
        QVERIFY(QTest::qWaitFor([&]() { return s.http.refusedConnections() == 6; }, 3000));
        QCOMPARE(s.http.openConnections(), 4);
        QCOMPARE(s.normalClient(), 202);

        // Behind a reverse proxy every visitor shares its address: no per-address cap there.
        ServerConfig proxied = config;
        QPair<QHostAddress, int> subnet;
        QString error;
        QVERIFY(ServerConfig::parseSubnet(QStringLiteral("127.0.0.1"), &subnet, &error));
        proxied.trustedProxies.append(subnet);
        Server p;
        QVERIFY(p.start(proxied));
        RawClients viaProxy;
        for (int i = 0; i < 10; ++i)
            QVERIFY(viaProxy.open(p.port) >= 0);
        QVERIFY(QTest::qWaitFor([&]() { return p.http.openConnections() == 10; }, 3000));
        QCOMPARE(p.http.refusedConnections(), 0);
    }

    void acceptingResumesAfterRunningOutOfFiles()
    {
        Server s;
        QVERIFY(s.start());
        const qint64 limit = softFileLimit();
        RawClients raw;
        for (int i = 0; i < 20; ++i) // queued in the kernel: the server has not accepted yet
            QVERIFY(raw.open(s.port) >= 0);
        // No descriptor left for accept(): it fails (EMFILE) and QTcpServer stops accepting.
        const int probe = ::dup(0);
        QVERIFY(probe >= 0);
        ::close(probe);
        setSoftFileLimit(probe);
        QTest::qWait(300);
        setSoftFileLimit(limit);
        QCOMPARE(s.normalClient(nullptr, 3000), 202);
    }

    // The target of issue 14: 5,000 hostile connections (silent, slowloris, slow body) from
    // one address, the server started under a soft limit of 1,024 files, and a normal client
    // from another address is still answered at once. The bound asserted here is generous
    // (a shared 2-core machine); tests/bench/hostile-bench.sh prints the median figure.
    void fiveThousandHostileConnectionsDoNotStarveANormalClient()
    {
        const qint64 limit = softFileLimit();
        setSoftFileLimit(1024);
        Server s;
        QVERIFY(s.start());
        QVERIFY2(softFileLimit() > 1024, "the server did not raise its open-file limit");
        const qint64 before = rssKb();
        RawClients raw;
        const QByteArray slowloris = "POST /api/event HTTP/1.1\r\nHost: example.com\r\nX-A: ";
        const QByteArray slowBody = "POST /api/event HTTP/1.1\r\nHost: "
                                    "example.com\r\nContent-Length: 5000\r\n\r\n{\"n\":";
        for (int i = 0; i < 5000; ++i) {
            const QByteArray send = i % 3 == 0 ? QByteArray() : i % 3 == 1 ? slowloris : slowBody;
            QVERIFY2(raw.open(s.port, send) >= 0, qPrintable(QString::number(i)));
            if (i % 250 == 249)
                QTest::qWait(20); // let the server accept (the kernel queues 1,024 at most)
        }
        QTest::qWait(200);
        qint64 ms = 0;
        QCOMPARE(s.normalClient(&ms), 202);
        qInfo("normal client answered in %lld ms with %d hostile connections held open "
              "(%lld refused)",
              ms, s.http.openConnections(), s.http.refusedConnections());
        QVERIFY2(ms < 1000, qPrintable(QStringLiteral("%1 ms").arg(ms)));
        QCOMPARE(s.stored(), 1);
        const qint64 grown = rssKb() - before;
        QVERIFY2(grown < 100 * 1024, qPrintable(QStringLiteral("RSS grew by %1 kB").arg(grown)));
        raw.closeAll();
        setSoftFileLimit(limit);
    }
};

QTEST_GUILESS_MAIN(tst_HostileClients)
#include "tst_hostileclients.moc"
