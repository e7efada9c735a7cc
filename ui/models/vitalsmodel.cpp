#include "vitalsmodel.h"

#include "ui/text/format.h"

#include <QApplication>
#include <QFont>
#include <QPalette>

namespace raycstr::ui {

VitalsModel::VitalsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

QStringList VitalsModel::metrics()
{
    return query::vitalMetrics();
}

void VitalsModel::setResult(const query::VitalsResult &result)
{
    beginResetModel();
    m_rows.clear();
    if (!result.site.stats.isEmpty())
        m_rows.append(result.site);
    for (const query::VitalsRow &r : result.routes)
        if (!r.stats.isEmpty())
            m_rows.append(r);
    endResetModel();
}

void VitalsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int VitalsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int VitalsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1 + int(metrics().size());
}

const query::VitalStat *VitalsModel::stat(int row, int column) const
{
    const QString metric = metrics().value(column - 1);
    for (const query::VitalStat &s : m_rows.at(row).stats)
        if (s.metric == metric)
            return &s;
    return nullptr;
}

QVariant VitalsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const query::VitalsRow &row = m_rows.at(index.row());
    if (index.column() == 0) {
        if (role == Qt::DisplayRole)
            return row.route.isEmpty() ? tr("All pages") : row.route;
        if (role == Qt::FontRole && row.route.isEmpty()) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    }
    const QString metric = metrics().value(index.column() - 1);
    const query::VitalStat *s = stat(index.row(), index.column());
    if (role == Qt::TextAlignmentRole)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (!s)
        return role == Qt::DisplayRole ? QVariant(format::none()) : QVariant();
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1  ·  %2").arg(formatVital(metric, s->p75), formatVital(metric, s->p95));
    case Qt::ToolTipRole:
        return tr("%1\nP75 %2, P95 %3 (%n samples)", nullptr, int(s->samples))
            .arg(vitalName(metric), formatVital(metric, s->p75), formatVital(metric, s->p95));
    case Qt::ForegroundRole:
        return theme::rating(rateVital(metric, s->p75), QApplication::palette());
    case RatingRole:
        return int(rateVital(metric, s->p75));
    case P75Role:
        return s->p75;
    case P95Role:
        return s->p95;
    case SamplesRole:
        return s->samples;
    }
    return {};
}

QVariant VitalsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    if (role == Qt::ToolTipRole && section > 0)
        return vitalName(metrics().value(section - 1));
    if (role == Qt::TextAlignmentRole)
        return section == 0 ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                            : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    if (section == 0)
        return tr("Route");
    return tr("%1 (P75 · P95)").arg(metrics().value(section - 1));
}

} // namespace raycstr::ui
