#include "report/reportmailer.h"

#include "core/clock.h"
#include "report/reportrenderer.h"

#include <QDateTime>
#include <QTimeZone>
#include <QUrl>

namespace raycstr::report {

ReportMailer::ReportMailer(SmtpSettings smtp)
    : m_smtp(smtp)
    , m_sender(std::move(smtp))
{ }

std::optional<MailMessage> ReportMailer::message(const Report &report, const QString &language,
                                                 const QStringList &to, QString *error) const
{
    MailMessage m;
    if (!MailMessage::parseMailbox(m_smtp.from, &m.fromName, &m.fromAddress)) {
        *error = QStringLiteral("smtp.from '%1' is not an e-mail address").arg(m_smtp.from.left(80));
        return std::nullopt;
    }
    const ReportRenderer renderer(language);
    m.to = to;
    m.subject = renderer.subject(report);
    m.text = renderer.text(report);
    m.html = renderer.html(report);
    // Mail clients offer a one-click "unsubscribe" from this: a reply to the sender.
    m.extraHeaders.append(
        {QByteArrayLiteral("List-Unsubscribe"),
         "<mailto:" + m.fromAddress.toUtf8() + "?subject="
             + QUrl::toPercentEncoding(QStringLiteral("unsubscribe ") + report.site.domain) + '>'});
    m.extraHeaders.append({QByteArrayLiteral("Auto-Submitted"), QByteArrayLiteral("auto-generated")});
    return m;
}

bool ReportMailer::send(const Report &report, const QString &language, const QStringList &to,
                        SmtpError *error)
{
    QString problem;
    const auto m = message(report, language, to, &problem);
    if (!m) {
        *error = {SmtpError::Kind::BadInput, problem};
        return false;
    }
    return m_sender.send(*m, error);
}

bool ReportMailer::sendNow(query::QueryEngine &engine, const query::Site &site, Cadence cadence,
                           const QString &language, const QStringList &to, const Clock *clock,
                           SmtpError *error)
{
    const QDate today
        = QDateTime::fromMSecsSinceEpoch(clock->nowMs(), QTimeZone(site.timeZone.toUtf8())).date();
    query::QueryError failure;
    const auto data
        = buildReport(engine, site, ReportPeriod::lastComplete(cadence, today), &failure);
    if (!data) {
        *error = {SmtpError::Kind::Failed, failure.message};
        return false;
    }
    return send(*data, language, to, error);
}

SmtpSettings ReportMailer::forTest(SmtpSettings smtp)
{
    smtp.attempts = 1;
    smtp.timeoutSecs = std::min(smtp.timeoutSecs, 20);
    return smtp;
}

} // namespace raycstr::report
