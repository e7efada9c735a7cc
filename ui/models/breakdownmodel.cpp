#include "breakdownmodel.h"

#include "ui/text/format.h"

namespace raycstr::ui {

BreakdownModel::BreakdownModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void BreakdownModel::setResult(const QString &field, const query::BreakdownResult &result)
{
    beginResetModel();
    const bool headerChanged = field != m_field;
    m_field = field;
    m_rows = result.rows;
    m_maxVisitors = 0;
    for (const query::BreakdownRow &r : m_rows)
        m_maxVisitors = std::max(m_maxVisitors, r.metrics.visitors);
    endResetModel();
    if (headerChanged)
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void BreakdownModel::setTotalVisitors(qint64 visitors)
{
    m_totalVisitors = visitors;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, ShareColumn), index(int(m_rows.size()) - 1, ShareColumn));
}

void BreakdownModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_maxVisitors = 0;
    endResetModel();
}

QString BreakdownModel::valueAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).value : QString();
}

bool BreakdownModel::countsEvents() const
{
    return m_field == QLatin1String("event_name") || m_field.startsWith(QLatin1String("prop:"));
}

int BreakdownModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BreakdownModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BreakdownModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const query::BreakdownRow &row = m_rows.at(index.row());
    const qint64 count = countsEvents() ? row.metrics.events : row.metrics.pageviews;
    qint64 base = m_totalVisitors;
    if (base <= 0)
        for (const query::BreakdownRow &r : m_rows)
            base += r.metrics.visitors;
    const double share = base > 0 ? double(row.metrics.visitors) / double(base) : 0;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ValueColumn:
            return format::fieldValue(m_field, row.value);
        case VisitorsColumn:
            return format::count(row.metrics.visitors);
        case CountColumn:
            return format::count(count);
        case ShareColumn:
            return format::percent(100.0 * share, 0);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == ValueColumn)
            return format::fieldValue(m_field, row.value);
        break;
    case Qt::TextAlignmentRole:
        return index.column() == ValueColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                             : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case SortRole:
        switch (index.column()) {
        case ValueColumn:
            return row.value;
        case VisitorsColumn:
            return row.metrics.visitors;
        case CountColumn:
            return count;
        case ShareColumn:
            return share;
        }
        break;
    case BarRole:
        return m_maxVisitors > 0 ? double(row.metrics.visitors) / double(m_maxVisitors) : 0.0;
    case FilterValueRole:
        return row.value;
    }
    return {};
}

QVariant BreakdownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section == ValueColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                      : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ValueColumn:
        return format::fieldTitle(m_field);
    case VisitorsColumn:
        return tr("Visitors");
    case CountColumn:
        return countsEvents() ? tr("Events") : tr("Pageviews");
    case ShareColumn:
        return tr("Share");
    }
    return {};
}

} // namespace raycstr::ui
