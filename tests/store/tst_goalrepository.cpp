#include "store/database.h"
#include "store/goalrepository.h"
#include "store/sites.h"

#include <QTemporaryDir>
#include <QTest>

using namespace raycstr;

class tst_GoalRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_db = std::make_unique<SqliteDb>();
        QVERIFY2(Database::open(m_db.get(), m_dir.path(), &error), qPrintable(error));
        SiteRepository sites(m_db.get());
        m_site = sites.add(QStringLiteral("a.test"), QString(), 1, &error)->id;
        m_other = sites.add(QStringLiteral("b.test"), QString(), 1, &error)->id;
    }
    void cleanup()
    {
        m_db.reset();
        QVERIFY(m_dir.remove());
        m_dir = QTemporaryDir();
    }

    void goalsAddListFindRemove()
    {
        GoalRepository repo(m_db.get());
        QString error;
        const auto signup = repo.addGoal(
            m_site, QString(), {Matcher::Kind::Event, QStringLiteral("signup")}, 10, &error);
        QVERIFY2(signup, qPrintable(error));
        QCOMPARE(signup->name, QStringLiteral("signup")); // the event name by default
        const auto blog
            = repo.addGoal(m_site, QStringLiteral("Read the blog"),
                           {Matcher::Kind::Page, QStringLiteral("/blog/**")}, 11, &error);
        QVERIFY2(blog, qPrintable(error));
        QVERIFY(repo.addGoal(m_other, QString(), {Matcher::Kind::Event, QStringLiteral("signup")},
                             12, &error));

        const QList<Goal> goals = repo.goals(m_site);
        QCOMPARE(goals.size(), 2);
        QCOMPARE(goals[1].name, QStringLiteral("Read the blog"));
        QCOMPARE(goals[1].match, (Matcher {Matcher::Kind::Page, QStringLiteral("/blog/**")}));
        QCOMPARE(goals[1].createdAt, 11);
        QCOMPARE(repo.findGoal(m_site, QString::number(blog->id))->name,
                 QStringLiteral("Read the blog"));
        QCOMPARE(repo.findGoal(m_site, QStringLiteral("signup"))->id, signup->id);
        QVERIFY(!repo.findGoal(m_site, QStringLiteral("nope")));

        // Duplicates by name or by what they count, and invalid matchers, are refused.
        QVERIFY(!repo.addGoal(m_site, QStringLiteral("signup"),
                              {Matcher::Kind::Event, QStringLiteral("other")}, 13, &error));
        QVERIFY2(error.contains(QLatin1String("already exists")), qPrintable(error));
        QVERIFY(!repo.addGoal(m_site, QStringLiteral("Blog 2"),
                              {Matcher::Kind::Page, QStringLiteral("/blog/**")}, 13, &error));
        QVERIFY2(error.contains(QLatin1String("already counts page:/blog/**")), qPrintable(error));
        QVERIFY(!repo.addGoal(m_site, QString(), {Matcher::Kind::Page, QStringLiteral("blog")}, 13,
                              &error));
        QVERIFY2(error.contains(QLatin1String("must start with '/'")), qPrintable(error));
        QCOMPARE(repo.goals(m_site).size(), 2);

        QVERIFY(!repo.removeGoal(m_other, signup->id, &error)); // another site's id
        QVERIFY(repo.removeGoal(m_site, signup->id, &error));
        QCOMPARE(repo.goals(m_site).size(), 1);
        QCOMPARE(repo.goals(m_other).size(), 1);
    }

    void funnelsSaveReplaceRemove()
    {
        GoalRepository repo(m_db.get());
        QString error;
        Funnel f;
        f.name = QStringLiteral("Checkout");
        f.steps = {{QStringLiteral("cart"), {Matcher::Kind::Page, QStringLiteral("/cart")}},
                   {QString(), {Matcher::Kind::Event, QStringLiteral("purchase")}}};
        const auto saved = repo.saveFunnel(m_site, f, false, 20, &error);
        QVERIFY2(saved, qPrintable(error));
        QVERIFY(saved->id > 0);
        QVERIFY(!repo.saveFunnel(m_site, f, false, 21, &error));
        QVERIFY2(error.contains(QLatin1String("already exists")), qPrintable(error));

        f.name = QStringLiteral("checkout"); // names compare without case
        f.steps.append(
            {QStringLiteral("thanks"), {Matcher::Kind::Page, QStringLiteral("/thanks/*")}});
        const auto replaced = repo.saveFunnel(m_site, f, true, 22, &error);
        QVERIFY2(replaced, qPrintable(error));
        QCOMPARE(replaced->id, saved->id);
        const QList<Funnel> all = repo.funnels(m_site);
        QCOMPARE(all.size(), 1);
        QCOMPARE(all[0].steps, f.steps);
        QCOMPARE(all[0].createdAt, 20);
        QCOMPARE(repo.findFunnel(m_site, QString::number(saved->id))->name,
                 QStringLiteral("checkout"));
        QVERIFY(repo.funnels(m_other).isEmpty());

        Funnel bad;
        bad.name = QStringLiteral("one step");
        bad.steps = {f.steps[0]};
        QVERIFY(!repo.saveFunnel(m_site, bad, false, 23, &error));
        QVERIFY2(error.contains(QLatin1String("2 to 8 steps")), qPrintable(error));

        QVERIFY(!repo.removeFunnel(m_site, saved->id + 100, &error));
        QVERIFY(repo.removeFunnel(m_site, saved->id, &error));
        QVERIFY(repo.funnels(m_site).isEmpty());
    }

    void siteRemovalTakesGoalsAndFunnels()
    {
        GoalRepository repo(m_db.get());
        QString error;
        QVERIFY(repo.addGoal(m_site, QString(), {Matcher::Kind::Event, QStringLiteral("x")}, 1,
                             &error));
        Funnel f;
        f.name = QStringLiteral("F");
        f.steps = {{QString(), {Matcher::Kind::Page, QStringLiteral("/")}},
                   {QString(), {Matcher::Kind::Event, QStringLiteral("x")}}};
        QVERIFY(repo.saveFunnel(m_site, f, false, 1, &error));
        QVERIFY(repo.saveFunnel(m_other, f, false, 1, &error));
        QVERIFY(SiteRepository(m_db.get()).remove(QStringLiteral("a.test"), &error) >= 0);
        QVERIFY(repo.goals(m_site).isEmpty());
        QVERIFY(repo.funnels(m_site).isEmpty());
        QCOMPARE(repo.funnels(m_other).size(), 1);
    }

    void stepsJsonRejectsGarbage()
    {
        QString error;
        QVERIFY(!GoalRepository::stepsFromJson("{}", &error));
        QVERIFY(!GoalRepository::stepsFromJson("[{\"kind\": \"url\", \"match\": \"/\"}]", &error));
        QVERIFY2(error.contains(QLatin1String("step 1")), qPrintable(error));
        const auto ok
            = GoalRepository::stepsFromJson("[{\"kind\": \"page\", \"match\": \"/a\"}, {\"kind\": "
                                            "\"event\", \"match\": \"e\", \"name\": \"E\"}]",
                                            &error);
        QVERIFY2(ok, qPrintable(error));
        QCOMPARE(ok->size(), 2);
        QCOMPARE(ok->at(1).label(), QStringLiteral("E"));
        QCOMPARE(GoalRepository::stepsFromJson(GoalRepository::stepsToJson(*ok), &error), ok);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SqliteDb> m_db;
    qint32 m_site = 0;
    qint32 m_other = 0;
};

QTEST_GUILESS_MAIN(tst_GoalRepository)
#include "tst_goalrepository.moc"
