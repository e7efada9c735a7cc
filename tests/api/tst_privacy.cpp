// The product's promise, checked end to end: hits from distinctive IP addresses and
// User-Agents go through the real collector, pipeline and store; then every file under the
// data directory (database, WAL, shared memory) and every log line is searched for them,
// as text and as raw bytes. There must be no hit.

#include "api/collector.h"
#include "http/httpserver.h"
#include "common/enginefixture.h"
#include "common/httpclient.h"

#include <QDirIterator>
#include <QMutex>
#include <QtEndian>

using namespace raycstr;
using namespace raycstr::testing;

namespace {

QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previous = nullptr;

void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log.append(message);
    }
    if (g_previous)
        g_previous(type, context, message);
}

const QByteArray ProbeToken = "RayCstrPrivacyProbe/4242";
const QByteArray ProbeUA = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
                           "Chrome/126.0.0.0 Safari/537.36 "
    + ProbeToken;
const QByteArray ProbeBotUA = "Mozilla/5.0 (compatible; ProbeBot/1.0; " + ProbeToken + ")";

struct Needle
{
    QString what;
    QByteArray bytes;
};

QList<Needle> needles(const QStringList &addresses)
{
    QList<Needle> out;
    for (const QString &text : addresses) {
        const QHostAddress a(text);
        out.append({text + QStringLiteral(" as text"), text.toUtf8()});
        out.append({text + QStringLiteral(" as UTF-16"),
                    QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2)});
        bool isV4 = false;
        const quint32 v4 = a.toIPv4Address(&isV4);
        if (isV4) {
            const quint32 be = qToBigEndian(v4);
            out.append({text + QStringLiteral(" as 4 bytes"),
                        QByteArray(reinterpret_cast<const char *>(&be), 4)});
        } else {
            const Q_IPV6ADDR v6 = a.toIPv6Address();
            out.append({text + QStringLiteral(" as 16 bytes"),
                        QByteArray(reinterpret_cast<const char *>(v6.c), 16)});
            // The fully written-out form too.
            QString full;
            for (int i = 0; i < 16; i += 2)
                full += (i ? QStringLiteral(":") : QString())
                    + QStringLiteral("%1").arg(v6.c[i] << 8 | v6.c[i + 1], 4, 16, QLatin1Char('0'));
            out.append({full, full.toUtf8()});
        }
    }
    out.append({QStringLiteral("the full User-Agent"), ProbeUA});
    out.append({QStringLiteral("the bot User-Agent"), ProbeBotUA});
    out.append({QStringLiteral("the UA probe token"), ProbeToken});
    return out;
}

} // namespace

class tst_Privacy : public QObject
{
    Q_OBJECT

    QStringList scanDataDir(const QString &dir, const QList<Needle> &find, int *filesScanned)
    {
        QStringList found;
        QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray content = f.readAll();
            ++*filesScanned;
            for (const Needle &n : find)
                if (content.contains(n.bytes))
                    found << QStringLiteral("%1 in %2").arg(n.what, QFileInfo(path).fileName());
        }
        return found;
    }

