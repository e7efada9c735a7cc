#pragma once

// Helpers of the screen renderer (screenrenderer.cpp, goalscreens.cpp): wait for the
// dashboard's asynchronous answers while the event loop runs, then grab a widget to PNG.

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QThread>
#include <QWidget>

#include <cstdio>
#include <functional>

namespace raycstr::ui::render {

// Runs the event loop until `done` or the timeout; false on timeout.
inline bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(5);
    }
    return true;
}

// Lets animations and late repaints finish.
inline void settle(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

inline bool save(QWidget *w, const QString &path)
{
    const bool ok = w->grab().save(path);
    fprintf(ok ? stdout : stderr, "%s %s\n", ok ? "wrote" : "could not write", qPrintable(path));
    return ok;
}

} // namespace raycstr::ui::render
