#include "report/mailmessage.h"

#include "core/mailaddress.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace raycstr {

namespace {

bool hasLineBreak(const QString &text)
{
    return text.contains(u'\r') || text.contains(u'\n');
}

bool isPlainAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

// RFC 2047 B encoding, split so each encoded-word stays under 75 characters and no UTF-8
// sequence is cut (each word decodes on its own).
QByteArray encodedWords(const QString &text)
{
    if (isPlainAscii(text))
        return text.toUtf8();
    QByteArray out;
    QByteArray chunk;
    const auto flush = [&] {
        if (chunk.isEmpty())
            return;
        if (!out.isEmpty())
            out += "\r\n ";
        out += "=?UTF-8?B?" + chunk.toBase64() + "?=";
        chunk.clear();
    };
    // 39 bytes of UTF-8 are 52 of base64: with "=?UTF-8?B?" and "?=" a word of 64, so even
    // the first one, after "Subject: ", keeps its line under 76 characters (RFC 2047).
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype n = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QByteArray piece = text.mid(i, n).toUtf8();
        if (chunk.size() + piece.size() > 39)
            flush();
        chunk += piece;
        i += n;
    }
    flush();
    return out;
}

QByteArray mailbox(const QString &name, const QString &address)
{
    if (name.isEmpty())
        return address.toUtf8();
    QByteArray display;
    if (isPlainAscii(name)) {
        // A quoted string: backslash-escape what would end it.
        QString quoted = name;
        quoted.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
        display = '"' + quoted.toUtf8() + '"';
    } else {
        display = encodedWords(name);
    }
    return display + " <" + address.toUtf8() + '>';
}

QByteArray base64Lines(const QByteArray &data)
{
    const QByteArray b64 = data.toBase64();
    QByteArray out;
    out.reserve(b64.size() + b64.size() / 76 * 2 + 2);
    for (qsizetype i = 0; i < b64.size(); i += 76)
        out += b64.mid(i, 76) + "\r\n";
    return out;
}

QByteArray part(const QByteArray &contentType, const QString &body)
{
    return "Content-Type: " + contentType + "; charset=UTF-8\r\n"
           "Content-Transfer-Encoding: base64\r\n\r\n"
        + base64Lines(body.toUtf8());
}

} // namespace

bool MailMessage::isValidAddress(const QString &address)
{
    return isValidMailAddress(address);
}

bool MailMessage::parseMailbox(const QString &text, QString *name, QString *address)
{
    const QString t = text.trimmed();
    static const QRegularExpression withName(QStringLiteral(R"(^(.*?)\s*<([^<>]+)>$)"));
    const QRegularExpressionMatch m = withName.match(t);
    if (m.hasMatch()) {
        *name = m.captured(1).trimmed();
        if (name->size() >= 2 && name->startsWith(u'"') && name->endsWith(u'"'))
            *name = name->mid(1, name->size() - 2);
        *address = m.captured(2).trimmed();
    } else {
        name->clear();
        *address = t;
    }
    return isValidAddress(*address) && !hasLineBreak(*name);
}

QByteArray MailMessage::toMime(const QDateTime &date, const QByteArray &messageId,
                               QString *error) const
{
    if (!isValidAddress(fromAddress)) {
        *error = QStringLiteral("the sender address '%1' is not an e-mail address")
                     .arg(fromAddress.left(80));
        return {};
    }
    if (to.isEmpty()) {
        *error = QStringLiteral("no recipient");
        return {};
    }
    for (const QString &address : to) {
        if (!isValidAddress(address)) {
            *error = QStringLiteral("'%1' is not an e-mail address").arg(address.left(80));
            return {};
        }
    }
    if (hasLineBreak(subject) || hasLineBreak(fromName)) {
        *error = QStringLiteral("a subject or sender name must be one line");
        return {};
    }
    for (const auto &[name, value] : extraHeaders) {
        if (name.contains('\r') || name.contains('\n') || name.contains(':')
            || value.contains('\r') || value.contains('\n')) {
            *error = QStringLiteral("header '%1' must be one line").arg(QString::fromLatin1(name));
            return {};
        }
    }

    QByteArray out;
    // RFC 5322 date, always in English whatever the locale.
    const int offsetMinutes = date.offsetFromUtc() / 60;
    const int absMinutes = qAbs(offsetMinutes);
    out += "Date: "
        + QLocale::c().toString(date, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1()
        + (offsetMinutes < 0 ? " -" : " +")
        + QByteArray::number(absMinutes / 60).rightJustified(2, '0')
        + QByteArray::number(absMinutes % 60).rightJustified(2, '0') + "\r\n";
    out += "From: " + mailbox(fromName, fromAddress) + "\r\n";
    out += "To: " + to.join(QStringLiteral(", ")).toUtf8() + "\r\n";
    out += "Subject: " + encodedWords(subject) + "\r\n";
    out += "Message-ID: <" + messageId + ">\r\n";
    out += "MIME-Version: 1.0\r\n";
    for (const auto &[name, value] : extraHeaders)
        out += name + ": " + value + "\r\n";
    if (html.isEmpty()) {
        out += part("text/plain", text);
        return out;
    }
    const QByteArray boundary
        = "=_raycstr_" + QByteArray::number(QRandomGenerator::global()->generate64(), 36);
    out += "Content-Type: multipart/alternative; boundary=\"" + boundary + "\"\r\n\r\n";
    out += "This is a MIME message: a plain-text part, then an HTML one.\r\n";
    out += "--" + boundary + "\r\n" + part("text/plain", text);
    out += "--" + boundary + "\r\n" + part("text/html", html);
    out += "--" + boundary + "--\r\n";
    return out;
}

} // namespace raycstr
