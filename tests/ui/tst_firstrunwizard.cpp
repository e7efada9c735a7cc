#include "ui/widgets/firstrunwizard.h"

#include <QApplication>
#include <QClipboard>
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
