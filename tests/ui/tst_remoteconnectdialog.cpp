// Connecting to a server checks the URL and the key before the app switches, and the
// sites are the server's (GET /api/sites): a wrong key, a malformed URL, a key of a removed
// site or a dead port keep the dialog open with the reason, and only a working
// combination is accepted.

#include "auth/tokenstore.h"
#include "core/clock.h"
#include "core/config.h"
#include "stack/serverstack.h"
#include "store/database.h"
#include "store/sites.h"
#include "ui/data/remotedatasource.h"
#include "ui/widgets/remoteconnectdialog.h"
#include "answerspy.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace raycstr;
using namespace raycstr::testing;
using namespace raycstr::ui;

class tst_RemoteConnectDialog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir dir;
    SystemClock clock;
    std::unique_ptr<ServerStack> stack;
    QByteArray key;
    QString url;

    // Fills the dialog, presses Connect and waits for the verdict: true when accepted,
    // false with the error shown.
    bool connectWith(RemoteConnectDialog &d, const QString &u, const QByteArray &k,
                     QString *shown)
    {
        d.urlEdit()->setText(u);
        d.keyEdit()->setText(QString::fromLatin1(k));
        QSignalSpy accepted(&d, &QDialog::accepted);
        QSignalSpy checked(&d, &RemoteConnectDialog::checkFinished);
        QPushButton *ok = d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        if (!ok->isEnabled()) {
            *shown = QStringLiteral("(Connect disabled)");
            return false;
        }
        ok->click();
        if (checked.isEmpty() && !checked.wait(15000))
            return false;
        *shown = d.errorLabel()->text();
        return accepted.count() == 1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        SqliteDb db;
        QString error;
        QVERIFY2(Database::open(&db, dir.path(), &error), qPrintable(error));
        QVERIFY(SiteRepository(&db).add(QStringLiteral("example.com"), QStringLiteral("UTC"),
                                        clock.nowSecs(), &error));
        ServerConfig config;
        config.dataDir = dir.path();
        config.listenPort = 0;
        stack = std::make_unique<ServerStack>(&clock);
        QVERIFY2(stack->start(config, &error), qPrintable(error));
        const auto issued = stack->tokens()->createKey(QStringLiteral("t"), 0, false, &error);
        QVERIFY2(issued, qPrintable(error));
        key = issued->secret;
        url = QStringLiteral("http://127.0.0.1:%1").arg(stack->port());
    }

    void wrongKeyIsRefusedInTheDialog()
    {
        RemoteConnectDialog d(QUrl(), true);
        QString shown;
        QVERIFY(!connectWith(d, url, "rc_wrong", &shown));
        QVERIFY2(shown.contains(QLatin1String("key")) && shown.contains(QLatin1String("401")),
                 qPrintable(shown));
        QVERIFY(d.isVisible() || !d.result());
    }

    void malformedUrlIsRefused()
    {
        RemoteConnectDialog d(QUrl(), true);
        QString shown;
        QVERIFY(!connectWith(d, url + QStringLiteral("http://127.0.0.1:1"), key, &shown));
        QVERIFY2(!shown.isEmpty(), "no reason shown");
    }

    void keyOfARemovedSiteIsRefused()
    {
        // A key for a site that was removed since: it reads nothing, and the dialog says so.
        SqliteDb db;
        QString error;
        QVERIFY2(Database::open(&db, dir.path(), &error), qPrintable(error));
        const auto gone = SiteRepository(&db).add(QStringLiteral("gone.example"),
                                                  QStringLiteral("UTC"), clock.nowSecs(), &error);
        QVERIFY2(gone, qPrintable(error));
        const auto issued = stack->tokens()->createKey(QStringLiteral("g"), gone->id, false, &error);
        QVERIFY2(issued, qPrintable(error));
        QVERIFY(SiteRepository(&db).remove(QStringLiteral("gone.example"), &error) >= 0);
        RemoteConnectDialog d(QUrl(), true);
        QString shown;
        QVERIFY(!connectWith(d, url, issued->secret, &shown));
        QVERIFY2(shown.contains(QLatin1String("no site")) || shown.contains(QLatin1String("401")),
                 qPrintable(shown));
    }

    void deadPortSaysSo()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there now
        RemoteConnectDialog d(QUrl(), true);
        QString shown;
        QVERIFY(!connectWith(d, QStringLiteral("http://127.0.0.1:%1").arg(port), key, &shown));
        QVERIFY2(!shown.isEmpty(), "no reason shown");
    }

    void workingServerIsAccepted()
    {
        RemoteConnectDialog d(QUrl(), true);
        QString shown;
        QVERIFY2(connectWith(d, url, key, &shown), qPrintable(shown));
        // The source that passed lists the server's sites.
        std::unique_ptr<RemoteDataSource> source = d.takeSource();
        QVERIFY(source);
        AnswerSpy<SiteList> sites;
        source->ask(admin::Sites {}, sites.context(), sites.recorder());
        QVERIFY(sites.wait(10000));
        QVERIFY2(sites.at(0), qPrintable(sites.at(0).error()));
        QCOMPARE(sites.at(0)->sites.size(), 1);
        QCOMPARE(sites.at(0)->sites.at(0).domain, QStringLiteral("example.com"));
    }
};

QTEST_MAIN(tst_RemoteConnectDialog)
#include "tst_remoteconnectdialog.moc"
