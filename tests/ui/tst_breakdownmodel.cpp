#include "ui/models/breakdownmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace raycstr;
using namespace raycstr::ui;

namespace {
query::BreakdownResult result(const QList<QPair<QString, qint64>> &rows)
{
    query::BreakdownResult r;
    for (const auto &row : rows) {
        query::BreakdownRow b;
        b.value = row.first;
        b.metrics.visitors = row.second;
        b.metrics.pageviews = row.second * 2;
        b.metrics.events = row.second * 3;
        r.rows.append(b);
    }
    return r;
}
} // namespace

class TestBreakdownModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void passesTheModelTester()
    {
        BreakdownModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResult(QStringLiteral("page"),
                        result({{QStringLiteral("/"), 8}, {QStringLiteral("/a"), 2}}));
        model.setTotalVisitors(10);
        model.setResult(QStringLiteral("source"), result({}));
        model.setResult(QStringLiteral("event_name"), result({{QStringLiteral("signup"), 1}}));
        model.clear();
    }

    void showsValuesCountsSharesAndBars()
    {
        BreakdownModel model;
        model.setResult(
            QStringLiteral("source"),
            result({{QStringLiteral("Google"), 6}, {QString(), 3}, {QStringLiteral("Bing"), 1}}));
        model.setTotalVisitors(12);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(BreakdownModel::ColumnCount));
        QCOMPARE(model.index(0, BreakdownModel::ValueColumn).data().toString(),
                 QStringLiteral("Google"));
        // Empty source reads as direct traffic, but filters by the stored "".
        QCOMPARE(model.index(1, BreakdownModel::ValueColumn).data().toString(),
                 QStringLiteral("Direct / None"));
        QCOMPARE(model.index(1, 0).data(BreakdownModel::FilterValueRole).toString(), QString());
        QCOMPARE(
            model.index(0, BreakdownModel::CountColumn).data(BreakdownModel::SortRole).toLongLong(),
            12);
        QCOMPARE(model.index(0, BreakdownModel::ShareColumn).data().toString(),
                 QStringLiteral("50%"));
        // Bars are relative to the top row.
        QCOMPARE(model.index(0, 0).data(BreakdownModel::BarRole).toDouble(), 1.0);
        QCOMPARE(model.index(2, 0).data(BreakdownModel::BarRole).toDouble(), 1.0 / 6.0);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Source"));
        QCOMPARE(model.headerData(BreakdownModel::CountColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Pageviews"));
        QCOMPARE(model.valueAt(0), QStringLiteral("Google"));
    }

    void countsEventsForEventNames()
    {
        BreakdownModel model;
        model.setResult(QStringLiteral("event_name"), result({{QStringLiteral("signup"), 2}}));
        QCOMPARE(model.headerData(BreakdownModel::CountColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Events"));
        QCOMPARE(
            model.index(0, BreakdownModel::CountColumn).data(BreakdownModel::SortRole).toLongLong(),
            6);
    }

    void shareFallsBackToTheRowsSum()
    {
        BreakdownModel model;
        model.setResult(QStringLiteral("country"),
                        result({{QStringLiteral("DE"), 3}, {QStringLiteral("FR"), 1}}));
        QCOMPARE(model.index(0, BreakdownModel::ShareColumn).data().toString(),
                 QStringLiteral("75%"));
        // Countries read by name, and filter by their code.
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("France"));
        QCOMPARE(model.index(1, 0).data(BreakdownModel::FilterValueRole).toString(),
                 QStringLiteral("FR"));
    }
};

QTEST_MAIN(TestBreakdownModel)
#include "tst_breakdownmodel.moc"
