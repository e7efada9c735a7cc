// Settings → Reports and alerts (issue 18): alert rules added, edited and removed through
// the source (locally the store, remotely the alerts API with an admin key); "Send a test"
// against a real SMTP server on loopback (python3-aiosmtpd, STARTTLS and AUTH) and a
// loopback webhook receiver, without blocking the GUI thread, with the sender's precise
// error; the SMTP password in the SecretStore only; the collector started with the saved
// settings. Remotely: the server's report and SMTP settings read-only, tests through its
// routes (screenshots of that view, light and dark).

#include "common/enginefixture.h"
#include "common/smtpserver.h"
#include "common/webhookreceiver.h"
#include "store/alertrepository.h"
#include "store/database.h"
#include "ui/data/localdatasource.h"
#include "ui/data/remotedatasource.h"
#include "ui/mainwindow.h"
#include "ui/models/alertrulesmodel.h"
#include "ui/render/screenrenderer.h"
#include "ui/services/appsettings.h"
#include "ui/services/embeddedcollector.h"
#include "ui/services/secretstore.h"
#include "ui/widgets/alertruledialog.h"
#include "ui/widgets/reportsalertsview.h"
#include "uiserver.h"
#include "uitraffic.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <memory>

using namespace raycstr;
using namespace raycstr::testing;
using namespace raycstr::ui;

namespace {

AlertRule spike(int visitors, const QStringList &email, const QString &webhook = QString())
{
    AlertRule r;
    r.site = QStringLiteral("example.com");
    r.kind = AlertRule::Kind::Spike;
    r.threshold = visitors;
    r.email = email;
    r.webhook = webhook;
    return r;
}

// Answers the next modal question with Yes.
void answerYes()
{
    QTimer::singleShot(0, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Yes)->click();
    });
}

} // namespace

class TestReportsAlertsView : public QObject
{
    Q_OBJECT
private:
    EngineFixture f;
    std::unique_ptr<LocalDataSource> local;
    QTemporaryDir tmp;
    std::unique_ptr<AppSettings> settings;
    MemorySecretStore secrets;
    std::unique_ptr<ReportsAlertsView> view;
    SmtpServer smtp;
    bool smtpUp = false;
    QString smtpError;

    void fillSmtp(const QString &password)
    {
        view->hostEdit()->setText(QStringLiteral("127.0.0.1"));
        view->portBox()->setValue(smtp.port());
        view->tlsBox()->setCurrentIndex(0); // STARTTLS
        view->userEdit()->setText(QLatin1String(SmtpServer::User));
        view->passwordEdit()->setText(password);
        view->fromEdit()->setText(QStringLiteral("RayCstr <stats@example.com>"));
        view->caFileEdit()->setText(smtp.certFile());
    }
    // The error of the test that ends next ("" when it was sent).
    QString waitForTest()
    {
        QSignalSpy done(view.get(), &ReportsAlertsView::testFinished);
        if (!done.wait(60000))
            return QStringLiteral("no answer");
        return done.at(0).at(0).toString();
    }
    bool waitForRules(int count)
    {
        return QTest::qWaitFor([&] { return view->rulesModel()->rowCount() == count; }, 10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        f.clock.setNowMs(UiTrafficStartMs);
        QVERIFY(f.start());
        seedUiTraffic(f.engine.get(), &f.clock, f.siteId);
        local = std::make_unique<LocalDataSource>(f.dir.path(), &f.clock, f.engine.get());
        settings = std::make_unique<AppSettings>(tmp.filePath(QStringLiteral("settings.ini")));
        view = std::make_unique<ReportsAlertsView>(settings.get(), &secrets);
        view->setSource(local.get());
        view->setSite(QStringLiteral("example.com"));
        smtpUp = smtp.start(false, &smtpError);
    }

    void modelUnderTester()
    {
        AlertRulesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        AlertRule goal;
        goal.site = QStringLiteral("example.com");
        goal.kind = AlertRule::Kind::Goal;
        goal.goal = QStringLiteral("Signup");
        goal.digest = true;
        goal.webhook = QStringLiteral("https://hooks.slack.com/services/T0/B0/secret");
        model.setRules({spike(50, {QStringLiteral("a@example.com")}), goal});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, AlertRulesModel::WhenColumn).data().toString(),
                 AlertRulesModel::tr("%n or more current visitors", nullptr, 50));
        QVERIFY(AlertRulesModel::condition(spike(50, {})).contains(QStringLiteral("50")));
        QCOMPARE(model.index(1, AlertRulesModel::DeliveryColumn).data().toString(),
                 AlertRulesModel::tr("webhook %1").arg(QStringLiteral("hooks.slack.com")));
        // The webhook's secret path is never shown.
        for (int c = 0; c < model.columnCount(); ++c)
            QVERIFY(!model.index(1, c).data().toString().contains(QStringLiteral("secret")));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void addsEditsAndRemovesRules()
    {
        view->saveRule(spike(50, {QStringLiteral("owner@example.com")}));
        QVERIFY(waitForRules(1));
        const qint64 first = view->rulesModel()->ruleAt(0)->id;
        QVERIFY(first > 0);
        SqliteDb db;
        QString error;
        QVERIFY(Database::open(&db, f.dir.path(), &error));
        QCOMPARE(AlertRepository(&db).rules(QStringLiteral("example.com")).size(), 1);

        // An edit replaces the rule: one rule, the new threshold.
        view->saveRule(spike(80, {QStringLiteral("owner@example.com")}), first);
        QVERIFY(QTest::qWaitFor([&] {
            const AlertRule *r = view->rulesModel()->ruleAt(0);
            return view->rulesModel()->rowCount() == 1 && r->threshold == 80;
        }));
        QVERIFY(view->rulesModel()->ruleAt(0)->id != first);
        QCOMPARE(AlertRepository(&db).rules(QStringLiteral("example.com")).size(), 1);

        answerYes();
        view->removeRule(0);
        QVERIFY(waitForRules(0));
        QCOMPARE(AlertRepository(&db).rules(QStringLiteral("example.com")).size(), 0);
    }

