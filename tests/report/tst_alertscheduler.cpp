// Alerts end to end below HTTP: traffic through the real ingest engine (pipeline, writer,
// store), the scheduler reading it through the query engine on its worker, the messages
// captured by a real SMTP server (aiosmtpd) and a loopback HTTP receiver. A rule fires
// once, stays quiet during its cool-down (also across a restart: alert_state), and fires
// again after it; a drop waits for the site's first pageview, fires once and closes with
// "recovered"; goal conversions are told once each, or in one digest a day; a failed
// delivery is tried again and never logs the webhook's path.

#include "common/enginefixture.h"
#include "common/smtpserver.h"
#include "common/webhookreceiver.h"
#include "report/alertscheduler.h"
#include "store/alertrepository.h"
#include "store/goalrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSignalSpy>
#include <QTest>

using namespace raycstr;
using namespace raycstr::testing;
using report::AlertScheduler;

namespace {

// Every log line, from any thread: a webhook's path must never appear in one.
QMutex logMutex;
QStringList logLines;
void keepLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    QMutexLocker lock(&logMutex);
    logLines.append(message);
}

} // namespace

class tst_AlertScheduler : public QObject
{
    Q_OBJECT

    EngineFixture f;
    SmtpServer smtp;
    WebhookReceiver hook;
    int visitor = 0;
    qint32 quietSiteId = 0; // a site that has had no pageview yet

    SmtpSettings settings() const
    {
        SmtpSettings s;
        s.url = QStringLiteral("smtp://127.0.0.1:%1").arg(smtp.port());
        s.username = QLatin1String(SmtpServer::User);
        s.password = QLatin1String(SmtpServer::Password);
        s.from = QStringLiteral("RayCstr <stats@example.com>");
        s.caFile = smtp.certFile();
        s.timeoutSecs = 10;
        s.attempts = 1;
        return s;
    }

    std::unique_ptr<AlertScheduler> scheduler(QList<AlertRule> configRules = {})
    {
        auto s = std::make_unique<AlertScheduler>(&f.clock, f.dir.path(), settings(),
                                                  std::move(configRules));
        report::WebhookSettings w;
        w.timeoutSecs = 5;
        w.attempts = 1;
        s->setWebhookSettings(w);
        return s;
    }

    // One check, finished, its signals delivered.
    void checkNow(AlertScheduler &s)
    {
        QVERIFY(s.check());
        s.waitForDone();
        QCoreApplication::processEvents();
    }

    // `n` new visitors (new addresses) view a page now.
    void visit(int n, const QString &eventName = QString())
    {
        QList<Hit> hits;
        for (int i = 0; i < n; ++i) {
            ++visitor;
            Hit h = f.pageview(QStringLiteral("https://example.com/"),
                               QStringLiteral("198.51.100.%1").arg(visitor % 250 + 1));
            hits.append(h);
            if (!eventName.isEmpty()) {
                h.kind = EventKind::Custom;
                h.name = eventName;
                hits.append(h);
            }
        }
        QVERIFY(f.engine->submit(std::move(hits)) == SubmitResult::Queued);
        QVERIFY(f.engine->flush());
    }

    qint64 addRule(AlertRule rule)
    {
        SqliteDb db;
        QString error;
        [&] { QVERIFY2(Database::open(&db, f.dir.path(), &error), qPrintable(error)); }();
        const auto added = AlertRepository(&db).add(rule, f.clock.nowSecs(), &error);
        [&] { QVERIFY2(added, qPrintable(error)); }();
        return added ? added->id : 0;
    }
    void removeRule(qint64 id)
    {
        SqliteDb db;
        QString error;
        QVERIFY(Database::open(&db, f.dir.path(), &error));
        QVERIFY2(AlertRepository(&db).remove(id, &error), qPrintable(error));
    }

    static AlertRule rule(AlertRule::Kind kind, int threshold)
    {
        AlertRule r;
        r.site = QStringLiteral("example.com");
        r.kind = kind;
        r.threshold = threshold;
        r.cooldownMinutes = 30;
        return r;
    }
    QString hookText(int n) const
    {
        return QJsonDocument::fromJson(hook.requests().value(n).body)
            .object()
            .value(QLatin1String("text"))
            .toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        QVERIFY2(smtp.start(false, &why), qPrintable(why));
        QVERIFY(hook.start());
        SqliteDb db;
        QVERIFY2(Database::open(&db, f.dir.path(), &why), qPrintable(why));
        const auto quiet = SiteRepository(&db).add(QStringLiteral("quiet.org"),
                                                   QStringLiteral("UTC"), f.clock.nowSecs(), &why);
        QVERIFY2(quiet, qPrintable(why));
        quietSiteId = quiet->id;
        QVERIFY(f.start());
    }

