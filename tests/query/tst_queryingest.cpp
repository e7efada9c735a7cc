// The query engine over hits that went the whole way through ingest: the bot filter, the
// User-Agent parser, the referrer parser and the visitor hash. tst_queryengine checks the
// arithmetic against a reference; this checks that what the pipeline stores is what the
// reports count (bots never, one visitor per person, browsers and sources by name).

#include "common/enginefixture.h"
#include "query/queryengine.h"

#include <QTest>

using namespace raycstr;
using namespace raycstr::testing;
using namespace raycstr::query;

class tst_QueryIngest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reportsCountPeopleNotBots()
    {
        EngineFixture f;
        QVERIFY(f.start());
        const QByteArray firefox
            = "Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0";
        const QByteArray googlebot
            = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";
        auto hit = [&](const QString &path, const QString &ip, const QByteArray &ua,
                       const QString &referrer = {}) {
            Hit h = f.pageview(QStringLiteral("https://example.com") + path, ip, ua);
            h.referrer = referrer;
            return h;
        };
        QList<Hit> hits {
            hit(QStringLiteral("/"), QStringLiteral("203.0.113.1"), ChromeUA,
                QStringLiteral("https://www.google.com/")),
            hit(QStringLiteral("/pricing"), QStringLiteral("203.0.113.1"), ChromeUA),
            hit(QStringLiteral("/"), QStringLiteral("203.0.113.2"), firefox,
                QStringLiteral("https://news.ycombinator.com/item?id=1")),
            hit(QStringLiteral("/"), QStringLiteral("2001:db8::7"), firefox),
            // Bots: dropped before the store, so no report may see them.
            hit(QStringLiteral("/"), QStringLiteral("66.249.66.1"), googlebot),
            hit(QStringLiteral("/pricing"), QStringLiteral("66.249.66.1"), googlebot),
            hit(QStringLiteral("/"), QStringLiteral("203.0.113.9"), "curl/8.1.2"),
        };
        QCOMPARE(f.engine->submit(std::move(hits)), SubmitResult::Queued);
        QVERIFY(f.engine->flush());
        QCOMPARE(f.engine->counters().droppedFor(DropReason::Bot), 3);

        QueryEngine engine(f.dir.path(), &f.clock);
        QString error;
        QueryError why;
        QVERIFY2(engine.open(&error), qPrintable(error));
        for (auto kind : {Period::Kind::Today, Period::Kind::Last24h, Period::Kind::Last7d}) {
            Query q;
            q.siteId = f.siteId;
            q.period.kind = kind;
            const auto a = engine.aggregate(q, &why);
            QVERIFY2(a, qPrintable(why.message));
            QCOMPARE(a->current.visitors, 3);
            QCOMPARE(a->current.visits, 3);
            QCOMPARE(a->current.pageviews, 4);
            QCOMPARE(a->current.bounces, 2);

            const auto browsers = engine.breakdown(q, Field {Dimension::Browser, {}}, 10, 0, &why);
            QVERIFY2(browsers, qPrintable(why.message));
            QCOMPARE(browsers->rows.size(), 2);
            QCOMPARE(browsers->rows.at(0).value, QStringLiteral("Firefox"));
            QCOMPARE(browsers->rows.at(0).metrics.visitors, 2);
            QCOMPARE(browsers->rows.at(1).value, QStringLiteral("Chrome"));

            const auto sources = engine.breakdown(q, Field {Dimension::Source, {}}, 10, 0, &why);
            QVERIFY2(sources, qPrintable(why.message));
            QStringList names;
            for (const BreakdownRow &r : sources->rows)
                names << r.value;
            // Google's visit has two pageviews; the other two tie and sort by name.
            QCOMPARE(
                names,
                QStringList({QStringLiteral("Google"), QString(), QStringLiteral("Hacker News")}));

            q.filters = {
                Filter {Field {Dimension::Page, {}}, Filter::Op::Is, {QStringLiteral("/pricing")}}};
            const auto pricing = engine.aggregate(q, &why);
            QVERIFY2(pricing, qPrintable(why.message));
            QCOMPARE(pricing->current.visitors, 1);
            QCOMPARE(pricing->current.pageviews, 1);
        }
        const auto now = engine.currentVisitors(f.siteId, 300, &why);
        QVERIFY2(now, qPrintable(why.message));
        QCOMPARE(*now, 3);
    }
};

QTEST_GUILESS_MAIN(tst_QueryIngest)
#include "tst_queryingest.moc"
