// Imports end to end: a realistic access log (rotated, gzip'd, with assets, errors and
// bots) and a GoatCounter export go through `raycstr-server import`, and the numbers read
// back through the query engine must be what the sample holds, computed here on its own
// (visits split after 30 idle minutes, a visitor a day per address and browser). Then:
// undo, the same files again, cut-over against native data, Ctrl+C and resume, bad input,
// and no address or User-Agent anywhere in the data directory.

#include "common/clirun.h"
#include "common/databasebytes.h"
#include "common/enginefixture.h"
#include "import/accesslogreader.h"
#include "import/importer.h"
#include "query/queryengine.h"
#include "store/database.h"
#include "store/datadirlock.h"
#include "store/sites.h"

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QtEndian>

#include <zlib.h>

using namespace raycstr;
using namespace raycstr::testing;
using namespace raycstr::query;

namespace {

const QDate FirstDay(2024, 6, 1);
constexpr int Days = 10;

struct Person
{
    QString ip;
    QByteArray ua;
    QString country;
};

// One request of the sample, and what a person's visit means for the reference numbers.
struct Line
{
    qint64 secs;
    QByteArray text;
};

struct Expected
{
    Metrics total;
    QMap<QString, qint64> pageviews; // path → pageviews
    QMap<QString, qint64> visitsBySource; // source → visits
    QMap<QString, qint64> visitorsByCountry; // country → sum of daily visitors
    QMap<QDate, Metrics> byDay;
};

QByteArray clf(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc())
               .toString(QStringLiteral("dd/MMM/yyyy:HH:mm:ss"))
               .toLatin1()
        + " +0000";
}

QByteArray logLine(const QString &ip, qint64 secs, const QByteArray &path, int status,
                   const QByteArray &referrer, const QByteArray &ua)
{
    return ip.toLatin1() + " - - [" + clf(secs) + "] \"GET " + path + " HTTP/1.1\" "
        + QByteArray::number(status) + " 1234 \"" + (referrer.isEmpty() ? "-" : referrer) + "\" \""
        + ua + "\"\n";
}