    void spikeOnceThenQuietInTheCooldownThenAgain()
    {
        AlertRule r = rule(AlertRule::Kind::Spike, 3);
        r.email = {QStringLiteral("ops@example.org")};
        r.webhook = hook.url(QStringLiteral("/services/T0/B0/s3cr3t"));
        const qint64 id = addRule(r);
        {
            auto s = scheduler();
            QSignalSpy sent(s.get(), &AlertScheduler::alertSent);
            visit(2);
            checkNow(*s);
            QCOMPARE(sent.size(), 0); // 2 < 3
            visit(1);
            checkNow(*s);
            QCOMPARE(sent.size(), 1);
            QCOMPARE(smtp.received(), 1);
            QCOMPARE(hook.received(), 1);
            QCOMPARE(hook.requests().first().path, QByteArray("/services/T0/B0/s3cr3t"));
            QVERIFY2(hookText(0).contains(QLatin1String("3 current visitors")),
                     qPrintable(hookText(0)));
            const QString mail = mimeParts(smtp.message(1)).value("text/plain");
            QVERIFY2(mail.contains(QLatin1String("Traffic spike on example.com")), qPrintable(mail));
            QCOMPARE(smtp.envelope(1).value(QLatin1String("to")).toArray().first().toString(),
                     QStringLiteral("ops@example.org"));
            // Still spiking a minute later: within the cool-down, nothing.
            f.clock.advanceMs(60 * 1000);
            visit(2);
            checkNow(*s);
            QCOMPARE(sent.size(), 1);
        }
        // A restart remembers the cool-down.
        auto again = scheduler();
        f.clock.advanceMs(10 * 60 * 1000);
        visit(4);
        checkNow(*again);
        QCOMPARE(hook.received(), 1);
        QCOMPARE(smtp.received(), 1);
        // Past the cool-down, the spike that lasts is told again.
        f.clock.advanceMs(20 * 60 * 1000);
        visit(4);
        checkNow(*again);
        QCOMPARE(hook.received(), 2);
        QCOMPARE(smtp.received(), 2);
        removeRule(id);
    }

    void dropOncePerIncidentThenRecovered()
    {
        // A config-file rule, plain-text webhook only.
        AlertRule r = rule(AlertRule::Kind::Drop, 2);
        r.webhook = hook.url(QStringLiteral("/ntfy/raycstr"));
        r.format = AlertRule::WebhookFormat::Text;
        auto s = scheduler({r});
        const int before = hook.received();
        f.clock.advanceMs(2 * 3600 * 1000 - 60 * 1000);
        checkNow(*s);
        QCOMPARE(hook.received(), before); // 1 h 59 min without a pageview
        f.clock.advanceMs(60 * 1000);
        checkNow(*s);
        QCOMPARE(hook.received(), before + 1);
        const auto drop = hook.requests().last();
        QCOMPARE(drop.path, QByteArray("/ntfy/raycstr"));
        QVERIFY2(drop.body.startsWith("No pageview has reached example.com for 2 hours"),
                 drop.body.constData());
        f.clock.advanceMs(5 * 3600 * 1000);
        checkNow(*s);
        QCOMPARE(hook.received(), before + 1); // the same incident
        visit(1);
        checkNow(*s);
        QCOMPARE(hook.received(), before + 2);
        QVERIFY(hook.requests().last().body.startsWith("Pageviews are back on example.com"));
        checkNow(*s);
        QCOMPARE(hook.received(), before + 2);
    }

    void dropWaitsForTheSitesFirstPageview()
    {
        AlertRule r = rule(AlertRule::Kind::Drop, 1);
        r.site = QStringLiteral("quiet.org");
        r.webhook = hook.url(QStringLiteral("/quiet"));
        r.format = AlertRule::WebhookFormat::Text;
        auto s = scheduler({r});
        const int before = hook.received();
        f.clock.advanceMs(3 * 3600 * 1000);
        checkNow(*s);
        QCOMPARE(hook.received(), before); // no pageview ever: nothing has broken yet
        Hit h = f.pageview(QStringLiteral("https://quiet.org/"));
        h.siteId = quietSiteId;
        QVERIFY(f.engine->submit({h}) == SubmitResult::Queued);
        QVERIFY(f.engine->flush());
        f.clock.advanceMs(3600 * 1000 - 60 * 1000);
        checkNow(*s);
        QCOMPARE(hook.received(), before);
        f.clock.advanceMs(60 * 1000);
        checkNow(*s);
        QCOMPARE(hook.received(), before + 1);
        QCOMPARE(hook.requests().last().path, QByteArray("/quiet"));
        QVERIFY2(hook.requests().last().body.startsWith("No pageview has reached quiet.org for 1 "
                                                        "hours"),
                 hook.requests().last().body.constData());
    }

