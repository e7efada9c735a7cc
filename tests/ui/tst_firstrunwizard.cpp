#include "ui/data/datasource.h"
#include "ui/widgets/firstrunwizard.h"
#include "ui/widgets/timezonebox.h"

#include <QApplication>
#include <QClipboard>
#include <QCompleter>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace raycstr::ui;

class TestFirstRunWizard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void walksThroughSiteListenAndSnippet()
    {
        FirstRunWizard wizard(QStringLiteral("127.0.0.1:8080"));
        wizard.show();
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::SitePage));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // no domain yet
        QTest::keyClicks(wizard.domainEdit(), QStringLiteral("https://bad/"));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        wizard.domainEdit()->clear();
        QTest::keyClicks(wizard.domainEdit(), QStringLiteral("MySite.org"));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::CollectorPage));
        wizard.listenEdit()->setText(QStringLiteral("nonsense:port"));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        wizard.listenEdit()->setText(QStringLiteral("192.168.1.5:9000"));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::SnippetPage));
        QCOMPARE(wizard.domain(), QStringLiteral("mysite.org"));
        QCOMPARE(wizard.snippetText(),
                 QStringLiteral("<script defer src=\"http://192.168.1.5:9000/js/track.js\" "
                                "data-domain=\"mysite.org\"></script>"));
        QTest::mouseClick(wizard.copyButton(), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), wizard.snippetText());
        QVERIFY(!wizard.remoteRequested());
    }

    // The site's time zone is chosen with its domain: the system's by default, searchable,
    // and a text that names no zone keeps the wizard from going on.
    void asksForTheSitesTimeZone()
    {
        FirstRunWizard wizard(QStringLiteral("127.0.0.1:8080"));
        wizard.show();
        TimeZoneBox *zone = wizard.timeZoneBox();
        QVERIFY(zone && zone->isVisible());
        QCOMPARE(wizard.timeZone(), defaultTimeZone());
        QTest::keyClicks(wizard.domainEdit(), QStringLiteral("zone.example"));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        zone->setTimeZone(QStringLiteral("Nowhere/Atlantis"));
        QCOMPARE(wizard.timeZone(), QString());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        // Searching: typing part of a city offers the zones that contain it.
        zone->lineEdit()->clear();
        QTest::keyClicks(zone->lineEdit(), QStringLiteral("kolkat"));
        QCompleter *completer = zone->completer();
        QVERIFY(completer);
        QVERIFY(completer->completionCount() >= 1);
        QVERIFY(completer->currentCompletion().startsWith(QStringLiteral("Asia/Kolkata")));
        zone->setTimeZone(QStringLiteral("Asia/Kolkata"));
        QCOMPARE(wizard.timeZone(), QStringLiteral("Asia/Kolkata"));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        // The bare id typed out counts too.
        zone->setEditText(QStringLiteral("america/new_york"));
        QCOMPARE(wizard.timeZone(), QStringLiteral("America/New_York"));
        QVERIFY(zone->findText(TimeZoneBox::label("America/New_York")) >= 0);
    }

    void snippetForEveryInterface()
    {
        QCOMPARE(FirstRunWizard::snippet(QStringLiteral("a.com"), QStringLiteral(":8080")),
                 QStringLiteral("<script defer src=\"http://YOUR-HOST:8080/js/track.js\" "
                                "data-domain=\"a.com\"></script>"));
        QVERIFY(FirstRunWizard::snippet(QStringLiteral("a.com"), QStringLiteral("[::1]:81"))
                    .contains(QStringLiteral("http://[::1]:81/")));
    }
};

QTEST_MAIN(TestFirstRunWizard)
#include "tst_firstrunwizard.moc"
