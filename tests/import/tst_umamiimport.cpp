// Umami's PostgreSQL database end to end, against a real PostgreSQL started by the test
// (tests/common/postgresserver.h): Umami's tables with their real names and columns in a
// v2 variant (hostname and subdivision1 on the session, no visit_id, campaigns only in
// url_query) and a v3 one (visit_id, hostname and utm_* columns on the event, region on the
// session, link events), filled with five days (2023-11-01..05) of generated visits:
// pageviews, custom events with event_data (a string and a number), Google referrers, a
// campaign, countries, devices, browsers and systems as Umami spells them, and a second
// website whose rows must stay out. Imported with `raycstr-server import --from umami` as a
// read-only role made by the README's recipe, the stats API (HTTP) must answer what the
// generated rows hold, computed here from the generator's own model; on v3 a visit_id that
// changes after five quiet minutes begins a new visit, as in Umami. Then: no session_id
// reaches the disk, the same database again replaces the import, undo removes it, and a
// wrong password, a password in the URL, an unreachable server, a database without Umami's
// tables or with missing columns and an unknown website are each a clear error that writes
// nothing.

#include "common/apifixture.h"
#include "common/clirun.h"
#include "common/databasebytes.h"
#include "common/importedstats.h"
#include "common/postgresserver.h"

#include <QRandomGenerator>
#include <QTest>

#include <numeric>

using namespace raycstr;
using namespace raycstr::testing;

namespace {

const QDate First(2023, 11, 1);
constexpr int Days = 5;
const QString Range = QStringLiteral("period=custom&from=2023-11-01&to=2023-11-05");
const QByteArray ReaderPassword = "r3ad only, n0t logged";

struct Person
{
    QString sessionId;
    QString browser, os, device, country; // as Umami stores them
    QString browserName, osName, deviceName; // RayCstr's
};

struct Expected
{
    Metrics total;
    QList<qint64> visitorsByDay, visitsByDay;
    QMap<QString, qint64> pageviews, visitsBySource, visitorsByCountry, visitorsByDevice,
        visitorsByBrowser, visitorsByOs, events, methods, plans;
    qint64 visitsSpring = 0;
    qint64 visitorsDE = 0;
    qint64 otherTypes = 0;
    QStringList sessionIds;
};

QString uuid(QRandomGenerator &rnd)
{
    QString hex;
    for (int i = 0; i < 4; ++i)
        hex += QStringLiteral("%1").arg(rnd.generate(), 8, 16, QLatin1Char('0'));
    return hex.first(8) + u'-' + hex.mid(8, 4) + u'-' + hex.mid(12, 4) + u'-' + hex.mid(16, 4)
        + u'-' + hex.mid(20, 12);
}

QString stamp(qint64 ms)
{
    return QLatin1Char('\'')
        + QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(u"yyyy-MM-dd HH:mm:ss.zzz")
        + QStringLiteral("+00'");
}

QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("NULL") : QLatin1Char('\'') + s + QLatin1Char('\'');
}

// Umami's tables as its migrations make them (prisma/migrations): v2 as of 2.9, v3 as of 3.0.
const QByteArray SchemaV2 = R"(
CREATE TABLE "website" (website_id UUID PRIMARY KEY, name VARCHAR(100) NOT NULL,
  domain VARCHAR(500), share_id VARCHAR(50), reset_at TIMESTAMPTZ(6), user_id UUID,
  team_id UUID, created_by UUID, created_at TIMESTAMPTZ(6) DEFAULT CURRENT_TIMESTAMP,
  updated_at TIMESTAMPTZ(6), deleted_at TIMESTAMPTZ(6));
CREATE TABLE "session" (session_id UUID PRIMARY KEY, website_id UUID NOT NULL,
  hostname VARCHAR(100), browser VARCHAR(20), os VARCHAR(20), device VARCHAR(20),
  screen VARCHAR(11), language VARCHAR(35), country CHAR(2), subdivision1 VARCHAR(20),
  subdivision2 VARCHAR(50), city VARCHAR(50),
  created_at TIMESTAMPTZ(6) DEFAULT CURRENT_TIMESTAMP);
