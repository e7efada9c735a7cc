#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace YAML {
class Node;
}

namespace raycstr {

// One alert: when a site's traffic deserves a message, and where the message goes. Rules
// come from the config file (`alerts:`) or from the store (`alert add`, POST /api/alerts);
// report/alertevaluator.h decides when one fires, report/alertscheduler.h checks them.
struct AlertRule
{
    Q_DECLARE_TR_FUNCTIONS(raycstr::AlertRule)
public:
    enum class Kind {
        Spike, // current visitors (last 5 minutes) at or above `threshold`
        Drop, // no pageview for `threshold` hours, once the site has had one: the tracker broke
        Goal, // conversions of `goal`: each (at most one message per cool-down) or a daily digest
    };
    enum class WebhookFormat {
        Slack, // POST {"text": "…"}: Slack, Mattermost, Discord's …/slack endpoint
        Text, // POST the text as text/plain: ntfy and other generic receivers
    };

    qint64 id = 0; // the store's id; 0 for a rule from the config file
    QString site; // domain
    Kind kind = Kind::Spike;
    int threshold = 0; // Spike: visitors; Drop: hours; Goal: unused
    QString goal; // Goal: the goal's name
    bool digest = false; // Goal: one message a day with the day's conversions
    int cooldownMinutes = 60; // after a message, none for the same rule before this has passed
    QStringList email;
    QString webhook; // https://hooks.slack.com/services/… — may hold a secret: see redactedUrl
    WebhookFormat format = WebhookFormat::Slack;

    static constexpr int MaxCooldownMinutes = 7 * 24 * 60;

    static std::optional<Kind> parseKind(const QString &name); // "spike", "drop", "goal"
    static QString kindName(Kind kind);
    static std::optional<WebhookFormat> parseFormat(const QString &name); // "slack", "text"
    static QString formatName(WebhookFormat format);

    // Site, a threshold that fits the kind, a goal for goal rules, a cool-down in range,
    // valid addresses, an http(s) webhook, and at least one of e-mail or webhook. False with
    // a reason (the config loader, the CLI and the API all use this one check).
    bool validate(QString *error) const;
    // Where the rule's state is kept in the store (alert_state): stored rules by id, config
    // rules by what they say, so editing a config rule starts it afresh.
    QString stateKey() const;
    // "spike ≥ 50 visitors on example.com" — for lists and logs (no webhook URL).
    QString describe() const;
    // A webhook URL as logs may show it: scheme and host only. Slack's and Discord's paths
    // are the secret.
    static QString redactedUrl(const QString &url);
};

// What an alert remembers between checks (alert_state in the store), so one incident sends
// one message even across a restart.
struct AlertState
{
    qint64 lastFired = 0; // Unix seconds of the last message; 0: never
    qint64 cooldownUntil = 0; // no message before this
    qint64 checkedUntil = 0; // goal rules: conversions before this have been told (or skipped)
    bool firing = false; // drop rules: the incident is open (a "recovered" message closes it)
    friend bool operator==(const AlertState &, const AlertState &) = default;
};

// The config file's `alerts:` list; `path` and the nodes' lines make the errors point at
// the rule ("config.yaml: line 12: alerts: …").
bool loadAlertRules(const YAML::Node &value, const QString &path, QList<AlertRule> *out,
                    QString *error);

} // namespace raycstr