// The sample: 36 people over ten days, 08:00-20:00 UTC, one or two visits a day of one to
// four pages, the first page with a referrer or none; assets, 404s and a crawler in between.
QList<Line> makeSample(Expected *expected)
{
    const QList<QByteArray> uas {
        "Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Chrome/126.0.0.0 Safari/537.36",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like "
        "Gecko) Version/17.4 Safari/605.1.15"};
    QList<Person> people;
    for (int i = 0; i < 36; ++i) {
        const QByteArray &ua = uas.at(i % 3);
        switch (i % 4) {
        case 0:
            people.append({QStringLiteral("81.2.69.%1").arg(10 + i), ua, QStringLiteral("GB")});
            break;
        case 1:
            people.append({QStringLiteral("203.0.113.%1").arg(10 + i), ua, QStringLiteral("JP")});
            break;
        case 2:
            people.append({QStringLiteral("2001:db8:1::%1").arg(10 + i), ua, QStringLiteral("DE")});
            break;
        default:
            people.append({QStringLiteral("192.168.7.%1").arg(10 + i), ua, QString()});
            break;
        }
    }
    const QList<QByteArray> pages {"/", "/pricing", "/blog/hello", "/docs/start", "/about"};
    const QList<QPair<QByteArray, QString>> referrers {
        {QByteArray(), QString()},
        {"https://www.google.com/", QStringLiteral("Google")},
        {"https://news.ycombinator.com/item?id=42", QStringLiteral("Hacker News")}};
    QRandomGenerator rnd(17);
    QList<Line> lines;
    for (int d = 0; d < Days; ++d) {
        const QDate date = FirstDay.addDays(d);
        const qint64 dayStart = QDateTime(date, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
        Metrics &day = expected->byDay[date];
        for (const Person &p : std::as_const(people)) {
            if (rnd.bounded(2) == 0)
                continue;
            const int visits = 1 + rnd.bounded(2);
            ++day.visitors;
            expected->visitorsByCountry[p.country] += 1;
            // The second visit starts hours after the first ended: never within 30 minutes.
            for (int v = 0; v < visits; ++v) {
                qint64 t = dayStart + (v == 0 ? 8 : 15) * 3600 + rnd.bounded(3 * 3600);
                const auto &ref = referrers.at(rnd.bounded(referrers.size()));
                const int views = 1 + rnd.bounded(4);
                const qint64 start = t;
                for (int n = 0; n < views; ++n) {
                    const QByteArray &page = pages.at(rnd.bounded(pages.size()));
                    lines.append({t,
                                  logLine(p.ip, t, page, 200,
                                          n == 0 ? ref.first : "https://example.com/", p.ua)});
                    lines.append({t,
                                  logLine(p.ip, t, "/assets/site.css", 200,
                                          "https://example.com" + page, p.ua)});
                    expected->pageviews[QString::fromLatin1(page)] += 1;
                    if (n + 1 < views)
                        t += 10 + rnd.bounded(290);
                }
                ++day.visits;
                day.pageviews += views;
                day.bounces += views == 1 ? 1 : 0;
                day.duration += t - start;
                expected->visitsBySource[ref.second] += 1;
            }
        }
        // Noise the import must leave out.
        lines.append({dayStart + 13 * 3600,
                      logLine(QStringLiteral("81.2.69.200"), dayStart + 13 * 3600, "/wp-login.php",
                              404, {}, uas.at(0))});
        lines.append(
            {dayStart + 14 * 3600,
             logLine(QStringLiteral("66.249.66.1"), dayStart + 14 * 3600, "/pricing", 200, {},
                     "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)")});
        expected->total += day;
    }
    std::stable_sort(lines.begin(), lines.end(),
                     [](const Line &a, const Line &b) { return a.secs < b.secs; });
    return lines;
}

void writeFile(const QString &path, const QByteArray &text, bool gzip)
{
    if (gzip) {
        gzFile gz = gzopen(QFile::encodeName(path).constData(), "wb");
        QVERIFY(gz);
        QCOMPARE(gzwrite(gz, text.constData(), unsigned(text.size())), int(text.size()));
        QCOMPARE(gzclose(gz), Z_OK);
        return;
    }
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text);
}

QString makeGeoIp(const QString &dir)
{
    const QString out = dir + QStringLiteral("/test.mmdb");
    QProcess perl;
    perl.start(QStringLiteral("perl"),
               {QStringLiteral(RAYCSTR_TEST_DATA_DIR "/make-test-mmdb.pl"), out,
                QStringLiteral("maxmind")});
    if (!perl.waitForFinished(60000) || perl.exitCode() != 0)
        return QString();
    return out;
}

// Ctrl+C as the first hit of `day` comes in (the reader goes on as if nothing happened).
class CancelAt final : public HitReader
{
public:
    CancelAt(HitReader &inner, qint64 fromMs, std::atomic<bool> *cancel)
        : m_inner(inner)
        , m_fromMs(fromMs)
        , m_cancel(cancel)
    { }
    Result next(Hit *hit, ImportError *error) override
    {
        const Result r = m_inner.next(hit, error);
        if (r == Result::Hit && hit->timestampMs >= m_fromMs)
            m_cancel->store(true);
        return r;
    }
    qint64 bytesRead() const override { return m_inner.bytesRead(); }
    qint64 bytesTotal() const override { return m_inner.bytesTotal(); }
    qint64 rowsRead() const override { return m_inner.rowsRead(); }
    const QMap<QString, qint64> &skipped() const override { return m_inner.skipped(); }

private:
    HitReader &m_inner;
    qint64 m_fromMs;
    std::atomic<bool> *m_cancel;
};

} // namespace

