#pragma once

#include <QLoggingCategory>

// One category per library, so an admin can turn on what they need with QT_LOGGING_RULES
// (e.g. "raycstr.store.debug=true"). Nothing logged may contain an IP address, a full
// User-Agent or a secret: log counts and reasons, never request contents.
Q_DECLARE_LOGGING_CATEGORY(lcCore)
Q_DECLARE_LOGGING_CATEGORY(lcIngest)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_DECLARE_LOGGING_CATEGORY(lcReport)