    void goalConversionsToldOnce()
    {
        {
            SqliteDb db;
            QString error;
            QVERIFY(Database::open(&db, f.dir.path(), &error));
            QVERIFY2(GoalRepository(&db).addGoal(f.siteId, QStringLiteral("Signup"),
                                                 {Matcher::Kind::Event, QStringLiteral("signup")},
                                                 f.clock.nowSecs(), &error),
                     qPrintable(error));
        }
        visit(2, QStringLiteral("signup")); // before the rule: not news
        f.clock.advanceMs(1000);
        AlertRule r = rule(AlertRule::Kind::Goal, 0);
        r.goal = QStringLiteral("Signup");
        r.cooldownMinutes = 10;
        r.webhook = hook.url(QStringLiteral("/goal"));
        const qint64 id = addRule(r);
        auto s = scheduler();
        checkNow(*s); // starts counting
        const int before = hook.received();
        f.clock.advanceMs(60 * 1000);
        visit(2, QStringLiteral("signup"));
        visit(3); // pageviews only: no conversion
        f.clock.advanceMs(1000);
        checkNow(*s);
        QCOMPARE(hook.received(), before + 1);
        QVERIFY2(hookText(before).startsWith(QLatin1String("2 new conversion(s) of the goal "
                                                            "\"Signup\" on example.com")),
                 qPrintable(hookText(before)));
        // One more within the cool-down: held, told after it.
        f.clock.advanceMs(60 * 1000);
        visit(1, QStringLiteral("signup"));
        f.clock.advanceMs(1000);
        checkNow(*s);
        QCOMPARE(hook.received(), before + 1);
        f.clock.advanceMs(10 * 60 * 1000);
        checkNow(*s);
        QCOMPARE(hook.received(), before + 2);
        QVERIFY2(hookText(before + 1).startsWith(QLatin1String("1 new conversion(s)")),
                 qPrintable(hookText(before + 1)));
        f.clock.advanceMs(30 * 60 * 1000);
        checkNow(*s);
        QCOMPARE(hook.received(), before + 2);
        removeRule(id);
    }

    void goalDigestOnceADayNotOnAnEmptyDay()
    {
        {
            SqliteDb db;
            QString error;
            QVERIFY(Database::open(&db, f.dir.path(), &error));
            QVERIFY2(GoalRepository(&db).addGoal(f.siteId, QStringLiteral("Download"),
                                                 {Matcher::Kind::Event, QStringLiteral("download")},
                                                 f.clock.nowSecs(), &error),
                     qPrintable(error));
        }
        AlertRule r = rule(AlertRule::Kind::Goal, 0);
        r.goal = QStringLiteral("Download");
        r.digest = true;
        r.webhook = hook.url(QStringLiteral("/digest"));
        const qint64 id = addRule(r);
        auto s = scheduler();
        checkNow(*s); // starts the day
        const int before = hook.received();
        f.clock.advanceMs(3600 * 1000);
        visit(3, QStringLiteral("download"));
        f.clock.advanceMs(1000);
        checkNow(*s);
        QCOMPARE(hook.received(), before); // not a day yet
        f.clock.advanceMs(23 * 3600 * 1000);
        checkNow(*s);
        QCOMPARE(hook.received(), before + 1);
        QVERIFY2(hookText(before).startsWith(
                     QLatin1String("Daily digest: 3 conversions of the goal \"Download\"")),
                 qPrintable(hookText(before)));
        f.clock.advanceMs(3600 * 1000);
        visit(1, QStringLiteral("download"));
        f.clock.advanceMs(23 * 3600 * 1000);
        checkNow(*s);
        QCOMPARE(hook.received(), before + 2);
        QVERIFY2(hookText(before + 1).startsWith(QLatin1String("Daily digest: 1 conversions")),
                 qPrintable(hookText(before + 1)));
        f.clock.advanceMs(24 * 3600 * 1000);
        checkNow(*s);
        QCOMPARE(hook.received(), before + 2); // a day without conversions: no message
        removeRule(id);
    }

    void aMessageThatReachedNoChannelIsTriedAgain()
    {
        AlertRule r = rule(AlertRule::Kind::Spike, 1);
        r.webhook = hook.url(QStringLiteral("/services/T9/B9/s3cr3t-down"));
        const qint64 id = addRule(r);
        auto s = scheduler();
        QSignalSpy failed(s.get(), &AlertScheduler::alertFailed);
        hook.answerNext({500});
        const int before = hook.received();
        visit(1);
        logLines.clear();
        const QtMessageHandler previous = qInstallMessageHandler(keepLog);
        checkNow(*s);
        qInstallMessageHandler(previous);
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().at(2).toString().contains(QLatin1String("500")));
        QVERIFY(!failed.first().at(2).toString().contains(QLatin1String("s3cr3t")));
        {
            QMutexLocker lock(&logMutex);
            const QString all = logLines.join(u'\n');
            QVERIFY2(all.contains(QLatin1String("http://127.0.0.1:")), qPrintable(all));
            QVERIFY2(!all.contains(QLatin1String("s3cr3t")), qPrintable(all));
        }
        checkNow(*s);
        QCOMPARE(hook.received(), before + 2); // the second check sent it
        QCOMPARE(failed.size(), 1);
        removeRule(id);
    }
};

QTEST_GUILESS_MAIN(tst_AlertScheduler)
#include "tst_alertscheduler.moc"
