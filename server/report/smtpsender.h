#pragma once

#include "core/config.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>

namespace raycstr {

struct MailMessage;

// Why a message was not sent. `permanent` failures (a refused login, a certificate that
// does not verify, a 5xx from the server) are not retried: trying again cannot help.
struct SmtpError
{
    enum class Kind { None, BadInput, Connect, Tls, Auth, Rejected, Timeout, Failed };
    Kind kind = Kind::None;
    QString message;
    bool permanent() const
    {
        return kind == Kind::BadInput || kind == Kind::Tls || kind == Kind::Auth
            || kind == Kind::Rejected;
    }
};

// Sends one message over SMTP with libcurl (STARTTLS or implicit TLS, AUTH, timeouts),
// retrying with back-off. Blocking: run it on a worker thread, never on the thread that
// answers ingest or queries (the report scheduler and the CLI do).
class SmtpSender
{
public:
    explicit SmtpSender(SmtpSettings settings);

    // `mime` from MailMessage::toMime(); `from` and `to` are the envelope addresses.
    bool send(const QByteArray &mime, const QString &from, const QStringList &to,
              SmtpError *error);
    // The message made into MIME (now, a fresh Message-ID) and sent from its sender to its
    // recipients.
    bool send(const MailMessage &message, SmtpError *error);

    // Tests: how the sender waits between attempts (default: sleeps).
    std::function<void(int ms)> sleep;

private:
    bool attempt(const QByteArray &mime, const QString &from, const QStringList &to,
                 SmtpError *error);

    SmtpSettings m_settings;
};

} // namespace raycstr
