#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace raycstr {

class Clock;

// raycstr-server's sub-commands. Kept in a library (not main.cpp) so tests run them
// in-process with their own streams and clock.
class ServerCli
{
    Q_DECLARE_TR_FUNCTIONS(raycstr::ServerCli)
public:
    ServerCli(const Clock *clock, QTextStream &out, QTextStream &err);

    // Exit codes: 0 success, 1 failure, 2 bad usage.
    int run(const QStringList &arguments);
    // Where `user set-password` reads the password; default (nullptr): the process's stdin.
    void setInput(QTextStream *in) { m_in = in; }
    // Whether stdout is a person's terminal; default: whether the process's is. Decides the
    // first-start password, the "Press Ctrl+C" line and whether new secrets come with prose.
    void setOutputIsTerminal(bool terminal) { m_terminal = terminal; }

private:
    int serve(const QStringList &args);
    int site(const QStringList &args);
    int usage(int code);
    bool outputIsTerminal() const;

    const Clock *m_clock;
    QTextStream &m_out;
    QTextStream &m_err;
    QTextStream *m_in = nullptr;
    std::optional<bool> m_terminal;
};

} // namespace raycstr
