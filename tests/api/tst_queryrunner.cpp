// Stats questions off the HTTP thread (QueryRunner + QueryPool): a question held inside
// SQLite does not hold ingest, a saturated pool answers 503 with Retry-After at once, and a
// question past its time budget answers 504. Questions are made slow on purpose through
// the engine's progress hook (a gate they wait at), so every test is bounded in time.
#include "api/collector.h"
#include "common/apifixture.h"
#include "common/gate.h"
#include "core/threadpriority.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <atomic>
#include <functional>
#include <thread>

using namespace raycstr;
using namespace raycstr::testing;

namespace {

const QByteArray PlausiblePageview = "{\"n\":\"pageview\",\"u\":\"https://example.com/"
                                     "blog\",\"d\":\"example.com\",\"r\":null,\"w\":1280}";
const QString Overview = QStringLiteral("/api/events/example.com/overview?period=day&date=2023-11-14");


} // namespace

class tst_QueryRunner : public QObject
{
    Q_OBJECT

    struct Server
    {
        Gate gate;
        std::function<void()> probe; // also called on the worker, inside SQLite
        ApiFixture api;
        std::unique_ptr<Collector> collector;
        QNetworkAccessManager nam; // for the questions left pending
        bool start(int workers, int queued, std::chrono::milliseconds budget)
        {
            api.poolOptions.workers = workers;
            api.poolOptions.queued = queued;
            api.poolOptions.budget = budget;
            api.poolOptions.engine.progressOps = 1;
            api.poolOptions.engine.onProgress = [this] {
                if (probe)
                    probe();
                gate.pass();
            };
            if (!api.start())
                return false;
            collector = std::make_unique<Collector>(api.fixture.engine.get(), ServerConfig {});
            collector->registerRoutes(api.http);
            return true;
        }
        QNetworkReply *ask(const QString &path)
        {
            QNetworkRequest req(
                QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(api.http.port()).arg(path)));
            req.setRawHeader("Authorization", "Bearer " + AllSitesKey);
            return nam.get(req);
        }
    };

