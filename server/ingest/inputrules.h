#pragma once

#include <QString>
#include <QStringView>

namespace raycstr {

// What every wire format refuses in the text it keeps, decided here once so that no format
// lets through what another refuses. The formats call these while they read a field and
// turn a problem into a 400 that names the field.
//
// Control characters — C0 (U+0000–U+001F), DEL (U+007F) and C1 (U+0080–U+009F) — have no
// place in page URLs, referrers, domains, event names or property keys: a browser never
// sends one there (its URL parser percent-encodes them), and a NUL or a line break in a
// stored path breaks exports, logs and every C API that reads it back. They are refused,
// not stripped: a stripped value is silently not what the tracker sent, and a refusal tells
// the sender what to fix. Property values are kept as sent (a message may hold a newline).

// The index of the first control character in `text`, or -1.
qsizetype firstControlCharacter(QStringView text);

// "<what> contains a control character (U+0000) at position 5", or an empty string when
// `text` has none. `what` names the field as the client sent it ("field 'u'").
QString controlCharacterProblem(const QString &what, QStringView text);

} // namespace raycstr
