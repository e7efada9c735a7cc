#pragma once

// A real PostgreSQL server for the tests: Debian's (`postgresql`; installer/setup-deps.sh
// installs it), initdb'd into a temporary directory and started as a child process on
// 127.0.0.1 with a free port, its Unix socket in that directory too; never a system service.
// PostgreSQL refuses to run as root: when the tests run as root (CI), initdb and postgres
// run as the `postgres` system user, the directory handed to it. The superuser is
// `raycstr_admin` (SuperPassword); over TCP every role logs in with a password
// (scram-sha-256), so a wrong one is refused as on a real server.
// One per test executable, started in initTestCase(); a test that cannot start it fails.
// The destructor stops it (fast shutdown, then SIGKILL after 10 s); a test process that
// dies takes it along (PR_SET_PDEATHSIG).
//
// RAYCSTR_POSTGRES_BIN names another bin directory (initdb, postgres).

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>

#include <libpq-fe.h>

#include <csignal>
#include <grp.h>
#include <pwd.h>
#include <sys/prctl.h>
#include <unistd.h>

namespace raycstr::testing {

class PostgresServer
{
public:
    static constexpr auto SuperUser = "raycstr_admin";
    static constexpr auto SuperPassword = "pg Pa55'w0rd";

    ~PostgresServer() { stop(); }

