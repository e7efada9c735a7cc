#include "core/clock.h"

#include <QDateTime>

namespace raycstr {

qint64 SystemClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace raycstr
