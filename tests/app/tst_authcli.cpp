#include "auth/passwordstore.h"
#include "auth/tokenstore.h"
#include "authcli.h"
#include "common/databasebytes.h"
#include "core/clock.h"
#include "servercli.h"
#include "store/database.h"
#include "store/sites.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace raycstr;
using namespace raycstr::testing;

namespace {
const QRegularExpression KeyPattern(QStringLiteral("rc_[A-Za-z0-9_-]{43}"));
const QRegularExpression
    SharePattern(QStringLiteral("/api/stats\\?site=example\\.com&auth=([A-Za-z0-9_-]{43})\n"));
} // namespace

class tst_AuthCli : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code;
        QString out;
        QString err;
    };

    // A data directory with example.com and other.org, and the CLI run on it in-process.
    struct Fixture
    {
        QTemporaryDir dir;
        SystemClock clock;
        qint32 example = 0;
        qint32 other = 0;
        bool terminal = true; // as a person at a terminal runs it (secrets come with prose)

        Fixture()
        {
            SqliteDb db;
            QString error;
            if (!Database::open(&db, dir.path(), &error))
                qFatal("%s", qPrintable(error));
            SiteRepository sites(&db);
            example = sites.add(QStringLiteral("example.com"), {}, clock.nowSecs(), &error)->id;
            other = sites.add(QStringLiteral("other.org"), {}, clock.nowSecs(), &error)->id;
        }
        Run run(const QStringList &args, const QString &stdinText = QString())
        {
            QString out, err, in = stdinText;
            QTextStream o(&out), e(&err), i(&in);
            ServerCli cli(&clock, o, e);
            cli.setInput(&i);
            cli.setOutputIsTerminal(terminal);
            const int code = cli.run(QStringList {QStringLiteral("raycstr-server")} + args
                                     + QStringList {QStringLiteral("--data"), dir.path()});
            o.flush();
            e.flush();
            return {code, out, err};
        }
        std::optional<auth::Principal> authenticate(const QByteArray &key)
        {
            auth::TokenStore store(&clock);
            QString error;
            if (!store.open(dir.path(), &error))
                qFatal("%s", qPrintable(error));
            return store.authenticateKey(key);
        }
        bool verify(const QByteArray &password)
        {
            auth::PasswordStore store(&clock);
            QString error;
            return store.open(dir.path(), &error) && store.verify(password);
        }
    };

