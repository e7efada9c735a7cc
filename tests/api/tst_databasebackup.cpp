// Backup and restore (store/databasebackup.h) against the real ingest engine and stats
// API: a backup taken page by page while hits keep arriving, restored into a fresh data
// directory, answers every report of the day before the backup exactly as the live server
// does; the backup file holds no salt byte, is 0600 and passes integrity_check; a damaged
// file is refused; a restore refuses while another process has the database open.

#include "common/apifixture.h"
#include "store/databasebackup.h"

#include <QProcess>
#include <QtConcurrent/QtConcurrentRun>
#include <atomic>
#include <sys/stat.h>

using namespace raycstr;
using namespace raycstr::testing;

namespace {

const QString Day = QStringLiteral("period=day&date=2023-11-14");
const QString NextDay = QStringLiteral("period=day&date=2023-11-15");

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QList<QByteArray> salts(const QString &dataDir)
{
    SqliteDb db;
    QString error;
    QList<QByteArray> out;
    if (!db.open(Database::pathIn(dataDir), SqliteDb::Mode::ReadOnly, &error))
        return out;
    Statement st(db, "SELECT salt FROM salts");
    while (st.next())
        out.append(st.blob(0));
    return out;
}

// The stats API over another data directory, as a second server would answer.
struct RestoredServer
{
    FakeAuthenticator auth;
    ApiAccess access {&auth};
    ManualClock clock {TrafficStartMs + 12 * 60000};
    std::unique_ptr<query::QueryEngine> queries;
    std::unique_ptr<StatsApi> stats;
    std::unique_ptr<GoalsApi> goals;
    HttpServer http;
    // After the controllers and `http`: destroyed first (jobs capture them).
    std::unique_ptr<query::QueryPool> pool;
    std::unique_ptr<HttpClient> client;

    bool start(const QString &dataDir)
    {
        auth.addKey(AllSitesKey, 0);
        queries = std::make_unique<query::QueryEngine>(Database::pathIn(dataDir), &clock);
        QString error;
        if (!queries->open(&error))
            return false;
        pool = std::make_unique<query::QueryPool>(Database::pathIn(dataDir), &clock,
                                                  query::QueryPool::Options());
        if (!pool->open(&error))
            return false;
        stats = std::make_unique<StatsApi>(queries.get(), pool.get(), &access);
        goals = std::make_unique<GoalsApi>(queries.get(), &access, &clock);
        if (!goals->open(dataDir, &error))
            return false;
        stats->setGoalReports(goals.get());
        goals->registerRoutes(http);
        stats->registerRoutes(http);
        if (!http.listen(QHostAddress::LocalHost, 0, &error))
            return false;
        client = std::make_unique<HttpClient>(http.port());
        return true;
    }
    HttpResult get(const QString &path)
    {
        return client->request("GET", path, QByteArray(),
                               {{"Authorization", "Bearer " + AllSitesKey}});
    }
};

} // namespace

class tst_DatabaseBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void backupUnderIngestRestoresEveryReport();
    void damagedFileIsRefused();
    void restoreRefusesWhileInUse();

private:
    ApiFixture api;
    QTemporaryDir out;
    QString backupFile;
};

void tst_DatabaseBackup::initTestCase()
{
    QVERIFY(api.start());
    QVERIFY(out.isValid());
    backupFile = out.filePath(QStringLiteral("raycstr-backup.db"));
    // Enough traffic on the fixture's day for a backup of a few hundred pages.
    QList<Hit> hits;
    for (int i = 0; i < 3000; ++i) {
        api.fixture.clock.setNowMs(TrafficStartMs + 13 * 60000 + i * 1000);
        Hit h = api.fixture.pageview(QStringLiteral("https://example.com/post/%1").arg(i % 400),
                                     QStringLiteral("198.51.100.%1").arg(i % 250));
        h.referrer = QStringLiteral("https://ref%1.example.net/").arg(i % 37);
        hits.append(h);
    }
    QCOMPARE(api.fixture.engine->submit(std::move(hits)), SubmitResult::Queued);
    api.fixture.engine->flush();
}

