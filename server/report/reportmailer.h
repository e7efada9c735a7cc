#pragma once

#include "core/config.h"
#include "report/mailmessage.h"
#include "report/report.h"
#include "report/smtpsender.h"

#include <optional>

namespace raycstr::report {

// A report as a message, and its delivery: what `report send`, `report preview` and the
// scheduler share. Blocking (SMTP): call from a worker thread or the CLI.
class ReportMailer
{
public:
    explicit ReportMailer(SmtpSettings smtp);

    // The message for `to` in `language`; nullopt with `error` when the sender address in
    // the settings is no address.
    std::optional<MailMessage> message(const Report &report, const QString &language,
                                       const QStringList &to, QString *error) const;
    bool send(const Report &report, const QString &language, const QStringList &to,
              SmtpError *error);

    SmtpSender &sender() { return m_sender; }

private:
    SmtpSettings m_smtp;
    SmtpSender m_sender;
};

} // namespace raycstr::report
