#include "core/alertrule.h"

#include "core/mailaddress.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QUrl>

#include <yaml-cpp/yaml.h>

namespace raycstr {

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace

std::optional<AlertRule::Kind> AlertRule::parseKind(const QString &name)
{
    if (name == QLatin1String("spike"))
        return Kind::Spike;
    if (name == QLatin1String("drop"))
        return Kind::Drop;
    if (name == QLatin1String("goal"))
        return Kind::Goal;
    return std::nullopt;
}

QString AlertRule::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Spike:
        return QStringLiteral("spike");
    case Kind::Drop:
        return QStringLiteral("drop");
    case Kind::Goal:
        return QStringLiteral("goal");
    }
    return {};
}

std::optional<AlertRule::WebhookFormat> AlertRule::parseFormat(const QString &name)
{
    if (name == QLatin1String("slack"))
        return WebhookFormat::Slack;
    if (name == QLatin1String("text"))
        return WebhookFormat::Text;
    return std::nullopt;
}

QString AlertRule::formatName(WebhookFormat format)
{
    return format == WebhookFormat::Slack ? QStringLiteral("slack") : QStringLiteral("text");
}

bool AlertRule::validate(QString *error) const
{
    if (site.isEmpty()) {
        *error = tr("an alert needs a site");
        return false;
    }
    if (kind == Kind::Spike && (threshold < 1 || threshold > 10'000'000)) {
        *error = tr("a spike alert needs visitors between 1 and 10000000");
        return false;
    }
    if (kind == Kind::Drop && (threshold < 1 || threshold > 24 * 30)) {
        *error = tr("a drop alert needs hours between 1 and 720");
        return false;
    }
    if (kind == Kind::Goal && goal.trimmed().isEmpty()) {
        *error = tr("a goal alert needs the goal's name");
        return false;
    }
    if (cooldownMinutes < 1 || cooldownMinutes > MaxCooldownMinutes) {
        *error = tr("cooldown_minutes must be between 1 and %1").arg(MaxCooldownMinutes);
        return false;
    }
    if (email.isEmpty() && webhook.isEmpty()) {
        *error = tr("an alert needs an e-mail address or a webhook to send to");
        return false;
    }
    for (const QString &address : email) {
        if (!isValidMailAddress(address)) {
            *error = tr("'%1' is not an e-mail address").arg(address.left(80));
            return false;
        }
    }
    if (!webhook.isEmpty()) {
        const QUrl url(webhook, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
            *error = tr("the webhook must be an http:// or https:// URL");
            return false;
        }
    }
    return true;
}

QString AlertRule::stateKey() const
{
    if (id > 0)
        return QStringLiteral("id:%1").arg(id);
    QStringList to = email;
    for (QString &a : to)
        a = a.toLower();
    to.sort();
    const QString what = QStringList {site.toLower(), kindName(kind), QString::number(threshold),
                                      goal, digest ? QStringLiteral("digest") : QString(),
                                      to.join(u','), webhook}
                             .join(u'|');
    // The webhook may hold a secret: the key keeps a hash of it, not the URL.
    return QStringLiteral("config:")
        + QString::fromLatin1(
               QCryptographicHash::hash(what.toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
}

QString AlertRule::describe() const
{
    switch (kind) {
    case Kind::Spike:
        return QStringLiteral("spike: %1 or more current visitors on %2").arg(threshold).arg(site);
    case Kind::Drop:
        return QStringLiteral("drop: no pageview for %1 h on %2").arg(threshold).arg(site);
    case Kind::Goal:
        return QStringLiteral("goal%1: %2 on %3")
            .arg(digest ? QStringLiteral(" (daily digest)") : QString(), goal, site);
    }
    return {};
}

QString AlertRule::redactedUrl(const QString &url)
{
    const QUrl u(url);
    if (!u.isValid() || u.host().isEmpty())
        return QStringLiteral("(webhook)");
    return u.scheme() + QStringLiteral("://") + u.host()
        + (u.port() > 0 ? QStringLiteral(":%1").arg(u.port()) : QString()) + QStringLiteral("/…");
}

bool loadAlertRules(const YAML::Node &value, const QString &path, QList<AlertRule> *out,
                    QString *error)
{
    const auto at = [&](const YAML::Node &node) {
        return QStringLiteral("%1: line %2: alerts: ").arg(path).arg(node.Mark().line + 1);
    };
    if (!value.IsSequence()) {
        *error = at(value) + AlertRule::tr("alerts must be a list of {site, type, …}");
        return false;
    }
    out->clear();
    for (const auto &item : value) {
        if (!item.IsMap()) {
            *error = at(item) + AlertRule::tr("each alert must be a mapping: site, type, visitors, hours, "
                                   "goal, digest, cooldown_minutes, email, webhook, "
                                   "webhook_format");
            return false;
        }
        AlertRule r;
        bool hasType = false;
        for (const auto &kv : item) {
            const std::string key = kv.first.as<std::string>();
            const YAML::Node &v = kv.second;
            if (key == "site") {
                r.site = qs(v.as<std::string>()).trimmed().toLower();
            } else if (key == "type") {
                const auto kind = AlertRule::parseKind(qs(v.as<std::string>()));
                if (!kind) {
                    *error = at(kv.first) + AlertRule::tr("type must be spike, drop or goal");
                    return false;
                }
                r.kind = *kind;
                hasType = true;
            } else if (key == "visitors" || key == "hours") {
                r.threshold = v.as<int>();
            } else if (key == "goal") {
                r.goal = qs(v.as<std::string>()).trimmed();
            } else if (key == "digest") {
                r.digest = v.as<bool>();
            } else if (key == "cooldown_minutes") {
                r.cooldownMinutes = v.as<int>();
            } else if (key == "email") {
                if (v.IsSequence()) {
                    for (const auto &a : v)
                        r.email.append(qs(a.as<std::string>()).trimmed());
                } else {
                    r.email.append(qs(v.as<std::string>()).trimmed());
                }
            } else if (key == "webhook") {
                r.webhook = qs(v.as<std::string>()).trimmed();
            } else if (key == "webhook_format") {
                const auto format = AlertRule::parseFormat(qs(v.as<std::string>()));
                if (!format) {
                    *error = at(kv.first) + AlertRule::tr("webhook_format must be slack or text");
                    return false;
                }
                r.format = *format;
            } else {
                *error = at(kv.first) + AlertRule::tr("unknown setting 'alerts.%1'").arg(qs(key));
                return false;
            }
        }
        QString why;
        if (!hasType) {
            *error = at(item) + AlertRule::tr("an alert needs a type: spike, drop or goal");
            return false;
        }
        if (!r.validate(&why)) {
            *error = at(item) + why;
            return false;
        }
        out->append(r);
    }
    return true;
}

} // namespace raycstr