CREATE TABLE "website_event" (event_id UUID PRIMARY KEY, website_id UUID NOT NULL,
  session_id UUID NOT NULL, created_at TIMESTAMPTZ(6) DEFAULT CURRENT_TIMESTAMP,
  url_path VARCHAR(500) NOT NULL, url_query VARCHAR(500), referrer_path VARCHAR(500),
  referrer_query VARCHAR(500), referrer_domain VARCHAR(500), page_title VARCHAR(500),
  event_type INTEGER NOT NULL DEFAULT 1, event_name VARCHAR(50));
CREATE INDEX website_event_website_id_created_at_idx ON website_event(website_id, created_at);
CREATE TABLE "event_data" (event_data_id UUID PRIMARY KEY, website_id UUID NOT NULL,
  website_event_id UUID NOT NULL, data_key VARCHAR(500) NOT NULL,
  string_value VARCHAR(500), number_value DECIMAL(19,4), date_value TIMESTAMPTZ(6),
  data_type INTEGER NOT NULL, created_at TIMESTAMPTZ(6) DEFAULT CURRENT_TIMESTAMP);
CREATE INDEX event_data_website_event_id_idx ON event_data(website_event_id);
)";

const QByteArray SchemaV3 = R"(
CREATE TABLE "website" (website_id UUID PRIMARY KEY, name VARCHAR(100) NOT NULL,
  domain VARCHAR(500), share_id VARCHAR(50), reset_at TIMESTAMPTZ(6), user_id UUID,
  team_id UUID, created_by UUID, created_at TIMESTAMPTZ(6) DEFAULT CURRENT_TIMESTAMP,
  updated_at TIMESTAMPTZ(6), deleted_at TIMESTAMPTZ(6));
CREATE TABLE "session" (session_id UUID PRIMARY KEY, website_id UUID NOT NULL,
  browser VARCHAR(20), os VARCHAR(20), device VARCHAR(20), screen VARCHAR(11),
  language VARCHAR(35), country CHAR(2), region VARCHAR(20), city VARCHAR(50),
  distinct_id VARCHAR(50), created_at TIMESTAMPTZ(6) DEFAULT CURRENT_TIMESTAMP);
CREATE TABLE "website_event" (event_id UUID PRIMARY KEY, website_id UUID NOT NULL,
  session_id UUID NOT NULL, visit_id UUID NOT NULL,
  created_at TIMESTAMPTZ(6) DEFAULT CURRENT_TIMESTAMP, url_path VARCHAR(500) NOT NULL,
  url_query VARCHAR(500), utm_source VARCHAR(255), utm_medium VARCHAR(255),
  utm_campaign VARCHAR(255), utm_content VARCHAR(255), utm_term VARCHAR(255),
  referrer_path VARCHAR(500), referrer_query VARCHAR(500), referrer_domain VARCHAR(500),
  page_title VARCHAR(500), gclid VARCHAR(255), fbclid VARCHAR(255), msclkid VARCHAR(255),
  ttclid VARCHAR(255), li_fat_id VARCHAR(255), twclid VARCHAR(255),
  event_type INTEGER NOT NULL DEFAULT 1, event_name VARCHAR(50), tag VARCHAR(50),
  hostname VARCHAR(100));
CREATE INDEX website_event_website_id_created_at_idx ON website_event(website_id, created_at);
CREATE INDEX website_event_visit_id_idx ON website_event(visit_id);
CREATE TABLE "event_data" (event_data_id UUID PRIMARY KEY, website_id UUID NOT NULL,
  website_event_id UUID NOT NULL, data_key VARCHAR(500) NOT NULL,
  string_value VARCHAR(500), number_value DECIMAL(19,4), date_value TIMESTAMPTZ(6),
  data_type INTEGER NOT NULL, created_at TIMESTAMPTZ(6) DEFAULT CURRENT_TIMESTAMP);
CREATE INDEX event_data_website_event_id_idx ON event_data(website_event_id);
)";

// The README's read-only role: it may log in, read Umami's tables and nothing else.
QByteArray readerRole(const char *database)
{
    return QByteArray("GRANT CONNECT ON DATABASE ") + database
        + " TO umami_import; GRANT USAGE ON SCHEMA public TO umami_import; "
          "GRANT SELECT ON website, session, website_event, event_data TO umami_import;";
}

} // namespace

class tst_UmamiImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importsEachSchema_data();
    void importsEachSchema();
    void sameDatabaseAgainReplaces();
    void undoRemovesIt();
    void errorsAreClear_data();
    void errorsAreClear();

