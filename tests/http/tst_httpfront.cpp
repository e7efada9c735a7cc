// The lean HTTP/1.1 front: what it serves itself, what it hands to QHttpServer, and that a
// connection survives the hand-over with nothing lost or reordered. Raw sockets, so the
// bytes on the wire are exactly the ones under test.

#include "common/rawhttp.h"
#include "http/httpfront.h"
#include "http/httpserver.h"

#include <QTcpSocket>
#include <QTest>

using namespace raycstr;
using namespace raycstr::testing;

namespace {

QByteArray post(const QByteArray &path, const QByteArray &body, const QByteArray &extra = {})
{
    return "POST " + path + " HTTP/1.1\r\nHost: example.com\r\nContent-Type: text/plain\r\n" + extra
        + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

} // namespace

class tst_HttpFront : public QObject
{
    Q_OBJECT

    struct Seen
    {
        PlainRequest::Method method = PlainRequest::Method::Other;
        QByteArray query, body, contentType, origin, userAgent, forwardedFor, host, referer,
            corsHeaders;
        QHostAddress peer;
    };

    // A server with one plain route (/echo: answers 200 with the body, or 204 when it is
    // empty) and one QHttpServer-only route (/slow).
    struct Server
    {
        HttpServer http;
        QList<Seen> seen;
        quint16 port = 0;
        bool start()
        {
            http.routePlain(QByteArrayLiteral("/echo"), [this](const PlainRequest &r) {
                seen.append({r.method, r.query, r.body, r.contentType, r.origin, r.userAgent,
                             r.forwardedFor, r.host, r.referer, r.corsRequestHeaders, r.peer});
                if (r.body.isEmpty())
                    return PlainResponse(204);
                PlainResponse response(200, QByteArrayLiteral("text/plain"), r.body);
                response.addHeader(QByteArrayLiteral("X-Echo"), QByteArrayLiteral("yes"));
                return response;
            });
            http.route(QStringLiteral("/slow"), [](const PlainRequest &) {
                return PlainResponse(QByteArrayLiteral("text/plain"),
                                     QByteArrayLiteral("from qhttpserver"));
            });
            QString error;
            if (!http.listen(QHostAddress::LocalHost, 0, &error))
                return false;
            port = http.port();
            return true;
        }
        bool connect(QTcpSocket &socket)
        {
            socket.connectToHost(QHostAddress::LocalHost, port);
            return QTest::qWaitFor(
                [&]() { return socket.state() == QAbstractSocket::ConnectedState; }, 5000);
        }
    };

private Q_SLOTS:
    void servesAPostWithTheHeadersItReads()
    {
        Server s;
        QVERIFY(s.start());
        QTcpSocket socket;
        QVERIFY(s.connect(socket));
        socket.write("POST /echo?a=1&b=%20 HTTP/1.1\r\n"
                     "host: example.com:8080\r\n"
                     "USER-AGENT:   Mozilla/5.0 (X11)  \r\n"
                     "Origin: https://site.example\r\n"
                     "Referer: https://site.example/page\r\n"
                     "X-Forwarded-For: 203.0.113.7, 10.0.0.1\r\n"
                     "Content-Type: application/json\r\n"
                     "X-Unrelated: ignored\r\n"
                     "Content-Length: 7\r\n\r\n"
                     "{\"x\":1}");
        const QList<Answer> answers = readAnswers(socket, 1);
        QCOMPARE(answers.size(), 1);
        QCOMPARE(answers[0].status, 200);
        QCOMPARE(answers[0].body, QByteArray("{\"x\":1}"));
        QVERIFY(answers[0].head.startsWith("http/1.1 200 ok\r\n"));
        QVERIFY(answers[0].hasHeader("x-echo"));
        QVERIFY(answers[0].hasHeader("content-type"));
        QCOMPARE(s.seen.size(), 1);
        const Seen &seen = s.seen[0];
        QCOMPARE(seen.method, PlainRequest::Method::Post);
        QCOMPARE(seen.query, QByteArray("a=1&b=%20"));
        QCOMPARE(seen.host, QByteArray("example.com:8080"));
        QCOMPARE(seen.userAgent, QByteArray("Mozilla/5.0 (X11)"));
        QCOMPARE(seen.origin, QByteArray("https://site.example"));
        QCOMPARE(seen.referer, QByteArray("https://site.example/page"));
        QCOMPARE(seen.forwardedFor, QByteArray("203.0.113.7, 10.0.0.1"));
        QCOMPARE(seen.contentType, QByteArray("application/json"));
        QVERIFY(seen.peer.isLoopback());
        QCOMPARE(s.http.handedOff(), 0);
    }

