#include "store/alertrepository.h"

#include "store/goalrepository.h"
#include "store/sites.h"
#include "store/sqlitedb.h"

namespace raycstr {

namespace {

constexpr const char *SelectRules
    = "SELECT a.id, s.domain, a.kind, a.threshold, a.goal, a.digest, a.cooldown_minutes, "
      "a.email, a.webhook, a.webhook_format FROM alerts a JOIN sites s ON s.id = a.site_id ";

AlertRule ruleAt(const Statement &st)
{
    AlertRule r;
    r.id = st.int64(0);
    r.site = st.text(1);
    r.kind = AlertRule::parseKind(st.text(2)).value_or(AlertRule::Kind::Spike);
    r.threshold = int(st.int64(3));
    r.goal = st.text(4);
    r.digest = st.int64(5) != 0;
    r.cooldownMinutes = int(st.int64(6));
    const QString email = st.text(7);
    if (!email.isEmpty())
        r.email = email.split(u',');
    r.webhook = st.text(8);
    r.format = AlertRule::parseFormat(st.text(9)).value_or(AlertRule::WebhookFormat::Slack);
    return r;
}

} // namespace

std::optional<AlertRule> AlertRepository::add(AlertRule rule, qint64 nowSecs, QString *error)
{
    rule.site = rule.site.trimmed().toLower();
    if (!rule.validate(error))
        return std::nullopt;
    const auto site = SiteRepository(m_db).find(rule.site);
    if (!site) {
        *error = QStringLiteral("no site %1").arg(rule.site);
        return std::nullopt;
    }
    // Checked here, once for the CLI and the API; a config rule's goal can only be checked
    // when the scheduler looks (it logs the rule then).
    if (rule.kind == AlertRule::Kind::Goal && !GoalRepository(m_db).findGoal(site->id, rule.goal)) {
        *error = QStringLiteral("%1 has no goal named \"%2\"").arg(rule.site, rule.goal.left(80));
        return std::nullopt;
    }
    Statement st(*m_db,
                 "INSERT INTO alerts(site_id, kind, threshold, goal, digest, cooldown_minutes, "
                 "email, webhook, webhook_format, created_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, site->id)
        .bind(2, AlertRule::kindName(rule.kind))
        .bind(3, rule.threshold)
        .bind(4, rule.goal)
        .bind(5, int(rule.digest))
        .bind(6, rule.cooldownMinutes)
        .bind(7, rule.email.join(u','))
        .bind(8, rule.webhook)
        .bind(9, AlertRule::formatName(rule.format))
        .bind(10, nowSecs);
    if (!st.run()) {
        *error = st.error();
        return std::nullopt;
    }
    rule.id = m_db->lastInsertId();
    return rule;
}

QList<AlertRule> AlertRepository::rules(const QString &site) const
{
    Statement st(*m_db, site.isEmpty()
                     ? (QByteArray(SelectRules) + "ORDER BY a.id").constData()
                     : (QByteArray(SelectRules) + "WHERE s.domain = ? ORDER BY a.id").constData());
    if (!site.isEmpty())
        st.bind(1, site);
    QList<AlertRule> out;
    while (st.next())
        out.append(ruleAt(st));
    return out;
}

std::optional<AlertRule> AlertRepository::find(qint64 id) const
{
    Statement st(*m_db, (QByteArray(SelectRules) + "WHERE a.id = ?").constData());
    st.bind(1, id);
    if (!st.next())
        return std::nullopt;
    return ruleAt(st);
}

bool AlertRepository::remove(qint64 id, QString *error)
{
    Statement st(*m_db, "DELETE FROM alerts WHERE id = ?");
    st.bind(1, id);
    if (!st.run()) {
        *error = st.error();
        return false;
    }
    if (m_db->changes() == 0) {
        *error = QStringLiteral("no alert %1").arg(id);
        return false;
    }
    Statement state(*m_db, "DELETE FROM alert_state WHERE state_key = ?");
    state.bind(1, QStringLiteral("id:%1").arg(id));
    state.run();
    return true;
}

AlertState AlertRepository::state(const QString &stateKey) const
{
    Statement st(*m_db, "SELECT last_fired, cooldown_until, checked_until, firing FROM alert_state "
                        "WHERE state_key = ?");
    st.bind(1, stateKey);
    AlertState s;
    if (st.next())
        s = {st.int64(0), st.int64(1), st.int64(2), st.int64(3) != 0};
    return s;
}

bool AlertRepository::saveState(const QString &stateKey, const AlertState &s, QString *error)
{
    Statement st(*m_db, "INSERT OR REPLACE INTO alert_state(state_key, last_fired, cooldown_until, "
                        "checked_until, firing) VALUES(?, ?, ?, ?, ?)");
    st.bind(1, stateKey)
        .bind(2, s.lastFired)
        .bind(3, s.cooldownUntil)
        .bind(4, s.checkedUntil)
        .bind(5, int(s.firing));
    if (!st.run()) {
        *error = st.error();
        return false;
    }
    return true;
}

} // namespace raycstr
