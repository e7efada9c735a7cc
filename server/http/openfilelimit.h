#pragma once

#include <QtGlobal>

namespace raycstr {

// Raises the process's soft limit on open files to its hard limit and returns the soft
// limit now in force (-1 where the platform has none). Each connection is a descriptor:
// under the 1,024 a systemd unit or a login shell starts with by default, about a thousand
// idle connections would make accept() fail for every other client. Raising the soft limit
// needs no privilege; the unit's LimitNOFILE= sets the hard one.
qint64 raiseOpenFileLimit();

} // namespace raycstr
