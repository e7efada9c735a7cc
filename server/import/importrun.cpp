#include "import/importrun.h"

#include <QFileInfo>

namespace raycstr {

QString ImportRun::statusName(Status status)
{
    switch (status) {
    case Status::Running:
        return QStringLiteral("running");
    case Status::Interrupted:
        return QStringLiteral("interrupted");
    case Status::Failed:
        return QStringLiteral("failed");
    case Status::Done:
        return QStringLiteral("done");
    case Status::Replaced:
        return QStringLiteral("replaced");
    case Status::Undone:
        break;
    }
    return QStringLiteral("undone");
}

ImportRun::Status ImportRun::statusFromName(const QString &name)
{
    for (Status s : {Status::Running, Status::Interrupted, Status::Failed, Status::Done,
                     Status::Replaced, Status::Undone}) {
        if (statusName(s) == name)
            return s;
    }
    return Status::Failed;
}

qint64 ImportRun::skippedTotal() const
{
    qint64 total = 0;
    for (qint64 n : skipped)
        total += n;
    return total;
}

QString importSourceName(const QString &fileOrConnection)
{
    return fileOrConnection.contains(QLatin1String("://"))
        ? fileOrConnection
        : QFileInfo(fileOrConnection).absoluteFilePath();
}

QString ImportError::toString() const
{
    QString where = file;
    if (line > 0) {
        where += QLatin1Char(':') + QString::number(line);
        if (column > 0)
            where += QLatin1Char(':') + QString::number(column);
    }
    return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
}

} // namespace raycstr
