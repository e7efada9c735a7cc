#include "report/alertnotifier.h"

#include "report/mailmessage.h"

#include <QDateTime>

namespace raycstr::report {

AlertNotifier::AlertNotifier(SmtpSettings smtp, WebhookSettings webhook)
    : m_smtpSettings(smtp)
    , m_smtp(std::move(smtp))
    , m_webhook(webhook)
{ }

AlertNotifier::Text AlertNotifier::text(const AlertRule &rule, const AlertDecision &decision,
                                        qint64 nowSecs)
{
    const QString at = QDateTime::fromSecsSinceEpoch(nowSecs, QTimeZone::utc())
                           .toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    const QString &site = rule.site;
    switch (rule.kind) {
    case AlertRule::Kind::Spike:
        return {QStringLiteral("Traffic spike on %1").arg(site),
                QStringLiteral("Traffic spike on %1: %2 current visitors at %3 (this alert fires "
                               "at %4).")
                    .arg(site)
                    .arg(decision.count)
                    .arg(at)
                    .arg(rule.threshold)};
    case AlertRule::Kind::Drop:
        if (decision.kind == AlertDecision::Kind::Recovered)
            return {QStringLiteral("Pageviews are back on %1").arg(site),
                    QStringLiteral("Pageviews are back on %1 (%2).").arg(site, at)};
        return {QStringLiteral("No pageviews on %1 for %2 hours").arg(site).arg(decision.count),
                QStringLiteral("No pageview has reached %1 for %2 hours (%3): the tracker may "
                               "be broken, or the site down.")
                    .arg(site)
                    .arg(decision.count)
                    .arg(at)};
    case AlertRule::Kind::Goal:
        if (rule.digest)
            return {QStringLiteral("%1 conversions of \"%2\" on %3 today")
                        .arg(decision.count)
                        .arg(rule.goal, site),
                    QStringLiteral("Daily digest: %1 conversions of the goal \"%2\" on %3 in the "
                                   "last 24 hours (%4).")
                        .arg(decision.count)
                        .arg(rule.goal, site, at)};
        return {QStringLiteral("Goal \"%1\" converted on %2").arg(rule.goal, site),
                QStringLiteral("%1 new conversion(s) of the goal \"%2\" on %3 (%4).")
                    .arg(decision.count)
                    .arg(rule.goal, site, at)};
    }
    return {};
}

AlertNotifier::Text AlertNotifier::testText(const AlertRule &rule)
{
    return {QStringLiteral("Test alert for %1").arg(rule.site),
            QStringLiteral("A test of the RayCstr alert \"%1\": if you read this, it reaches "
                           "you.")
                .arg(rule.describe())};
}

bool AlertNotifier::deliver(const AlertRule &rule, const Text &text, QStringList *failures)
{
    int delivered = 0;
    if (!rule.email.isEmpty()) {
        MailMessage m;
        SmtpError error;
        if (!MailMessage::parseMailbox(m_smtpSettings.from, &m.fromName, &m.fromAddress)) {
            failures->append(QStringLiteral("e-mail: smtp.from is not an e-mail address"));
        } else {
            m.to = rule.email;
            m.subject = text.subject;
            m.text = text.body;
            m.extraHeaders.append(
                {QByteArrayLiteral("Auto-Submitted"), QByteArrayLiteral("auto-generated")});
            if (m_smtp.send(m, &error))
                ++delivered;
            else
                failures->append(QStringLiteral("e-mail: ") + error.message);
        }
    }
    if (!rule.webhook.isEmpty()) {
        WebhookError error;
        if (m_webhook.send(rule.webhook, rule.format, text.body, &error))
            ++delivered;
        else
            failures->append(QStringLiteral("webhook: ") + error.message);
    }
    return delivered > 0;
}

} // namespace raycstr::report
