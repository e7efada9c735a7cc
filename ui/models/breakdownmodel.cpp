#include "breakdownmodel.h"

#include "ui/text/format.h"

#include <QCollator>
#include <algorithm>
#include <numeric>

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
    m_totalRows = std::max(result.totalRows, qint64(m_rows.size()));
    m_maxVisitors = 0;
    for (const query::BreakdownRow &r : m_rows)
        m_maxVisitors = std::max(m_maxVisitors, r.metrics.visitors);
    endResetModel();
    if (headerChanged)
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void BreakdownModel::appendResult(const query::BreakdownResult &result)
{
    m_totalRows = std::max(result.totalRows, qint64(m_rows.size() + result.rows.size()));
    if (result.rows.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(result.rows.size()) - 1);
    m_rows.append(result.rows);
    endInsertRows();
    // Bars are relative to the top row; a later page cannot top it, but the shares of a
    // total taken from the rows' sum change with every page.
    qint64 max = 0;
    for (const query::BreakdownRow &r : std::as_const(m_rows))
        max = std::max(max, r.metrics.visitors);
    if (first > 0 && (max != m_maxVisitors || m_totalVisitors <= 0))
        Q_EMIT dataChanged(index(0, 0), index(first - 1, ColumnCount - 1));
    m_maxVisitors = max;
}

QVariant BreakdownModel::sortKey(const query::BreakdownRow &row, int column) const
{
    switch (column) {
    case VisitorsColumn:
    case ShareColumn: // the share is the visitors' share
        return row.metrics.visitors;
    case CountColumn:
        return countsEvents() ? row.metrics.events : row.metrics.pageviews;
    default:
        return format::fieldValue(m_field, row.value);
    }
}

void BreakdownModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount || m_rows.size() < 2)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<int> rows(m_rows.size());
    std::iota(rows.begin(), rows.end(), 0);
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    const bool text = column == ValueColumn;
    QList<QVariant> keys;
    keys.reserve(m_rows.size());
    for (const query::BreakdownRow &r : std::as_const(m_rows))
        keys.append(sortKey(r, column));
    std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
        const int c = text ? collator.compare(keys.at(a).toString(), keys.at(b).toString())
                           : (keys.at(a).toLongLong() > keys.at(b).toLongLong())
                - (keys.at(a).toLongLong() < keys.at(b).toLongLong());
        return order == Qt::AscendingOrder ? c < 0 : c > 0;
    });
    QList<query::BreakdownRow> sorted;
    sorted.reserve(m_rows.size());
    QList<int> newRow(m_rows.size());
    for (int i = 0; i < rows.size(); ++i) {
        sorted.append(m_rows.at(rows.at(i)));
        newRow[rows.at(i)] = i;
    }
    m_rows = std::move(sorted);
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &i : before)
        after.append(index(newRow.at(i.row()), i.column()));
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
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
    m_totalRows = 0;
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
            return format::number(row.metrics.visitors);
        case CountColumn:
            return format::number(count);
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