    void noContentAnswersCarryNoLength()
    {
        Server s;
        QVERIFY(s.start());
        QTcpSocket socket;
        QVERIFY(s.connect(socket));
        socket.write("OPTIONS /echo HTTP/1.1\r\nHost: x\r\n"
                     "Access-Control-Request-Headers: content-type\r\n\r\n");
        const QList<Answer> answers = readAnswers(socket, 1);
        QCOMPARE(answers.size(), 1);
        QCOMPARE(answers[0].status, 204);
        QVERIFY(!answers[0].hasHeader("content-length"));
        QCOMPARE(s.seen.value(0).method, PlainRequest::Method::Options);
        QCOMPARE(s.seen.value(0).corsHeaders, QByteArray("content-type"));
    }

    void keepAliveAndPipelinedRequestsAnswerInOrder()
    {
        Server s;
        QVERIFY(s.start());
        QTcpSocket socket;
        QVERIFY(s.connect(socket));
        // One after the other on one connection…
        for (int i = 0; i < 3; ++i) {
            socket.write(post("/echo", "one-" + QByteArray::number(i)));
            const QList<Answer> answers = readAnswers(socket, 1);
            QCOMPARE(answers.size(), 1);
            QCOMPARE(answers[0].body, "one-" + QByteArray::number(i));
        }
        // …then five in a single write.
        QByteArray burst;
        for (int i = 0; i < 5; ++i)
            burst += post("/echo", "burst-" + QByteArray::number(i));
        socket.write(burst);
        const QList<Answer> answers = readAnswers(socket, 5);
        QCOMPARE(answers.size(), 5);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(answers[i].body, "burst-" + QByteArray::number(i));
        QCOMPARE(s.seen.size(), 8);
        QCOMPARE(s.http.handedOff(), 0);
    }

    void aRequestArrivingByteByByteIsServedOnce()
    {
        Server s;
        QVERIFY(s.start());
        QTcpSocket socket;
        QVERIFY(s.connect(socket));
        const QByteArray request = post("/echo", "slowly");
        for (char c : request) {
            socket.write(&c, 1);
            QTest::qWait(1);
        }
        const QList<Answer> answers = readAnswers(socket, 1);
        QCOMPARE(answers.size(), 1);
        QCOMPARE(answers[0].body, QByteArray("slowly"));
        QCOMPARE(s.seen.size(), 1);
    }

    void otherPathsGoToQHttpServerOnTheSameConnection()
    {
        Server s;
        QVERIFY(s.start());
        QTcpSocket socket;
        QVERIFY(s.connect(socket));
        // Served by the front, then a path it does not know, pipelined behind it, then the
        // front's path again: QHttpServer now owns the connection and answers all.
        socket.write(post("/echo", "first") + "GET /slow HTTP/1.1\r\nHost: x\r\n\r\n"
                     + post("/echo", "after"));
        const QList<Answer> answers = readAnswers(socket, 3);
        QCOMPARE(answers.size(), 3);
        QCOMPARE(answers[0].body, QByteArray("first"));
        QCOMPARE(answers[1].body, QByteArray("from qhttpserver"));
        QCOMPARE(answers[2].status, 200);
        QCOMPARE(answers[2].body, QByteArray("after"));
        QCOMPARE(s.http.handedOff(), 1);
        QCOMPARE(s.seen.size(), 2);
        QCOMPARE(s.seen[1].host, QByteArray("example.com")); // read by QHttpServer's route
    }

    void unusualRequestsAreHandedOverAndStillAnswered_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("http/1.0") << QByteArray(
            "POST /echo HTTP/1.0\r\nHost: x\r\nContent-Length: 3\r\n\r\nold")
                                  << QByteArray("old");
        QTest::newRow("two user agents")
            << post("/echo", "ua", "User-Agent: a\r\nUser-Agent: b\r\n") << QByteArray("ua");
        QTest::newRow("PUT") << QByteArray("PUT /echo HTTP/1.1\r\nHost: x\r\nContent-Length: "
                                           "3\r\n\r\nput")
                             << QByteArray("put");
    }
    void unusualRequestsAreHandedOverAndStillAnswered()
    {
        QFETCH(QByteArray, request);
        QFETCH(QByteArray, body);
        Server s;
        QVERIFY(s.start());
        QTcpSocket socket;
        QVERIFY(s.connect(socket));
        socket.write(request);
        const QList<Answer> answers = readAnswers(socket, 1);
        QCOMPARE(answers.size(), 1);
        QCOMPARE(answers[0].status, 200);
        QCOMPARE(answers[0].body, body);
        QCOMPARE(s.http.handedOff(), 1);
    }