private Q_SLOTS:
    void initTestCase() { g_previous = qInstallMessageHandler(captureLog); }
    void cleanupTestCase() { qInstallMessageHandler(g_previous); }

    void noIpAndNoUserAgentReachesTheDisk()
    {
        EngineFixture f;
        QVERIFY(f.start());
        ServerConfig config;
        QString error;
        QPair<QHostAddress, int> loopback;
        QVERIFY(ServerConfig::parseSubnet(QStringLiteral("127.0.0.0/8"), &loopback, &error));
        config.trustedProxies = {loopback};
        HttpServer http;
        Collector collector(f.engine.get(), config);
        collector.registerRoutes(http);
        QVERIFY(http.listen(QHostAddress::LocalHost, 0, &error));
        HttpClient client(http.port());

        const QStringList ips
            = {QStringLiteral("198.51.100.77"), QStringLiteral("2001:db8:dead:beef::77"),
               QStringLiteral("203.0.113.199")};
        int accepted = 0;
        for (const QString &ip : ips) {
            for (const QByteArray &ua : {ProbeUA, ProbeBotUA}) {
                const QList<QPair<QByteArray, QByteArray>> headers
                    = {{"X-Forwarded-For", ip.toUtf8()}, {"User-Agent", ua}};
                const QByteArray pv
                    = "{\"n\":\"pageview\",\"u\":\"https://example.com/"
                      "private\",\"d\":\"example.com\",\"r\":\"https://www.google.com/\"}";
                const QByteArray custom
                    = "{\"n\":\"signup\",\"u\":\"https://example.com/"
                      "private\",\"d\":\"example.com\",\"p\":{\"plan\":\"pro\"}}";
                const QByteArray batch = "{\"siteId\":\"example.com\",\"events\":[{\"type\":"
                                         "\"pageview\",\"url\":\"https://example.com/b\"},"
                                         "{\"type\":\"vitals\",\"url\":\"https://example.com/"
                                         "b\",\"name\":\"LCP\",\"value\":1234}]}";
                QCOMPARE(
                    client.post(QStringLiteral("/api/event"), pv, "text/plain", headers).status,
                    202);
                QCOMPARE(
                    client.post(QStringLiteral("/api/event"), custom, "text/plain", headers).status,
                    202);
                QCOMPARE(client.post(QStringLiteral("/collect"), batch, "application/json", headers)
                             .status,
                         204);
                // Rejected requests must not leave traces either.
                QCOMPARE(client
                             .post(QStringLiteral("/api/event"),
                                   "{\"n\":\"pageview\",\"u\":\"https://x.org/\",\"d\":\"x.org\"}",
                                   "text/plain", headers)
                             .status,
                         404);
                QCOMPARE(client.post(QStringLiteral("/api/event"), "{broken", "text/plain", headers)
                             .status,
                         400);
                accepted += 4;
            }
        }
        QVERIFY(f.engine->flush());
        const qint64 stored = f.query("SELECT count(*) FROM events");
        QCOMPARE(stored, 12); // 3 addresses × 4 events of the browser; the bot's were dropped
        QCOMPARE(f.query("SELECT count(DISTINCT visitor) FROM events"), 3);

        const QList<Needle> find = needles(ips);
        int files = 0;
        QStringList found = scanDataDir(f.dir.path(), find, &files); // while running: WAL present
        QVERIFY(files >= 2);
        f.engine->stop();
        int filesAfter = 0;
        found += scanDataDir(f.dir.path(), find, &filesAfter); // after shutdown and checkpoint
        {
            QMutexLocker lock(&g_logMutex);
            for (const QString &line : std::as_const(g_log))
                for (const Needle &n : find)
                    if (line.toUtf8().contains(n.bytes))
                        found << QStringLiteral("%1 in the log line '%2'").arg(n.what, line);
        }
        qInfo("privacy scan: %d + %d files, %lld log lines, %lld needles: %lld hits", files,
              filesAfter, qint64(g_log.size()), qint64(find.size()), qint64(found.size()));
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
        Q_UNUSED(accepted);
    }

    // The scan itself must be able to see an address if one were there.
    void scanFindsAPlantedAddress()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("raycstr.db")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        const quint32 be
            = qToBigEndian(QHostAddress(QStringLiteral("198.51.100.77")).toIPv4Address());
        f.write(QByteArray(100, '\0') + QByteArray(reinterpret_cast<const char *>(&be), 4)
                + QByteArray(100, '\0'));
        f.close();
        int files = 0;
        const QStringList found
            = scanDataDir(dir.path(), needles({QStringLiteral("198.51.100.77")}), &files);
        QCOMPARE(found.size(), 1);
        QVERIFY(found.first().contains(QLatin1String("4 bytes")));
    }
};

QTEST_GUILESS_MAIN(tst_Privacy)
#include "tst_privacy.moc"
