// The funnel editor offscreen on a seeded store: steps added with the add row (completion
// from the site's paths and events), reordered, removed; the chart previews each edit;
// YAML files import (errors name the line) and export; Save stores the funnel.

#include "common/enginefixture.h"
#include "core/funnelyaml.h"
#include "goaltraffic.h"
#include "ui/data/localdatasource.h"
#include "ui/models/funnelstepsmodel.h"
#include "ui/widgets/funnelchart.h"
#include "ui/widgets/funneleditor.h"
#include "ui/widgets/funnelstepdelegate.h"
#include "ui/render/screenrenderer.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStringListModel>
#include <QTableView>
#include <QTest>
#include <cmath>

using namespace raycstr;
using namespace raycstr::testing;
using namespace raycstr::ui;

namespace {
// WCAG 2 contrast ratio of two opaque colours (4.5 is the floor for text).
double contrast(const QColor &a, const QColor &b)
{
    auto lum = [](const QColor &c) {
        auto lin = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF());
    };
    const double la = lum(a), lb = lum(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor over(const QColor &top, const QColor &under)
{
    const double a = top.alphaF();
    return QColor::fromRgbF(float(top.redF() * a + under.redF() * (1 - a)),
                            float(top.greenF() * a + under.greenF() * (1 - a)),
                            float(top.blueF() * a + under.blueF() * (1 - a)));
}
} // namespace

class TestFunnelEditor : public QObject
{
    Q_OBJECT
private:
    EngineFixture f;
    std::unique_ptr<LocalDataSource> source;
    const QString site = QStringLiteral("example.com");

    query::Period day() const
    {
        query::Period p;
        p.kind = query::Period::Kind::Day;
        p.date = UiTrafficDay;
        return p;
    }
    static void addStep(FunnelEditor &e, int kind, const QString &match)
    {
        e.kindBox()->setCurrentIndex(kind);
        e.matchEdit()->clear();
        QTest::keyClicks(e.matchEdit(), match);
        QTest::mouseClick(e.addButton(), Qt::LeftButton);
    }
    static QStringList steps(const FunnelEditor &e)
    {
        QStringList out;
        for (const FunnelStep &s : e.model()->steps())
            out.append(s.match.describe());
        return out;
    }
    QString writeFile(const QString &name, const QByteArray &text)
    {
        const QString path = f.dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
            return {};
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        f.clock.setNowMs(UiTrafficStartMs);
        QVERIFY(f.start());
        seedGoalTraffic(f.engine.get(), &f.clock, f.siteId);
        source = std::make_unique<LocalDataSource>(f.dir.path(), &f.clock, f.engine.get());
    }

    // Trap 6 (issue 20): a site without funnels gets a hint on what a funnel is and how to
    // make one, not a blank list.
    void emptyListSaysHowToStart()
    {
        FunnelEditor e(source.get());
        e.resize(1100, 700);
        e.show();
        QSignalSpy loaded(&e, &FunnelEditor::savedFunnelsLoaded);
        e.setQuery(site, day());
        QTRY_COMPARE(loaded.count(), 1);
        QCOMPARE(e.funnelList()->count(), 0);
        QLabel *hint = nullptr;
        for (QLabel *l : e.findChildren<QLabel *>())
            if (l->isVisible() && l->text().startsWith(QLatin1String("No funnels yet")))
                hint = l;
        QVERIFY(hint);
        QVERIFY(!e.funnelList()->isVisible());
    }

