// The two textual filter forms (ours: filter=page*=/blog/**; Plausible's:
// filters=event:page==/blog/**;visit:country==DE|FR) down to the query::Filter they make.

#include "api/filtersyntax.h"

#include <QTest>

using namespace raycstr;
using query::Filter;

Q_DECLARE_METATYPE(query::Filter::Op)

class tst_FilterSyntax : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ours_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("field");
        QTest::addColumn<Filter::Op>("op");
        QTest::addColumn<QStringList>("values");
        QTest::newRow("is") << QStringLiteral("page==/pricing") << QStringLiteral("page")
                            << Filter::Op::Is << QStringList {QStringLiteral("/pricing")};
        QTest::newRow("is not") << QStringLiteral("country!=DE") << QStringLiteral("country")
                                << Filter::Op::IsNot << QStringList {QStringLiteral("DE")};
        QTest::newRow("contains") << QStringLiteral("referrer~=news") << QStringLiteral("referrer")
                                  << Filter::Op::Contains << QStringList {QStringLiteral("news")};
        QTest::newRow("not contains")
            << QStringLiteral("browser!~edge") << QStringLiteral("browser")
            << Filter::Op::NotContains << QStringList {QStringLiteral("edge")};
        QTest::newRow("matches") << QStringLiteral("page*=/blog/**") << QStringLiteral("page")
                                 << Filter::Op::Matches << QStringList {QStringLiteral("/blog/**")};
        QTest::newRow("not matches")
            << QStringLiteral("entry_page!*/docs/*") << QStringLiteral("entry_page")
            << Filter::Op::NotMatches << QStringList {QStringLiteral("/docs/*")};
        QTest::newRow("or") << QStringLiteral("country==DE|FR|") << QStringLiteral("country")
                            << Filter::Op::Is
                            << QStringList {QStringLiteral("DE"), QStringLiteral("FR"), QString()};
        QTest::newRow("escaped bar")
            << QStringLiteral("utm_campaign==a\\|b|c\\\\") << QStringLiteral("utm_campaign")
            << Filter::Op::Is << QStringList {QStringLiteral("a|b"), QStringLiteral("c\\")};
        QTest::newRow("empty is none") << QStringLiteral("source==") << QStringLiteral("source")
                                       << Filter::Op::Is << QStringList {QString()};
        QTest::newRow("value with operators")
            << QStringLiteral("page==/a==b!=c") << QStringLiteral("page") << Filter::Op::Is
            << QStringList {QStringLiteral("/a==b!=c")};
        QTest::newRow("property") << QStringLiteral("prop:plan==pro") << QStringLiteral("prop:plan")
                                  << Filter::Op::Is << QStringList {QStringLiteral("pro")};
        QTest::newRow("plausible name")
            << QStringLiteral("visit:source==Google") << QStringLiteral("source") << Filter::Op::Is
            << QStringList {QStringLiteral("Google")};
    }

    void ours()
    {
        QFETCH(QString, expression);
        QFETCH(QString, field);
        QFETCH(Filter::Op, op);
        QFETCH(QStringList, values);
        QString error;
        const auto f = FilterSyntax::parse(expression, &error);
        QVERIFY2(f, qPrintable(error));
        QCOMPARE(f->field.name(), field);
        QCOMPARE(f->op, op);
        QCOMPARE(f->values, values);
    }

    void oursRejects_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("message");
        QTest::newRow("no op") << QStringLiteral("page") << QStringLiteral("has no operator");
        QTest::newRow("single =") << QStringLiteral("page=/") << QStringLiteral("unknown operator");
        QTest::newRow("plausible ~")
            << QStringLiteral("page~x") << QStringLiteral("unknown operator");
        QTest::newRow("no field") << QStringLiteral("==x") << QStringLiteral("names no field");
        QTest::newRow("unknown field")
            << QStringLiteral("colour==red") << QStringLiteral("unknown property");
        QTest::newRow("empty contains") << QStringLiteral("page~=") << QStringLiteral("non-empty");
        QTest::newRow("empty match part")
            << QStringLiteral("page*=/a|") << QStringLiteral("non-empty");
        QTest::newRow("prop without key")
            << QStringLiteral("prop:==x") << QStringLiteral("property name");
        QTest::newRow("too many values")
            << QStringLiteral("page==") + QStringLiteral("x|").repeated(101)
            << QStringLiteral("more than 100 values");
    }

    void oursRejects()
    {
        QFETCH(QString, expression);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!FilterSyntax::parse(expression, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void plausible()
    {
        QString error;
        auto f = FilterSyntax::parsePlausible(
            QStringLiteral("event:page==/blog/**;visit:country==DE|FR;visit:browser!=Chrome;"
                           "visit:source==Direct / None;event:props:plan~pr;visit:os!~win;"
                           "visit:utm_campaign==a\\|b;visit:entry_page!=/docs*;"
                           "visit:utm_source==(none)"),
            &error);
        QVERIFY2(f, qPrintable(error));
        QCOMPARE(f->size(), 9);
        QCOMPARE(f->at(0).field.name(), QStringLiteral("page"));
        QCOMPARE(f->at(0).op, Filter::Op::Matches); // a * makes == a wildcard
        QCOMPARE(f->at(1).op, Filter::Op::Is);
        QCOMPARE(f->at(1).values, QStringList({QStringLiteral("DE"), QStringLiteral("FR")}));
        QCOMPARE(f->at(2).op, Filter::Op::IsNot);
        QCOMPARE(f->at(3).values, QStringList({QString()})); // direct traffic
        QCOMPARE(f->at(4).field.name(), QStringLiteral("prop:plan"));
        QCOMPARE(f->at(4).op, Filter::Op::Contains);
        QCOMPARE(f->at(4).values, QStringList({QStringLiteral("pr")}));
        QCOMPARE(f->at(5).op, Filter::Op::NotContains);
        QCOMPARE(f->at(6).values, QStringList({QStringLiteral("a|b")}));
        QCOMPARE(f->at(7).op, Filter::Op::NotMatches);
        QCOMPARE(f->at(8).values, QStringList({QString()}));

        f = FilterSyntax::parsePlausible(QString(), &error);
        QVERIFY(f && f->isEmpty());
        f = FilterSyntax::parsePlausible(QStringLiteral("event:goal==Signup;"), &error);
        QVERIFY(f);
        QCOMPARE(f->size(), 1);
        QCOMPARE(f->at(0).field.name(), QStringLiteral("event_name"));
    }

    void plausibleRejects_data()
    {
        QTest::addColumn<QString>("filters");
        QTest::addColumn<QString>("message");
        QTest::newRow("no op") << QStringLiteral("event:page") << QStringLiteral("invalid filter");
        QTest::newRow("ours") << QStringLiteral("event:page*=/x")
                              << QStringLiteral("invalid filter");
        QTest::newRow("no prefix")
            << QStringLiteral("page==/") << QStringLiteral("event:page or visit:source");
        QTest::newRow("unknown") << QStringLiteral("visit:colour==red")
                                 << QStringLiteral("unknown property");
        QTest::newRow("json") << QStringLiteral("{\"page\":\"/\"}") << QStringLiteral("JSON");
        QTest::newRow("empty contains")
            << QStringLiteral("event:page~") << QStringLiteral("non-empty");
        QTest::newRow("too many") << QStringLiteral("event:page==/;").repeated(21)
                                  << QStringLiteral("at most 20 filters");
    }

    void plausibleRejects()
    {
        QFETCH(QString, filters);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!FilterSyntax::parsePlausible(filters, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(tst_FilterSyntax)
#include "tst_filtersyntax.moc"
