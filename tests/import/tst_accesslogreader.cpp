// Access logs as nginx and logrotate leave them (the live file, .1, .2.gz): read in time
// order whatever order they are given in, gzip'd or not; assets, errors, redirects and
// other methods skipped with counts; a bad line named by file, line and column.

#include "import/accesslogreader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

using namespace raycstr;

namespace {

const char *const Chrome = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like "
                           "Gecko) Chrome/120.0.0.0 Safari/537.36";

QByteArray line(const char *ip, const char *time, const char *request, int status,
                const char *referrer = "-", const char *ua = Chrome)
{
    return QByteArray(ip) + " - - [" + time + "] \"" + request + "\" " + QByteArray::number(status)
        + " 512 \"" + referrer + "\" \"" + ua + "\"\n";
}

void writePlain(const QString &path, const QByteArray &text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

// As logrotate's compress (gzip) writes it.
void writeGzip(const QString &path, const QByteArray &text)
{
    gzFile gz = gzopen(QFile::encodeName(path).constData(), "wb");
    QVERIFY(gz);
    QCOMPARE(gzwrite(gz, text.constData(), unsigned(text.size())), int(text.size()));
    QCOMPARE(gzclose(gz), Z_OK);
}

} // namespace

class tst_AccessLogReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rotatedFilesInTimeOrderAndSkips()
    {
        QTemporaryDir dir;
        const QString live = dir.filePath(QStringLiteral("access.log"));
        const QString one = dir.filePath(QStringLiteral("access.log.1"));
        const QString two = dir.filePath(QStringLiteral("access.log.2.gz"));
        writeGzip(two,
                  line("203.0.113.1", "01/Mar/2024:10:00:00 +0000", "GET / HTTP/1.1", 200)
                      + line("203.0.113.1", "01/Mar/2024:10:00:01 +0000",
                             "GET /app.css?v=3 HTTP/1.1", 200));
        writePlain(
            one,
            line("203.0.113.2", "02/Mar/2024:10:00:00 +0000", "GET /old HTTP/1.1", 301)
                + line("203.0.113.2", "02/Mar/2024:10:00:01 +0000", "GET /new HTTP/1.1", 200,
                       "https://duckduckgo.com/")
                + "\n" // blank lines are not rows
                + line("203.0.113.2", "02/Mar/2024:10:00:02 +0000", "POST /form HTTP/1.1", 200));
        writePlain(
            live,
            line("203.0.113.3", "03/Mar/2024:10:00:00 +0000", "GET /gone HTTP/1.1", 404)
                + line("203.0.113.3", "03/Mar/2024:10:00:05 +0000", "GET /font.woff2 HTTP/1.1", 200)
                + line("203.0.113.3", "03/Mar/2024:10:00:09 +0000", "GET /cached HTTP/1.1", 304)
                + line("203.0.113.3", "03/Mar/2024:10:00:10 +0000", "\\x16\\x03\\x01", 400));
        LogFormat format;
        QString error;
        QVERIFY(format.parse(LogFormat::combined(), &error));
        AccessLogReader reader({live, two, one}, format, QStringLiteral("example.com"));
        ImportError bad;
        QVERIFY2(reader.open(&bad), qPrintable(bad.toString()));
        QCOMPARE(reader.orderedFiles(), QStringList({two, one, live}));

        QStringList urls;
        QList<qint64> times;
        Hit hit;
        HitReader::Result r;
        while ((r = reader.next(&hit, &bad)) == HitReader::Result::Hit) {
            urls << hit.url;
            times << hit.timestampMs;
            QCOMPARE(hit.userAgent, QByteArray(Chrome));
            QVERIFY(!hit.ip.isNull());
        }
        QCOMPARE(r, HitReader::Result::End);
        QCOMPARE(urls,
                 QStringList({QStringLiteral("https://example.com/"),
                              QStringLiteral("https://example.com/new"),
                              QStringLiteral("https://example.com/cached")}));
        QVERIFY(std::is_sorted(times.begin(), times.end()));
        QCOMPARE(reader.rowsRead(), 9);
        QCOMPARE(reader.skipped().value(QStringLiteral("static")), 2);
        QCOMPARE(reader.skipped().value(QStringLiteral("redirect")), 1);
        QCOMPARE(reader.skipped().value(QStringLiteral("method")), 1);
        QCOMPARE(reader.skipped().value(QStringLiteral("status")), 2);
        QCOMPARE(reader.bytesRead(), reader.bytesTotal());
        QCOMPARE(reader.bytesTotal(),
                 QFileInfo(live).size() + QFileInfo(one).size() + QFileInfo(two).size());
    }