    void conflictingLengthsAreRefusedAndTheConnectionClosed_data()
    {
        QTest::addColumn<QByteArray>("lengths");
        QTest::newRow("two") << QByteArray("Content-Length: 2\r\nContent-Length: 5\r\n");
        QTest::newRow("not a number") << QByteArray("Content-Length: 5x\r\n");
        QTest::newRow("negative") << QByteArray("Content-Length: -5\r\n");
    }
    void conflictingLengthsAreRefusedAndTheConnectionClosed()
    {
        // Which length counts is what request smuggling lives on: no guessing. (QHttpServer
        // 6.4 would take the first, so the front must not hand these over either.)
        QFETCH(QByteArray, lengths);
        Server s;
        QVERIFY(s.start());
        QTcpSocket socket;
        QVERIFY(s.connect(socket));
        socket.write("POST /echo HTTP/1.1\r\nHost: x\r\n" + lengths + "\r\nabcde");
        const QList<Answer> answers = readAnswers(socket, 1);
        QCOMPARE(answers.size(), 1);
        QCOMPARE(answers[0].status, 400);
        QVERIFY(answers[0].body.contains("Content-Length"));
        QVERIFY(QTest::qWaitFor(
            [&]() { return socket.state() == QAbstractSocket::UnconnectedState; }, 5000));
        QCOMPARE(s.http.handedOff(), 0);
        QVERIFY(s.seen.isEmpty());
    }

    void connectionCloseIsHonoured()
    {
        Server s;
        QVERIFY(s.start());
        QTcpSocket socket;
        QVERIFY(s.connect(socket));
        socket.write(post("/echo", "bye", "Connection: close\r\n") + post("/echo", "ignored"));
        const QList<Answer> answers = readAnswers(socket, 2, 2000);
        QCOMPARE(answers.size(), 1);
        QCOMPARE(answers[0].body, QByteArray("bye"));
        QVERIFY(answers[0].head.contains("\r\nconnection: close\r\n"));
        QVERIFY(QTest::qWaitFor(
            [&]() { return socket.state() == QAbstractSocket::UnconnectedState; }, 5000));
        QCOMPARE(s.seen.size(), 1);
    }

