#pragma once

#include "core/alertrule.h"

#include <QAbstractTableModel>

namespace raycstr::ui {

// Settings → Reports and alerts: a site's alert rules, one a row — what fires it, the
// cool-down, where the message goes (webhooks by host only: their path is the secret) and
// where the rule lives (this app's store, or a server's config file, which only that file
// changes).
class AlertRulesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { WhenColumn, CooldownColumn, DeliveryColumn, SourceColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole, // the stored rule's id; 0 for a config file's rule
    };

    explicit AlertRulesModel(QObject *parent = nullptr);

    void setRules(const QList<AlertRule> &rules);
    void clear();
    const QList<AlertRule> &rules() const { return m_rules; }
    // The rule on `row`, or nullptr.
    const AlertRule *ruleAt(int row) const;

    // "10 or more current visitors", "No pageview for 6 hours", "Goal Signup (daily digest)".
    static QString condition(const AlertRule &rule);
    // "2 e-mail addresses, webhook hooks.slack.com".
    static QString delivery(const AlertRule &rule);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<AlertRule> m_rules;
};

} // namespace raycstr::ui
