#pragma once

#include "core/alertrule.h"

#include <QString>

#include <functional>

namespace raycstr::report {

// Why a webhook call failed. A 4xx answer (other than 408 and 429) is `permanent`: the URL
// or the body is wrong and trying again cannot help. Messages name the webhook by
// AlertRule::redactedUrl only: the path is often the secret.
struct WebhookError
{
    enum class Kind { None, BadInput, Connect, Timeout, Rejected, Failed };
    Kind kind = Kind::None;
    QString message;
    bool permanent() const { return kind == Kind::BadInput || kind == Kind::Rejected; }
};

struct WebhookSettings
{
    int timeoutSecs = 10; // per attempt: connect, then the whole exchange
    int attempts = 3; // in all, for failures worth retrying (connect, timeout, 5xx, 408, 429)
    int firstRetryDelayMs = 2000; // doubled before each further attempt
};

// POSTs an alert's text to a webhook with libcurl: Slack's {"text": "…"} (also Mattermost
// and Discord's …/slack endpoint) or the bare text (ntfy and other generic receivers),
// retrying with back-off. http and https only; redirects are not followed (a webhook that
// moved is a configuration error to see, not to follow). Blocking: run it on a worker
// thread (the alert scheduler) or in the CLI.
class WebhookSender
{
public:
    explicit WebhookSender(WebhookSettings settings = {});

    bool send(const QString &url, AlertRule::WebhookFormat format, const QString &text,
              WebhookError *error);

    // The body and its content type for `format` (tests check the exact bytes).
    static QByteArray body(AlertRule::WebhookFormat format, const QString &text);
    static QByteArray contentType(AlertRule::WebhookFormat format);

    // Tests: how the sender waits between attempts (default: sleeps).
    std::function<void(int ms)> sleep;

private:
    bool attempt(const QByteArray &url, const QByteArray &body, const QByteArray &contentType,
                 WebhookError *error);

    WebhookSettings m_settings;
};

} // namespace raycstr::report
