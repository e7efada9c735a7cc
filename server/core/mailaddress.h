#pragma once

#include <QString>

namespace raycstr {

// A bare e-mail address (no display name): local@domain, no spaces, quotes or brackets.
// The one check for every address RayCstr sends to: reports, alerts, the SMTP sender.
bool isValidMailAddress(const QString &address);

} // namespace raycstr
