// What a report says, against traffic whose numbers are known (the reference below), and
// how it reads: the periods (last complete week / month), every number of the report,
// the change against the period before, the text and HTML parts, and a translation.
//
// Traffic (UTC site): the week of Mon 2023-11-06: one visitor, one pageview. The week of
// Mon 2023-11-13, all on Tue 14th: A lands on / from Google and views /pricing; B lands on
// / and leaves (a bounce); C lands on /blog from Hacker News and signs up (goal "Signup").
// So that week: 3 visitors, 3 visits, 4 pageviews, 1 bounce, top page / (2 visitors).

#include "common/enginefixture.h"
#include "report/report.h"
#include "report/reportrenderer.h"
#include "store/goalrepository.h"

#include <QTest>

using namespace raycstr;
using namespace raycstr::testing;
using report::Cadence;
using report::ReportPeriod;

class tst_Report : public QObject
{
    Q_OBJECT

    EngineFixture f;
    std::unique_ptr<query::QueryEngine> engine;

    void submit(const QDateTime &when, Hit h)
    {
        f.clock.setNowMs(when.toMSecsSinceEpoch());
        h.timestampMs = f.clock.nowMs();
        QVERIFY(f.engine->submit({h}) == SubmitResult::Queued);
        QVERIFY(f.engine->flush());
    }

    static QDateTime at(int day, int hour, int minute)
    {
        return QDateTime(QDate(2023, 11, day), QTime(hour, minute), QTimeZone::utc());
    }