private:
    // Fills `database` (schema v2 or v3) with generated rows; the model of what they hold.
    bool generate(const char *database, int version, quint32 seed, Expected *e);
    CliRun import(const QString &url, const QStringList &more = {})
    {
        return runCli(&api.fixture.clock,
                      QStringList {QStringLiteral("import"), QStringLiteral("--from"),
                                   QStringLiteral("umami"), QStringLiteral("--database"), url,
                                   QStringLiteral("--site"), QStringLiteral("example.com")}
                          + more,
                      api.fixture.dataDir());
    }
    QJsonObject ok(const QString &path) { return statsObject(api, path); }
    QMap<QString, qint64> column(const QString &endpoint, const QString &metric)
    {
        return statsColumn(api, endpoint, Range, metric);
    }
    qint64 events() { return importedEventCount(api.fixture.dataDir()); }

    ApiFixture api;
    PostgresServer pg;
    Expected m_v2, m_v3;
};

bool tst_UmamiImport::generate(const char *database, int version, quint32 seed, Expected *e)
{
    QRandomGenerator rnd(seed);
    struct Kind
    {
        const char *browser, *os, *device, *browserName, *osName, *deviceName;
    };
    const Kind kinds[] = {{"chrome", "Windows 10", "desktop", "Chrome", "Windows", "Desktop"},
                          {"ios", "iOS", "mobile", "Mobile Safari", "iOS", "Mobile"},
                          {"edge-chromium", "Mac OS", "laptop", "Edge", "Mac OS X", "Desktop"},
                          {"firefox", "Android OS", "tablet", "Firefox", "Android", "Tablet"}};
    const char *const countries[] = {"US", "DE", "FR", nullptr};
    const QString website = uuid(rnd);
    const QString otherWebsite = uuid(rnd);
    QList<Person> people;
    for (int i = 0; i < 20; ++i) {
        const Kind &k = kinds[i % 4];
        const char *c = countries[i % 4];
        people.append({uuid(rnd), QLatin1String(k.browser), QLatin1String(k.os),
                       QLatin1String(k.device), c ? QLatin1String(c) : QString(),
                       QLatin1String(k.browserName), QLatin1String(k.osName),
                       QLatin1String(k.deviceName)});
        e->sessionIds.append(people.last().sessionId);
    }
    QStringList sessions, rows, data;
    for (const Person &p : std::as_const(people)) {
        sessions.append(version == 2
                            ? QStringLiteral("('%1','%2','example.com',%3,%4,%5,'1920x1080',"
                                             "'en-US',%6,'BE',NULL,'Berlin')")
                                  .arg(p.sessionId, website, text(p.browser), text(p.os),
                                       text(p.device), text(p.country))
                            : QStringLiteral("('%1','%2',%3,%4,%5,'1920x1080','en-US',%6,"
                                             "'DE-BE','Berlin',NULL)")
                                  .arg(p.sessionId, website, text(p.browser), text(p.os),
                                       text(p.device), text(p.country)));
    }
    const QStringList pages {QStringLiteral("/"), QStringLiteral("/pricing"),
                             QStringLiteral("/blog/hello"), QStringLiteral("/docs")};
    // One website_event row; v3's columns where the schema has them.
    auto row = [&](const Person &p, const QString &visit, qint64 ms, int type, const QString &path,
                   const QString &query, const QString &name, const QString &referrer,
                   bool campaign, const QString &site) {
        const QString id = uuid(rnd);
        const QString common
            = QStringLiteral("'%1','%2','%3',%4,%5,%6,%7,%8,%9")
                  .arg(id, site, p.sessionId, stamp(ms), text(path), text(query),
                       text(referrer.isEmpty() ? QString() : QStringLiteral("/")), text(QString()),
                       text(referrer.isEmpty() ? QString() : referrer));
        if (version == 2)
            rows.append(
                QStringLiteral("(%1,'Example',%2,%3)").arg(common).arg(type).arg(text(name)));
        else
            rows.append(QStringLiteral("(%1,'Example',%2,%3,'%4','example.com',%5,%6,%7)")
                            .arg(common)
                            .arg(type)
                            .arg(text(name), visit,
                                 text(campaign ? QStringLiteral("newsletter") : QString()),
                                 text(campaign ? QStringLiteral("email") : QString()),
                                 text(campaign ? QStringLiteral("spring") : QString())));
        return id;
    };

    for (int d = 0; d < Days; ++d) {
        const qint64 dayStart
            = QDateTime(First.addDays(d), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        qint64 visitorsToday = 0;
        for (const Person &p : std::as_const(people)) {
            if (rnd.bounded(3) == 0)
                continue;
            ++visitorsToday;
            e->visitorsByCountry[p.country] += 1;
            e->visitorsByDevice[p.deviceName] += 1;
            e->visitorsByBrowser[p.browserName] += 1;
            e->visitorsByOs[p.osName] += 1;
            if (p.country == u"DE")
                ++e->visitorsDE;
            const int visits = 1 + rnd.bounded(2);
            qint64 t
                = dayStart + 8 * 3600000LL + rnd.bounded(3 * 3600) * 1000LL + rnd.bounded(1000);
            for (int v = 0; v < visits; ++v) {
                // v3: Umami's visit_id tells visits apart even five minutes apart; v2 has
                // no visit_id, so its visits are hours apart.
                if (v > 0)
                    t += version == 3 ? 5 * 60000LL : 4 * 3600000LL;
                const QString visit = uuid(rnd);
                const qint64 start = t;
                const int how = rnd.bounded(3); // direct, Google, the newsletter campaign
                e->visitsBySource[how == 0       ? QString()
                                      : how == 1 ? QStringLiteral("Google")
                                                 : QStringLiteral("newsletter")]
                    += 1;
                if (how == 2)
                    ++e->visitsSpring;
                ++e->total.visits;
                const int views = 1 + rnd.bounded(4);
                bool interacted = false;
                for (int n = 0; n < views; ++n) {
                    const QString &page = pages.at(rnd.bounded(pages.size()));
                    const bool campaign = n == 0 && how == 2;
                    // v2 has the campaign in the query only; v3 in its columns.
                    const QString query = campaign && version == 2
                        ? QStringLiteral("utm_source=newsletter&utm_medium=email&"
                                         "utm_campaign=spring")
                        : QString();
                    row(p, visit, t, 1, page, query, QString(),
                        n == 0 && how == 1 ? QStringLiteral("www.google.com") : QString(), campaign,
                        website);
                    e->pageviews[page] += 1;
                    ++e->total.pageviews;
                    if (rnd.bounded(4) == 0) {
                        t += 1000 + rnd.bounded(1000);
                        const QString method
                            = rnd.bounded(2) ? QStringLiteral("email") : QStringLiteral("google");
                        const QString plan
                            = rnd.bounded(2) ? QStringLiteral("12.5") : QStringLiteral("9");
                        const QString event
                            = row(p, visit, t, 2, page, QString(), QStringLiteral("signup"),
                                  QString(), false, website);
                        data.append(QStringLiteral("('%1','%2','%3','method','%4',NULL,NULL,1)")
                                        .arg(uuid(rnd), website, event, method));
                        data.append(QStringLiteral("('%1','%2','%3','plan',NULL,%4,NULL,2)")
                                        .arg(uuid(rnd), website, event, plan));
                        e->events[QStringLiteral("signup")] += 1;
                        e->methods[method] += 1;
                        e->plans[plan] += 1;
                        ++e->total.events;
                        interacted = true;
                    }
                    if (version == 3 && rnd.bounded(8) == 0) {
                        // A link event of Umami 3: not a page, not a custom event.
                        row(p, visit, t, 3, page, QString(), QString(), QString(), false, website);
                        ++e->otherTypes;
                    }
                    if (n + 1 < views)
                        t += 10000 + rnd.bounded(200) * 1000;
                }
                e->total.duration += t / 1000 - start / 1000;
                if (views == 1 && !interacted)
                    ++e->total.bounces;
            }
            // The other website's row: must stay out.
            row(p, uuid(rnd), t + 1000, 1, QStringLiteral("/elsewhere"), QString(), QString(),
                QString(), false, otherWebsite);
        }
        e->visitorsByDay.append(visitorsToday);
        e->visitsByDay.append(e->total.visits
                              - std::accumulate(e->visitsByDay.cbegin(), e->visitsByDay.cend(),
                                                qint64(0)));
        e->total.visitors += visitorsToday;
    }

    const QString columnsV3
        = QStringLiteral("event_id, website_id, session_id, created_at, url_path, url_query, "
                         "referrer_path, referrer_query, referrer_domain, page_title, event_type, "
                         "event_name");
    QString sql = (version == 2 ? SchemaV2 : SchemaV3) + readerRole(database);
    sql += QStringLiteral("INSERT INTO website (website_id, name, domain) VALUES ('%1', "
                          "'Example', '%2'), ('%3', 'Other', 'other.example.org');")
               .arg(website,
                    version == 2 ? QStringLiteral("https://www.example.com")
                                 : QStringLiteral("example.com"),
                    otherWebsite);
    sql += (version == 2 ? QStringLiteral("INSERT INTO session (session_id, website_id, hostname, "
                                          "browser, os, device, screen, language, country, "
                                          "subdivision1, subdivision2, city) VALUES ")
                         : QStringLiteral("INSERT INTO session (session_id, website_id, browser, "
                                          "os, device, screen, language, country, region, city, "
                                          "distinct_id) VALUES "))
        + sessions.join(u',') + u';';
    sql += QStringLiteral("INSERT INTO website_event (") + columnsV3
        + (version == 2 ? QString()
                        : QStringLiteral(", visit_id, hostname, utm_source, utm_medium, "
                                         "utm_campaign"))
        + QStringLiteral(") VALUES ") + rows.join(u',') + u';';
    if (!data.isEmpty())
        sql += QStringLiteral("INSERT INTO event_data (event_data_id, website_id, "
                              "website_event_id, data_key, string_value, number_value, "
                              "date_value, data_type) VALUES ")
            + data.join(u',') + u';';
    QString error;
    if (!pg.exec(QLatin1String(database), sql.toUtf8(), &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return true;
}

void tst_UmamiImport::initTestCase()
{
    QVERIFY(api.start());
    QString error;
    QVERIFY2(pg.start(&error), qPrintable(error));
    // Only PGPASSWORD: no ~/.pgpass of whoever runs the tests.
    qputenv("PGPASSFILE", QFile::encodeName(QDir::temp().filePath(QStringLiteral("none"))));
    // One statement each: CREATE DATABASE runs outside a transaction only.
    for (const QByteArray &sql :
         {"CREATE ROLE umami_import LOGIN PASSWORD '" + ReaderPassword + "'",
          QByteArray("ALTER ROLE umami_import SET default_transaction_read_only = on"),
          QByteArray("CREATE DATABASE umami2"), QByteArray("CREATE DATABASE umami3"),
          QByteArray("CREATE DATABASE blog"), QByteArray("CREATE DATABASE partial")})
        QVERIFY2(pg.exec(QStringLiteral("postgres"), sql, &error), qPrintable(error));
    QVERIFY(generate("umami2", 2, 2023, &m_v2));
    QVERIFY(generate("umami3", 3, 3023, &m_v3));
    // Not Umami: a blog's table. Half an Umami: url_query and event_data missing.
    QVERIFY2(pg.exec(QStringLiteral("blog"),
                     "CREATE TABLE posts (id serial PRIMARY KEY, title text);"
                     "GRANT SELECT ON posts TO umami_import;",
                     &error),
             qPrintable(error));
    QByteArray partial = SchemaV2;
    partial.replace("url_query VARCHAR(500), ", "");
    partial.truncate(partial.indexOf("CREATE TABLE \"event_data\""));
    QVERIFY2(pg.exec(QStringLiteral("partial"),
                     partial + "GRANT SELECT ON website, session, website_event TO umami_import;",
                     &error),
             qPrintable(error));
    qputenv("PGPASSWORD", ReaderPassword);
}

void tst_UmamiImport::importsEachSchema_data()
{
    QTest::addColumn<int>("version");
    QTest::newRow("v2") << 2;
    QTest::newRow("v3") << 3;
}

void tst_UmamiImport::importsEachSchema()
{
    QFETCH(int, version);
    const Expected &e = version == 2 ? m_v2 : m_v3;
    const CliRun run
        = import(pg.url(QStringLiteral("umami_import"), QStringLiteral("umami%1").arg(version)));
    QVERIFY2(run.code == 0, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(QStringLiteral("(read-only)")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("Days: 2023-11-01 to 2023-11-05")),
             qPrintable(run.out));
    if (e.otherTypes)
        QVERIFY2(run.out.contains(QStringLiteral("%1 other_event_type").arg(e.otherTypes)),
                 qPrintable(run.out));

    const QJsonArray points
        = ok(QStringLiteral("/api/events/example.com/timeseries?interval=day&") + Range)
              .value(QStringLiteral("points"))
              .toArray();
    QCOMPARE(points.size(), Days);
    for (int d = 0; d < Days; ++d) {
        const QJsonObject point = points.at(d).toObject();
        QCOMPARE(point.value(QStringLiteral("visitors")).toInteger(), e.visitorsByDay.at(d));
        QCOMPARE(point.value(QStringLiteral("visits")).toInteger(), e.visitsByDay.at(d));
    }
    const QJsonObject o = ok(QStringLiteral("/api/events/example.com/overview?") + Range);
    QCOMPARE(o.value(QStringLiteral("visitors")).toInteger(), e.total.visitors);
    QCOMPARE(o.value(QStringLiteral("pageviews")).toInteger(), e.total.pageviews);
    QCOMPARE(o.value(QStringLiteral("events")).toInteger(), e.total.events);
    QCOMPARE(o.value(QStringLiteral("bounces")).toInteger(), e.total.bounces);
    QCOMPARE(o.value(QStringLiteral("duration")).toInteger(), e.total.duration);
    QCOMPARE(o.value(QStringLiteral("visits")).toInteger(), e.total.visits);

    QCOMPARE(column(QStringLiteral("pages"), QStringLiteral("pageviews")), e.pageviews);
    QCOMPARE(column(QStringLiteral("sources"), QStringLiteral("visits")), e.visitsBySource);
    QCOMPARE(column(QStringLiteral("breakdown?by=utm_campaign"), QStringLiteral("visits"))
                 .value(QStringLiteral("spring")),
             e.visitsSpring);
    QCOMPARE(column(QStringLiteral("countries"), QStringLiteral("visitors")), e.visitorsByCountry);
    QCOMPARE(column(QStringLiteral("devices"), QStringLiteral("visitors")), e.visitorsByDevice);
    QCOMPARE(column(QStringLiteral("breakdown?by=browser"), QStringLiteral("visitors")),
             e.visitorsByBrowser);
    QCOMPARE(column(QStringLiteral("breakdown?by=os"), QStringLiteral("visitors")), e.visitorsByOs);
    QCOMPARE(column(QStringLiteral("breakdown?by=event_name"), QStringLiteral("events")), e.events);
    QCOMPARE(column(QStringLiteral("breakdown?by=prop:method"), QStringLiteral("events")),
             e.methods);
    QCOMPARE(column(QStringLiteral("breakdown?by=prop:plan"), QStringLiteral("events")), e.plans);
    QCOMPARE(ok(QStringLiteral("/api/events/example.com/overview?filter=country==DE&") + Range)
                 .value(QStringLiteral("visitors"))
                 .toInteger(),
             e.visitorsDE);

    // Umami's session ids were hashed with the run's keys, never written.
    const QByteArray bytes = directoryBytes(api.fixture.dataDir());
    for (const QString &id : e.sessionIds)
        QVERIFY2(!bytes.contains(id.toUtf8()), qPrintable(id));
    QVERIFY(!bytes.contains(ReaderPassword));

    // The next schema's import starts from nothing.
    const CliRun undo
        = undoImport(&api.fixture.clock, latestImport(&api.fixture.clock, api.fixture.dataDir()),
                     api.fixture.dataDir());
    QVERIFY2(undo.code == 0, qPrintable(undo.out + undo.err));
    QCOMPARE(events(), 0);
}

void tst_UmamiImport::sameDatabaseAgainReplaces()
{
    const QString url = pg.url(QStringLiteral("umami_import"), QStringLiteral("umami3"));
    const CliRun first = import(url);
    QVERIFY2(first.code == 0, qPrintable(first.out + first.err));
    const qint64 before = events();
    QVERIFY(before > 0);
    const CliRun again = import(url);
    QVERIFY2(again.code == 0, qPrintable(again.out + again.err));
    QVERIFY2(again.out.contains(QStringLiteral("Replaced import")), qPrintable(again.out));
    QCOMPARE(events(), before);
    QCOMPARE(ok(QStringLiteral("/api/events/example.com/overview?") + Range)
                 .value(QStringLiteral("pageviews"))
                 .toInteger(),
             m_v3.total.pageviews);
    // What `import list` keeps of the source: the connection without a password.
    const QJsonObject latest = latestImport(&api.fixture.clock, api.fixture.dataDir());
    QCOMPARE(latest.value(QStringLiteral("source")).toString(), QStringLiteral("umami"));
    const QString files = latest.value(QStringLiteral("files")).toArray().at(0).toString();
    QVERIFY2(files.startsWith(url + QStringLiteral(" website ")), qPrintable(files));
}

void tst_UmamiImport::undoRemovesIt()
{
    const QJsonObject latest = latestImport(&api.fixture.clock, api.fixture.dataDir());
    QCOMPARE(latest.value(QStringLiteral("status")).toString(), QStringLiteral("done"));
    const CliRun undo = undoImport(&api.fixture.clock, latest, api.fixture.dataDir());
    QVERIFY2(undo.code == 0, qPrintable(undo.out + undo.err));
    QCOMPARE(events(), 0);
    QCOMPARE(ok(QStringLiteral("/api/events/example.com/overview?") + Range)
                 .value(QStringLiteral("pageviews"))
                 .toInteger(),
             0);
}

void tst_UmamiImport::errorsAreClear_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QStringList>("more");
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<QStringList>("said");
    const QString user = QStringLiteral("umami_import");
    QTest::newRow("wrong password")
        << pg.url(user, QStringLiteral("umami3")) << QStringList() << QByteArray("guess")
        << QStringList {QStringLiteral("cannot connect to"),
                        QStringLiteral("password authentication failed")};
    QTest::newRow("no password") << pg.url(user, QStringLiteral("umami3")) << QStringList()
                                 << QByteArray()
                                 << QStringList {QStringLiteral("no password supplied"),
                                                 QStringLiteral("PGPASSWORD")};
    QString withPassword = pg.url(user, QStringLiteral("umami3"));
    withPassword.replace(user + u'@', user + QStringLiteral(":s3cret@"));
    QTest::newRow("password in the URL")
        << withPassword << QStringList() << ReaderPassword
        << QStringList {QStringLiteral("holds a password"), QStringLiteral("PGPASSWORD")};
    QTest::newRow("unreachable") << QStringLiteral("postgres://umami_import@127.0.0.1:%1/umami3")
                                        .arg(PostgresServer::freePort())
                                 << QStringList() << ReaderPassword
                                 << QStringList {QStringLiteral(
                                        "cannot connect to postgres://umami_import@127.0.0.1")};
    QTest::newRow("not Umami") << pg.url(user, QStringLiteral("blog")) << QStringList()
                               << ReaderPassword
                               << QStringList {QStringLiteral("not an Umami database")};
    QTest::newRow("missing columns")
        << pg.url(user, QStringLiteral("partial")) << QStringList() << ReaderPassword
        << QStringList {QStringLiteral("tables event_data"),
                        QStringLiteral("columns website_event.url_query")};
    QTest::newRow("unknown website")
        << pg.url(user, QStringLiteral("umami3"))
        << QStringList {QStringLiteral("--website"),
                        QStringLiteral("00000000-0000-4000-8000-000000000000")}
        << ReaderPassword
        << QStringList {QStringLiteral("no website 00000000-0000-4000-8000-000000000000"),
                        QStringLiteral("(other.example.org)"), QStringLiteral("(example.com)")};
}

void tst_UmamiImport::errorsAreClear()
{
    QFETCH(QString, url);
    QFETCH(QStringList, more);
    QFETCH(QByteArray, password);
    QFETCH(QStringList, said);
    if (password.isEmpty())
        qunsetenv("PGPASSWORD");
    else
        qputenv("PGPASSWORD", password);
    const qint64 before = events();
    const QJsonObject latestBefore = latestImport(&api.fixture.clock, api.fixture.dataDir());
    const CliRun run = import(url, more);
    qputenv("PGPASSWORD", ReaderPassword);
    QCOMPARE(run.code, 1);
    for (const QString &s : said)
        QVERIFY2(run.err.contains(s), qPrintable(run.err));
    // Never a password in what it says.
    QVERIFY2(!run.err.contains(QStringLiteral("s3cret"))
                 && !run.err.contains(QString::fromLatin1(ReaderPassword)),
             qPrintable(run.err));
    QCOMPARE(events(), before);
    QCOMPARE(latestImport(&api.fixture.clock, api.fixture.dataDir()), latestBefore);
}

QTEST_GUILESS_MAIN(tst_UmamiImport)
#include "tst_umamiimport.moc"
