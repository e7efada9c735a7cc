#include "signalwatcher.h"

#include <csignal>

#ifdef Q_OS_WIN
#include <QMetaObject>
#include <mutex>
#else
#include <QSocketNotifier>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace raycstr {

#ifdef Q_OS_WIN

// Windows has no socketpair() or sigaction(). The C runtime turns Ctrl+C into SIGINT and
// Ctrl+Break into SIGBREAK and calls the handler on a thread of its own (raise() calls it on
// the raising thread), so the handler may post a queued call to the watcher's thread. The
// mutex keeps the watcher alive while a call is posted; once it is gone, Qt drops the call.
// Closing the console window, logoff and shutdown are not signals here: Windows ends the
// process without the orderly stop (SetConsoleCtrlHandler could wait a few seconds for it).
namespace {
std::mutex g_mutex;
SignalWatcher *g_watcher = nullptr;

void onSignal(int sig)
{
    std::signal(sig, onSignal); // the C runtime resets the handler before calling it
    const std::lock_guard<std::mutex> lock(g_mutex);
    if (SignalWatcher *watcher = g_watcher) {
        QMetaObject::invokeMethod(
            watcher, [watcher, sig] { Q_EMIT watcher->terminationRequested(sig); },
            Qt::QueuedConnection);
    }
}
} // namespace

SignalWatcher::SignalWatcher(QObject *parent)
    : QObject(parent)
{
    {
        const std::lock_guard<std::mutex> lock(g_mutex);
        g_watcher = this;
    }
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    std::signal(SIGBREAK, onSignal);
}

SignalWatcher::~SignalWatcher()
{
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    std::signal(SIGBREAK, SIG_DFL);
    const std::lock_guard<std::mutex> lock(g_mutex);
    g_watcher = nullptr;
}

void SignalWatcher::readSignal() { }

#else

namespace {
int g_fds[2] = {-1, -1};

void onSignal(int sig)
{
    const unsigned char b = static_cast<unsigned char>(sig);
    [[maybe_unused]] const auto n = ::write(g_fds[0], &b, 1);
}
} // namespace

SignalWatcher::SignalWatcher(QObject *parent)
    : QObject(parent)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_fds) != 0)
        qFatal("socketpair failed");
    m_notifier = new QSocketNotifier(g_fds[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &SignalWatcher::readSignal);
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGTERM, &sa, nullptr);
}

SignalWatcher::~SignalWatcher()
{
    signal(SIGINT, SIG_DFL);
    signal(SIGTERM, SIG_DFL);
    ::close(g_fds[0]);
    ::close(g_fds[1]);
    g_fds[0] = g_fds[1] = -1;
}

void SignalWatcher::readSignal()
{
    unsigned char b = 0;
    if (::read(g_fds[1], &b, 1) == 1)
        Q_EMIT terminationRequested(int(b));
}

#endif

} // namespace raycstr
