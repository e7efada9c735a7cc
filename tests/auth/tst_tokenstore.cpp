#include "auth/tokenstore.h"
#include "common/databasebytes.h"
#include "common/logcapture.h"
#include "core/clock.h"
#include "store/database.h"
#include "store/sites.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace raycstr;
using namespace raycstr::auth;
using namespace raycstr::testing;

class tst_TokenStore : public QObject
{
    Q_OBJECT

    // A data directory with two sites, and the store a server would hold.
    struct Fixture
    {
        QTemporaryDir dir;
        ManualClock clock {1700000000000LL};
        TokenStore store {&clock};
        qint32 siteA = 0;
        qint32 siteB = 0;

        Fixture()
        {
            SqliteDb db;
            QString error;
            if (!Database::open(&db, dir.path(), &error))
                qFatal("%s", qPrintable(error));
            SiteRepository sites(&db);
            siteA = sites.add(QStringLiteral("a.example"), {}, clock.nowSecs(), &error)->id;
            siteB = sites.add(QStringLiteral("b.example"), {}, clock.nowSecs(), &error)->id;
            if (!store.open(dir.path(), &error))
                qFatal("%s", qPrintable(error));
        }
        QByteArray create(const QString &label = {}, qint32 siteId = 0, bool admin = false)
        {
            QString error;
            const auto key = store.createKey(label, siteId, admin, &error);
            if (!key)
                qFatal("%s", qPrintable(error));
            return key->secret;
        }
    };

private Q_SLOTS:
    // The rule a long-lived connection (the live stream) re-checks: the same as at sign-in.
    void principalStaysValidUntilRevokedOrExpired()
    {
        Fixture f;
        QString error;
        const auto key = f.store.authenticateKey(f.create(QStringLiteral("k"), f.siteA));
        QVERIFY(key);
        QVERIFY(f.store.isStillValid(*key));
        QVERIFY(f.store.revokeKey(key->id, &error));
        QVERIFY(!f.store.isStillValid(*key));

        const auto session = f.store.createSession(3600, &error);
        QVERIFY2(session, qPrintable(error));
        const auto sp = f.store.authenticateKey(session->secret);
        QVERIFY(sp);
        QVERIFY(f.store.isStillValid(*sp));
        f.clock.advanceMs(3601 * 1000);
        QVERIFY(!f.store.isStillValid(*sp));

        const auto link = f.store.createShareLink(f.siteB, QStringLiteral("l"), &error);
        QVERIFY2(link, qPrintable(error));
        const auto lp = f.store.authenticateShare(link->secret);
        QVERIFY(lp);
        QVERIFY(f.store.isStillValid(*lp));
        QVERIFY(f.store.revokeShareLink(lp->id, &error));
        QVERIFY(!f.store.isStillValid(*lp));
        Principal unknown;
        unknown.id = 9999;
        QVERIFY(!f.store.isStillValid(unknown));
    }

    void createdKeyAuthenticatesWithItsScopeAndRole()
    {
        Fixture f;
        QString error;
        const auto key = f.store.createKey(QStringLiteral("grafana"), 0, false, &error);
        QVERIFY2(key, qPrintable(error));
        QVERIFY(key->id > 0);
        QVERIFY2(QRegularExpression(QStringLiteral("^rc_[A-Za-z0-9_-]{43}$"))
                     .match(QString::fromLatin1(key->secret))
                     .hasMatch(),
                 key->secret.constData());
        const auto p = f.store.authenticateKey(key->secret);
        QVERIFY(p);
        QCOMPARE(p->kind, Principal::Kind::ApiKey);
        QCOMPARE(p->id, key->id);
        QCOMPARE(p->label, QStringLiteral("grafana"));
        QCOMPARE(p->siteId, 0);
        QVERIFY(!p->admin);
        QVERIFY(p->canRead(f.siteA));
        QVERIFY(p->canRead(f.siteB));
        QVERIFY(!p->canAdmin(f.siteA));
    }

    void keysAreRandom()
    {
        Fixture f;
        QSet<QByteArray> seen;
        for (int i = 0; i < 20; ++i)
            seen.insert(f.create());
        QCOMPARE(seen.size(), 20);
    }

    void siteKeyReadsOnlyItsSiteAndAdminKeyAdministers()
    {
        Fixture f;
        const auto p = f.store.authenticateKey(f.create({}, f.siteA, true));
        QVERIFY(p);
        QCOMPARE(p->siteId, f.siteA);
        QVERIFY(p->admin);
        QVERIFY(p->canRead(f.siteA));
        QVERIFY(p->canAdmin(f.siteA));
        QVERIFY(!p->canRead(f.siteB));
        QVERIFY(!p->canAdmin(f.siteB));
        QVERIFY(!p->canRead(0)); // "every site" needs an all-sites key
    }