    report::Report build(Cadence cadence, QDate today)
    {
        query::QueryError error;
        const auto site = engine->site(QStringLiteral("example.com"));
        [&] { QVERIFY(site); }();
        const auto r = report::buildReport(*engine, *site, ReportPeriod::lastComplete(cadence, today),
                                           &error);
        [&] { QVERIFY2(r, qPrintable(error.message)); }();
        return r ? *r : report::Report {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(f.start());
        {
            SqliteDb db;
            QString error;
            QVERIFY(Database::open(&db, f.dir.path(), &error));
            QVERIFY(GoalRepository(&db).addGoal(f.siteId, QStringLiteral("Signup"),
                                                {Matcher::Kind::Event, QStringLiteral("signup")},
                                                0, &error));
        }
        submit(at(8, 9, 0), f.pageview(QStringLiteral("https://example.com/"),
                                       QStringLiteral("203.0.113.9")));
        Hit a = f.pageview(QStringLiteral("https://example.com/"), QStringLiteral("203.0.113.1"));
        a.referrer = QStringLiteral("https://www.google.com/");
        submit(at(14, 10, 0), a);
        submit(at(14, 10, 2), f.pageview(QStringLiteral("https://example.com/pricing"),
                                         QStringLiteral("203.0.113.1")));
        submit(at(14, 10, 5), f.pageview(QStringLiteral("https://example.com/"),
                                         QStringLiteral("203.0.113.2")));
        Hit c = f.pageview(QStringLiteral("https://example.com/blog"), QStringLiteral("203.0.113.3"));
        c.referrer = QStringLiteral("https://news.ycombinator.com/");
        submit(at(14, 10, 10), c);
        Hit signup = f.pageview(QStringLiteral("https://example.com/blog"),
                                QStringLiteral("203.0.113.3"));
        signup.kind = EventKind::Custom;
        signup.name = QStringLiteral("signup");
        submit(at(14, 10, 11), signup);
        f.clock.setNowMs(at(20, 8, 0).toMSecsSinceEpoch()); // Monday, report time
        engine = std::make_unique<query::QueryEngine>(Database::pathIn(f.dir.path()), &f.clock);
        QString error;
        QVERIFY2(engine->open(&error), qPrintable(error));
    }

    void periods()
    {
        const ReportPeriod w = ReportPeriod::lastComplete(Cadence::Week, QDate(2023, 11, 20));
        QCOMPARE(w.from, QDate(2023, 11, 13));
        QCOMPARE(w.to, QDate(2023, 11, 19));
        QCOMPARE(w.previousFrom, QDate(2023, 11, 6));
        QCOMPARE(w.previousTo, QDate(2023, 11, 12));
        // Any day of a week gives that week's previous one (a report sent late still
        // covers a whole week).
        QCOMPARE(ReportPeriod::lastComplete(Cadence::Week, QDate(2023, 11, 26)).from,
                 QDate(2023, 11, 13));
        const ReportPeriod m = ReportPeriod::lastComplete(Cadence::Month, QDate(2024, 3, 1));
        QCOMPARE(m.from, QDate(2024, 2, 1));
        QCOMPARE(m.to, QDate(2024, 2, 29)); // a leap year's February
        QCOMPARE(m.previousFrom, QDate(2024, 1, 1));
        QCOMPARE(m.previousTo, QDate(2024, 1, 31));
    }

    void numbersOfTheWeek()
    {
        const report::Report r = build(Cadence::Week, QDate(2023, 11, 20));
        QCOMPARE(r.current.visitors, 3);
        QCOMPARE(r.current.visits, 3);
        QCOMPARE(r.current.pageviews, 4);
        QCOMPARE(r.current.bounces, 1);
        QCOMPARE(r.current.events, 1);
        QCOMPARE(r.previous.visitors, 1);
        QCOMPARE(r.previous.pageviews, 1);
        QCOMPARE(r.visitorsPerDay, (QList<qint64> {0, 3, 0, 0, 0, 0, 0}));
        QCOMPARE(r.pages.size(), 3);
        QCOMPARE(r.pages.first().value, QStringLiteral("/"));
        QCOMPARE(r.pages.first().metrics.visitors, 2);
        QStringList sources;
        for (const auto &row : r.sources)
            sources.append(row.value);
        sources.sort();
        QCOMPARE(sources, (QStringList {QString(), QStringLiteral("Google"),
                                        QStringLiteral("Hacker News")}));
        QCOMPARE(r.goals.size(), 1);
        QCOMPARE(r.goals.first().goal.name, QStringLiteral("Signup"));
        QCOMPARE(r.goals.first().uniques, 1);
    }

    void readsInEnglish()
    {
        const report::Report r = build(Cadence::Week, QDate(2023, 11, 20));
        const report::ReportRenderer en {QString()};
        const QString text = en.text(r);
        QVERIFY2(text.contains(QLatin1String("Unique visitors: 3 (+200 % vs. the week before)")),
                 qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Pageviews: 4 (+300 %")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Bounce rate: 33 %")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("Direct / none")));
        QVERIFY(text.contains(QLatin1String("Signup")));
        QVERIFY(text.contains(en.unsubscribe(r)));
        QVERIFY(en.subject(r).startsWith(QStringLiteral("example.com · weekly report · ")));
        const QString html = en.html(r);
        QVERIFY(html.contains(QLatin1String(">3</div>")));
        QVERIFY(html.contains(QLatin1String("Hacker News")));
        QVERIFY(!html.contains(QLatin1String("<script")));
        QVERIFY(!html.contains(QLatin1String("<img")));
    }

    void readsInGerman()
    {
        const report::Report r = build(Cadence::Week, QDate(2023, 11, 20));
        const report::ReportRenderer de(QStringLiteral("de"));
        const QString text = de.text(r);
        QVERIFY2(text.contains(QLatin1String("Besucher")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("Unique visitors")), qPrintable(text));
        QVERIFY2(de.subject(r).contains(QLatin1String("Wochenbericht")), qPrintable(de.subject(r)));
        QVERIFY2(de.subject(r).contains(QLatin1String("13.11.23")), qPrintable(de.subject(r)));
    }

    void htmlEscapesWhatItShows()
    {
        report::Report r = build(Cadence::Week, QDate(2023, 11, 20));
        r.pages.first().value = QStringLiteral("/<script>alert(1)</script>");
        const QString html = report::ReportRenderer(QString()).html(r);
        QVERIFY(!html.contains(QLatin1String("<script>")));
        QVERIFY(html.contains(QLatin1String("&lt;script&gt;")));
    }
};

QTEST_GUILESS_MAIN(tst_Report)
#include "tst_report.moc"
