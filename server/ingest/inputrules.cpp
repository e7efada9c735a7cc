#include "ingest/inputrules.h"

namespace raycstr {

qsizetype firstControlCharacter(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x20 || (c >= 0x7f && c <= 0x9f))
            return i;
    }
    return -1;
}

QString controlCharacterProblem(const QString &what, QStringView text)
{
    const qsizetype at = firstControlCharacter(text);
    if (at < 0)
        return QString();
    // The character is named by its code point and never echoed: the message goes back to
    // the client and may end up in a log.
    const QString codePoint
        = QStringLiteral("%1").arg(int(text[at].unicode()), 4, 16, QLatin1Char('0')).toUpper();
    return QStringLiteral("%1 contains a control character (U+%2) at position %3")
        .arg(what, codePoint)
        .arg(at);
}

} // namespace raycstr
