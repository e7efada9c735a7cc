// GoatCounter's CSV export (format version 2, as its encoding/csv writer makes it): rows
// become hits with the browser, system, country and session GoatCounter resolved; bot rows
// are skipped; a wrong version, a wrong header or a bad row is named by line and column.

#include "import/goatcounterreader.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace raycstr;

namespace {

QString write(QTemporaryDir &dir, const QByteArray &text)
{
    const QString path = dir.filePath(QStringLiteral("goatcounter-export.csv"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    f.write(text);
    return path;
}

const QByteArray Header = "2Path,Title,Event,UserAgent,Browser,System,Session,Bot,Referrer,"
                          "Referrer scheme,Screen size,Location,FirstVisit,Date\r\n";

} // namespace

class tst_GoatCounterReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsToHits()
    {
        QTemporaryDir dir;
        const QString path
            = write(dir,
                    Header
                        + "/blog/post,\"A \"\"quoted\"\", title\",false,,Firefox 139,Linux,"
                          "01HZX3K5,0,news.ycombinator.com/item?id=1,h,\"1920,1080,1\",DE-BE,true,"
                          "2024-06-01T10:00:00Z\r\n"
                        + "/pricing,\"Two\nlines\",false,,Safari 17.4,macOS "
                          "14.4,01HZX3K5,0,,,\"390,844,3\","
                          "US,false,2024-06-01T10:05:00Z\r\n"
                        + "\r\n"
                        + "/,Home,false,,Chrome 125,Windows 10,01HZX9AA,4,,,,NL,true,"
                          "2024-06-01T11:00:00Z\r\n"
                        + "signup-click,,true,,Chrome 125,Windows 10,01HZX9BB,0,Hacker News,g,"
                          "\"800,600,1\",,true,2024-06-01T12:00:00Z\r\n");
        GoatCounterReader reader(path, QStringLiteral("example.com"));
        ImportError bad;
        QVERIFY2(reader.open(&bad), qPrintable(bad.toString()));
        Hit h;
        QCOMPARE(reader.next(&h, &bad), HitReader::Result::Hit);
        QCOMPARE(h.kind, EventKind::Pageview);
        QCOMPARE(h.url, QStringLiteral("https://example.com/blog/post"));
        QCOMPARE(h.referrer, QStringLiteral("https://news.ycombinator.com/item?id=1"));
        QCOMPARE(h.timestampMs,
                 QDateTime(QDate(2024, 6, 1), QTime(10, 0), QTimeZone::utc()).toMSecsSinceEpoch());
        QVERIFY(h.resolved);
        QCOMPARE(h.resolved->agent.browser, QStringLiteral("Firefox"));
        QCOMPARE(h.resolved->agent.browserVersion, QStringLiteral("139"));
        QCOMPARE(h.resolved->agent.os, QStringLiteral("Linux"));
        QCOMPARE(h.resolved->agent.device, DeviceType::Desktop);
        QCOMPARE(h.resolved->country, QStringLiteral("DE"));
        QVERIFY(h.ip.isNull());
        QVERIFY(h.userAgent.isEmpty());
        const QByteArray session = h.resolved->visitorKey;

        QCOMPARE(reader.next(&h, &bad), HitReader::Result::Hit);
        QCOMPARE(h.url, QStringLiteral("https://example.com/pricing"));
        QCOMPARE(h.resolved->visitorKey, session); // the same session: the same visitor
        QCOMPARE(h.resolved->agent.os, QStringLiteral("macOS"));
        QCOMPARE(h.resolved->agent.osVersion, QStringLiteral("14"));
        QCOMPARE(h.resolved->agent.device, DeviceType::Mobile);
        QCOMPARE(h.resolved->country, QStringLiteral("US"));

        // The bot row is skipped; the event keeps its name, its generated referrer becomes
        // the visit's source.
        QCOMPARE(reader.next(&h, &bad), HitReader::Result::Hit);
        QCOMPARE(h.kind, EventKind::Custom);
        QCOMPARE(h.name, QStringLiteral("signup-click"));
        QCOMPARE(h.url, QStringLiteral("https://example.com/?utm_source=Hacker%20News"));
        QVERIFY(h.resolved->visitorKey != session);
        QCOMPARE(h.resolved->agent.device, DeviceType::Tablet);
        QVERIFY(h.resolved->country.isEmpty());

        QCOMPARE(reader.next(&h, &bad), HitReader::Result::End);
        QCOMPARE(reader.rowsRead(), 4);
        QCOMPARE(reader.skipped().value(QStringLiteral("bot")), 1);
    }

    void versionOneIsRefused()
    {
        QTemporaryDir dir;
        const QString path = write(dir,
                                   "1Path,Title,Event,Bot,Session,FirstVisit,Referrer,"
                                   "Referrer scheme,Browser,Screen size,Location,Date\n");
        GoatCounterReader reader(path, QStringLiteral("example.com"));
        ImportError bad;
        QVERIFY(!reader.open(&bad));
        QCOMPARE(bad.line, 1);
        QCOMPARE(bad.column, 1);
        QVERIFY2(bad.message.contains(QStringLiteral("version 1")), qPrintable(bad.message));
    }

    void notAnExport()
    {
        QTemporaryDir dir;
        GoatCounterReader reader(write(dir, "date,visitors\n2024-01-01,3\n"),
                                 QStringLiteral("example.com"));
        ImportError bad;
        QVERIFY(!reader.open(&bad));
        QCOMPARE(bad.line, 1);
        QVERIFY2(bad.message.contains(QStringLiteral("not a GoatCounter")),
                 qPrintable(bad.message));
    }

    void badRowsNameLineAndColumn()
    {
        QTemporaryDir dir;
        const QByteArray good = "/a,,false,,Firefox 139,Linux,s1,0,,,,,true,2024-06-01T10:00:00Z\n";
        {
            GoatCounterReader reader(
                write(dir,
                      Header + good + "/b,,false,,Firefox 139,Linux,s1,0,,,,,false,yesterday\n"),
                QStringLiteral("example.com"));
            ImportError bad;
            QVERIFY(reader.open(&bad));
            Hit h;
            QCOMPARE(reader.next(&h, &bad), HitReader::Result::Hit);
            QCOMPARE(reader.next(&h, &bad), HitReader::Result::Error);
            QCOMPARE(bad.line, 3);
            QCOMPARE(bad.column, 45); // the Date field
            QVERIFY2(bad.message.contains(QStringLiteral("not a date")), qPrintable(bad.message));
        }
        {
            GoatCounterReader reader(write(dir, Header + good + "/c,\"never closed,false\n"),
                                     QStringLiteral("example.com"));
            ImportError bad;
            QVERIFY(reader.open(&bad));
            Hit h;
            QCOMPARE(reader.next(&h, &bad), HitReader::Result::Hit);
            QCOMPARE(reader.next(&h, &bad), HitReader::Result::Error);
            QCOMPARE(bad.line, 3);
            QCOMPARE(bad.column, 4);
        }
        {
            GoatCounterReader reader(write(dir, Header + "/d,,false,,Firefox,Linux,s1\n"),
                                     QStringLiteral("example.com"));
            ImportError bad;
            QVERIFY(reader.open(&bad));
            Hit h;
            QCOMPARE(reader.next(&h, &bad), HitReader::Result::Error);
            QCOMPARE(bad.line, 2);
            QVERIFY2(bad.message.contains(QStringLiteral("expected 14 fields, found 7")),
                     qPrintable(bad.message));
        }
    }
};

QTEST_GUILESS_MAIN(tst_GoatCounterReader)
#include "tst_goatcounterreader.moc"