private Q_SLOTS:
    void everyCommandHasHelp()
    {
        Fixture f;
        const Run top = f.run({QStringLiteral("--help")});
        QCOMPARE(top.code, 0);
        for (const char *line : {"token create", "token list", "token revoke ID",
                                 "user set-password", "share create DOMAIN", "share revoke ID"})
            QVERIFY2(top.out.contains(QLatin1String(line)), line);
        for (const QString &cmd :
             {QStringLiteral("token"), QStringLiteral("user"), QStringLiteral("share")}) {
            const Run help = f.run({cmd, QStringLiteral("--help")});
            QCOMPARE(help.code, 0);
            QVERIFY2(help.out.contains(QLatin1String("--data")), qPrintable(help.out));
            QVERIFY(help.err.isEmpty());
        }
    }

    void subCommandHelpNamesTheCommandAndLang()
    {
        Fixture f;
        for (const QString &cmd : {QStringLiteral("token"), QStringLiteral("user"),
                                   QStringLiteral("share"), QStringLiteral("serve"),
                                   QStringLiteral("site"), QStringLiteral("goal"),
                                   QStringLiteral("funnel")}) {
            const Run help = f.run({cmd, QStringLiteral("--help")});
            QCOMPARE(help.code, 0);
            // "Usage: raycstr-server token [options] …", not the test binary's path.
            const QString firstLine = help.out.section(QLatin1Char('\n'), 0, 0);
            QVERIFY2(firstLine.contains(QLatin1String("raycstr-server ") + cmd), qPrintable(firstLine));
            QVERIFY2(!help.out.contains(QCoreApplication::applicationFilePath()), qPrintable(help.out));
            QVERIFY2(help.out.contains(QLatin1String("--lang")), qPrintable(help.out));
        }
    }

    // A script (stdout not a terminal, or --quiet) gets the secret alone; --json gives it with
    // its id; the prose is for a person at a terminal.
    void secretsAloneForScripts()
    {
        Fixture f;
        f.terminal = false;
        Run r = f.run({QStringLiteral("token"), QStringLiteral("create")});
        QCOMPARE(r.code, 0);
        QVERIFY2(QRegularExpression(QStringLiteral("^rc_[A-Za-z0-9_-]{43}\n$")).match(r.out).hasMatch(),
                 qPrintable(r.out));
        QVERIFY(f.authenticate(r.out.trimmed().toLatin1()));

        f.terminal = true;
        r = f.run({QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--quiet")});
        QVERIFY2(QRegularExpression(QStringLiteral("^rc_[A-Za-z0-9_-]{43}\n$")).match(r.out).hasMatch(),
                 qPrintable(r.out));

        r = f.run({QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--json"),
                   QStringLiteral("--site"), QStringLiteral("example.com")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY2(o.value(QStringLiteral("key")).toString().startsWith(QLatin1String("rc_")),
                 qPrintable(r.out));
        QCOMPARE(o.value(QStringLiteral("site")).toString(), QStringLiteral("example.com"));
        QCOMPARE(o.value(QStringLiteral("role")).toString(), QStringLiteral("read-only"));
        QVERIFY(o.value(QStringLiteral("id")).toInt() > 0);
        QVERIFY(f.authenticate(o.value(QStringLiteral("key")).toString().toLatin1()));

        f.terminal = false;
        r = f.run({QStringLiteral("share"), QStringLiteral("create"), QStringLiteral("example.com")});
        QCOMPARE(r.code, 0);
        QVERIFY2(!r.out.contains(QLatin1Char(' ')) && r.out.endsWith(QLatin1Char('\n'))
                     && r.out.count(QLatin1Char('\n')) == 1,
                 qPrintable(r.out));
        auth::TokenStore store(&f.clock);
        QString error;
        QVERIFY(store.open(f.dir.path(), &error));
        QVERIFY(store.authenticateShare(r.out.trimmed().toLatin1()));
        r = f.run({QStringLiteral("share"), QStringLiteral("create"), QStringLiteral("example.com"),
                   QStringLiteral("--json")});
        QVERIFY(store.authenticateShare(QJsonDocument::fromJson(r.out.toUtf8())
                                            .object()
                                            .value(QStringLiteral("secret"))
                                            .toString()
                                            .toLatin1()));
    }

    void tokenCreatePrintsTheKeyOnceAndItWorks()
    {
        Fixture f;
        const Run r = f.run({QStringLiteral("token"), QStringLiteral("create"),
                             QStringLiteral("--label"), QStringLiteral("grafana")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("Created API key 1 (read-only, all sites)")),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("shown only this once")));
        auto it = KeyPattern.globalMatch(r.out);
        QVERIFY(it.hasNext());
        const QByteArray key = it.next().captured().toLatin1();
        QVERIFY2(!it.hasNext(), "the key is printed exactly once");
        const auto p = f.authenticate(key);
        QVERIFY(p);
        QCOMPARE(p->siteId, 0);
        QVERIFY(!p->admin);
        QCOMPARE(p->label, QStringLiteral("grafana"));

        const Run list = f.run({QStringLiteral("token"), QStringLiteral("list")});
        QCOMPARE(list.code, 0);
        QVERIFY2(!list.out.contains(QString::fromLatin1(key.mid(3))), qPrintable(list.out));
        QVERIFY(!KeyPattern.match(list.out).hasMatch());
        const QRegularExpression row(
            QStringLiteral("^1\\s+grafana\\s+all sites\\s+read-only\\s+\\S+Z\\s+\\S+Z\\s+active$"),
            QRegularExpression::MultilineOption);
        QVERIFY2(row.match(list.out).hasMatch(), qPrintable(list.out)); // used just now
    }

    void siteKeyIsScopedToItsSite()
    {
        Fixture f;
        const Run r
            = f.run({QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--site"),
                     QStringLiteral("Example.com"), QStringLiteral("--admin")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("(admin, example.com)")), qPrintable(r.out));
        const auto p = f.authenticate(KeyPattern.match(r.out).captured().toLatin1());
        QVERIFY(p);
        QCOMPARE(p->siteId, f.example);
        QVERIFY(p->canAdmin(f.example));
        QVERIFY(!p->canRead(f.other));

        const Run json
            = f.run({QStringLiteral("token"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(json.code, 0);
        const QJsonArray keys = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(keys.size(), 1);
        const QJsonObject k = keys.first().toObject();
        QCOMPARE(k.value(QStringLiteral("site")).toString(), QStringLiteral("example.com"));
        QCOMPARE(k.value(QStringLiteral("role")).toString(), QStringLiteral("admin"));
        QVERIFY(k.value(QStringLiteral("revoked_at")).isNull());
        QVERIFY(!k.contains(QStringLiteral("key")));
    }

    void revokedKeyIsRejected()
    {
        Fixture f;
        const Run r = f.run({QStringLiteral("token"), QStringLiteral("create")});
        const QByteArray key = KeyPattern.match(r.out).captured().toLatin1();
        QVERIFY(f.authenticate(key));
        Run revoke
            = f.run({QStringLiteral("token"), QStringLiteral("revoke"), QStringLiteral("1")});
        QCOMPARE(revoke.code, 0);
        QVERIFY(revoke.out.contains(QLatin1String("Revoked API key 1")));
        QVERIFY(!f.authenticate(key));
        QVERIFY(f.run({QStringLiteral("token"), QStringLiteral("list")})
                    .out.contains(QLatin1String("revoked ")));
        revoke = f.run({QStringLiteral("token"), QStringLiteral("revoke"), QStringLiteral("1")});
        QCOMPARE(revoke.code, 1);
        QVERIFY2(revoke.err.contains(QLatin1String("already revoked")), qPrintable(revoke.err));
        revoke = f.run({QStringLiteral("token"), QStringLiteral("revoke"), QStringLiteral("42")});
        QCOMPARE(revoke.code, 1);
        QVERIFY2(revoke.err.contains(QLatin1String("no key with id 42")), qPrintable(revoke.err));
    }

    void badInputIsAClearErrorWithNonZeroExit_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const QString token = QStringLiteral("token"), share = QStringLiteral("share");
        QTest::newRow("token without action")
            << QStringList {token} << 2 << QStringLiteral("expected create, list, revoke");
        QTest::newRow("token bogus action")
            << QStringList {token, QStringLiteral("make")} << 2 << QStringLiteral("(got 'make')");
        QTest::newRow("token revoke without id")
            << QStringList {token, QStringLiteral("revoke")} << 2 << QStringLiteral("one key ID");
        QTest::newRow("token revoke not a number")
            << QStringList {token, QStringLiteral("revoke"), QStringLiteral("abc")} << 2
            << QStringLiteral("one key ID");
        QTest::newRow("token revoke zero")
            << QStringList {token, QStringLiteral("revoke"), QStringLiteral("0")} << 2
            << QStringLiteral("one key ID");
        QTest::newRow("token list extra")
            << QStringList {token, QStringLiteral("list"), QStringLiteral("x")} << 2
            << QStringLiteral("takes no arguments");
        QTest::newRow("token unknown option")
            << QStringList {token, QStringLiteral("create"), QStringLiteral("--scope")} << 2
            << QStringLiteral("Unknown option");
        QTest::newRow("token for unknown site")
            << QStringList {token, QStringLiteral("create"), QStringLiteral("--site"),
                            QStringLiteral("nowhere.net")}
            << 1 << QStringLiteral("no site nowhere.net");
        QTest::newRow("user without action")
            << QStringList {QStringLiteral("user")} << 2 << QStringLiteral("expected set-password");
        QTest::newRow("password on the command line")
            << QStringList {QStringLiteral("user"), QStringLiteral("set-password"),
                            QStringLiteral("hunter2hunter2")}
            << 2 << QStringLiteral("never from the command line");
        QTest::newRow("share without action")
            << QStringList {share} << 2 << QStringLiteral("expected create, list, revoke");
        QTest::newRow("share create without domain")
            << QStringList {share, QStringLiteral("create")} << 2
            << QStringLiteral("exactly one DOMAIN");
        QTest::newRow("share for unknown site")
            << QStringList {share, QStringLiteral("create"), QStringLiteral("nowhere.net")} << 1
            << QStringLiteral("no site nowhere.net");
        QTest::newRow("share list unknown site")
            << QStringList {share, QStringLiteral("list"), QStringLiteral("nowhere.net")} << 1
            << QStringLiteral("no site nowhere.net");
        QTest::newRow("share revoke not a number")
            << QStringList {share, QStringLiteral("revoke"), QStringLiteral("x")} << 2
            << QStringLiteral("one link ID");
        QTest::newRow("share revoke unknown")
            << QStringList {share, QStringLiteral("revoke"), QStringLiteral("7")} << 1
            << QStringLiteral("no share link with id 7");
        QTest::newRow("missing config")
            << QStringList {token, QStringLiteral("list"), QStringLiteral("--config"),
                            QStringLiteral("/nonexistent/raycstr.yaml")}
            << 2 << QStringLiteral("cannot read config file");
    }

    void badInputIsAClearErrorWithNonZeroExit()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        Fixture f;
        const Run r = f.run(args);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void setPasswordReadsStdinAndEndsSessions()
    {
        Fixture f;
        auth::TokenStore tokens(&f.clock);
        QString error;
        QVERIFY(tokens.open(f.dir.path(), &error));
        const auto session = tokens.createSession(3600, &error);
        QVERIFY(session);
        const Run r = f.run({QStringLiteral("user"), QStringLiteral("set-password")},
                            QStringLiteral("correct horse battery\n"));
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("Admin password set. 1 dashboard session(s) signed "
                                              "out.")),
                 qPrintable(r.out));
        QVERIFY(f.verify("correct horse battery"));
        QVERIFY(!tokens.authenticateKey(session->secret));
        QVERIFY(!r.out.contains(QLatin1String("correct horse")));
    }

    void setPasswordRefusesShortOrMissingInput_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("message");
        QTest::newRow("too short") << QStringLiteral("short\n") << QStringLiteral("at least 10");
        QTest::newRow("empty line") << QStringLiteral("\n") << QStringLiteral("at least 10");
        QTest::newRow("no input") << QString() << QStringLiteral("no password on standard input");
    }

    void setPasswordRefusesShortOrMissingInput()
    {
        QFETCH(QString, input);
        QFETCH(QString, message);
        Fixture f;
        const Run r = f.run({QStringLiteral("user"), QStringLiteral("set-password"),
                             QStringLiteral("--password-stdin")},
                            input);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        auth::PasswordStore store(&f.clock);
        QString error;
        QVERIFY(store.open(f.dir.path(), &error));
        QVERIFY(!store.hasPassword());
    }

    // The real binary with a pipe on stdin, as a provisioning script would run it.
    void setPasswordFromAPipeWithTheBinary()
    {
        const QString binary = QStringLiteral(RAYCSTR_BUILD_DIR "/app/raycstr-server");
        QVERIFY2(QFileInfo::exists(binary), "build the raycstr-server target first");
        Fixture f;
        for (const QStringList &extra :
             {QStringList {}, QStringList {QStringLiteral("--password-stdin")}}) {
            QProcess p;
            p.start(binary,
                    QStringList {QStringLiteral("user"), QStringLiteral("set-password"),
                                 QStringLiteral("--data"), f.dir.path()}
                        + extra);
            QVERIFY(p.waitForStarted());
            p.write("piped password " + QByteArray::number(extra.size()) + "\n");
            p.closeWriteChannel();
            QVERIFY(p.waitForFinished(30000));
            QCOMPARE(p.exitCode(), 0);
            QVERIFY(p.readAllStandardOutput().contains("Admin password set."));
            QVERIFY(f.verify("piped password " + QByteArray::number(extra.size())));
        }
    }

    void shareLinkLifecycle()
    {
        Fixture f;
        const Run r = f.run({QStringLiteral("share"), QStringLiteral("create"),
                             QStringLiteral("example.com"), QStringLiteral("--label"),
                             QStringLiteral("blog")});
        QCOMPARE(r.code, 0);
        const auto m = SharePattern.match(r.out);
        QVERIFY2(m.hasMatch(), qPrintable(r.out));
        const QByteArray secret = m.captured(1).toLatin1();
        auth::TokenStore store(&f.clock);
        QString error;
        QVERIFY(store.open(f.dir.path(), &error));
        const auto p = store.authenticateShare(secret);
        QVERIFY(p);
        QCOMPARE(p->siteId, f.example);
        QVERIFY(!p->admin);

        Run list = f.run({QStringLiteral("share"), QStringLiteral("list")});
        QCOMPARE(list.code, 0);
        QVERIFY2(list.out.contains(QRegularExpression(
                     QStringLiteral("^1\\s+example\\.com\\s+blog\\s+\\S+Z\\s+active$"),
                     QRegularExpression::MultilineOption)),
                 qPrintable(list.out));
        QVERIFY(!list.out.contains(QString::fromLatin1(secret)));
        list
            = f.run({QStringLiteral("share"), QStringLiteral("list"), QStringLiteral("other.org")});
        QVERIFY2(list.out.contains(QLatin1String("No share links")), qPrintable(list.out));

        const Run revoke
            = f.run({QStringLiteral("share"), QStringLiteral("revoke"), QStringLiteral("1")});
        QCOMPARE(revoke.code, 0);
        QVERIFY(!store.authenticateShare(secret));
        list = f.run({QStringLiteral("share"), QStringLiteral("list"), QStringLiteral("--json")});
        const QJsonArray links = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(links.size(), 1);
        QVERIFY(!links.first().toObject().value(QStringLiteral("revoked_at")).isNull());
    }

    // serve() calls this after the engine starts.
    void firstStartPrintsAGeneratedPasswordOnce()
    {
        Fixture f;
        QString out, err;
        QTextStream o(&out), e(&err);
        QVERIFY(AuthCli(&f.clock, o, e).ensureAdminPassword(f.dir.path(), true));
        o.flush();
        const auto m
            = QRegularExpression(QStringLiteral("Admin password \\(shown once\\): (\\S+)\n"))
                  .match(out);
        QVERIFY2(m.hasMatch(), qPrintable(out));
        QVERIFY(f.verify(m.captured(1).toLatin1()));
        out.clear();
        QVERIFY(AuthCli(&f.clock, o, e).ensureAdminPassword(f.dir.path(), true));
        o.flush();
        QVERIFY2(out.isEmpty(), qPrintable(out));
        QVERIFY(err.isEmpty());
    }

    // A service's stdout is a log (the journal): no password is made, the output says how
    // to set one, and it stops saying so once one is set.
    void noPasswordIsMadeWhenOutputIsNotATerminal()
    {
        Fixture f;
        QString out, err;
        QTextStream o(&out), e(&err);
        QVERIFY(AuthCli(&f.clock, o, e).ensureAdminPassword(f.dir.path(), false));
        o.flush();
        QVERIFY2(!out.contains(QLatin1String("shown once")), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("No admin password is set")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("raycstr-server user set-password --data %1\n")
                                  .arg(QDir::toNativeSeparators(f.dir.path()))),
                 qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("token create --admin --data")), qPrintable(out));
        auth::PasswordStore store(&f.clock);
        QString error;
        QVERIFY(store.open(f.dir.path(), &error));
        QVERIFY(!store.hasPassword());

        QCOMPARE(f.run({QStringLiteral("user"), QStringLiteral("set-password")},
                       QStringLiteral("a-chosen-password\n"))
                     .code,
                 0);
        out.clear();
        QVERIFY(AuthCli(&f.clock, o, e).ensureAdminPassword(f.dir.path(), false));
        o.flush();
        QVERIFY2(out.isEmpty(), qPrintable(out));
        QVERIFY(err.isEmpty());
        QVERIFY(f.verify("a-chosen-password"));
    }

    // The real binary with stdout on a pipe, as under systemd (INVOCATION_ID set): the
    // first start logs the commands to run as the service's user, and no password.
    void serveOnAPipeLogsNoPassword()
    {
        const QString binary = QStringLiteral(RAYCSTR_BUILD_DIR "/app/raycstr-server");
        QVERIFY2(QFileInfo::exists(binary), "build the raycstr-server target first");
        Fixture f;
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("INVOCATION_ID"), QStringLiteral("0123456789abcdef"));
        p.setProcessEnvironment(env);
        p.start(binary,
                {QStringLiteral("serve"), QStringLiteral("--data"), f.dir.path(),
                 QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        QVERIFY(p.waitForStarted());
        QByteArray out;
        QDeadlineTimer deadline(30000);
        while (!out.contains("collecting on") && !deadline.hasExpired()
               && p.state() == QProcess::Running) {
            p.waitForReadyRead(200);
            out += p.readAllStandardOutput();
        }
        p.terminate(); // SIGTERM: the server drains and exits
        QVERIFY(p.waitForFinished(30000));
        out += p.readAllStandardOutput();
        QCOMPARE(p.exitCode(), 0);
        QVERIFY2(out.contains("collecting on"), out.constData());
        QVERIFY2(!out.contains("shown once"), out.constData());
        const QByteArray user = qgetenv("USER"); // the name getpwuid() gives, where set
        QVERIFY2(out.contains("sudo -u ") && out.contains(" raycstr-server user set-password"),
                 out.constData());
        if (!user.isEmpty())
            QVERIFY2(out.contains("sudo -u " + user + " raycstr-server"), out.constData());
        auth::PasswordStore store(&f.clock);
        QString error;
        QVERIFY(store.open(f.dir.path(), &error));
        QVERIFY(!store.hasPassword());
    }

    void noPlaintextSecretInTheDatabase()
    {
        Fixture f;
        const QByteArray key = KeyPattern
                                   .match(f.run({QStringLiteral("token"), QStringLiteral("create"),
                                                 QStringLiteral("--admin")})
                                              .out)
                                   .captured()
                                   .toLatin1();
        const QByteArray secret
            = SharePattern
                  .match(f.run({QStringLiteral("share"), QStringLiteral("create"),
                                QStringLiteral("example.com")})
                             .out)
                  .captured(1)
                  .toLatin1();
        QCOMPARE(f.run({QStringLiteral("user"), QStringLiteral("set-password")},
                       QStringLiteral("zebra-password-99\n"))
                     .code,
                 0);
        QCOMPARE(key.size(), 46);
        QCOMPARE(secret.size(), 43);
        const QByteArray disk = databaseBytes(f.dir.path());
        QVERIFY(disk.contains("$argon2id$")); // the file holds what we stored…
        QVERIFY(!disk.contains(key.mid(3))); // …but no secret in clear
        QVERIFY(!disk.contains(secret));
        QVERIFY(!disk.contains("zebra-password-99"));
    }
};

QTEST_GUILESS_MAIN(tst_AuthCli)
#include "tst_authcli.moc"
