#pragma once

#include "core/config.h"
#include "report/mailmessage.h"
#include "report/report.h"
#include "report/smtpsender.h"

#include <optional>

namespace raycstr {
class Clock;
}

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

    // The last complete week's or month's report of `site` (the site's today by `clock`),
    // sent to `to` now: `report send`, the API's test route and the desktop's Send a test.
    bool sendNow(query::QueryEngine &engine, const query::Site &site, Cadence cadence,
                 const QString &language, const QStringList &to, const Clock *clock,
                 SmtpError *error);
    // `smtp` for a test someone waits for: one attempt, at most 20 s, so a wrong setting is
    // told at once instead of after the back-off of scheduled sends.
    static SmtpSettings forTest(SmtpSettings smtp);

    SmtpSender &sender() { return m_sender; }

private:
    SmtpSettings m_smtp;
    SmtpSender m_sender;
};

} // namespace raycstr::report