    void referrerAndHostFromTheLine()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("vhosts.log"));
        writePlain(path,
                   "shop.example.com 203.0.113.1 [01/Mar/2024:10:00:00 +0000] \"GET /cart "
                   "HTTP/2.0\" 200 \"https://www.google.com/\" \"UA\"\n");
        LogFormat format;
        QString error;
        QVERIFY(format.parse(QStringLiteral("$host $remote_addr [$time_local] \"$request\" $status "
                                            "\"$http_referer\" \"$http_user_agent\""),
                             &error));
        AccessLogReader reader({path}, format, QStringLiteral("example.com"));
        ImportError bad;
        QVERIFY(reader.open(&bad));
        Hit hit;
        QCOMPARE(reader.next(&hit, &bad), HitReader::Result::Hit);
        QCOMPARE(hit.url, QStringLiteral("https://shop.example.com/cart"));
        QCOMPARE(hit.referrer, QStringLiteral("https://www.google.com/"));
        QCOMPARE(hit.userAgent, QByteArray("UA"));
    }

    void badLineNamesFileLineAndColumn()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("access.log"));
        writePlain(path,
                   line("203.0.113.1", "01/Mar/2024:10:00:00 +0000", "GET / HTTP/1.1", 200)
                       + line("203.0.113.1", "01/Mar/2024:10:00:01 +0000", "GET /a HTTP/1.1", 200)
                       + line("203.0.113.1", "31/Feb/2024:99:00:01 +0000", "GET /b HTTP/1.1", 200));
        LogFormat format;
        QString error;
        QVERIFY(format.parse(LogFormat::combined(), &error));
        AccessLogReader reader({path}, format, QStringLiteral("example.com"));
        ImportError bad;
        QVERIFY(reader.open(&bad));
        Hit hit;
        QCOMPARE(reader.next(&hit, &bad), HitReader::Result::Hit);
        QCOMPARE(reader.next(&hit, &bad), HitReader::Result::Hit);
        QCOMPARE(reader.next(&hit, &bad), HitReader::Result::Error);
        QCOMPARE(bad.file, path);
        QCOMPARE(bad.line, 3);
        QCOMPARE(bad.column, 18); // where the time starts
        QVERIFY2(bad.toString().startsWith(path + QStringLiteral(":3:18: not a time")),
                 qPrintable(bad.toString()));
    }

    void damagedGzipIsAnError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("access.log.gz"));
        QByteArray text;
        for (int i = 0; i < 2000; ++i)
            text += line("203.0.113.1", "01/Mar/2024:10:00:00 +0000", "GET / HTTP/1.1", 200);
        writeGzip(path, text);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.resize(f.size() / 2)); // a copy cut short
        f.close();
        LogFormat format;
        QString error;
        QVERIFY(format.parse(LogFormat::combined(), &error));
        AccessLogReader reader({path}, format, QStringLiteral("example.com"));
        ImportError bad;
        QVERIFY(reader.open(&bad));
        Hit hit;
        HitReader::Result r;
        while ((r = reader.next(&hit, &bad)) == HitReader::Result::Hit) { }
        QCOMPARE(r, HitReader::Result::Error);
        QCOMPARE(bad.file, path);
        QVERIFY2(bad.message.contains(QStringLiteral("damaged")), qPrintable(bad.message));
    }

    void staticAssets()
    {
        QVERIFY(AccessLogReader::isStaticAsset("/a/b.CSS"));
        QVERIFY(AccessLogReader::isStaticAsset("/app.js?v=1"));
        QVERIFY(AccessLogReader::isStaticAsset("/favicon.ico"));
        QVERIFY(!AccessLogReader::isStaticAsset("/blog/post"));
        QVERIFY(!AccessLogReader::isStaticAsset("/v1.2/docs"));
        QVERIFY(!AccessLogReader::isStaticAsset("/page.html"));
        QVERIFY(!AccessLogReader::isStaticAsset("/search?q=a.css"));
    }
};

QTEST_GUILESS_MAIN(tst_AccessLogReader)
#include "tst_accesslogreader.moc"