    void buildReorderRemoveAndPreview()
    {
        FunnelEditor e(source.get());
        e.resize(1100, 700);
        e.show();
        e.setQuery(site, day());
        // Completion offers the period's paths and event names.
        QTRY_VERIFY(e.knownPaths()->stringList().contains(QStringLiteral("/pricing")));
        QTRY_COMPARE(e.knownEvents()->stringList(), QStringList {QStringLiteral("Signup")});
        QVERIFY(!e.saveButton()->isEnabled());

        QTest::keyClicks(e.nameEdit(), QStringLiteral("Sign-up flow"));
        addStep(e, 0, QStringLiteral("/"));
        QVERIFY(e.summaryText().contains(QStringLiteral("at least 2")) || e.isPreviewing());
        addStep(e, 0, QStringLiteral("/pricing"));
        e.kindBox()->setCurrentIndex(1); // Enter in the match field adds too
        QTest::keyClicks(e.matchEdit(), QStringLiteral("Signup"));
        QTest::keyClick(e.matchEdit(), Qt::Key_Return);
        QCOMPARE(steps(e), (QStringList {"page:/", "page:/pricing", "event:Signup"}));
        QVERIFY(e.saveButton()->isEnabled());
        QTRY_COMPARE(e.chart()->visitorBars(), (QList<qint64> {3, 2, 1}));
        QCOMPARE(e.chart()->dropOffBars(), (QList<qint64> {0, 1, 1}));
        QCOMPARE(e.chart()->caption(2), QStringLiteral("1 visitor\n50.0% · 1 dropped"));
        QVERIFY(e.chart()->caption(1).contains(QStringLiteral("66.7% · 1 dropped")));
        QVERIFY(e.summaryText().startsWith(QStringLiteral("33.3")));
        QCOMPARE(e.chart()->categories().at(2), QStringLiteral("3. Signup"));

        // An invalid step is refused with the reason; nothing changes.
        e.kindBox()->setCurrentIndex(0);
        QTest::keyClicks(e.matchEdit(), QStringLiteral("pricing"));
        QTest::mouseClick(e.addButton(), Qt::LeftButton);
        QCOMPARE(e.model()->rowCount(), 3);
        QVERIFY(!e.messageText().isEmpty());

        // Keyboard reorder: the event first, then back; the preview follows.
        e.stepsView()->setFocus();
        e.stepsView()->setCurrentIndex(e.model()->index(2, 1));
        QTest::keyClick(e.stepsView(), Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(steps(e), (QStringList {"page:/", "event:Signup", "page:/pricing"}));
        QCOMPARE(e.stepsView()->currentIndex().row(), 1);
        // A saw /pricing before signing up, so nobody reaches /pricing after Signup.
        QTRY_COMPARE(e.chart()->visitorBars(), (QList<qint64> {3, 1, 0}));
        QTest::keyClick(e.stepsView(), Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(steps(e), (QStringList {"page:/", "page:/pricing", "event:Signup"}));
        QTRY_COMPARE(e.chart()->visitorBars(), (QList<qint64> {3, 2, 1}));

        // Remove the middle step: / → Signup.
        e.stepsView()->setCurrentIndex(e.model()->index(1, 1));
        QTest::keyClick(e.stepsView(), Qt::Key_Delete);
        QCOMPARE(steps(e), (QStringList {"page:/", "event:Signup"}));
        QTRY_COMPARE(e.chart()->visitorBars(), (QList<qint64> {3, 1}));

        // Save: it is listed, and a second save replaces it (same id).
        QSignalSpy loaded(&e, &FunnelEditor::savedFunnelsLoaded);
        QTest::mouseClick(e.saveButton(), Qt::LeftButton);
        QTRY_VERIFY(e.funnel().id > 0);
        QTRY_COMPARE(e.funnelList()->count(), 1);
        QCOMPARE(e.funnelList()->item(0)->text(), QStringLiteral("Sign-up flow"));
        const qint64 id = e.funnel().id;
        addStep(e, 0, QStringLiteral("/pricing"));
        QTest::mouseClick(e.saveButton(), Qt::LeftButton);
        QTRY_VERIFY(loaded.count() >= 2 && e.funnelList()->count() == 1);
        QCOMPARE(e.funnel().id, id);
        QCOMPARE(e.messageText(), QStringLiteral("Saved “Sign-up flow”."));

        // New funnel, then picking the saved one from the list loads it.
        e.newFunnel();
        QCOMPARE(e.model()->rowCount(), 0);
        e.funnelList()->setCurrentRow(0);
        QCOMPARE(steps(e), (QStringList {"page:/", "event:Signup", "page:/pricing"}));
        QCOMPARE(e.funnel().id, id);

        // Renamed and saved: one funnel, under the new name.
        e.nameEdit()->setText(QStringLiteral("Sign-up v2"));
        QTest::mouseClick(e.saveButton(), Qt::LeftButton);
        QTRY_VERIFY(e.funnel().id != id);
        QTRY_COMPARE(e.funnelList()->count(), 1);
        QTRY_COMPARE(e.funnelList()->item(0)->text(), QStringLiteral("Sign-up v2"));
    }

    // The kind chip stays readable on the selected row, light and dark (issue 20: it was
    // the accent's blue on the selection's blue).
    void kindChipReadsOnASelectedRow()
    {
        const QPalette before = QApplication::palette();
        for (bool dark : {false, true}) {
            applyPalette(dark);
            const QPalette p = QApplication::palette();
            for (bool event : {false, true}) {
                for (bool selected : {false, true}) {
                    const QColor cell = p.color(selected ? QPalette::Highlight : QPalette::Base);
                    const auto c = FunnelStepDelegate::pillColors(p, event, selected);
                    const double ratio = contrast(c.text, over(c.fill, cell));
                    QVERIFY2(ratio >= 3.0,
                             qPrintable(QStringLiteral("dark %1 event %2 selected %3: %4")
                                            .arg(dark)
                                            .arg(event)
                                            .arg(selected)
                                            .arg(ratio)));
                }
            }
        }
        QApplication::setPalette(before);
    }

    void importAndExportYaml()
    {
        FunnelEditor e(source.get());
        e.setQuery(site, day());
        const QByteArray text = "name: Docs to signup\n"
                                "funnel:\n"
                                "  - step: /\n"
                                "    name: homepage\n"
                                "  - step: /pricing\n"
                                "  - event: Signup\n"
                                "    name: signed up\n";
        QVERIFY(e.importYaml(writeFile(QStringLiteral("in.yaml"), text)));
        QCOMPARE(e.nameEdit()->text(), QStringLiteral("Docs to signup"));
        QCOMPARE(steps(e), (QStringList {"page:/", "page:/pricing", "event:Signup"}));
        QCOMPARE(e.model()->step(2).name, QStringLiteral("signed up"));
        QCOMPARE(e.funnel().id, 0); // not saved yet
        QTRY_COMPARE(e.chart()->visitorBars(), (QList<qint64> {3, 2, 1}));
        QCOMPARE(e.chart()->categories().at(0), QStringLiteral("1. homepage"));

        // Export writes the YAML form, which parses back to the same funnel.
        const QString out = f.dir.filePath(QStringLiteral("out.yaml"));
        QVERIFY(e.exportYaml(out));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QCOMPARE(written, FunnelYaml::write(e.funnel()));
        QString error;
        const auto back = FunnelYaml::parse(written, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->name, QStringLiteral("Docs to signup"));
        QCOMPARE(back->steps, e.model()->steps());

        // A broken file: the message names the line; the editor keeps its funnel.
        const QByteArray broken = "name: Broken\nfunnel:\n  - step: /\n  - banana: x\n";
        QVERIFY(!e.importYaml(writeFile(QStringLiteral("broken.yaml"), broken), &error));
        QVERIFY2(error.contains(QStringLiteral("line 4")), qPrintable(error));
        QVERIFY(e.messageText().contains(QStringLiteral("line 4")));
        QCOMPARE(e.nameEdit()->text(), QStringLiteral("Docs to signup"));
        QVERIFY(!e.importYaml(f.dir.filePath(QStringLiteral("missing.yaml")), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(TestFunnelEditor)
#include "tst_funneleditor.moc"