void tst_DatabaseBackup::backupUnderIngestRestoresEveryReport()
{
    const QList<QByteArray> liveSalts = salts(api.fixture.dir.path());
    QVERIFY(!liveSalts.isEmpty()); // else "no salt in the backup" would prove nothing

    // The backup on a worker, one page per step with a pause, while the next day's hits
    // keep arriving on this thread.
    std::atomic<int> steps {0};
    QString error;
    auto done = QtConcurrent::run([&] {
        return DatabaseBackup::backup(
            api.fixture.dir.path(), backupFile,
            [&](qint64, qint64) {
                ++steps;
                QThread::msleep(2);
            },
            &error, 1);
    });
    int posted = 0;
    api.fixture.clock.setNowMs(TrafficStartMs + 86400000LL);
    while (!done.isFinished()) {
        QList<Hit> hits;
        for (int i = 0; i < 5; ++i)
            hits.append(api.fixture.pageview(QStringLiteral("https://example.com/later"),
                                             QStringLiteral("192.0.2.%1").arg(posted++ % 250)));
        QCOMPARE(api.fixture.engine->submit(std::move(hits)), SubmitResult::Queued);
        api.fixture.engine->flush();
    }
    QVERIFY2(done.result(), qPrintable(error));
    qInfo("backup: %d steps while %d hits were posted", steps.load(), posted);
    QVERIFY(steps > 50);
    QVERIFY(posted > 0);

    struct stat st
    {
    };
    QCOMPARE(::stat(QFile::encodeName(backupFile).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, 0600u);
    QVERIFY2(DatabaseBackup::verify(backupFile, &error), qPrintable(error));
    QVERIFY(!QFile::exists(backupFile + QStringLiteral(".partial")));
    const QByteArray bytes = fileBytes(backupFile);
    QVERIFY(bytes.size() > 100 * 1024);
    for (const QByteArray &salt : liveSalts) {
        QVERIFY(salt.size() >= 16);
        QVERIFY2(!bytes.contains(salt), "a salt reached the backup file");
        QVERIFY(!bytes.contains(salt.left(8))); // not even a fragment of one
    }

    QTemporaryDir fresh;
    QVERIFY2(DatabaseBackup::restore(backupFile, fresh.path(), &error), qPrintable(error));
    QVERIFY(salts(fresh.path()).isEmpty());
    RestoredServer restored;
    QVERIFY(restored.start(fresh.path()));

    const auto ev = [](const char *name, const QString &q) {
        return QStringLiteral("/api/events/example.com/%1?%2").arg(QLatin1String(name), q);
    };
    const QStringList reports = {
        QStringLiteral("/api/stats?site=example.com&") + Day,
        ev("overview", Day),
        ev("timeseries", Day + QStringLiteral("&interval=hour")),
        ev("pages", Day + QStringLiteral("&limit=1000")),
        ev("sources", Day + QStringLiteral("&limit=1000")),
        ev("countries", Day),
        ev("devices", Day),
        ev("breakdown", Day + QStringLiteral("&by=browser")),
        ev("breakdown", Day + QStringLiteral("&by=entry_page&limit=1000")),
        ev("breakdown", Day + QStringLiteral("&by=prop:plan")),
        ev("vitals", Day),
        ev("properties", Day),
        ev("goals", Day),
        ev("funnel", Day + QStringLiteral("&funnel=1")),
    };
    for (const QString &path : reports) {
        const HttpResult live = api.get(path);
        const HttpResult copy = restored.get(path);
        QCOMPARE(live.status, 200);
        QCOMPARE(copy.status, 200);
        QVERIFY2(copy.body == live.body, qPrintable(path));
    }
    // The fixture's day is not trivially empty on both sides.
    const QJsonObject o = ApiFixture::object(restored.get(ev("overview", Day)));
    QCOMPARE(o.value(QStringLiteral("pageviews")).toInt(), 3004);

    // The next day: some of the hits posted during the backup, never more than the live
    // server has, and the raw events agree with the rollups (a consistent snapshot).
    const qint64 liveLater = ApiFixture::object(api.get(ev("overview", NextDay)))
                                 .value(QStringLiteral("pageviews"))
                                 .toInteger();
    const QJsonObject later = ApiFixture::object(restored.get(ev("overview", NextDay)));
    QVERIFY(later.value(QStringLiteral("pageviews")).toInteger() <= liveLater);
    const QJsonArray pages = ApiFixture::object(restored.get(ev("pages", NextDay)))
                                 .value(QStringLiteral("rows"))
                                 .toArray();
    qint64 fromPages = 0;
    for (const QJsonValue &r : pages)
        fromPages += r.toObject().value(QStringLiteral("pageviews")).toInteger();
    QCOMPARE(fromPages, later.value(QStringLiteral("pageviews")).toInteger());
}

void tst_DatabaseBackup::damagedFileIsRefused()
{
    QString error;
    if (!QFile::exists(backupFile))
        QVERIFY(DatabaseBackup::backup(api.fixture.dir.path(), backupFile, {}, &error));
    QTemporaryDir target;
    QVERIFY(DatabaseBackup::restore(backupFile, target.path(), &error));
    const QByteArray before = fileBytes(Database::pathIn(target.path()));

    QByteArray bytes = fileBytes(backupFile);
    for (qsizetype i = bytes.size() / 2; i < bytes.size() / 2 + 8192; ++i)
        bytes[i] = char(0xA5 ^ (i & 0xff));
    const QString damaged = out.filePath(QStringLiteral("damaged.db"));
    QFile f(damaged);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();
    QVERIFY(!DatabaseBackup::restore(damaged, target.path(), &error));
    QVERIFY2(error.contains(QLatin1String("damaged")), qPrintable(error));

    const QString text = out.filePath(QStringLiteral("notes.txt"));
    QFile t(text);
    QVERIFY(t.open(QIODevice::WriteOnly));
    t.write("not a database at all, but long enough to look like one.\n");
    t.close();
    QVERIFY(!DatabaseBackup::restore(text, target.path(), &error));

    // The database in place was not touched, and nothing was left aside.
    QCOMPARE(fileBytes(Database::pathIn(target.path())), before);
    QCOMPARE(QDir(target.path()).entryList({QStringLiteral("*.before-restore-*")}, QDir::Files),
             QStringList());
}

void tst_DatabaseBackup::restoreRefusesWhileInUse()
{
    QString error;
    QTemporaryDir target;
    QVERIFY(DatabaseBackup::restore(backupFile, target.path(), &error));
    QVERIFY(!DatabaseBackup::isInUse(target.path()));
    // Another process (a server) opens the database: SQLite's own lock tells.
    QProcess holder;
    holder.start(QStringLiteral("python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import sqlite3,sys,time\n"
                                 "c=sqlite3.connect(sys.argv[1])\n"
                                 "c.execute('select count(*) from sites').fetchall()\n"
                                 "print('open', flush=True)\n"
                                 "sys.stdin.read()\n"),
                  Database::pathIn(target.path())});
    QVERIFY(holder.waitForReadyRead(10000));
    QVERIFY(DatabaseBackup::isInUse(target.path()));
    QVERIFY(!DatabaseBackup::restore(backupFile, target.path(), &error));
    QVERIFY2(error.contains(QLatin1String("stop the server")), qPrintable(error));
    holder.closeWriteChannel();
    QVERIFY(holder.waitForFinished(10000));
    QVERIFY(!DatabaseBackup::isInUse(target.path()));
    QVERIFY2(DatabaseBackup::restore(backupFile, target.path(), &error), qPrintable(error));
    QCOMPARE(QDir(target.path()).entryList({QStringLiteral("*.before-restore-*")}, QDir::Files),
             QStringList());
}

QTEST_MAIN(tst_DatabaseBackup)
#include "tst_databasebackup.moc"
