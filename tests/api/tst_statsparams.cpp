// StatsParams on its own: the query string of /api/stats and /api/events/… parsed without a
// server, so each rule (which route takes which parameter, defaults, bounds, repeats, form
// decoding, custom ranges) is tested where it lives, not only through HTTP answers.

#include "api/statsparams.h"

#include <QTest>

using namespace raycstr;
using P = StatsParams;

namespace {

std::optional<StatsParams> parse(const QString &query, unsigned accept, QString *error)
{
    return StatsParams::parse(StatsParams::formQuery(QUrl(QStringLiteral("/x?") + query)), accept,
                              error);
}

constexpr unsigned Everything = P::AcceptPeriod | P::AcceptFilters | P::AcceptCompare
    | P::AcceptInterval | P::AcceptBy | P::AcceptPaging | P::AcceptSite | P::AcceptFunnel;

} // namespace

class tst_StatsParams : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults()
    {
        QString error;
        const auto p = parse(QString(), Everything, &error);
        QVERIFY2(p, qPrintable(error));
        QCOMPARE(p->period.kind, query::Period::Kind::Last30d);
        QCOMPARE(p->limit, 10);
        QCOMPARE(p->offset, 0);
        QVERIFY(!p->compare);
        QVERIFY(!p->interval);
        QVERIFY(!p->by);
        QVERIFY(p->filters.isEmpty());
    }

    void everyParameter()
    {
        QString error;
        const auto p = parse(QStringLiteral("site=example.com&period=day&date=2023-11-14"
                                            "&compare=1&filter=country==DE&filter=page*=/blog/**"
                                            "&interval=hour&by=prop:plan&limit=25&offset=50"
                                            "&funnel=Signup&auth=secret"),
                             Everything, &error);
        QVERIFY2(p, qPrintable(error));
        QCOMPARE(p->site, QStringLiteral("example.com"));
        QCOMPARE(p->period.kind, query::Period::Kind::Day);
        QCOMPARE(p->period.date, QDate(2023, 11, 14));
        QVERIFY(p->compare);
        QCOMPARE(p->filters.size(), 2);
        QCOMPARE(p->filters.at(1).op, query::Filter::Op::Matches);
        QCOMPARE(p->interval, query::Granularity::Hour);
        QCOMPARE(p->by->prop, QStringLiteral("plan"));
        QCOMPARE(p->limit, 25);
        QCOMPARE(p->offset, 50);
        QCOMPARE(p->funnel, QStringLiteral("Signup"));
    }

    void fromAndToMakeACustomRange()
    {
        QString error;
        const auto p
            = parse(QStringLiteral("from=2023-11-01&to=2023-11-05"), P::AcceptPeriod, &error);
        QVERIFY2(p, qPrintable(error));
        QCOMPARE(p->period.kind, query::Period::Kind::Custom);
        QCOMPARE(p->period.from, QDate(2023, 11, 1));
        QCOMPARE(p->period.to, QDate(2023, 11, 5));
        QVERIFY(!parse(QStringLiteral("period=7d&from=2023-11-01&to=2023-11-05"), P::AcceptPeriod,
                       &error));
        QVERIFY(error.contains(QLatin1String("period=custom")));
    }

    void formDecoding()
    {
        // "+" is a space (Plausible's docs tell clients to send goal names so), "%2B" a plus.
        QString error;
        const auto p = parse(QStringLiteral("filter=event_name==Sign+up&filter=page==/a%2Bb"),
                             P::AcceptFilters, &error);
        QVERIFY2(p, qPrintable(error));
        QCOMPARE(p->filters.at(0).values, QStringList {QStringLiteral("Sign up")});
        QCOMPARE(p->filters.at(1).values, QStringList {QStringLiteral("/a+b")});
    }

    void funnelSteps()
    {
        QString error;
        const auto p
            = parse(QStringLiteral("step=/pricing&step=event:Signup"), P::AcceptFunnel, &error);
        QVERIFY2(p, qPrintable(error));
        QCOMPARE(p->steps.size(), 2);
        QCOMPARE(p->steps.at(0).match.kind, Matcher::Kind::Page);
        QCOMPARE(p->steps.at(1).match.kind, Matcher::Kind::Event);
        QCOMPARE(p->steps.at(1).match.value, QStringLiteral("Signup"));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<uint>("accept");
        QTest::addColumn<QString>("message");
        auto row = [](const char *name, const char *query, unsigned accept, const char *message) {
            QTest::newRow(name) << QString::fromUtf8(query) << uint(accept)
                                << QString::fromUtf8(message);
        };
        row("not taken here", "compare=1", P::AcceptPeriod,
            "unknown parameter \"compare\"; this route takes: period, date, from, to");
        row("no parameters at all", "period=7d", 0, "this route takes no parameters");
        row("typo", "perod=7d", P::AcceptPeriod, "unknown parameter \"perod\"");
        row("twice", "period=7d&period=30d", P::AcceptPeriod, "more than once");
        row("bad compare", "compare=maybe", P::AcceptCompare, "compare must be 1 or 0");
        row("bad interval", "interval=week", P::AcceptInterval, "interval must be hour");
        row("bad by", "by=colour", P::AcceptBy, "by: unknown property");
        row("limit 0", "limit=0", P::AcceptPaging, "from 1 to 1000");
        row("limit too high", "limit=1001", P::AcceptLimit, "from 1 to 1000");
        row("offset negative", "offset=-1", P::AcceptPaging, "offset must be");
        row("offset too high", "offset=1000001", P::AcceptPaging, "offset must be");
        row("bad step", "step=event:", P::AcceptFunnel, "step 1:");
        row("bad period", "period=5y", P::AcceptPeriod, "unknown period \"5y\"");
        row("bad filter", "filter=nonsense", P::AcceptFilters, "has no operator");
    }

    void errors()
    {
        QFETCH(QString, query);
        QFETCH(uint, accept);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!parse(query, accept, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void tooManyFilters()
    {
        QString error;
        QStringList many;
        for (int i = 0; i < 100; ++i)
            many << QStringLiteral("filter=page==/%1").arg(i);
        QVERIFY(!parse(many.join(QLatin1Char('&')), P::AcceptFilters, &error));
        QVERIFY2(error.startsWith(QLatin1String("at most")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(tst_StatsParams)
#include "tst_statsparams.moc"