    // Issue 14, framing per RFC 9112: each of these is answered by the front with the
    // status and the connection closed, whichever layer owns the path, and nothing that
    // follows on the connection (a smuggled request) reaches any route.
    void badFramingIsRefusedAndTheConnectionClosed_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        const QByteArray smuggled = post("/echo", "smuggled");
        for (const QByteArray &path : {QByteArray("/echo"), QByteArray("/slow")}) {
            const QByteArray line = "POST " + path + " HTTP/1.1\r\nHost: x\r\n";
            QTest::newRow(path + ": length and chunked") << path
                                                         << line
                    + "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n" + smuggled
                                                         << 400;
            QTest::newRow(path + ": xchunked") << path
                                               << line
                    + "Transfer-Encoding: xchunked\r\n\r\n"
                      "5\r\nabcde\r\n0\r\n\r\n"
                    + smuggled << 501;
            QTest::newRow(path + ": chunked")
                << path
                << line + "Transfer-Encoding: chunked\r\n\r\n4\r\nchun\r\n0\r\n\r\n" + smuggled
                << 411;
            QTest::newRow(path + ": bare LF in a value")
                << path
                << line + "X-A: a\nContent-Length: 0\r\nContent-Length: 3\r\n\r\nabc" + smuggled
                << 400;
            QTest::newRow(path + ": bare CR in a value")
                << path << line + "X-A: a\rb\r\nContent-Length: 0\r\n\r\n" + smuggled << 400;
            QTest::newRow(path + ": NUL in a value")
                << path << line + "X-A: a" + char(0) + "b\r\nContent-Length: 0\r\n\r\n" + smuggled
                << 400;
            QTest::newRow(path + ": space in a name")
                << path << line + "Content-Length : 3\r\n\r\nabc" + smuggled << 400;
            QTest::newRow(path + ": request line too long")
                << path << "GET " + path + "?" + QByteArray(20000, 'q') + " HTTP/1.1\r\n\r\n"
                << 414;
            QTest::newRow(path + ": 1 MB of headers")
                << path << line + QByteArray("X-Pad: 0123456789abcdef\r\n").repeated(40000) + "\r\n"
                << 431;
            QTest::newRow(path + ": unknown method")
                << path << "BREW " + path + " HTTP/1.1\r\nHost: x\r\n\r\n" + smuggled << 501;
            QTest::newRow(path + ": body over the limit")
                << path << post(path, QByteArray(HttpFront::MaxBodyBytes + 1, 'b')) + smuggled
                << 413;
        }
    }
    void badFramingIsRefusedAndTheConnectionClosed()
    {
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        Server s;
        QVERIFY(s.start());
        QTcpSocket socket;
        QVERIFY(s.connect(socket));
        socket.write(request);
        const QList<Answer> answers = readAnswers(socket, 2, 3000);
        QCOMPARE(answers.size(), 1);
        QCOMPARE(answers[0].status, status);
        QVERIFY(answers[0].head.contains("\r\nconnection: close\r\n"));
        QVERIFY(answers[0].body.startsWith("{\"error\":"));
        QVERIFY(waitClosed(socket));
        QVERIFY(s.seen.isEmpty()); // the smuggled request reached no route
    }

    // After the hand-over the same checks hold: QHttpServer owns the connection, the front
    // still reads every byte first.
    void badFramingAfterTheHandOverIsRefusedToo()
    {
        Server s;
        QVERIFY(s.start());
        QTcpSocket socket;
        QVERIFY(s.connect(socket));
        socket.write("GET /slow HTTP/1.1\r\nHost: x\r\n\r\n");
        QList<Answer> answers = readAnswers(socket, 1);
        QCOMPARE(answers.value(0).body, QByteArray("from qhttpserver"));
        QCOMPARE(s.http.handedOff(), 1);
        socket.write("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n"
                     "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n"
                     + post("/echo", "smuggled"));
        answers = readAnswers(socket, 2, 3000);
        QCOMPARE(answers.size(), 1);
        QCOMPARE(answers[0].status, 400);
        QVERIFY(waitClosed(socket));
        QVERIFY(s.seen.isEmpty());
    }

    // A route's own body limit (limitBody) holds on both layers, before the body is read.
    void aRoutesBodyLimitIsEnforcedBeforeReading()
    {
        Server s;
        s.http.limitBody(QByteArrayLiteral("/echo"), 10);
        s.http.limitBody(QByteArrayLiteral("/slow"), 10);
        QVERIFY(s.start());
        for (const QByteArray &path : {QByteArray("/echo"), QByteArray("/slow")}) {
            QTcpSocket socket;
            QVERIFY(s.connect(socket));
            // The head alone: a body over the limit is refused without waiting for it.
            socket.write("POST " + path + " HTTP/1.1\r\nHost: x\r\nContent-Length: 11\r\n\r\n");
            const QList<Answer> answers = readAnswers(socket, 1);
            QCOMPARE(answers.value(0).status, 413);
            QVERIFY(waitClosed(socket));
        }
        QTcpSocket socket;
        QVERIFY(s.connect(socket));
        socket.write(post("/echo", "ten bytes!"));
        QCOMPARE(readAnswers(socket, 1).value(0).status, 200);
    }

    void connectionCloseAndHttp10AreHonouredOnHandedOverRoutes_data()
    {
        QTest::addColumn<QByteArray>("first");
        QTest::newRow("close") << QByteArray(
            "GET /slow HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        QTest::newRow("http/1.0") << QByteArray("GET /slow HTTP/1.0\r\nHost: x\r\n\r\n");
    }
    void connectionCloseAndHttp10AreHonouredOnHandedOverRoutes()
    {
        QFETCH(QByteArray, first);
        Server s;
        QVERIFY(s.start());
        QTcpSocket socket;
        QVERIFY(s.connect(socket));
        socket.write(first + post("/echo", "after close"));
        const QList<Answer> answers = readAnswers(socket, 2, 2000);
        QCOMPARE(answers.size(), 1);
        QCOMPARE(answers[0].body, QByteArray("from qhttpserver"));
        QVERIFY(waitClosed(socket));
        QVERIFY(s.seen.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_HttpFront)
#include "tst_httpfront.moc"
