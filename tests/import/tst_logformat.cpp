// nginx log_format parsing and line splitting: the presets, a custom format with $host and
// $time_iso8601, the times' offsets, and where a bad format or line goes wrong (column).

#include "import/logformat.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace raycstr;

class tst_LogFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void combinedLine()
    {
        LogFormat f;
        QString error;
        QVERIFY2(f.parse(LogFormat::combined(), &error), qPrintable(error));
        const QByteArray line
            = R"(203.0.113.5 - alice [10/Oct/2023:13:55:36 -0700] "GET /a?b=1 HTTP/1.1" 200 2326 "https://www.google.com/" "Mozilla/5.0 (X11) \"quoted\" x")";
        LogFormat::Values v;
        qsizetype column = 0;
        QVERIFY2(f.split(line, &v, &column, &error), qPrintable(error));
        QCOMPARE(v.remoteAddr, "203.0.113.5");
        QCOMPARE(v.timeLocal, "10/Oct/2023:13:55:36 -0700");
        QCOMPARE(v.request, "GET /a?b=1 HTTP/1.1");
        QCOMPARE(v.status, "200");
        QCOMPARE(v.referer, "https://www.google.com/");
        QCOMPARE(v.userAgent, R"(Mozilla/5.0 (X11) \"quoted\" x)");
        QVERIFY(!f.hasHost());
    }

    void commonLineHasNoReferrer()
    {
        LogFormat f;
        QString error;
        QVERIFY(f.parse(LogFormat::common(), &error));
        LogFormat::Values v;
        qsizetype column = 0;
        QVERIFY(f.split(R"(::1 - - [01/Jan/2024:00:00:00 +0000] "GET / HTTP/1.0" 304 0)", &v,
                        &column, &error));
        QCOMPARE(v.remoteAddr, "::1");
        QCOMPARE(v.status, "304");
        QVERIFY(v.referer.isNull());
    }

    void customFormat()
    {
        LogFormat f;
        QString error;
        QVERIFY2(f.parse(QStringLiteral(
                             "${host} $remote_addr [$time_iso8601] \"$request_method "
                             "$request_uri\" $status rt=$request_time ua=\"$http_user_agent\""),
                         &error),
                 qPrintable(error));
        QVERIFY(f.hasHost());
        LogFormat::Values v;
        qsizetype column = 0;
        QVERIFY2(
            f.split(
                R"(blog.example.com 2001:db8::1 [2024-03-01T08:00:00+01:00] "GET /x" 200 rt=0.012 ua="UA")",
                &v, &column, &error),
            qPrintable(error));
        QCOMPARE(v.host, "blog.example.com");
        QCOMPARE(v.method, "GET");
        QCOMPARE(v.uri, "/x");
        QCOMPARE(v.userAgent, "UA");
        QCOMPARE(parseTimeIso8601(v.timeIso8601),
                 QDateTime(QDate(2024, 3, 1), QTime(7, 0), QTimeZone::utc()).toMSecsSinceEpoch());
    }

    void badFormats_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<qsizetype>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("side by side")
            << QStringLiteral("$remote_addr$status [$time_local] $request") << qsizetype(13)
            << QStringLiteral("side by side");
        QTest::newRow("no time") << QStringLiteral("$remote_addr \"$request\"") << qsizetype(1)
                                 << QStringLiteral("no time");
        QTest::newRow("no request") << QStringLiteral("$remote_addr [$time_local]") << qsizetype(1)
                                    << QStringLiteral("no request");
        QTest::newRow("open brace") << QStringLiteral("[$time_local] $request ${status")
                                    << qsizetype(24) << QStringLiteral("closing");
    }

    void badFormats()
    {
        QFETCH(QString, format);
        QFETCH(qsizetype, column);
        QFETCH(QString, message);
        LogFormat f;
        QString error;
        qsizetype at = 0;
        QVERIFY(!f.parse(format, &error, &at));
        QVERIFY2(error.contains(message), qPrintable(error));
        QCOMPARE(at, column);
    }

    void badLinesNameTheColumn()
    {
        LogFormat f;
        QString error;
        QVERIFY(f.parse(LogFormat::combined(), &error));
        LogFormat::Values v;
        qsizetype column = 0;
        // The "[" of the time is missing: $remote_user (column 15) never meets " [".
        QVERIFY(!f.split(
            R"(203.0.113.5 - - 10/Oct/2023:13:55:36 -0700] "GET / HTTP/1.1" 200 1 "-" "x")", &v,
            &column, &error));
        QCOMPARE(column, 15);
        // Cut short after the status: the quote of the referrer never comes.
        QVERIFY(!f.split(R"(203.0.113.5 - - [10/Oct/2023:13:55:36 -0700] "GET / HTTP/1.1" 200)", &v,
                         &column, &error));
        QCOMPARE(column, 63);
    }

    void times()
    {
        const qint64 expected = QDateTime(QDate(2023, 10, 10), QTime(20, 55, 36), QTimeZone::utc())
                                    .toMSecsSinceEpoch();
        QCOMPARE(parseTimeLocal("10/Oct/2023:13:55:36 -0700"), expected);
        QCOMPARE(parseTimeLocal("10/Oct/2023:22:55:36 +0200"), expected);
        QCOMPARE(parseTimeIso8601("2023-10-10T20:55:36Z"), expected);
        QCOMPARE(parseTimeIso8601("2023-10-10T20:55:36.250+00:00"), expected + 250);
        QCOMPARE(parseTimeLocal("10/Foo/2023:13:55:36 -0700"), -1);
        QCOMPARE(parseTimeLocal("10/Oct/2023:13:55:36"), -1);
        QCOMPARE(parseTimeIso8601("2023-13-10T20:55:36Z"), -1);
    }
};

QTEST_GUILESS_MAIN(tst_LogFormat)
#include "tst_logformat.moc"
