#pragma once

// Helpers of the screen renderer (screenrenderer.cpp, goalscreens.cpp, dataoutscreens.cpp,
// importscreens.cpp): wait for the dashboard's asynchronous answers while the event loop
// runs, then grab a widget (with a dialog or popup drawn over it) to PNG.

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QMenu>
#include <QPainter>
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

// The window with `over` drawn on it at `at` (window coordinates), as a screen shows a
// menu, a popup or a dialog: grab() alone leaves top-level popups out.
inline bool saveOver(QWidget *window, QWidget *over, QPoint at, const QString &path)
{
    QPixmap shot = window->grab();
    const QPixmap top = over->grab();
    const QSize size = top.size() / top.devicePixelRatio();
    QPainter p(&shot);
    // A dialog gets the title bar a window manager would draw (offscreen has none).
    const bool dialog = over->isWindow() && !qobject_cast<QMenu *>(over)
        && over->windowType() != Qt::Popup;
    const int titleHeight = dialog ? 28 : 0;
    const QRect frame(at - QPoint(0, titleHeight),
                      QSize(size.width(), size.height() + titleHeight));
    p.fillRect(frame.translated(3, 4), QColor(0, 0, 0, 60)); // its shadow
    if (dialog) {
        const QPalette pal = window->palette();
        p.fillRect(QRect(frame.topLeft(), QSize(frame.width(), titleHeight)),
                   pal.color(QPalette::Mid));
        p.setPen(pal.color(QPalette::WindowText));
        QFont f = window->font();
        f.setBold(true);
        p.setFont(f);
        p.drawText(QRect(frame.topLeft(), QSize(frame.width(), titleHeight)), Qt::AlignCenter,
                   over->windowTitle());
    }
    p.drawPixmap(at, top);
    p.setPen(window->palette().color(QPalette::Mid));
    p.drawRect(frame.adjusted(0, 0, -1, -1));
    p.end();
    const bool ok = shot.save(path);
    fprintf(ok ? stdout : stderr, "%s %s\n", ok ? "wrote" : "could not write", qPrintable(path));
    return ok;
}

// Where a dialog opens over `window`: centred, a third down.
inline QPoint centred(QWidget *window, QWidget *dialog)
{
    return QPoint((window->width() - dialog->width()) / 2,
                  (window->height() - dialog->height()) / 3);
}

} // namespace raycstr::ui::render
