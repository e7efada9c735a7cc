// The live view offscreen on an in-process store: an empty feed says what will appear there
// (trap 6 of issue 20) and gives way to the events as they arrive.

#include "common/enginefixture.h"
#include "ui/data/localdatasource.h"
#include "ui/models/livefeedmodel.h"
#include "ui/widgets/liveview.h"

#include <QDateTime>
#include <QLabel>
#include <QTableView>
#include <QTest>

using namespace raycstr;
using namespace raycstr::testing;
using namespace raycstr::ui;

namespace {
// The label shown in place of the empty feed: it speaks of the snippet.
QLabel *shownHint(QWidget *view)
{
    for (QLabel *l : view->findChildren<QLabel *>())
        if (l->isVisible() && l->text().contains(QLatin1String("snippet")))
            return l;
    return nullptr;
}
} // namespace

class TestLiveView : public QObject
{
    Q_OBJECT
private:
    EngineFixture f;
    std::unique_ptr<LocalDataSource> source;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(f.start());
        source = std::make_unique<LocalDataSource>(f.dir.path(), &f.clock, f.engine.get());
    }

    void emptyFeedSaysWhatWillAppear()
    {
        LiveView view(source.get());
        view.resize(1280, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setSite(QStringLiteral("example.com"));
        view.setActive(true);
        QTableView *table = nullptr;
        for (QTableView *t : view.findChildren<QTableView *>())
            if (t->model() == view.feed())
                table = t;
        QVERIFY(table);
        QVERIFY(shownHint(&view));
        QVERIFY(!table->isVisible());

        LiveEvent e;
        e.ts = QDateTime::currentSecsSinceEpoch();
        e.path = QStringLiteral("/pricing");
        Q_EMIT source->liveEventsArrived({e});
        QCOMPARE(view.feed()->rowCount(), 1);
        QVERIFY(!shownHint(&view));
        QVERIFY(table->isVisible());

        // Another site: its feed starts empty, and says so again.
        view.setSite(QStringLiteral("other.example"));
        QVERIFY(shownHint(&view));
    }
};

QTEST_MAIN(TestLiveView)
#include "tst_liveview.moc"