    void dialogSaysWhatIsWrongAndCancelAddsNothing()
    {
        AlertRuleDialog dialog(spike(10, {}), {QStringLiteral("Signup")}, false);
        dialog.show();
        dialog.emailEdit()->setText(QStringLiteral("not-an-address"));
        dialog.accept();
        QVERIFY(dialog.isVisible()); // not closed: the reason is shown
        QVERIFY2(dialog.errorText().contains(QStringLiteral("not-an-address")),
                 qPrintable(dialog.errorText()));
        dialog.emailEdit()->setText(QStringLiteral("owner@example.com"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.rule().email, QStringList {QStringLiteral("owner@example.com")});

        // Add alert… then Cancel: nothing stored.
        for (QPushButton *b : view->findChildren<QPushButton *>())
            if (b->text() == ReportsAlertsView::tr("Add alert…"))
                b->click();
        auto *opened = view->findChild<AlertRuleDialog *>();
        QVERIFY(opened);
        opened->reject();
        QTest::qWait(300);
        QCOMPARE(view->rulesModel()->rowCount(), 0);
    }

    void testAlertReachesMailAndWebhook()
    {
        if (!smtpUp)
            QFAIL(qPrintable(smtpError));
        WebhookReceiver hook;
        QVERIFY(hook.start());
        view->saveRule(spike(5, {QStringLiteral("owner@example.com")},
                             hook.url(QStringLiteral("/hooks/test"))));
        QVERIFY(waitForRules(1));
        fillSmtp(QLatin1String(SmtpServer::Password));
        view->rulesView()->selectRow(0);
        QVERIFY(view->testRuleButton()->isEnabled());
        QSignalSpy done(view.get(), &ReportsAlertsView::testFinished);
        view->testRule(0);
        // Asked, not sent yet: the GUI thread goes on while the senders work.
        QVERIFY(view->isTesting());
        QVERIFY(!view->testRuleButton()->isEnabled());
        QVERIFY(done.wait(60000));
        QCOMPARE(done.at(0).at(0).toString(), QString());
        QVERIFY(view->testStatus().contains(QStringLiteral("owner@example.com")));
        QCOMPARE(smtp.received(), 1);
        const QByteArray mail = smtp.message(1);
        QVERIFY(mail.contains("Test alert for example.com"));
        QCOMPARE(hook.received(), 1);
        QVERIFY(hook.requests().at(0).body.contains("example.com"));
        answerYes();
        view->removeRule(0);
        QVERIFY(waitForRules(0));
    }

    void testReportIsSent()
    {
        if (!smtpUp)
            QFAIL(qPrintable(smtpError));
        fillSmtp(QLatin1String(SmtpServer::Password));
        view->recipientsEdit()->setText(QStringLiteral("team@example.com"));
        const int before = smtp.received();
        view->testReport();
        QVERIFY(view->isTesting());
        QCOMPARE(waitForTest(), QString());
        QCOMPARE(smtp.received(), before + 1);
        const QJsonObject envelope = smtp.envelope(before + 1);
        QVERIFY2(QJsonDocument(envelope).toJson().contains("team@example.com"),
                 QJsonDocument(envelope).toJson().constData());
        const auto parts = mimeParts(smtp.message(before + 1));
        QVERIFY(parts.contains("text/plain"));
        QVERIFY(parts.value("text/plain").contains(QStringLiteral("example.com")));
    }

    void aRefusedLoginSaysSo()
    {
        if (!smtpUp)
            QFAIL(qPrintable(smtpError));
        fillSmtp(QStringLiteral("wrong-password"));
        view->recipientsEdit()->setText(QStringLiteral("team@example.com"));
        const int before = smtp.received();
        view->testReport();
        const QString error = waitForTest();
        qInfo("refused login: %s", qPrintable(error));
        QVERIFY(!error.isEmpty());
        QVERIFY2(view->testStatus().contains(error), qPrintable(view->testStatus()));
        QVERIFY(!error.contains(QStringLiteral("wrong-password"))); // never the secret
        QCOMPARE(smtp.received(), before);
        // No mail server at all: said before anything is tried.
        view->hostEdit()->clear();
        view->testReport();
        QCOMPARE(waitForTest(), LocalDataSource::tr("Set up the mail server (SMTP) first."));
    }

    void passwordGoesToTheKeychainOnly()
    {
        fillSmtp(QStringLiteral("s3cret-in-keychain"));
        view->reportBox()->setChecked(true);
        view->recipientsEdit()->setText(QStringLiteral("team@example.com"));
        QSignalSpy written(&secrets, &SecretStore::writeFinished);
        QSignalSpy changed(view.get(), &ReportsAlertsView::deliverySettingsChanged);
        view->save();
        QCOMPARE(changed.count(), 1);
        QVERIFY(written.wait());
        QCOMPARE(written.at(0).at(0).toString(), QLatin1String(AppSettings::SmtpPasswordKey));
        settings->sync();
        QFile ini(settings->fileName());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray stored = ini.readAll();
        QVERIFY(stored.contains("127.0.0.1"));
        QVERIFY(!stored.contains("s3cret-in-keychain"));
        QSignalSpy read(&secrets, &SecretStore::readFinished);
        secrets.read(QLatin1String(AppSettings::SmtpPasswordKey));
        QVERIFY(read.wait());
        QCOMPARE(read.at(0).at(1).toByteArray(), QByteArray("s3cret-in-keychain"));
        // The schedule as saved, for the collector.
        QCOMPARE(settings->reports().size(), 1);
        QCOMPARE(settings->reports().at(0).to, QStringList {QStringLiteral("team@example.com")});
        QCOMPARE(settings->smtp().username, QLatin1String(SmtpServer::User));
    }

    // The window hands the saved settings and the keychain's password to the collector.
    void collectorStartsWithTheSavedSettings()
    {
        QTemporaryDir dir;
        AppSettings s(dir.filePath(QStringLiteral("app.ini")));
        s.setFirstRunDone(true);
        s.setMode(AppSettings::Mode::Local);
        s.setDataDir(dir.filePath(QStringLiteral("data")));
        s.setListenAddress(QStringLiteral("127.0.0.1:0"));
        SmtpSettings mail;
        mail.url = QStringLiteral("smtp://127.0.0.1:2525");
        mail.username = QStringLiteral("reports");
        mail.from = QStringLiteral("stats@example.com");
        s.setSmtp(mail);
        ReportSchedule weekly;
        weekly.site = QStringLiteral("example.com");
        weekly.to = {QStringLiteral("team@example.com")};
        s.setReports({weekly});
        s.sync();
        MemorySecretStore keychain;
        keychain.write(QLatin1String(AppSettings::SmtpPasswordKey), "from-the-keychain");
        ManualClock clock(UiTrafficStartMs);
        MainWindow window(&s, &keychain, &clock);
        QSignalSpy started(&window, &MainWindow::collectorStarted);
        window.start();
        QVERIFY(started.wait(30000));
        QVERIFY(started.at(0).at(0).toBool());
        const ServerConfig &config = window.collector()->config();
        QCOMPARE(config.smtp.url, mail.url);
        QCOMPARE(config.smtp.password, QStringLiteral("from-the-keychain"));
        QCOMPARE(config.reports.size(), 1);
        QCOMPARE(config.reports.at(0).to, weekly.to);
    }

    // Remotely: rules through the alerts API (admin key); the rest is the server's.
    void remoteRulesThroughTheAlertsApi()
    {
        UiServer server;
        QString error;
        QVERIFY2(server.start(false, &error), qPrintable(error));
        const auto admin
            = server.stack->tokens()->createKey(QStringLiteral("admin"), 0, true, &error);
        QVERIFY2(admin, qPrintable(error));
        RemoteDataSource remote(server.url, admin->secret, {QStringLiteral("example.com")});
        ReportsAlertsView v(settings.get(), &secrets);
        v.setSource(&remote);
        v.setSite(QStringLiteral("example.com"));
        v.saveRule(spike(40, {QStringLiteral("ops@example.com")},
                         QStringLiteral("https://hooks.slack.com/services/T0/B0/XYZ")));
        QVERIFY(QTest::qWaitFor([&] { return v.rulesModel()->rowCount() == 1; }, 10000));
        const AlertRule stored = *v.rulesModel()->ruleAt(0);
        QCOMPARE(stored.threshold, 40);
        QVERIFY(!stored.webhook.contains(QStringLiteral("XYZ"))); // redacted by the server
        SqliteDb db;
        QVERIFY(Database::open(&db, server.dir.path(), &error));
        const auto onServer = AlertRepository(&db).rules(QStringLiteral("example.com"));
        QCOMPARE(onServer.size(), 1);
        QCOMPARE(onServer.at(0).webhook,
                 QStringLiteral("https://hooks.slack.com/services/T0/B0/XYZ"));
        // Tests go through the server; its report/SMTP settings are read-only here.
        v.rulesView()->selectRow(0);
        QVERIFY(v.testRuleButton()->isEnabled());
        QVERIFY(v.testReportButton()->isEnabled());
        QVERIFY(!v.hostEdit()->isEnabled());

        // A key that may only read: the reason, not an empty list.
        RemoteDataSource reader(server.url, server.key, {QStringLiteral("example.com")});
        ReportsAlertsView r(settings.get(), &secrets);
        r.setSource(&reader);
        r.setSite(QStringLiteral("example.com"));
        QVERIFY(QTest::qWaitFor(
            [&] {
                const auto labels = r.findChildren<QLabel *>();
                for (QLabel *l : labels)
                    if (l->text().contains(QStringLiteral("admin key")) && l->isVisibleTo(&r))
                        return true;
                return false;
            },
            10000));
    }

    // Remotely with an admin key: the server's schedules and SMTP settings (no password)
    // shown read-only, and Send a test through the server's routes to its real SMTP server
    // and a webhook; its refusal in its own words.
    void remoteSettingsAndTestsThroughTheServer()
    {
        if (!smtpUp)
            QFAIL(qPrintable(smtpError));
        WebhookReceiver hook;
        QVERIFY(hook.start());
        UiServer server;
        server.configure = [this](ServerConfig &c) {
            c.smtp = smtp.settings();
            ReportSchedule monthly;
            monthly.site = QStringLiteral("example.com");
            monthly.to = {QStringLiteral("board@example.com")};
            monthly.every = QStringLiteral("month");
            monthly.hour = 7;
            c.reports = {monthly};
        };
        QString error;
        QVERIFY2(server.start(true, &error), qPrintable(error));
        const auto admin
            = server.stack->tokens()->createKey(QStringLiteral("admin"), 0, true, &error);
        QVERIFY2(admin, qPrintable(error));
        RemoteDataSource remote(server.url, admin->secret, {QStringLiteral("example.com")});
        ReportsAlertsView v(settings.get(), &secrets);
        v.resize(1280, 800);
        v.setSource(&remote);
        v.setSite(QStringLiteral("example.com"));
        QVERIFY(QTest::qWaitFor(
            [&] { return v.recipientsEdit()->text() == QStringLiteral("board@example.com"); },
            10000));
        QCOMPARE(v.hostEdit()->text(), QStringLiteral("127.0.0.1"));
        QCOMPARE(v.portBox()->value(), smtp.port());
        QCOMPARE(v.userEdit()->text(), QLatin1String(SmtpServer::User));
        QVERIFY(v.passwordEdit()->text().isEmpty()); // never sent by the server
        QCOMPARE(v.passwordEdit()->placeholderText(), ReportsAlertsView::tr("set on the server"));
        QCOMPARE(v.everyBox()->currentData().toString(), QStringLiteral("month"));
        QVERIFY(v.reportBox()->isChecked());
        QVERIFY(!v.reportBox()->isEnabled());
        QVERIFY(!v.hostEdit()->isEnabled());
        QVERIFY(v.recipientsEdit()->isEnabled()); // the test's recipients

        // Send a test: the server's SMTP, the server's numbers.
        const int before = smtp.received();
        QSignalSpy done(&v, &ReportsAlertsView::testFinished);
        v.testReportButton()->click();
        QVERIFY(!v.testReportButton()->isEnabled()); // until the answer
        QVERIFY(done.wait(60000));
        QVERIFY2(done.at(0).at(0).toString().isEmpty(), qPrintable(done.at(0).at(0).toString()));
        QCOMPARE(smtp.received(), before + 1);
        QCOMPARE(smtp.envelope(before + 1).value(QStringLiteral("to")).toArray().at(0).toString(),
                 QStringLiteral("board@example.com"));
        QVERIFY(v.testStatus().contains(QStringLiteral("board@example.com")));

        // A stored rule's test by mail and webhook.
        v.saveRule(
            spike(40, {QStringLiteral("ops@example.com")}, hook.url(QStringLiteral("/alert"))));
        QVERIFY(QTest::qWaitFor([&] { return v.rulesModel()->rowCount() == 1; }, 10000));
        v.rulesView()->selectRow(0);
        done.clear();
        v.testRuleButton()->click();
        QVERIFY(done.wait(60000));
        QVERIFY2(done.at(0).at(0).toString().isEmpty(), qPrintable(done.at(0).at(0).toString()));
        QCOMPARE(smtp.received(), before + 2);
        QCOMPARE(hook.received(), 1);

        // The server's refusal, word for word.
        v.recipientsEdit()->setText(QStringLiteral("not-an-address"));
        done.clear();
        v.testReportButton()->click();
        QVERIFY(done.wait(60000));
        QVERIFY2(done.at(0).at(0).toString().contains(QStringLiteral("not an e-mail address")),
                 qPrintable(done.at(0).at(0).toString()));
        QVERIFY(v.testStatus().contains(QStringLiteral("not an e-mail address")));
        QCOMPARE(smtp.received(), before + 2);

        screenshots(&remote, QStringLiteral("settings-reports-remote"));
    }

private:
    // The page connected to `remote` after a test report was sent, 1280×800, light and dark
    // (each built under its palette, as the app is), to RAYCSTR_SCREENSHOT_DIR (a temporary
    // folder without it).
    void screenshots(RemoteDataSource *remote, const QString &name)
    {
        QTemporaryDir fallback;
        const QString dir = qEnvironmentVariableIsSet("RAYCSTR_SCREENSHOT_DIR")
            ? qEnvironmentVariable("RAYCSTR_SCREENSHOT_DIR")
            : fallback.path();
        const QPalette before = QApplication::palette();
        for (const bool dark : {false, true}) {
            applyPalette(dark);
            ReportsAlertsView v(settings.get(), &secrets);
            v.resize(1280, 800);
            v.setSource(remote);
            v.setSite(QStringLiteral("example.com"));
            v.show();
            QVERIFY(QTest::qWaitFor(
                [&] {
                    return !v.recipientsEdit()->text().isEmpty() && v.rulesModel()->rowCount() == 1;
                },
                10000));
            v.rulesView()->selectRow(0);
            QSignalSpy done(&v, &ReportsAlertsView::testFinished);
            v.testReportButton()->click();
            QVERIFY(done.wait(60000));
            QTest::qWait(200);
            const QImage shot = v.grab().toImage();
            QCOMPARE(shot.size(), QSize(1280, 800));
            const QString path = QDir(dir).filePath(
                name + (dark ? QStringLiteral("-dark.png") : QStringLiteral(".png")));
            QVERIFY2(shot.save(path), qPrintable(path));
        }
        QApplication::setPalette(before);
    }
};

QTEST_MAIN(TestReportsAlertsView)
#include "tst_reportsalertsview.moc"
