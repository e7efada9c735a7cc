#pragma once

#include "core/alertrule.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace raycstr::ui {

// Add or edit one alert rule of a site: the kind (traffic spike, traffic drop, goal), its
// threshold or goal, the cool-down, the e-mail recipients and a webhook (Slack-compatible
// or plain text). OK checks the rule with AlertRule::validate (the one check the CLI, the
// config file and the API use) and says what is wrong without closing.
//
// A remote server never hands a webhook's URL back (only its host): editing such a rule
// asks for the URL again.
class AlertRuleDialog : public QDialog
{
    Q_OBJECT
public:
    AlertRuleDialog(const AlertRule &rule, const QStringList &goals, bool webhookHidden,
                    QWidget *parent = nullptr);

    // The rule as filled in (valid once the dialog was accepted).
    AlertRule rule() const;

    // For tests and screenshots.
    QComboBox *kindBox() const { return m_kind; }
    QSpinBox *thresholdBox() const { return m_threshold; }
    QComboBox *goalBox() const { return m_goal; }
    QLineEdit *emailEdit() const { return m_email; }
    QLineEdit *webhookEdit() const { return m_webhook; }
    QString errorText() const;

    void accept() override;

private:
    void updateKind();

    AlertRule m_rule;
    QComboBox *m_kind;
    QLabel *m_thresholdLabel;
    QSpinBox *m_threshold;
    QLabel *m_goalLabel;
    QComboBox *m_goal;
    QCheckBox *m_digest;
    QSpinBox *m_cooldown;
    QLineEdit *m_email;
    QLineEdit *m_webhook;
    QComboBox *m_format;
    QLabel *m_error;
};

} // namespace raycstr::ui
