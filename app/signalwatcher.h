#pragma once

#include <QObject>

class QSocketNotifier;

namespace raycstr {

// Turns SIGINT/SIGTERM into a Qt signal on the main thread (the self-pipe pattern): a
// POSIX signal handler may only write to a pipe, everything else happens in the event loop.
// On Windows: Ctrl+C, Ctrl+Break and raise(), posted from the C runtime's handler thread.
class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void terminationRequested(int signal);

private:
    void readSignal();
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace raycstr
