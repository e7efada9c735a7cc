#pragma once

#include <QLoggingCategory>

// raycstr.auth: key, session and share-link lifecycle and failed logins, by id and count
// only. A secret, a password, a hash or a client address is never logged. What the CLI
// does (keys, links, password) is at debug level, as the CLI already says it on stdout;
// what happens in the server (sessions, failed logins) is at info.
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