    void keyForAnUnknownSiteIsRefused()
    {
        Fixture f;
        QString error;
        QVERIFY(!f.store.createKey({}, 999, false, &error));
        QVERIFY2(error.contains(QLatin1String("no site")), qPrintable(error));
        QVERIFY(f.store.listKeys().isEmpty());
    }

    void unknownAndMalformedKeysAreRejected_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("unknown") << QByteArray("rc_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        QTest::newRow("garbage") << QByteArray("not a key");
        QTest::newRow("huge") << QByteArray(100000, 'x');
    }

    void unknownAndMalformedKeysAreRejected()
    {
        QFETCH(QByteArray, key);
        Fixture f;
        const QByteArray real = f.create();
        QVERIFY(!f.store.authenticateKey(key));
        QVERIFY(!f.store.authenticateKey(real.chopped(1))); // a prefix of a real key
        QVERIFY(f.store.authenticateKey(real));
    }

    // The server holds one store; `token revoke` is another process with its own
    // connection. The very next check must fail.
    void keyRevokedElsewhereStopsWorkingAtOnce()
    {
        Fixture f;
        const QByteArray key = f.create(QStringLiteral("ci"));
        QVERIFY(f.store.authenticateKey(key));
        const qint64 id = f.store.listKeys().first().id;
        TokenStore cli(&f.clock);
        QString error;
        QVERIFY(cli.open(f.dir.path(), &error));
        QVERIFY2(cli.revokeKey(id, &error), qPrintable(error));
        QVERIFY(!f.store.authenticateKey(key));
        const auto info = f.store.key(id);
        QVERIFY(info);
        QCOMPARE(info->revokedAt, f.clock.nowSecs());
    }

    void revokingTwiceOrUnknownSaysWhy()
    {
        Fixture f;
        f.create();
        const qint64 id = f.store.listKeys().first().id;
        QString error;
        QVERIFY(f.store.revokeKey(id, &error));
        QVERIFY(!f.store.revokeKey(id, &error));
        QVERIFY2(error.contains(QLatin1String("already revoked")), qPrintable(error));
        QVERIFY(!f.store.revokeKey(id + 100, &error));
        QVERIFY2(error.contains(QLatin1String("no key with id")), qPrintable(error));
    }

    void listShowsEveryKeyWithoutSecretsAndKeepsRevokedOnes()
    {
        Fixture f;
        f.create(QStringLiteral("one"));
        f.create(QStringLiteral("two"), f.siteB, true);
        QString error;
        QVERIFY(f.store.revokeKey(f.store.listKeys().first().id, &error));
        const QList<ApiKeyInfo> keys = f.store.listKeys();
        QCOMPARE(keys.size(), 2);
        QCOMPARE(keys.at(0).label, QStringLiteral("one"));
        QVERIFY(keys.at(0).revokedAt > 0);
        QCOMPARE(keys.at(1).label, QStringLiteral("two"));
        QCOMPARE(keys.at(1).siteId, f.siteB);
        QVERIFY(keys.at(1).admin);
        QCOMPARE(keys.at(1).revokedAt, 0);
        QCOMPARE(keys.at(1).createdAt, f.clock.nowSecs());
    }

    // Written at most once a minute, so a busy dashboard does not write on every call.
    void lastUsedIsKeptToTheMinute()
    {
        Fixture f;
        const QByteArray key = f.create();
        QCOMPARE(f.store.listKeys().first().lastUsedAt, 0);
        const qint64 t0 = f.clock.nowSecs();
        QVERIFY(f.store.authenticateKey(key));
        QCOMPARE(f.store.listKeys().first().lastUsedAt, t0);
        f.clock.advanceMs(30000);
        QVERIFY(f.store.authenticateKey(key));
        QCOMPARE(f.store.listKeys().first().lastUsedAt, t0);
        f.clock.advanceMs(31000);
        QVERIFY(f.store.authenticateKey(key));
        QCOMPARE(f.store.listKeys().first().lastUsedAt, t0 + 61);
    }

    void sessionIsAnAdminKeyForAllSitesThatExpires()
    {
        Fixture f;
        QString error;
        const auto s = f.store.createSession(3600, &error);
        QVERIFY2(s, qPrintable(error));
        QVERIFY(s->secret.startsWith("rcs_"));
        QCOMPARE(s->expiresAt, f.clock.nowSecs() + 3600);
        auto p = f.store.authenticateKey(s->secret);
        QVERIFY(p);
        QCOMPARE(p->kind, Principal::Kind::Session);
        QVERIFY(p->canAdmin(f.siteA));
        QVERIFY(p->canAdmin(f.siteB));
        f.clock.advanceMs(3599 * 1000);
        QVERIFY(f.store.authenticateKey(s->secret));
        f.clock.advanceMs(1000);
        QVERIFY(!f.store.authenticateKey(s->secret));
        QVERIFY(!f.store.createSession(0, &error));
    }

