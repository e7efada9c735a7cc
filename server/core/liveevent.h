#pragma once

#include "core/event.h"

#include <QMetaType>
#include <QString>

namespace raycstr {

// What the live view and the SSE stream get for each stored pageview or custom event:
// enough to show, nothing that identifies a person. Made by the writer engine; a value type
// here so that readers (the UI's data sources, the stream) need not know the writer.
struct LiveEvent
{
    qint32 siteId = 0;
    qint64 ts = 0;
    EventKind kind = EventKind::Pageview;
    QString path;
    QString name;
    QString source;
    QString country;
    QString device;
    QString browser;
    bool visitStart = false;
};

} // namespace raycstr

Q_DECLARE_METATYPE(raycstr::LiveEvent)
