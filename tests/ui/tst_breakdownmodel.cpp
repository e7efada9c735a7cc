#include "ui/models/breakdownmodel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
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

    // One rule per column (issue 20): a table shows every count in full with the locale's
    // separators, never "10.1k" over "7,483".
    void countsInAColumnShareOneFormat()
    {
        BreakdownModel model;
        model.setResult(QStringLiteral("page"),
                        result({{QStringLiteral("/"), 10123}, {QStringLiteral("/a"), 7483}}));
        QCOMPARE(model.index(0, BreakdownModel::VisitorsColumn).data().toString(),
                 QStringLiteral("10,123"));
        QCOMPARE(model.index(1, BreakdownModel::VisitorsColumn).data().toString(),
                 QStringLiteral("7,483"));
        QCOMPARE(model.index(0, BreakdownModel::CountColumn).data().toString(),
                 QStringLiteral("20,246"));
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(model.index(0, BreakdownModel::VisitorsColumn).data().toString(),
                 QStringLiteral("10.123"));
        QLocale::setDefault(before);
    }

    // The Details view's pages: appended rows, the total, and sorting by any column.
    void appendsPagesAndSorts()
    {
        BreakdownModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        query::BreakdownResult first
            = result({{QStringLiteral("DE"), 5}, {QStringLiteral("AT"), 3}});
        first.totalRows = 4;
        model.setResult(QStringLiteral("country"), first);
        QCOMPARE(model.totalRows(), qint64(4));
        QCOMPARE(model.rowCount(), 2);
        QPersistentModelIndex germany = model.index(0, 0);
        query::BreakdownResult second
            = result({{QStringLiteral("FR"), 2}, {QStringLiteral("BE"), 1}});
        second.totalRows = 4;
        model.appendResult(second);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.valueAt(3), QStringLiteral("BE"));
        QCOMPARE(model.index(3, 0).data(BreakdownModel::BarRole).toDouble(), 1.0 / 5.0);
        // By name as shown (Austria, Belgium, France, Germany), not by code.
        model.sort(BreakdownModel::ValueColumn, Qt::AscendingOrder);
        QCOMPARE(model.valueAt(0), QStringLiteral("AT"));
        QCOMPARE(model.valueAt(1), QStringLiteral("BE"));
        QCOMPARE(model.valueAt(2), QStringLiteral("FR"));
        QCOMPARE(germany.row(), 3); // selections follow their rows
        model.sort(BreakdownModel::CountColumn, Qt::AscendingOrder);
        QCOMPARE(model.valueAt(0), QStringLiteral("BE"));
        model.sort(BreakdownModel::VisitorsColumn, Qt::DescendingOrder);
        QCOMPARE(model.valueAt(0), QStringLiteral("DE"));
        QCOMPARE(germany.row(), 0);
        model.clear();
        QCOMPARE(model.totalRows(), qint64(0));
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
