#include "core/logging.h"

Q_LOGGING_CATEGORY(lcCore, "raycstr.core", QtInfoMsg)
Q_LOGGING_CATEGORY(lcIngest, "raycstr.ingest", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "raycstr.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApi, "raycstr.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcReport, "raycstr.report", QtInfoMsg)
