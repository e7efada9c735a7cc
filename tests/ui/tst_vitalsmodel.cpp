#include "ui/text/format.h"
#include "ui/models/vitalsmodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QTest>

using namespace raycstr;
using namespace raycstr::ui;

class TestVitalsModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ratesByTheUsualThresholds_data()
    {
        QTest::addColumn<QString>("metric");
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("rating");
        const int good = int(VitalRating::Good), ni = int(VitalRating::NeedsImprovement),
                  poor = int(VitalRating::Poor);
        QTest::newRow("LCP 2.5 s good") << "LCP" << 2500.0 << good;
        QTest::newRow("LCP 2.6 s ni") << "LCP" << 2600.0 << ni;
        QTest::newRow("LCP 4.1 s poor") << "LCP" << 4100.0 << poor;
        QTest::newRow("INP 200 good") << "INP" << 200.0 << good;
        QTest::newRow("INP 499 ni") << "INP" << 499.0 << ni;
        QTest::newRow("INP 501 poor") << "INP" << 501.0 << poor;
        QTest::newRow("CLS 0.1 good") << "CLS" << 0.1 << good;
        QTest::newRow("CLS 0.2 ni") << "CLS" << 0.2 << ni;
        QTest::newRow("CLS 0.3 poor") << "CLS" << 0.3 << poor;
        QTest::newRow("FCP 1.8 s good") << "FCP" << 1800.0 << good;
        QTest::newRow("FCP 3.1 s poor") << "FCP" << 3100.0 << poor;
        QTest::newRow("TTFB 0.8 s good") << "TTFB" << 800.0 << good;
        QTest::newRow("TTFB 1.0 s ni") << "TTFB" << 1000.0 << ni;
        QTest::newRow("TTFB 1.9 s poor") << "TTFB" << 1900.0 << poor;
    }
    void ratesByTheUsualThresholds()
    {
        QFETCH(QString, metric);
        QFETCH(double, value);
        QFETCH(int, rating);
        QCOMPARE(int(rateVital(metric, value)), rating);
    }

    void showsP75AndP95PerRouteColouredByRating()
    {
        VitalsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        query::VitalsResult r;
        r.site.stats
            = {{QStringLiteral("LCP"), 10, 2100, 3900}, {QStringLiteral("CLS"), 4, 0.3, 0.5}};
        query::VitalsRow blog;
        blog.route = QStringLiteral("/blog");
        blog.stats = {{QStringLiteral("LCP"), 3, 4500, 6000}};
        query::VitalsRow silent;
        silent.route = QStringLiteral("/silent"); // no samples: not shown
        r.routes = {blog, silent};
        model.setResult(r);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 1 + int(query::vitalMetrics().size()));
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("All pages"));
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("/blog"));
        const int lcp = 1 + int(query::vitalMetrics().indexOf(QStringLiteral("LCP")));
        const int cls = 1 + int(query::vitalMetrics().indexOf(QStringLiteral("CLS")));
        const int inp = 1 + int(query::vitalMetrics().indexOf(QStringLiteral("INP")));
        QCOMPARE(model.index(0, lcp).data(VitalsModel::P75Role).toDouble(), 2100.0);
        QCOMPARE(model.index(0, lcp).data(VitalsModel::P95Role).toDouble(), 3900.0);
        QVERIFY(model.index(0, lcp).data().toString().contains(QStringLiteral("2.10 s")));
        QVERIFY(model.index(0, lcp).data().toString().contains(QStringLiteral("3.90 s")));
        QCOMPARE(model.index(0, lcp).data(VitalsModel::RatingRole).toInt(), int(VitalRating::Good));
        QCOMPARE(model.index(1, lcp).data(VitalsModel::RatingRole).toInt(), int(VitalRating::Poor));
        QCOMPARE(model.index(0, cls).data(VitalsModel::RatingRole).toInt(), int(VitalRating::Poor));
        QCOMPARE(model.index(0, lcp).data(Qt::ForegroundRole).value<QColor>(),
                 theme::positive(QApplication::palette()));
        QCOMPARE(model.index(1, lcp).data(Qt::ForegroundRole).value<QColor>(),
                 theme::negative(QApplication::palette()));
        QVERIFY(!model.index(0, inp).data(VitalsModel::RatingRole).isValid()); // no samples
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestVitalsModel)
#include "tst_vitalsmodel.moc"
