#include "auth/authlogging.h"

Q_LOGGING_CATEGORY(lcAuth, "raycstr.auth", QtInfoMsg)