    bool start(QString *error)
    {
        if (!m_dir.isValid()) {
            *error = QStringLiteral("no temporary directory");
            return false;
        }
        m_bin = qEnvironmentVariable("RAYCSTR_POSTGRES_BIN", newestBinDir());
        if (!QFile::exists(m_bin + QStringLiteral("/postgres"))) {
            *error = QStringLiteral("PostgreSQL's server is missing (%1/postgres): "
                                    "installer/setup-deps.sh installs postgresql")
                         .arg(m_bin);
            return false;
        }
        if (::geteuid() == 0) {
            const passwd *pw = ::getpwnam("postgres");
            if (!pw) {
                *error = QStringLiteral("running as root, and there is no `postgres` user to "
                                        "run PostgreSQL as");
                return false;
            }
            m_uid = pw->pw_uid;
            m_gid = pw->pw_gid;
            if (::chown(QFile::encodeName(m_dir.path()).constData(), m_uid, m_gid) != 0) {
                *error = QStringLiteral("cannot hand %1 to postgres").arg(m_dir.path());
                return false;
            }
        }
        QFile pw(m_dir.filePath(QStringLiteral("pw")));
        if (!pw.open(QIODevice::WriteOnly) || pw.write(SuperPassword) < 0) {
            *error = QStringLiteral("cannot write %1").arg(pw.fileName());
            return false;
        }
        pw.close();
        if (m_uid && ::chown(QFile::encodeName(pw.fileName()).constData(), m_uid, m_gid) != 0) {
            *error = QStringLiteral("cannot hand %1 to postgres").arg(pw.fileName());
            return false;
        }
        QProcess initdb;
        prepare(initdb);
        initdb.start(
            m_bin + QStringLiteral("/initdb"),
            {QStringLiteral("-D"), dataPath(), QStringLiteral("-U"), QLatin1String(SuperUser),
             QStringLiteral("--pwfile"), pw.fileName(), QStringLiteral("--auth-host=scram-sha-256"),
             QStringLiteral("--auth-local=scram-sha-256"), QStringLiteral("-E"),
             QStringLiteral("UTF8"), QStringLiteral("--locale=C"), QStringLiteral("--no-sync")});
        if (!initdb.waitForFinished(120000) || initdb.exitStatus() != QProcess::NormalExit
            || initdb.exitCode() != 0) {
            *error = QStringLiteral("initdb failed: %1")
                         .arg(QString::fromLocal8Bit(initdb.readAll().right(2000)));
            return false;
        }
        // Free ports are picked by binding port 0 and letting go: another process may take
        // one in between, so a start that fails on a taken port is tried again.
        for (int attempt = 0; attempt < 3; ++attempt) {
            if (launch(error))
                return true;
            stop();
            if (!error->contains(QLatin1String("Address already in use")))
                return false;
        }
        return false;
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        ::kill(pid_t(m_process.processId()), SIGINT); // fast shutdown
        if (!m_process.waitForFinished(10000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    quint16 port() const { return m_port; }
    // A port free on 127.0.0.1 now (0: none found); taken again by anyone meanwhile.
    static quint16 freePort()
    {
        QTcpServer probe;
        return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
    }
    qint64 pid() const { return m_process.processId(); }
    // A connection string for `user` in `database`, without a password (the clients take
    // it from PGPASSWORD, as users are told to).
    QString url(const QString &user, const QString &database) const
    {
        return QStringLiteral("postgres://%1@127.0.0.1:%2/%3").arg(user).arg(m_port).arg(database);
    }

    // Runs `sql` (one or more statements) as the superuser in `database`; false with the
    // server's message.
    bool exec(const QString &database, const QByteArray &sql, QString *error) const
    {
        const QByteArray info
            = QStringLiteral("host=127.0.0.1 port=%1 dbname=%2 user=%3 "
                             "password='%4'")
                  .arg(m_port)
                  .arg(database, QLatin1String(SuperUser),
                       QString::fromLatin1(SuperPassword).replace(u'\'', QStringLiteral("\\'")))
                  .toUtf8();
        PGconn *conn = PQconnectdb(info.constData());
        bool ok = PQstatus(conn) == CONNECTION_OK;
        if (ok) {
            PGresult *r = PQexec(conn, sql.constData());
            const ExecStatusType s = PQresultStatus(r);
            ok = s == PGRES_COMMAND_OK || s == PGRES_TUPLES_OK;
            PQclear(r);
        }
        if (!ok)
            *error = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
        PQfinish(conn);
        return ok;
    }

private:
    QString dataPath() const { return m_dir.filePath(QStringLiteral("data")); }

    static QString newestBinDir()
    {
        QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql"))
                                   .entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        std::sort(versions.begin(), versions.end(),
                  [](const QString &a, const QString &b) { return a.toInt() < b.toInt(); });
        return versions.isEmpty()
            ? QStringLiteral("/usr/lib/postgresql/15/bin")
            : QStringLiteral("/usr/lib/postgresql/%1/bin").arg(versions.last());
    }

    // As `postgres` when we are root; dies with the test either way. Credentials change
    // first: a change of them clears the parent-death signal.
    void prepare(QProcess &p) const
    {
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.setWorkingDirectory(m_dir.path());
        const uid_t uid = m_uid;
        const gid_t gid = m_gid;
        p.setChildProcessModifier([uid, gid] {
            if (uid != 0) {
                if (::setgroups(0, nullptr) != 0 || ::setgid(gid) != 0 || ::setuid(uid) != 0)
                    ::_exit(126);
            }
            ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        });
    }

    bool launch(QString *error)
    {
        m_port = freePort();
        prepare(m_process);
        m_process.start(m_bin + QStringLiteral("/postgres"),
                        {QStringLiteral("-D"), dataPath(), QStringLiteral("-p"),
                         QString::number(m_port), QStringLiteral("-c"),
                         QStringLiteral("listen_addresses=127.0.0.1"), QStringLiteral("-c"),
                         QStringLiteral("unix_socket_directories=") + m_dir.path(),
                         QStringLiteral("-c"), QStringLiteral("fsync=off"), QStringLiteral("-c"),
                         QStringLiteral("full_page_writes=off"), QStringLiteral("-c"),
                         QStringLiteral("synchronous_commit=off")});
        if (!m_process.waitForStarted(10000)) {
            *error = QStringLiteral("cannot start postgres: %1").arg(m_process.errorString());
            return false;
        }
        QByteArray log;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 60000) {
            m_process.waitForReadyRead(100);
            log += m_process.readAll();
            if (log.contains("database system is ready to accept connections"))
                return true;
            if (m_process.state() == QProcess::NotRunning) {
                *error = QStringLiteral("postgres exited: %1")
                             .arg(QString::fromLocal8Bit(log.right(2000)));
                return false;
            }
        }
        *error = QStringLiteral("postgres did not start within 60 s: %1")
                     .arg(QString::fromLocal8Bit(log.right(2000)));
        return false;
    }

    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_bin;
    quint16 m_port = 0;
    uid_t m_uid = 0;
    gid_t m_gid = 0;
};

} // namespace raycstr::testing
