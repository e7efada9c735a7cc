#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace raycstr {

// One e-mail as RFC 5322 + MIME bytes: a plain-text part and, when given, an HTML part
// (multipart/alternative, text first, as mail clients expect), each UTF-8 and base64 so no
// line is too long and no byte needs care on the wire. Headers that carry text (subject,
// display name) are RFC 2047 encoded-words when they are not plain ASCII.
//
// Every value that ends up in a header is checked first: a CR or LF in a subject or an
// address would let its author add headers of their own (the site's domain and the
// recipients come from the config and the CLI, not from visitors, but the rule costs
// nothing).
struct MailMessage
{
    QString fromName; // "RayCstr"; may be empty
    QString fromAddress; // stats@example.com
    QStringList to;
    QString subject;
    QString text;
    QString html; // empty: a text-only message
    QList<QPair<QByteArray, QByteArray>> extraHeaders; // List-Unsubscribe…

    // The message for the wire (CRLF line ends), or an empty array with `error` set.
    // `date` and `messageId` are parameters so tests get the same bytes every time.
    QByteArray toMime(const QDateTime &date, const QByteArray &messageId, QString *error) const;

    // A bare address (no display name): local@domain, no spaces, quotes or brackets.
    static bool isValidAddress(const QString &address);
    // "Name <a@b>" or "a@b" → its parts; false when neither form.
    static bool parseMailbox(const QString &text, QString *name, QString *address);
};

} // namespace raycstr
