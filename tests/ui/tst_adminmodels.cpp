// The settings page's sites and API keys models, under QAbstractItemModelTester.

#include "ui/models/adminmodels.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QTest>

using namespace raycstr;
using namespace raycstr::ui;

class TestAdminModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sites()
    {
        SitesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setSites({{1, QStringLiteral("a.test"), QStringLiteral("UTC")},
                        {2, QStringLiteral("b.test"), QStringLiteral("Europe/Berlin")}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("b.test"));
        QCOMPARE(model.index(1, 1).data().toString(), QStringLiteral("Europe/Berlin"));
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Time zone"));
        QCOMPARE(model.domainAt(0), QStringLiteral("a.test"));
        QVERIFY(model.domainAt(5).isEmpty());
        QVERIFY(model.domainAt(-1).isEmpty());
        model.setSites({});
        QCOMPARE(model.rowCount(), 0);
    }

    void apiKeys()
    {
        ApiKeysModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        ApiKeyRow a;
        a.id = 7;
        a.label = QStringLiteral("CI");
        a.site = QStringLiteral("a.test");
        a.admin = true;
        a.createdAt = 1700000000;
        ApiKeyRow b;
        b.id = 9;
        model.setKeys({a, b});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 5);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("CI"));
        QCOMPARE(model.index(0, 2).data().toString(), QStringLiteral("admin"));
        QCOMPARE(model.index(0, 4).data().toString(), QStringLiteral("never")); // never used
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("(no label)"));
        QCOMPARE(model.index(1, 1).data().toString(), QStringLiteral("all sites"));
        QCOMPARE(model.index(1, 2).data().toString(), QStringLiteral("read"));
        QCOMPARE(model.index(1, 3).data(Qt::UserRole).toLongLong(), 9);
        QCOMPARE(model.idAt(0), 7);
        QCOMPARE(model.idAt(2), 0);
        QVERIFY(!model.index(0, 3).data().toString().isEmpty());
    }
};

QTEST_MAIN(TestAdminModels)
#include "tst_adminmodels.moc"
