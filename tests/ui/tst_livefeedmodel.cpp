#include "ui/models/livefeedmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace raycstr;
using namespace raycstr::ui;

namespace {
LiveEvent liveEvent(qint64 ts, const QString &path, EventKind kind = EventKind::Pageview)
{
    LiveEvent e;
    e.ts = ts;
    e.path = path;
    e.kind = kind;
    e.name = kind == EventKind::Custom ? QStringLiteral("signup") : QString();
    e.country = QStringLiteral("DE");
    e.browser = QStringLiteral("Firefox");
    return e;
}
} // namespace

class TestLiveFeedModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void newestFirstAndCapped()
    {
        LiveFeedModel model(3);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addEvents(
            {liveEvent(100, QStringLiteral("/a")), liveEvent(101, QStringLiteral("/b"))});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, LiveFeedModel::WhatColumn).data().toString(), QStringLiteral("/b"));
        model.addEvents({liveEvent(102, QStringLiteral("/c")),
                         liveEvent(103, QStringLiteral("/d"), EventKind::Custom)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, LiveFeedModel::WhatColumn).data().toString(),
                 QStringLiteral("signup on /d"));
        QCOMPARE(model.index(2, LiveFeedModel::WhatColumn).data().toString(), QStringLiteral("/b"));
        // More at once than the capacity: only the newest are kept.
        QList<LiveEvent> many;
        for (int i = 0; i < 10; ++i)
            many.append(liveEvent(200 + i, QStringLiteral("/p%1").arg(i)));
        model.addEvents(many);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, LiveFeedModel::WhatColumn).data().toString(),
                 QStringLiteral("/p9"));
        QCOMPARE(model.index(2, LiveFeedModel::WhatColumn).data().toString(),
                 QStringLiteral("/p7"));
        // The country's name, as the dashboard's country table shows it; the tooltip has
        // the whole name (the column may elide it) and the code.
        QCOMPARE(model.index(0, LiveFeedModel::CountryColumn).data().toString(),
                 QStringLiteral("Germany"));
        QCOMPARE(model.index(0, LiveFeedModel::CountryColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Germany (DE)"));
        QCOMPARE(model.index(0, LiveFeedModel::SourceColumn).data().toString(),
                 QStringLiteral("Direct / None"));
        QCOMPARE(model.headerData(LiveFeedModel::BrowserColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Browser"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestLiveFeedModel)
#include "tst_livefeedmodel.moc"
