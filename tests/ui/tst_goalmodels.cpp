// The goals card's and the funnel editor's models, checked by QAbstractItemModelTester
// while they change: results, edits, insertions, removals, moves and drops.

#include "ui/models/funnelstepsmodel.h"
#include "ui/models/goalsmodel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using namespace raycstr;
using namespace raycstr::ui;

namespace {
FunnelStep page(const QString &path, const QString &name = {})
{
    return {name, {Matcher::Kind::Page, path}};
}
FunnelStep eventStep(const QString &n)
{
    return {QString(), {Matcher::Kind::Event, n}};
}
QStringList matches(const FunnelStepsModel &m)
{
    QStringList out;
    for (const FunnelStep &s : m.steps())
        out.append(s.match.describe());
    return out;
}
} // namespace

class TestGoalModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void goalsModelShowsConversions()
    {
        GoalsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        query::GoalsResult r;
        r.visitors = 4;
        query::GoalRow signup;
        signup.goal = {1, 1, QStringLiteral("Signup"), {Matcher::Kind::Event, "Signup"}, 0};
        signup.uniques = 1;
        signup.total = 3;
        signup.conversionRate = 25;
        signup.revenue.insert(QStringLiteral("EUR"), 12.5);
        query::GoalRow pricing;
        pricing.goal = {2, 1, QStringLiteral("Pricing"), {Matcher::Kind::Page, "/pricing"}, 0};
        pricing.uniques = 2;
        pricing.total = 2;
        pricing.conversionRate = 50;
        r.rows = {signup, pricing};
        model.setResult(r);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(GoalsModel::ColumnCount));
        QCOMPARE(model.index(0, GoalsModel::NameColumn).data().toString(),
                 QStringLiteral("Signup"));
        QCOMPARE(model.index(0, GoalsModel::UniquesColumn).data().toString(), QStringLiteral("1"));
        QCOMPARE(model.index(0, GoalsModel::TotalColumn).data().toString(), QStringLiteral("3"));
        QVERIFY(model.index(0, GoalsModel::RateColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("25")));
        QVERIFY(model.index(0, GoalsModel::RevenueColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("12")));
        QCOMPARE(model.index(1, GoalsModel::RevenueColumn).data().toString(), QString());
        // Average revenue per conversion, as Plausible's goals table: 12.50 over 3.
        QCOMPARE(model.index(0, GoalsModel::AverageRevenueColumn).data(GoalsModel::SortRole)
                     .toDouble(),
                 12.5 / 3);
        QCOMPARE(model.index(0, GoalsModel::AverageRevenueColumn).data().toString(),
                 GoalsModel::revenueText({{QStringLiteral("EUR"), 12.5 / 3}}));
        QCOMPARE(model.index(1, GoalsModel::AverageRevenueColumn).data().toString(), QString());
        // Bars are relative to the best rate: Pricing full, Signup half.
        QCOMPARE(model.index(1, 0).data(GoalsModel::BarRole).toDouble(), 1.0);
        QCOMPARE(model.index(0, 0).data(GoalsModel::BarRole).toDouble(), 0.5);
        QCOMPARE(model.index(1, GoalsModel::RateColumn).data(GoalsModel::SortRole).toDouble(),
                 50.0);
        QCOMPARE(model.goalNameAt(1), QStringLiteral("Pricing"));
        QCOMPARE(model.goalIdAt(1), 2);
        QCOMPARE(model.goalNameAt(7), QString());
        QVERIFY(model.index(1, 0).data(Qt::ToolTipRole).toString().contains("page:/pricing"));
        QCOMPARE(model.headerData(GoalsModel::RateColumn, Qt::Horizontal).toString(),
                 QStringLiteral("CR"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void stepsAreEditable()
    {
        FunnelStepsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &FunnelStepsModel::stepsChanged);
        model.setSteps({page("/"), page("/pricing", "pricing page")});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, FunnelStepsModel::NameColumn).data().toString(),
                 QStringLiteral("pricing page"));
        QCOMPARE(model.index(0, FunnelStepsModel::KindColumn).data(Qt::EditRole).toString(),
                 QStringLiteral("page"));
        QCOMPARE(model.headerData(0, Qt::Vertical).toInt(), 1);
        QVERIFY(model.flags(model.index(0, 1)) & Qt::ItemIsEditable);
        QVERIFY(model.flags(model.index(0, 1)) & Qt::ItemIsDragEnabled);
        QVERIFY(model.flags({}) & Qt::ItemIsDropEnabled);

        // Edit in place: a page step becomes an event step.
        QVERIFY(model.setData(model.index(1, FunnelStepsModel::KindColumn), "event"));
        QVERIFY(model.setData(model.index(1, FunnelStepsModel::MatchColumn), "  Signup "));
        QVERIFY(!model.setData(model.index(1, FunnelStepsModel::KindColumn), "banana"));
        QCOMPARE(model.step(1).match, (Matcher {Matcher::Kind::Event, "Signup"}));
        QVERIFY(changed.count() >= 3);

        // An invalid step says why.
        QVERIFY(model.setData(model.index(0, FunnelStepsModel::KindColumn), "page"));
        QVERIFY(model.setData(model.index(0, FunnelStepsModel::MatchColumn), "no-slash"));
        QVERIFY(!model.index(0, 0).data(FunnelStepsModel::ErrorRole).toString().isEmpty());
        QVERIFY(model.setData(model.index(0, FunnelStepsModel::MatchColumn), "/"));
        QCOMPARE(model.index(0, 0).data(FunnelStepsModel::ErrorRole).toString(), QString());

        QVERIFY(model.insertRows(1, 1));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.step(1).match.value, QString());
        QVERIFY(model.removeRows(1, 1));
        QVERIFY(!model.removeRows(5, 1));
        QCOMPARE(matches(model), (QStringList {"page:/", "event:Signup"}));
        QCOMPARE(model.addStep(page("/docs/**"), 1), 1);
        QCOMPARE(matches(model), (QStringList {"page:/", "page:/docs/**", "event:Signup"}));
    }

    void stepsReorderByMoveAndDrop()
    {
        FunnelStepsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSteps({page("/"), page("/pricing"), eventStep("Signup"), page("/welcome")});
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);

        QVERIFY(model.moveStep(0, 1)); // down
        QCOMPARE(matches(model),
                 (QStringList {"page:/pricing", "page:/", "event:Signup", "page:/welcome"}));
        QVERIFY(model.moveStep(1, -1)); // and back up
        QVERIFY(!model.moveStep(0, -1)); // at the top already
        QVERIFY(!model.moveStep(3, 1));
        QCOMPARE(moved.count(), 2);
        QVERIFY(!model.moveRows({}, 1, 1, {}, 1)); // onto itself
        QVERIFY(!model.moveRows({}, 1, 1, {}, 2));

        // Drag the last step onto the gap before the first (what the view does on a drop).
        std::unique_ptr<QMimeData> mime(model.mimeData({model.index(3, 0), model.index(3, 1)}));
        QVERIFY(mime);
        QVERIFY(mime->hasFormat(QString::fromLatin1(FunnelStepsModel::MimeType)));
        QVERIFY(model.canDropMimeData(mime.get(), Qt::MoveAction, 0, 0, {}));
        QVERIFY(!model.canDropMimeData(mime.get(), Qt::CopyAction, 0, 0, {}));
        // false on purpose: the rows are already moved (see dropMimeData).
        QVERIFY(!model.dropMimeData(mime.get(), Qt::MoveAction, 0, 0, {}));
        QCOMPARE(matches(model),
                 (QStringList {"page:/welcome", "page:/", "page:/pricing", "event:Signup"}));
        // Drop the first step onto the third: it lands after it.
        mime.reset(model.mimeData({model.index(0, 0)}));
        model.dropMimeData(mime.get(), Qt::MoveAction, -1, -1, model.index(2, 0));
        QCOMPARE(matches(model),
                 (QStringList {"page:/", "page:/pricing", "page:/welcome", "event:Signup"}));
        // Dropped past the end: last.
        mime.reset(model.mimeData({model.index(0, 0)}));
        model.dropMimeData(mime.get(), Qt::MoveAction, -1, -1, {});
        QCOMPARE(matches(model),
                 (QStringList {"page:/pricing", "page:/welcome", "event:Signup", "page:/"}));
        QCOMPARE(moved.count(), 5);
        // Foreign data is refused.
        QMimeData text;
        text.setText(QStringLiteral("0"));
        QVERIFY(!model.canDropMimeData(&text, Qt::MoveAction, 0, 0, {}));
    }
};

QTEST_MAIN(TestGoalModels)
#include "tst_goalmodels.moc"
