#include "ui/widgets/filterbar.h"

#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace raycstr;
using namespace raycstr::ui;

class TestFilterBar : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void chipsAddReplaceAndRemove()
    {
        QWidget window;
        FilterBar &bar = *new FilterBar(&window);
        window.show();
        QVERIFY(!bar.isVisible()); // nothing to show yet
        QSignalSpy spy(&bar, &FilterBar::filtersChanged);
        bar.addFilter(QStringLiteral("country"), QStringLiteral("DE"));
        bar.addFilter(QStringLiteral("source"), QString());
        QCOMPARE(spy.count(), 2);
        QVERIFY(bar.isVisible());
        QList<QToolButton *> chips = bar.findChildren<QToolButton *>();
        QCOMPARE(chips.size(), 2);
        QVERIFY(chips.at(0)->text().startsWith(QStringLiteral("Country is Germany")));
        QVERIFY(chips.at(1)->text().startsWith(QStringLiteral("Source is Direct / None")));
        // The same field again replaces its filter.
        bar.addFilter(QStringLiteral("country"), QStringLiteral("FR"));
        QCOMPARE(bar.filters().size(), 2);
        QCOMPARE(bar.filters().at(0).values, QStringList {QStringLiteral("FR")});
        // Clicking a chip removes it (and only it); so does keyboard activation.
        chips = bar.findChildren<QToolButton *>();
        QTest::mouseClick(chips.at(0), Qt::LeftButton);
        QCOMPARE(bar.filters().size(), 1);
        QCOMPARE(bar.filters().at(0).field.name(), QStringLiteral("source"));
        chips = bar.findChildren<QToolButton *>();
        QCOMPARE(chips.size(), 1);
        chips.at(0)->setFocus();
        QTest::keyClick(chips.at(0), Qt::Key_Space);
        QVERIFY(bar.filters().isEmpty());
        QVERIFY(!bar.isVisible());
        QCOMPARE(spy.count(), 5);
        QCOMPARE(spy.last().at(0).value<QList<query::Filter>>().size(), 0);
    }

    void describesEveryOperator()
    {
        query::Filter f;
        f.field = *query::Field::parse(QStringLiteral("page"), nullptr);
        f.values = {QStringLiteral("/a"), QStringLiteral("/b")};
        f.op = query::Filter::Op::IsNot;
        QCOMPARE(FilterBar::describe(f), QStringLiteral("Page is not /a or /b"));
        f.op = query::Filter::Op::Matches;
        QCOMPARE(FilterBar::describe(f), QStringLiteral("Page matches /a or /b"));
    }
};

QTEST_MAIN(TestFilterBar)
#include "tst_filterbar.moc"
