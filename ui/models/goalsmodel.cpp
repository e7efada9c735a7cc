#include "goalsmodel.h"

#include "ui/text/format.h"

#include <QLocale>

namespace raycstr::ui {

GoalsModel::GoalsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void GoalsModel::setResult(const query::GoalsResult &result)
{
    beginResetModel();
    m_result = result;
    m_maxRate = 0;
    for (const query::GoalRow &r : m_result.rows)
        m_maxRate = std::max(m_maxRate, r.conversionRate);
    endResetModel();
}

void GoalsModel::clear()
{
    setResult({});
}

QString GoalsModel::goalNameAt(int row) const
{
    return row >= 0 && row < m_result.rows.size() ? m_result.rows.at(row).goal.name : QString();
}

qint64 GoalsModel::goalIdAt(int row) const
{
    return row >= 0 && row < m_result.rows.size() ? m_result.rows.at(row).goal.id : 0;
}

int GoalsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.rows.size());
}

int GoalsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString GoalsModel::revenueText(const QMap<QString, double> &revenue)
{
    QStringList parts;
    const QLocale l;
    for (auto it = revenue.cbegin(); it != revenue.cend(); ++it)
        parts.append(l.toCurrencyString(it.value(), it.key()));
    return parts.join(QStringLiteral(" · "));
}

QMap<QString, double> GoalsModel::averageRevenue(const QMap<QString, double> &revenue,
                                                qint64 conversions)
{
    QMap<QString, double> out;
    if (conversions <= 0)
        return out;
    for (auto it = revenue.cbegin(); it != revenue.cend(); ++it)
        out.insert(it.key(), it.value() / double(conversions));
    return out;
}

QVariant GoalsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const query::GoalRow &row = m_result.rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return row.goal.name;
        case UniquesColumn:
            return format::number(row.uniques);
        case TotalColumn:
            return format::number(row.total);
        case RateColumn:
            return format::percent(row.conversionRate);
        case RevenueColumn:
            return revenueText(row.revenue);
        case AverageRevenueColumn:
            return revenueText(averageRevenue(row.revenue, row.total));
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == NameColumn)
            return tr("%1 — click to show only the visits that converted")
                .arg(row.goal.match.describe());
        break;
    case Qt::TextAlignmentRole:
        return index.column() == NameColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                            : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            return row.goal.name;
        case UniquesColumn:
            return row.uniques;
        case TotalColumn:
            return row.total;
        case RateColumn:
            return row.conversionRate;
        case RevenueColumn:
        case AverageRevenueColumn: {
            double sum = 0;
            for (double v : row.revenue)
                sum += v;
            return index.column() == RevenueColumn || row.total <= 0 ? sum
                                                                    : sum / double(row.total);
        }
        }
        break;
    case BarRole:
        return m_maxRate > 0 ? row.conversionRate / m_maxRate : 0.0;
    case GoalNameRole:
        return row.goal.name;
    }
    return {};
}

QVariant GoalsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section == NameColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                     : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Goal");
    case UniquesColumn:
        return tr("Uniques");
    case TotalColumn:
        return tr("Total");
    case RateColumn:
        return tr("CR");
    case RevenueColumn:
        return tr("Revenue");
    case AverageRevenueColumn:
        return tr("Average", "revenue per conversion");
    }
    return {};
}

} // namespace raycstr::ui
