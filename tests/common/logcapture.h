#pragma once

// Collects every message logged while it lives (and still passes them on), so a test can
// check that no secret ever reaches a log. Debug messages of RayCstr's categories are
// turned on meanwhile, so they are checked too.

#include <QLoggingCategory>
#include <QMutex>
#include <QStringList>
#include <QtGlobal>

namespace raycstr::testing {

class LogCapture
{
public:
    LogCapture()
    {
        QMutexLocker lock(&mutex());
        lines().clear();
        previous() = qInstallMessageHandler(&handler);
        QLoggingCategory::setFilterRules(QStringLiteral("raycstr.*.debug=true"));
    }
    ~LogCapture()
    {
        QLoggingCategory::setFilterRules(QString());
        qInstallMessageHandler(previous());
    }
    LogCapture(const LogCapture &) = delete;
    LogCapture &operator=(const LogCapture &) = delete;

    QString text() const
    {
        QMutexLocker lock(&mutex());
        return lines().join(QLatin1Char('\n'));
    }
    qsizetype count() const
    {
        QMutexLocker lock(&mutex());
        return lines().size();
    }

private:
    static void handler(QtMsgType type, const QMessageLogContext &context, const QString &msg)
    {
        {
            QMutexLocker lock(&mutex());
            lines().append(QString::fromLatin1(context.category ? context.category : "") + u' '
                           + msg);
        }
        if (previous())
            previous()(type, context, msg);
    }
    static QMutex &mutex()
    {
        static QMutex m;
        return m;
    }
    static QStringList &lines()
    {
        static QStringList l;
        return l;
    }
    static QtMessageHandler &previous()
    {
        static QtMessageHandler p = nullptr;
        return p;
    }
};

} // namespace raycstr::testing
