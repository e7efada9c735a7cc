#pragma once

// A real ClickHouse server for the tests: Debian's /usr/sbin/clickhouse-server (18.16 on
// bookworm; installer/setup-deps.sh installs it), started as a child process on loopback
// with free ports, its data, logs and config in a temporary directory, the users of
// tests/clickhouse/users.xml (`default` without a password, `raycstr` with Password).
// One per test executable, started in initTestCase(); a test that cannot start it fails.
// The destructor stops it: SIGTERM, then SIGKILL after 10 s; a test process that dies
// takes it along (PR_SET_PDEATHSIG).
//
// Nodes of a test cluster (tests/common/clickhousecluster.h) listen on other loopback
// addresses (setHost), on ports chosen beforehand (setPorts), with a remote_servers section
// naming them all (setRemoteServers).
//
// RAYCSTR_CLICKHOUSE_SERVER names another server binary (e.g. a newer ClickHouse's
// `clickhouse server` wrapper script).

#include "store/storelocation.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace raycstr::testing {

class ClickHouseServer
{
public:
    static constexpr auto User = "raycstr";
    static constexpr auto Password = "ch Pa55'w0rd;x";

    ~ClickHouseServer() { stop(); }

    // Before start(): the loopback address it listens on (default 127.0.0.1).
    void setHost(const QString &host) { m_host = host; }
    // Before start(): its HTTP and native TCP ports, instead of free ones picked at start.
    // A start then is tried once: the caller picks again when a port was taken.
    void setPorts(quint16 http, quint16 tcp)
    {
        m_httpPort = http;
        m_tcpPort = tcp;
        m_fixedPorts = true;
    }
    // Before start(): the <remote_servers> element of its config.
    void setRemoteServers(const QByteArray &xml) { m_remoteServers = xml; }
    QString host() const { return m_host; }

    bool start(QString *error)
    {
        if (!m_dir.isValid()) {
            *error = QStringLiteral("no temporary directory");
            return false;
        }
        const QString binary = qEnvironmentVariable("RAYCSTR_CLICKHOUSE_SERVER",
                                                    QStringLiteral("/usr/sbin/clickhouse-server"));
        if (!QFile::exists(binary)) {
            *error = QStringLiteral("%1 is missing: installer/setup-deps.sh installs "
                                    "clickhouse-server")
                         .arg(binary);
            return false;
        }
        for (const char *sub : {"log", "data", "tmp", "user_files", "format_schemas"})
            QDir(m_dir.path()).mkpath(QLatin1String(sub));
        // Free ports are picked by binding port 0 and letting go: another process may take
        // one in between, so a start that fails on a taken port is tried again.
        for (int attempt = 0; attempt < (m_fixedPorts ? 1 : 3); ++attempt) {
            if (!writeConfig(error))
                return false;
            if (launch(binary, error))
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
        m_process.terminate();
        if (!m_process.waitForFinished(10000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    quint16 httpPort() const { return m_httpPort; }
    quint16 tcpPort() const { return m_tcpPort; }
    qint64 pid() const { return m_process.processId(); }
    QString dir() const { return m_dir.path(); }
    QString dataPath() const { return m_dir.filePath(QStringLiteral("data")); }

    // Where a client reaches it, as `user` in `database`.
    ClickHouseEndpoint endpoint(const QString &database,
                                const QString &user = QLatin1String(User)) const
    {
        ClickHouseEndpoint e;
        e.host = m_host;
        e.port = m_httpPort;
        e.user = user;
        e.database = database;
        return e;
    }

    // The server's resident memory in kB (VmRSS), 0 when not running.
    qint64 rssKb() const
    {
        QFile status(QStringLiteral("/proc/%1/status").arg(pid()));
        if (!status.open(QIODevice::ReadOnly))
            return 0;
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                return line.mid(6).trimmed().split(' ').first().toLongLong();
        }
        return 0;
    }

    // A port free on `host` now (0: none found); taken again by anyone meanwhile.
    static quint16 freePort(const QString &host = QStringLiteral("127.0.0.1"))
    {
        QTcpServer probe;
        return probe.listen(QHostAddress(host), 0) ? probe.serverPort() : 0;
    }

private:
    bool writeConfig(QString *error)
    {
        if (!m_fixedPorts) {
            m_httpPort = freePort(m_host);
            m_tcpPort = freePort(m_host);
        }
        m_interserverPort = freePort(m_host);
        const QString templates = QStringLiteral(RAYCSTR_TEST_SOURCE_DIR "/clickhouse/");
        for (const char *name : {"config.xml", "users.xml"}) {
            QFile in(templates + QLatin1String(name));
            QFile out(m_dir.filePath(QLatin1String(name)));
            if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly)) {
                *error = QStringLiteral("cannot copy %1 to %2").arg(in.fileName(), out.fileName());
                return false;
            }
            QByteArray text = in.readAll();
            text.replace("@DIR@", m_dir.path().toUtf8())
                .replace("@HOST@", m_host.toUtf8())
                .replace("@REMOTE_SERVERS@", m_remoteServers)
                .replace("@HTTP_PORT@", QByteArray::number(m_httpPort))
                .replace("@TCP_PORT@", QByteArray::number(m_tcpPort))
                .replace("@INTERSERVER_PORT@", QByteArray::number(m_interserverPort))
                .replace("@PASSWORD@", Password);
            out.write(text);
        }
        return true;
    }

    bool launch(const QString &binary, QString *error)
    {
        m_process.setProcessChannelMode(QProcess::MergedChannels);
#ifdef Q_OS_LINUX
        m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
#endif
        m_process.start(
            binary,
            {QStringLiteral("--config-file=") + m_dir.filePath(QStringLiteral("config.xml"))});
        if (!m_process.waitForStarted(10000)) {
            *error = QStringLiteral("cannot start %1: %2").arg(binary, m_process.errorString());
            return false;
        }
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 30000) {
            if (ping())
                return true;
            if (m_process.waitForFinished(100)) { // it stopped: say why
                QFile log(m_dir.filePath(QStringLiteral("log/server.err.log")));
                log.open(QIODevice::ReadOnly);
                *error = QStringLiteral("clickhouse-server exited: %1 %2")
                             .arg(QString::fromLocal8Bit(m_process.readAll()),
                                  QString::fromLocal8Bit(log.readAll().right(2000)));
                return false;
            }
        }
        *error = QStringLiteral("clickhouse-server did not answer /ping within 30 s");
        return false;
    }

    // GET /ping answers "Ok." once the server takes queries.
    bool ping() const
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress(m_host), m_httpPort);
        if (!socket.waitForConnected(200))
            return false;
        socket.write("GET /ping HTTP/1.0\r\nHost: " + m_host.toUtf8() + "\r\n\r\n");
        QByteArray answer;
        while (socket.waitForReadyRead(1000))
            answer += socket.readAll();
        answer += socket.readAll();
        return answer.startsWith("HTTP/1.") && answer.contains(" 200 ") && answer.endsWith("Ok.\n");
    }

    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_host = QStringLiteral("127.0.0.1");
    bool m_fixedPorts = false;
    QByteArray m_remoteServers;
    quint16 m_httpPort = 0;
    quint16 m_tcpPort = 0;
    quint16 m_interserverPort = 0;
};

} // namespace raycstr::testing
