#pragma once

#include "core/alertrule.h"
#include "core/config.h"
#include "report/alertevaluator.h"
#include "report/smtpsender.h"
#include "report/webhooksender.h"

namespace raycstr::report {

// An alert's words and their delivery: by e-mail (SmtpSender, a text-only message) and by
// webhook (WebhookSender), to every channel the rule names. What the scheduler, `alert test`
// and POST /api/alerts/:id/test share. Blocking (SMTP, HTTP): a worker thread or the CLI.
class AlertNotifier
{
public:
    AlertNotifier(SmtpSettings smtp, WebhookSettings webhook = {});

    struct Text
    {
        QString subject;
        QString body;
    };
    static Text text(const AlertRule &rule, const AlertDecision &decision, qint64 nowSecs);
    static Text testText(const AlertRule &rule);

    // Delivered to at least one channel → true; `failures` says which failed and why
    // (webhook URLs redacted). Sending to no channel at all fails.
    bool deliver(const AlertRule &rule, const Text &text, QStringList *failures);

    SmtpSender &smtp() { return m_smtp; }
    WebhookSender &webhook() { return m_webhook; }

private:
    SmtpSettings m_smtpSettings;
    SmtpSender m_smtp;
    WebhookSender m_webhook;
};

} // namespace raycstr::report
