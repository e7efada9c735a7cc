// The lean HTTP/1.1 front: what it serves itself, what it hands to QHttpServer, and that a
// connection survives the hand-over with nothing lost or reordered. Raw sockets, so the
// bytes on the wire are exactly the ones under test.

#include "http/httpfront.h"
#include "http/httpserver.h"

#include <QHttpServerResponse>
#include <QTcpSocket>
#include <QTest>

using namespace raycstr;

namespace {

struct Answer
{
    int status = 0;
    QByteArray head; // status line + headers, lower-cased
    QByteArray body;
    bool hasHeader(const QByteArray &lowerName) const
    {
        return head.contains("\r\n" + lowerName + ":");
    }
};

// Splits one complete response off the front of `buffer`; false when more is needed.
bool takeAnswer(QByteArray *buffer, Answer *out)
{
    const qsizetype headEnd = buffer->indexOf("\r\n\r\n");
    if (headEnd < 0)
        return false;
    const QByteArray head = buffer->left(headEnd + 2).toLower();
    qsizetype length = 0;
    const qsizetype at = head.indexOf("\r\ncontent-length:");
    if (at >= 0) {
        const qsizetype end = head.indexOf("\r\n", at + 2);
        length = head.mid(at + 17, end - at - 17).trimmed().toLongLong();
    }
    if (buffer->size() < headEnd + 4 + length)
        return false;
    out->status = head.mid(9, 3).toInt();
    out->head = head;
    out->body = buffer->mid(headEnd + 4, length);
    buffer->remove(0, headEnd + 4 + length);
    return true;
}

// Reads `count` answers from the socket (or fewer when it times out). The server runs in
// this thread, so wait with the event loop turning, never with a blocking socket call.
QList<Answer> readAnswers(QTcpSocket &socket, int count, int timeoutMs = 5000)
{
    QList<Answer> answers;
    QByteArray buffer;
    // The caller compares the count: a timeout shows there, with what did arrive.
    static_cast<void>(QTest::qWaitFor(
        [&]() {
            buffer += socket.readAll();
            Answer answer;
            while (answers.size() < count && takeAnswer(&buffer, &answer))
                answers.append(answer);
            return answers.size() >= count;
        },
        timeoutMs));
    return answers;
}

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
            http.http().route(QStringLiteral("/slow"), []() {
                return QHttpServerResponse(QByteArrayLiteral("text/plain"),
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
        QTest::newRow("chunked") << QByteArray(
            "POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
            "4\r\nchun\r\n3\r\nked\r\n0\r\n\r\n")
                                 << QByteArray("chunked");
        QTest::newRow("http/1.0") << QByteArray(
            "POST /echo HTTP/1.0\r\nHost: x\r\nContent-Length: 3\r\n\r\nold")
                                  << QByteArray("old");
        QTest::newRow("two user agents")
            << post("/echo", "ua", "User-Agent: a\r\nUser-Agent: b\r\n") << QByteArray("ua");
        QTest::newRow("PUT") << QByteArray("PUT /echo HTTP/1.1\r\nHost: x\r\nContent-Length: "
                                           "3\r\n\r\nput")
                             << QByteArray("put");
        const QByteArray big(HttpFront::MaxBodyBytes + 10, 'b');
        QTest::newRow("body over the front's limit") << post("/echo", big) << big;
        QTest::newRow("head over the front's limit") << post(
            "/echo", "big head", "X-Padding: " + QByteArray(HttpFront::MaxHeadBytes, 'p') + "\r\n")
                                                     << QByteArray("big head");
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
};

QTEST_GUILESS_MAIN(tst_HttpFront)
#include "tst_httpfront.moc"