    void sessionsAreListedOnlyWhenAskedAndCanAllBeEnded()
    {
        Fixture f;
        f.create(QStringLiteral("key"));
        QString error;
        const auto s1 = f.store.createSession(3600, &error);
        const auto s2 = f.store.createSession(3600, &error);
        QVERIFY(s1 && s2);
        QCOMPARE(f.store.listKeys().size(), 1);
        QCOMPARE(f.store.listKeys(true).size(), 3);
        QCOMPARE(f.store.revokeSessions(), 2);
        QVERIFY(!f.store.authenticateKey(s1->secret));
        QVERIFY(!f.store.authenticateKey(s2->secret));
        QCOMPARE(f.store.revokeSessions(), 0);
        QCOMPARE(f.store.listKeys().size(), 1); // the API key is untouched
        QCOMPARE(f.store.listKeys().first().revokedAt, 0);
    }

    void shareLinkReadsOneSiteAndIsRevocable()
    {
        Fixture f;
        QString error;
        const auto link = f.store.createShareLink(f.siteA, QStringLiteral("blog"), &error);
        QVERIFY2(link, qPrintable(error));
        QVERIFY(link->secret.size() >= 43);
        const auto p = f.store.authenticateShare(link->secret);
        QVERIFY(p);
        QCOMPARE(p->kind, Principal::Kind::ShareLink);
        QCOMPARE(p->siteId, f.siteA);
        QVERIFY(!p->admin);
        QVERIFY(p->canRead(f.siteA));
        QVERIFY(!p->canRead(f.siteB));
        QVERIFY(!p->canAdmin(f.siteA));
        // Neither kind of secret opens the other door.
        QVERIFY(!f.store.authenticateKey(link->secret));
        QVERIFY(!f.store.authenticateShare(f.create()));

        const QList<ShareLinkInfo> links = f.store.listShareLinks();
        QCOMPARE(links.size(), 1);
        QCOMPARE(links.first().label, QStringLiteral("blog"));
        QCOMPARE(f.store.listShareLinks(f.siteB).size(), 0);
        QVERIFY(f.store.revokeShareLink(link->id, &error));
        QVERIFY(!f.store.authenticateShare(link->secret));
        QVERIFY(!f.store.revokeShareLink(link->id, &error));
        QVERIFY(error.contains(QLatin1String("already revoked")));
        QVERIFY(!f.store.createShareLink(0, {}, &error)); // always one site
        QVERIFY(!f.store.createShareLink(999, {}, &error));
    }

    // A site's keys and links go with it: site ids can come back, access must not.
    void removingASiteRemovesItsKeysAndLinks()
    {
        Fixture f;
        const QByteArray siteKey = f.create({}, f.siteB);
        const QByteArray allKey = f.create();
        QString error;
        const auto link = f.store.createShareLink(f.siteB, {}, &error);
        QVERIFY(link);
        SqliteDb db;
        QVERIFY(Database::open(&db, f.dir.path(), &error));
        SiteRepository sites(&db);
        QVERIFY(sites.remove(QStringLiteral("b.example"), &error) >= 0);
        const auto again = sites.add(QStringLiteral("c.example"), {}, f.clock.nowSecs(), &error);
        QVERIFY(again);
        QCOMPARE(again->id, f.siteB); // SQLite reused the id
        QVERIFY(!f.store.authenticateKey(siteKey));
        QVERIFY(!f.store.authenticateShare(link->secret));
        QVERIFY(f.store.authenticateKey(allKey));
        QCOMPARE(f.store.listKeys().size(), 1);
    }

    void noSecretReachesTheDiskOrTheLog()
    {
        LogCapture log;
        Fixture f;
        QString error;
        const QByteArray key = f.create(QStringLiteral("k"), f.siteA, true);
        const auto session = f.store.createSession(3600, &error);
        const auto link = f.store.createShareLink(f.siteA, {}, &error);
        QVERIFY(session && link);
        QVERIFY(f.store.authenticateKey(key));
        QVERIFY(f.store.authenticateKey(session->secret));
        QVERIFY(f.store.authenticateShare(link->secret));
        QVERIFY(f.store.revokeKey(f.store.listKeys().first().id, &error));
        QVERIFY(log.count() > 0); // the lifecycle is logged…
        const QByteArray disk = databaseBytes(f.dir.path());
        QVERIFY(disk.size() > 4096);
        for (const QByteArray &secret : {key, session->secret, link->secret}) {
            // …but neither the secret nor its random part is, anywhere.
            const QByteArray random = secret.mid(secret.startsWith("rcs_")      ? 4
                                                     : secret.startsWith("rc_") ? 3
                                                                                : 0);
            QCOMPARE(random.size(), 43);
            QVERIFY2(!disk.contains(random), secret.constData());
            QVERIFY2(!log.text().contains(QString::fromLatin1(random)), secret.constData());
        }
    }
};

QTEST_GUILESS_MAIN(tst_TokenStore)
#include "tst_tokenstore.moc"