class tst_Importer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_files;
    QString m_geoIp;
    Expected m_expected;
    QStringList m_logs; // access.log.1.gz (days 1-5), access.log (days 6-10)
    QList<Line> m_lines;
    ManualClock m_clock {
        QDateTime(QDate(2024, 7, 1), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch()};

    struct Data
    {
        QTemporaryDir dir;
        QString config;
    };

    // A data directory with the site and a config pointing at the test GeoIP database.
    std::unique_ptr<Data> dataDir()
    {
        auto d = std::make_unique<Data>();
        d->config = d->dir.filePath(QStringLiteral("raycstr.yaml"));
        QFile f(d->config);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write the config");
        f.write("geoip_database: " + m_geoIp.toUtf8() + "\n");
        f.close();
        const CliRun add = cli(
            *d, {QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("example.com")});
        if (add.code != 0)
            qFatal("site add: %s", qPrintable(add.err));
        return d;
    }

    CliRun cli(const Data &d, QStringList args)
    {
        args << QStringLiteral("--config") << d.config;
        return runCli(&m_clock, args, d.dir.path());
    }

    CliRun importLogs(const Data &d, const QStringList &files)
    {
        return cli(d,
                   QStringList {QStringLiteral("import"), QStringLiteral("--from"),
                                QStringLiteral("access-log"), QStringLiteral("--site"),
                                QStringLiteral("example.com")}
                       + files);
    }

    std::optional<Metrics> total(const Data &d, QDate from = FirstDay,
                                 QDate to = FirstDay.addDays(Days - 1))
    {
        QueryEngine engine(d.dir.path(), &m_clock);
        QString error;
        if (!engine.open(&error))
            return std::nullopt;
        Query q;
        q.siteId = 1;
        q.period.kind = Period::Kind::Custom;
        q.period.from = from;
        q.period.to = to;
        QueryError why;
        const auto a = engine.aggregate(q, &why);
        if (!a)
            return std::nullopt;
        return a->current;
    }

    QMap<QString, Metrics> breakdown(const Data &d, Dimension dim)
    {
        QueryEngine engine(d.dir.path(), &m_clock);
        QString error;
        QMap<QString, Metrics> rows;
        if (!engine.open(&error))
            return rows;
        Query q;
        q.siteId = 1;
        q.period.kind = Period::Kind::Custom;
        q.period.from = FirstDay;
        q.period.to = FirstDay.addDays(Days - 1);
        QueryError why;
        const auto b = engine.breakdown(q, Field {dim, {}}, 100, 0, &why);
        if (b) {
            for (const BreakdownRow &r : b->rows)
                rows.insert(r.value, r.metrics);
        }
        return rows;
    }

    static qint64 count(const Data &d, const char *sql)
    {
        SqliteDb db;
        QString error;
        if (!db.open(Database::pathIn(d.dir.path()), SqliteDb::Mode::ReadOnly, &error))
            return -1;
        Statement st(db, sql);
        return st.next() ? st.int64(0) : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_files.isValid());
        m_geoIp = makeGeoIp(m_files.path());
        QVERIFY2(!m_geoIp.isEmpty(),
                 "cannot build the test GeoIP database (libmaxmind-db-writer-perl)");
        m_lines = makeSample(&m_expected);
        QByteArray older, newer;
        const qint64 split
            = QDateTime(FirstDay.addDays(5), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
        for (const Line &l : std::as_const(m_lines))
            (l.secs < split ? older : newer) += l.text;
        m_logs = {m_files.filePath(QStringLiteral("access.log")),
                  m_files.filePath(QStringLiteral("access.log.1.gz"))};
        writeFile(m_logs.at(0), newer, false);
        writeFile(m_logs.at(1), older, true);
        QVERIFY(m_expected.total.visits > 100);
        QVERIFY(m_expected.total.bounces > 0 && m_expected.total.bounces < m_expected.total.visits);
    }

    void importReadsBackWhatTheLogHolds()
    {
        auto d = dataDir();
        const CliRun r = importLogs(*d, m_logs);
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Days: 2024-06-01 to 2024-06-10")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("%1 bot").arg(Days)), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("%1 status").arg(Days)), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("%1 static").arg(m_expected.total.pageviews)),
                 qPrintable(r.out));

        const auto t = total(*d);
        QVERIFY(t);
        QCOMPARE(t->visitors, m_expected.total.visitors);
        QCOMPARE(t->visits, m_expected.total.visits);
        QCOMPARE(t->pageviews, m_expected.total.pageviews);
        QCOMPARE(t->bounces, m_expected.total.bounces);
        QCOMPARE(t->duration, m_expected.total.duration);
        for (auto it = m_expected.byDay.cbegin(); it != m_expected.byDay.cend(); ++it) {
            const auto day = total(*d, it.key(), it.key());
            QVERIFY(day);
            QCOMPARE(*day, it.value());
        }
        const auto pages = breakdown(*d, Dimension::Page);
        QCOMPARE(pages.size(), m_expected.pageviews.size());
        for (auto it = m_expected.pageviews.cbegin(); it != m_expected.pageviews.cend(); ++it)
            QCOMPARE(pages.value(it.key()).pageviews, it.value());
        const auto sources = breakdown(*d, Dimension::Source);
        for (auto it = m_expected.visitsBySource.cbegin(); it != m_expected.visitsBySource.cend();
             ++it)
            QCOMPARE(sources.value(it.key()).visits, it.value());
        const auto countries = breakdown(*d, Dimension::Country);
        for (auto it = m_expected.visitorsByCountry.cbegin();
             it != m_expected.visitorsByCountry.cend(); ++it) {
            if (it.key().isEmpty())
                continue; // unknown: how the engine lists it is not the import's business
            QCOMPARE(countries.value(it.key()).visitors, it.value());
        }
        QCOMPARE(countries.value(QStringLiteral("GB")).visitors > 0, true);

        // Neither an address nor a User-Agent reached the disk.
        const QByteArray bytes = directoryBytes(d->dir.path());
        for (const QByteArray &needle :
             {QByteArray("81.2.69.10"), QByteArray("203.0.113.11"), QByteArray("2001:db8:1::12"),
              QByteArray("Gecko/20100101 Firefox/126.0"), QByteArray("Chrome/126.0.0.0"),
              QByteArray("Googlebot")})
            QVERIFY2(!bytes.contains(needle), needle.constData());
        QHostAddress v4(QStringLiteral("81.2.69.10"));
        const quint32 raw = qToBigEndian(v4.toIPv4Address());
        QVERIFY(!bytes.contains(QByteArray(reinterpret_cast<const char *>(&raw), 4)));
    }

    void undoRemovesExactlyTheImport()
    {
        auto d = dataDir();
        QCOMPARE(importLogs(*d, m_logs).code, 0);
        const CliRun undo
            = cli(*d, {QStringLiteral("import"), QStringLiteral("undo"), QStringLiteral("1")});
        QVERIFY2(undo.code == 0, qPrintable(undo.err));
        QCOMPARE(total(*d)->visits, 0);
        QCOMPARE(count(*d, "SELECT count(*) FROM events"), 0);
        QCOMPARE(count(*d, "SELECT count(*) FROM rollup_daily"), 0);
        QCOMPARE(count(*d, "SELECT count(*) FROM rollup_hourly"), 0);
        QCOMPARE(count(*d, "SELECT count(*) FROM dropped"), 0);
        const CliRun list = cli(*d, {QStringLiteral("import"), QStringLiteral("list")});
        QVERIFY2(list.out.contains(QStringLiteral("undone")), qPrintable(list.out));
        QCOMPARE(
            cli(*d, {QStringLiteral("import"), QStringLiteral("undo"), QStringLiteral("1")}).code,
            1);
    }

    void theSameFilesAgainReplace()
    {
        auto d = dataDir();
        QCOMPARE(importLogs(*d, m_logs).code, 0);
        const CliRun again = importLogs(*d, {m_logs.at(1), m_logs.at(0)}); // any order
        QVERIFY2(again.code == 0, qPrintable(again.err));
        QVERIFY2(again.out.contains(QStringLiteral("Replaced import 1")), qPrintable(again.out));
        const auto t = total(*d);
        QCOMPARE(t->pageviews, m_expected.total.pageviews);
        QCOMPARE(t->visits, m_expected.total.visits);
        QCOMPARE(count(*d, "SELECT count(*) FROM events WHERE import_id = 1"), 0);
        QCOMPARE(count(*d, "SELECT count(*) FROM events WHERE import_id = 2"),
                 m_expected.total.pageviews);
    }

    void daysWithNativeDataAreLeftOut()
    {
        auto d = dataDir();
        // Live hits on June 3rd, through the server's own engine.
        const QDate native = FirstDay.addDays(2);
        {
            ManualClock liveClock(
                QDateTime(native, QTime(9, 0), QTimeZone::utc()).toMSecsSinceEpoch());
            IngestEngine engine(&liveClock);
            EngineOptions options;
            options.dataDir = d->dir.path();
            options.userAgentRegexes = findUserAgentRegexes();
            QString error;
            QVERIFY2(engine.start(options, &error), qPrintable(error));
            Hit h;
            h.siteId = 1;
            h.timestampMs = liveClock.nowMs();
            h.url = QStringLiteral("https://example.com/live");
            h.ip = QHostAddress(QStringLiteral("81.2.69.99"));
            h.userAgent = ChromeUA;
            QCOMPARE(engine.submit({h}), SubmitResult::Queued);
            QVERIFY(engine.flush());
            engine.stop();
        }
        const CliRun r = importLogs(*d, m_logs);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Left out 1 days")), qPrintable(r.out));
        const auto day = total(*d, native, native);
        QCOMPARE(day->pageviews, 1); // the live hit alone
        const Metrics skipped = m_expected.byDay.value(native);
        QCOMPARE(total(*d)->pageviews, m_expected.total.pageviews - skipped.pageviews + 1);
        // Undo leaves the native day alone.
        QCOMPARE(
            cli(*d, {QStringLiteral("import"), QStringLiteral("undo"), QStringLiteral("1")}).code,
            0);
        QCOMPARE(total(*d)->pageviews, 1);
    }

    void todayIsLeftToTheCollector()
    {
        auto d = dataDir();
        const qint64 now = m_clock.nowSecs();
        const QString path = m_files.filePath(QStringLiteral("today.log"));
        writeFile(path,
                  logLine(QStringLiteral("81.2.69.1"), now - 86400, "/yesterday", 200, {}, ChromeUA)
                      + logLine(QStringLiteral("81.2.69.1"), now - 60, "/today", 200, {}, ChromeUA),
                  false);
        const CliRun r = importLogs(*d, {path});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("1 today")), qPrintable(r.out));
        QCOMPARE(count(*d, "SELECT count(*) FROM events"), 1);
    }

    void visitAcrossMidnightIsOneVisitAndUndoesCleanly()
    {
        auto d = dataDir();
        const qint64 midnight
            = QDateTime(FirstDay.addDays(1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
        const QString path = m_files.filePath(QStringLiteral("midnight.log"));
        writeFile(path,
                  logLine(QStringLiteral("81.2.69.1"), midnight - 600, "/late", 200, {}, ChromeUA)
                      + logLine(QStringLiteral("81.2.69.1"), midnight + 600, "/early", 200, {},
                                ChromeUA),
                  false);
        QCOMPARE(importLogs(*d, {path}).code, 0);
        const auto t = total(*d);
        QCOMPARE(t->pageviews, 2);
        QCOMPARE(t->visits, 1); // counted on the day it began
        QCOMPARE(t->bounces, 0);
        QCOMPARE(t->duration, 1200);
        QCOMPARE(total(*d, FirstDay, FirstDay)->visits, 1);
        QCOMPARE(cli(*d, {QStringLiteral("import"), QStringLiteral("undo"), QStringLiteral("1")})
                     .code,
                 0);
        QCOMPARE(count(*d, "SELECT count(*) FROM rollup_daily"), 0);
        QCOMPARE(count(*d, "SELECT count(*) FROM rollup_hourly"), 0);
        QCOMPARE(count(*d, "SELECT count(*) FROM events"), 0);
    }

    void interruptedRunResumes()
    {
        auto d = dataDir();
        SqliteDb db;
        QString error;
        QVERIFY(Database::open(&db, d->dir.path(), &error));
        ImportRequest request;
        request.siteId = 1;
        request.source = QStringLiteral("access-log");
        request.files = m_logs;
        request.geoIpDatabase = m_geoIp;
        request.userAgentRegexes = findUserAgentRegexes();
        LogFormat format;
        QVERIFY(format.parse(LogFormat::combined(), &error));
        std::atomic<bool> cancel {false};
        {
            AccessLogReader reader(m_logs, format, QStringLiteral("example.com"));
            ImportError bad;
            QVERIFY(reader.open(&bad));
            Importer importer(&db, &m_clock);
            importer.setCancelFlag(&cancel);
            // Ctrl+C as the seventh day begins: days 1-5 are written, the sixth is in hand.
            CancelAt stopping(
                reader,
                QDateTime(FirstDay.addDays(6), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch(),
                &cancel);
            ImportRun run;
            QCOMPARE(importer.run(request, stopping, &run, &bad), Importer::Outcome::Interrupted);
            QCOMPARE(run.status, ImportRun::Status::Interrupted);
            const qint64 first = FirstDay.toJulianDay() - QDate(1970, 1, 1).toJulianDay();
            QCOMPARE(run.firstDay, first);
            QCOMPARE(run.lastDay, first + 4);
        }
        // … each whole: every finished day holds all of its pageviews, the sixth none.
        QCOMPARE(count(*d, "SELECT count(*) FROM import_days"), 5);
        for (int day = 0; day < 6; ++day) {
            const QDate date = FirstDay.addDays(day);
            QCOMPARE(total(*d, date, date)->pageviews,
                     day < 5 ? m_expected.byDay.value(date).pageviews : 0);
        }
        cancel.store(false);
        {
            AccessLogReader reader(m_logs, format, QStringLiteral("example.com"));
            ImportError bad;
            QVERIFY(reader.open(&bad));
            Importer importer(&db, &m_clock);
            ImportRun run;
            QCOMPARE(importer.run(request, reader, &run, &bad), Importer::Outcome::Done);
            QCOMPARE(importer.resumed(), 1);
            QCOMPARE(run.id, 1);
            QCOMPARE(run.eventsWritten, m_expected.total.pageviews);
        }
        db.close();
        const auto t = total(*d);
        QCOMPARE(t->pageviews, m_expected.total.pageviews);
        QCOMPARE(t->bounces, m_expected.total.bounces);
    }

    void badInputLeavesNothing()
    {
        auto d = dataDir();
        QByteArray text;
        for (const Line &l : std::as_const(m_lines))
            text += l.text;
        const qsizetype lineNo = m_lines.size() * 2 / 3;
        QList<QByteArray> rows = text.split('\n');
        rows[lineNo - 1]
            = "81.2.69.10 - - [01/Jun/2024:10:00:00 +0000] \"GET / HTTP/1.1\" OK 12 \"-\" \"x\"";
        const QString path = m_files.filePath(QStringLiteral("broken.log"));
        writeFile(path, rows.join('\n'), false);
        const CliRun r = importLogs(*d, {path});
        QCOMPARE(r.code, 1);
        QVERIFY2(
            r.err.contains(QStringLiteral("%1:%2:62: not an HTTP status").arg(path).arg(lineNo)),
            qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("Nothing of this import was kept")),
                 qPrintable(r.err));
        QCOMPARE(count(*d, "SELECT count(*) FROM events"), 0);
        QCOMPARE(count(*d, "SELECT count(*) FROM rollup_daily"), 0);
        QCOMPARE(count(*d, "SELECT count(*) FROM import_days"), 0);
        const CliRun list
            = cli(*d, {QStringLiteral("import"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(list.out.contains(QStringLiteral("\"status\":\"failed\"")), qPrintable(list.out));
    }

    void serverRunningIsRefused()
    {
        auto d = dataDir();
        DataDirLock lock;
        QString error;
        QVERIFY(lock.acquire(d->dir.path(), &error));
        const CliRun r = importLogs(*d, m_logs);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Stop the server first")), qPrintable(r.err));
    }

    void goatCounterExport()
    {
        auto d = dataDir();
        // Three sessions on June 2nd: a bounce from Germany, two pages from the US (Firefox),
        // a bot row; one session on June 3rd with an event.
        const QByteArray csv
            = "2Path,Title,Event,UserAgent,Browser,System,Session,Bot,Referrer,Referrer scheme,"
              "Screen size,Location,FirstVisit,Date\n"
              "/,Home,false,,Chrome 125,Windows "
              "10,s-1,0,www.google.com/,h,\"1920,1080,1\",DE,true,2024-06-02T09:00:00Z\n"
              "/docs,Docs,false,,Firefox "
              "126,Linux,s-2,0,,,\"1920,1080,1\",US-CA,true,2024-06-02T10:00:00Z\n"
              "/pricing,Pricing,false,,Firefox "
              "126,Linux,s-2,0,,,\"1920,1080,1\",US-CA,false,2024-06-02T10:02:00Z\n"
              "/,Home,false,,Chrome 125,Linux,s-3,7,,,,NL,true,2024-06-02T11:00:00Z\n"
              "/,Home,false,,Safari 17,iOS 17,s-4,0,,,\"390,844,3\",JP,true,2024-06-03T08:00:00Z\n"
              "signup,,true,,Safari 17,iOS "
              "17,s-4,0,,,\"390,844,3\",JP,false,2024-06-03T08:01:00Z\n";
        const QString path = m_files.filePath(QStringLiteral("goatcounter.csv"));
        writeFile(path, csv, false);
        const CliRun r = cli(*d,
                             {QStringLiteral("import"), QStringLiteral("--from"),
                              QStringLiteral("goatcounter"), QStringLiteral("--site"),
                              QStringLiteral("example.com"), path});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("1 bot")), qPrintable(r.out));
        const auto t = total(*d);
        QCOMPARE(t->visitors, 3);
        QCOMPARE(t->visits, 3);
        QCOMPARE(t->pageviews, 4);
        QCOMPARE(t->events, 1);
        QCOMPARE(t->bounces, 1); // s-4's event keeps it from bouncing
        QCOMPARE(t->duration, 120 + 60);
        const auto countries = breakdown(*d, Dimension::Country);
        QCOMPARE(countries.value(QStringLiteral("US")).visitors, 1);
        QCOMPARE(countries.value(QStringLiteral("DE")).visitors, 1);
        QVERIFY(!countries.contains(QStringLiteral("NL")));
        const auto browsers = breakdown(*d, Dimension::Browser);
        QCOMPARE(browsers.value(QStringLiteral("Firefox")).pageviews, 2);
        const auto sources = breakdown(*d, Dimension::Source);
        QCOMPARE(sources.value(QStringLiteral("Google")).visits, 1);
    }
};

QTEST_GUILESS_MAIN(tst_Importer)
#include "tst_importer.moc"