private Q_SLOTS:
    void slowQuestionDoesNotHoldIngest()
    {
        Server s;
        QVERIFY(s.start(1, 1, std::chrono::seconds(30)));
        s.gate.close();
        QNetworkReply *question = s.ask(Overview);
        QTRY_VERIFY_WITH_TIMEOUT(s.gate.waiting.load() == 1, 5000);

        // The question is held inside SQLite on a worker; the HTTP thread still answers.
        for (int i = 0; i < 5; ++i) {
            const HttpResult r = s.api.client->post(QStringLiteral("/api/event"), PlausiblePageview);
            QCOMPARE(r.status, 202);
        }
        const HttpResult docs = s.api.get(QStringLiteral("/api/docs"));
        QVERIFY(docs.status == 200 || docs.status == 404); // answered, whatever it is
        QVERIFY(!question->isFinished());

        s.gate.open();
        QTRY_VERIFY_WITH_TIMEOUT(question->isFinished(), 5000);
        QCOMPARE(question->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QJsonObject o = QJsonDocument::fromJson(question->readAll()).object();
        // The seeded 3, plus the visitor ingested meanwhile when the read came after it.
        QVERIFY(o.value(QStringLiteral("visitors")).toInt() >= 3);
        question->deleteLater();
    }

    // Questions yield the CPU to ingest: the worker that answers runs ten steps nicer than
    // the HTTP thread (the engine's progress hook runs on that worker, inside SQLite).
    void questionsRunNicerThanIngest()
    {
#if !defined(Q_OS_LINUX)
        QSKIP("threads have nice values of their own only on Linux");
#else
        Server s;
        QVERIFY(s.start(1, 1, std::chrono::seconds(30)));
        std::atomic<int> workerNiceness {-100};
        s.probe = [&] { workerNiceness = thisThreadsNiceness(); };
        QNetworkReply *question = s.ask(Overview);
        QTRY_VERIFY_WITH_TIMEOUT(question->isFinished(), 5000);
        QCOMPARE(question->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(workerNiceness.load(),
                 std::min(19, thisThreadsNiceness() + BackgroundNicenessSteps));
        question->deleteLater();
#endif
    }

    void saturatedPoolAnswers503WithRetryAfter()
    {
        Server s;
        QVERIFY(s.start(1, 1, std::chrono::seconds(30)));
        s.gate.close();
        QNetworkReply *running = s.ask(Overview);
        QTRY_VERIFY_WITH_TIMEOUT(s.gate.waiting.load() == 1, 5000);
        QNetworkReply *queued = s.ask(Overview);
        QTRY_VERIFY_WITH_TIMEOUT(s.api.pool->pending() == 2, 5000);

        const HttpResult refused = s.api.get(Overview);
        QCOMPARE(refused.status, 503);
        bool numeric = false;
        QVERIFY(refused.header("Retry-After").toInt(&numeric) >= 1 && numeric);
        QVERIFY2(refused.error().contains(QLatin1String("try again")), refused.body.constData());
        // The other API families go through the same pool.
        QCOMPARE(s.api.get(QStringLiteral("/api/v1/stats/aggregate?site_id=example.com"
                                          "&period=day&date=2023-11-14"))
                     .status,
                 503);

        s.gate.open();
        QTRY_VERIFY_WITH_TIMEOUT(running->isFinished() && queued->isFinished(), 5000);
        QCOMPARE(running->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(queued->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QTRY_COMPARE(s.api.pool->pending(), 0);
        QCOMPARE(s.api.get(Overview).status, 200); // free again
        running->deleteLater();
        queued->deleteLater();
    }

    void questionOverBudgetAnswers504()
    {
        Server s;
        QVERIFY(s.start(1, 1, std::chrono::milliseconds(100)));
        // Held 300 ms at its first look at the budget: the question outlives its 100 ms.
        s.gate.close();
        std::thread opener([&s] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            s.gate.open();
        });
        const HttpResult r = s.api.get(Overview);
        opener.join();
        QCOMPARE(r.status, 504);
        QVERIFY2(r.error().contains(QLatin1String("budget")), r.body.constData());
        // The worker is free for the next question (the budget is per question).
        QCOMPARE(s.api.get(Overview).status, 200);
    }

    // A raw question past the server's memory budget is the server's limit, not a bad
    // request: 503 with a JSON reason that monitoring tells apart from "busy", and no
    // Retry-After (the same question would need the same memory again).
    void questionOverMemoryBudgetAnswers503WithReason()
    {
        Server s;
        s.api.poolOptions.engine.maxRawBytes = 64 * 1024; // less than the visitor index
        s.api.poolOptions.engine.memoMaxBytes = 0;
        QVERIFY(s.start(1, 1, std::chrono::seconds(30)));
        // A wildcard filter: no rollup carries it, the raw events are read.
        const HttpResult r = s.api.get(Overview + QStringLiteral("&filter=page~%3Dblog"));
        QCOMPARE(r.status, 503);
        QVERIFY2(r.error().contains(QLatin1String("MB of memory")), r.body.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(o.value(QStringLiteral("reason")).toString(), QStringLiteral("memory_budget"));
        QVERIFY(r.header("Retry-After").isEmpty());
        QCOMPARE(s.api.get(Overview).status, 200); // rollups need no raw memory
    }

    void clientGoneBeforeTheAnswer()
    {
        Server s;
        QVERIFY(s.start(1, 1, std::chrono::seconds(30)));
        s.gate.close();
        QNetworkReply *question = s.ask(Overview);
        QTRY_VERIFY_WITH_TIMEOUT(s.gate.waiting.load() == 1, 5000);
        question->abort();
        question->deleteLater();
        QTest::qWait(50);
        s.gate.open();
        QTRY_COMPARE(s.api.pool->pending(), 0);
        QTest::qWait(50); // the answer for the vanished socket is dropped, not written
        QCOMPARE(s.api.get(Overview).status, 200);
    }
};

QTEST_GUILESS_MAIN(tst_QueryRunner)
#include "tst_queryrunner.moc"
