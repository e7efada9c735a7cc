#include "alertruledialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace raycstr::ui {

AlertRuleDialog::AlertRuleDialog(const AlertRule &rule, const QStringList &goals,
                                 bool webhookHidden, QWidget *parent)
    : QDialog(parent)
    , m_rule(rule)
    , m_kind(new QComboBox(this))
    , m_thresholdLabel(new QLabel(this))
    , m_threshold(new QSpinBox(this))
    , m_goalLabel(new QLabel(tr("&Goal"), this))
    , m_goal(new QComboBox(this))
    , m_digest(new QCheckBox(tr("One message a day with the day's conversions"), this))
    , m_cooldown(new QSpinBox(this))
    , m_email(new QLineEdit(this))
    , m_webhook(new QLineEdit(this))
    , m_format(new QComboBox(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(rule.id ? tr("Edit alert") : tr("Add alert"));
    m_kind->addItem(tr("Traffic spike"), int(AlertRule::Kind::Spike));
    m_kind->addItem(tr("Traffic drop (the tracker may be broken)"), int(AlertRule::Kind::Drop));
    m_kind->addItem(tr("Goal conversion"), int(AlertRule::Kind::Goal));
    m_kind->setCurrentIndex(m_kind->findData(int(rule.kind)));
    m_threshold->setRange(1, 1000000);
    m_threshold->setValue(std::max(1, rule.threshold));
    m_thresholdLabel->setBuddy(m_threshold);
    m_goal->setEditable(true);
    m_goal->addItems(goals);
    m_goal->setCurrentText(rule.goal);
    m_goalLabel->setBuddy(m_goal);
    m_digest->setChecked(rule.digest);
    m_cooldown->setRange(1, AlertRule::MaxCooldownMinutes);
    m_cooldown->setSuffix(tr(" min"));
    m_cooldown->setValue(rule.cooldownMinutes);
    m_cooldown->setToolTip(tr("After a message, none for the same alert before this has passed: "
                              "one incident sends one message."));
    m_email->setText(rule.email.join(QStringLiteral(", ")));
    m_email->setPlaceholderText(tr("you@example.com, team@example.com"));
    m_webhook->setText(webhookHidden ? QString() : rule.webhook);
    m_webhook->setPlaceholderText(
        webhookHidden && !rule.webhook.isEmpty()
            ? tr("%1 — enter the URL again to keep it").arg(AlertRule::redactedUrl(rule.webhook))
            : tr("https://hooks.slack.com/services/…"));
    m_format->addItem(tr("Slack-compatible (Slack, Mattermost, Discord)"),
                      int(AlertRule::WebhookFormat::Slack));
    m_format->addItem(tr("Plain text (ntfy and others)"), int(AlertRule::WebhookFormat::Text));
    m_format->setCurrentIndex(m_format->findData(int(rule.format)));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #dc2626;"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Alert on"), m_kind);
    form->addRow(m_thresholdLabel, m_threshold);
    form->addRow(m_goalLabel, m_goal);
    form->addRow(QString(), m_digest);
    form->addRow(tr("&Cool-down"), m_cooldown);
    form->addRow(tr("&E-mail to"), m_email);
    form->addRow(tr("&Webhook"), m_webhook);
    form->addRow(tr("Webhook &format"), m_format);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &AlertRuleDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AlertRuleDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &AlertRuleDialog::updateKind);
    updateKind();
    setMinimumWidth(520);
}

void AlertRuleDialog::updateKind()
{
    const auto kind = AlertRule::Kind(m_kind->currentData().toInt());
    const bool goal = kind == AlertRule::Kind::Goal;
    m_thresholdLabel->setVisible(!goal);
    m_threshold->setVisible(!goal);
    m_goalLabel->setVisible(goal);
    m_goal->setVisible(goal);
    m_digest->setVisible(goal);
    m_thresholdLabel->setText(kind == AlertRule::Kind::Drop ? tr("No pageview for")
                                                            : tr("Current &visitors at least"));
    m_threshold->setSuffix(kind == AlertRule::Kind::Drop ? tr(" h") : QString());
}

AlertRule AlertRuleDialog::rule() const
{
    AlertRule r = m_rule;
    r.kind = AlertRule::Kind(m_kind->currentData().toInt());
    r.threshold = r.kind == AlertRule::Kind::Goal ? 0 : m_threshold->value();
    r.goal = r.kind == AlertRule::Kind::Goal ? m_goal->currentText().trimmed() : QString();
    r.digest = r.kind == AlertRule::Kind::Goal && m_digest->isChecked();
    r.cooldownMinutes = m_cooldown->value();
    r.email.clear();
    for (const QString &a :
         m_email->text().split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts))
        r.email.append(a);
    r.webhook = m_webhook->text().trimmed();
    r.format = AlertRule::WebhookFormat(m_format->currentData().toInt());
    return r;
}

QString AlertRuleDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void AlertRuleDialog::accept()
{
    QString error;
    if (!rule().validate(&error)) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace raycstr::ui
