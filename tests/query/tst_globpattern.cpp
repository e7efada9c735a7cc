// Path wildcards (GlobPattern): what * and ** match, that the work stays within
// (text + 1) × (pattern + 1) steps on patterns a backtracking engine explodes on, and the
// limits that make a question with wildcards refused before it runs.
#include "query/globpattern.h"

#include <QRegularExpression>
#include <QTest>

using raycstr::query::Filter;
using raycstr::query::GlobPattern;

class tst_GlobPattern : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matches_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("expected");
        QTest::newRow("literal") << "/about" << "/about" << true;
        QTest::newRow("literal, longer text") << "/about" << "/about/" << false;
        QTest::newRow("literal, case") << "/About" << "/about" << false;
        QTest::newRow("star within a segment") << "/blog/*" << "/blog/post" << true;
        QTest::newRow("star stops at /") << "/blog/*" << "/blog/a/b" << false;
        QTest::newRow("star matches empty") << "/blog/*" << "/blog/" << true;
        QTest::newRow("double star across") << "/blog/**" << "/blog/a/b" << true;
        QTest::newRow("double star empty") << "/blog/**" << "/blog/" << true;
        QTest::newRow("inner star") << "/a/*/c" << "/a/b/c" << true;
        QTest::newRow("inner star, two segments") << "/a/*/c" << "/a/b/x/c" << false;
        QTest::newRow("inner double star") << "/a/**/c" << "/a/b/x/c" << true;
        QTest::newRow("star then literal") << "*.html" << "index.html" << true;
        QTest::newRow("star then literal, slash") << "*.html" << "a/index.html" << false;
        QTest::newRow("triple star") << "/x/***" << "/x/a/b" << true;
        QTest::newRow("only stars") << "**" << "" << true;
        QTest::newRow("regex characters are literal") << "/a.b(c)+" << "/a.b(c)+" << true;
        QTest::newRow("dot is no wildcard") << "/a.b" << "/axb" << false;
        QTest::newRow("empty pattern, empty text") << "" << "" << true;
        QTest::newRow("empty pattern") << "" << "/" << false;
        QTest::newRow("backtracking needed") << "*a*b" << "xaxxaxb" << true;
        QTest::newRow("prefix and suffix") << "/shop/**/checkout" << "/shop/x/checkout/y"
                                           << false;
        QTest::newRow("space, underscore, punctuation")
            << "/a b_c\\d[e]{2}^$|?" << "/a b_c\\d[e]{2}^$|?" << true;
        QTest::newRow("control character") << "/a\tb*" << "/a\tbc" << true;
        QTest::newRow("non-ASCII") << "/café/*" << "/café/x" << true;
        QTest::newRow("non-ASCII star") << "/*" << "/ü€😀" << true;
        QTest::newRow("newline within a star") << "/*" << "/a\nb" << true;
    }
    void matches()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, text);
        QFETCH(bool, expected);
        QCOMPARE(GlobPattern(pattern).matches(text), expected);
        // The regular expression a store engine runs (ClickHouse's RE2) says the same.
        const QRegularExpression re(GlobPattern(pattern).toRegex());
        QVERIFY2(re.isValid(), qPrintable(re.errorString() + u' ' + re.pattern()));
        QCOMPARE(re.match(text).hasMatch(), expected);
    }

    // Patterns that make a backtracking matcher try every way to place its stars: the work
    // here is bounded by the product of the sizes, counted, not timed.
    void linearOnPathologicalPatterns_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("text");
        const QString as(2000, QLatin1Char('a'));
        QTest::newRow("stars and a's, no final b")
            << QString(QStringLiteral("*a")).repeated(GlobPattern::MaxStars) + QStringLiteral("b")
            << as;
        QTest::newRow("double stars")
            << QString(QStringLiteral("**a")).repeated(GlobPattern::MaxStars / 2)
                   + QStringLiteral("b")
            << as;
        QTest::newRow("segments") << QString(QStringLiteral("*/")).repeated(GlobPattern::MaxStars)
                                         + QStringLiteral("x")
                                  << QString(QStringLiteral("a/")).repeated(1000);
    }
    void linearOnPathologicalPatterns()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, text);
        qint64 steps = 0;
        QVERIFY(!GlobPattern(pattern).matches(text, &steps));
        const qint64 bound = qint64(text.size() + 1) * (pattern.size() + 1);
        QVERIFY2(steps <= bound, qPrintable(QStringLiteral("%1 steps > %2").arg(steps).arg(bound)));
        QVERIFY(steps > 0);
        // Twice the text, about twice the work: linear, not worse.
        qint64 doubled = 0;
        QVERIFY(!GlobPattern(pattern).matches(text + text, &doubled));
        QVERIFY2(doubled <= 2 * steps + 2 * (pattern.size() + 1),
                 qPrintable(QStringLiteral("%1 then %2").arg(steps).arg(doubled)));
    }

    void limits()
    {
        QString error;
        QVERIFY(GlobPattern::check(QString(GlobPattern::MaxLength, QLatin1Char('a')), &error));
        QVERIFY(!GlobPattern::check(QString(GlobPattern::MaxLength + 1, QLatin1Char('a')), &error));
        QVERIFY2(error.contains(QString::number(GlobPattern::MaxLength)), qPrintable(error));
        QVERIFY(GlobPattern::check(QString(GlobPattern::MaxStars, QLatin1Char('*')), &error));
        QVERIFY(!GlobPattern::check(QString(GlobPattern::MaxStars + 1, QLatin1Char('*')), &error));
        QVERIFY2(error.contains(QLatin1String("'*'")), qPrintable(error));

        Filter f;
        f.op = Filter::Op::Matches;
        for (int i = 0; i < GlobPattern::MaxPatterns; ++i)
            f.values.append(QStringLiteral("/p%1/*").arg(i));
        QVERIFY(GlobPattern::checkFilters({f}, &error));
        Filter g = f;
        g.op = Filter::Op::NotMatches;
        g.values = {QStringLiteral("/x/*")};
        QVERIFY(!GlobPattern::checkFilters({f, g}, &error));
        QVERIFY2(error.contains(QString::number(GlobPattern::MaxPatterns)), qPrintable(error));
        // Equality values are not patterns: no star limit applies to them.
        Filter is;
        is.values = {QString(GlobPattern::MaxStars + 1, QLatin1Char('*'))};
        QVERIFY(GlobPattern::checkFilters({is}, &error));
    }
};

QTEST_GUILESS_MAIN(tst_GlobPattern)
#include "tst_globpattern.moc"
