#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>
#include <optional>


namespace raycstr {

class Clock;

// raycstr-server's access-control commands:
//   token create|list|revoke    API keys for the stats API (shown once, stored hashed)
//   user set-password           the dashboard's admin password (Argon2id)
//   share create|list|revoke    read-only public links to one site
// and the first-start step of `serve` that makes an admin password when none exists.
class AuthCli
{
    Q_DECLARE_TR_FUNCTIONS(raycstr::AuthCli)
public:
    // `in`: where passwords are read from; nullptr reads the process's stdin (without echo
    // on a terminal). Tests pass a stream.
    AuthCli(const Clock *clock, QTextStream &out, QTextStream &err, QTextStream *in = nullptr);

    static bool handles(const QString &command);
    // `args`: the sub-command's own arguments with a program name in front. Exit codes: 0
    // success, 1 failure, 2 bad usage.
    int run(const QString &command, const QStringList &args);

    // For serve(): when the data directory has no admin password, sets a random one and
    // prints it once. `outputIsTerminal` false (a service: stdout is a log such as the
    // journal) makes no password, since a secret must never reach a log: it prints how to
    // set one instead. False (with the reason on err) when that failed.
    bool ensureAdminPassword(const QString &dataDir, bool outputIsTerminal);
    // Whether stdout is a person's terminal (default: whether the process's is). Not one
    // (a pipe, a script): `token create` and `share create` print the secret alone.
    void setOutputIsTerminal(bool terminal) { m_terminal = terminal; }
    // Whether the process's stdout is a terminal (serve's default for the above).
    static bool stdoutIsTerminal();

    // The commands' lines for `raycstr-server --help`.
    static void printUsage(QTextStream &s);

private:
    int token(const QStringList &args);
    int user(const QStringList &args);
    int share(const QStringList &args);
    std::optional<QByteArray> readPassword(bool interactiveAllowed);
    int fail(const QString &message);

    const Clock *m_clock;
    QTextStream &m_out;
    QTextStream &m_err;
    QTextStream *m_in;
    bool m_terminal; // stdout is a terminal: secrets come with prose around them
};

} // namespace raycstr
