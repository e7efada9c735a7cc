#include "alertrulesmodel.h"

#include <QUrl>

namespace raycstr::ui {

AlertRulesModel::AlertRulesModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void AlertRulesModel::setRules(const QList<AlertRule> &rules)
{
    beginResetModel();
    m_rules = rules;
    endResetModel();
}

void AlertRulesModel::clear()
{
    setRules({});
}

const AlertRule *AlertRulesModel::ruleAt(int row) const
{
    return row >= 0 && row < m_rules.size() ? &m_rules.at(row) : nullptr;
}

QString AlertRulesModel::condition(const AlertRule &r)
{
    switch (r.kind) {
    // Two sources for English's two forms; each translation has its language's own.
    case AlertRule::Kind::Spike:
        return r.threshold == 1 ? tr("%n or more current visitor", nullptr, 1)
                                : tr("%n or more current visitors", nullptr, r.threshold);
    case AlertRule::Kind::Drop:
        return r.threshold == 1 ? tr("No pageview for %n hour", nullptr, 1)
                                : tr("No pageview for %n hours", nullptr, r.threshold);
    case AlertRule::Kind::Goal:
        return r.digest ? tr("Goal %1 (daily digest)").arg(r.goal)
                        : tr("Goal %1 (each conversion)").arg(r.goal);
    }
    return {};
}

QString AlertRulesModel::delivery(const AlertRule &r)
{
    QStringList parts;
    if (r.email.size() == 1)
        parts.append(r.email.first());
    else if (!r.email.isEmpty())
        parts.append(tr("%n e-mail addresses", nullptr, int(r.email.size()))); // 2 or more
    if (!r.webhook.isEmpty())
        parts.append(tr("webhook %1").arg(QUrl(r.webhook).host()));
    return parts.join(QStringLiteral(", "));
}

int AlertRulesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rules.size());
}

int AlertRulesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertRulesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AlertRule &r = m_rules.at(index.row());
    if (role == IdRole)
        return r.id;
    if (role == Qt::ToolTipRole && index.column() == DeliveryColumn)
        return r.email.join(QStringLiteral(", "));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case WhenColumn:
        return condition(r);
    case CooldownColumn:
        return r.cooldownMinutes % 60 == 0 && r.cooldownMinutes >= 60
            ? tr("%n h", nullptr, r.cooldownMinutes / 60)
            : tr("%n min", nullptr, r.cooldownMinutes);
    case DeliveryColumn:
        return delivery(r);
    case SourceColumn:
        return r.id ? tr("Added here") : tr("Config file (read-only)");
    }
    return {};
}

QVariant AlertRulesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("Alert when");
    case CooldownColumn:
        return tr("Cool-down");
    case DeliveryColumn:
        return tr("Sent to");
    case SourceColumn:
        return tr("Source");
    }
    return {};
}

} // namespace raycstr::ui
