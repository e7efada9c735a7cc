#include "livefeedmodel.h"

#include "ui/text/format.h"

#include <QDateTime>

namespace raycstr::ui {

LiveFeedModel::LiveFeedModel(int capacity, QObject *parent)
    : QAbstractTableModel(parent)
    , m_capacity(std::max(1, capacity))
{ }

void LiveFeedModel::addEvents(const QList<LiveEvent> &events)
{
    if (events.isEmpty())
        return;
    // Only the newest `capacity` can be shown.
    const qsizetype take = std::min<qsizetype>(events.size(), m_capacity);
    beginInsertRows({}, 0, int(take) - 1);
    for (qsizetype i = events.size() - take; i < events.size(); ++i)
        m_events.prepend(events.at(i));
    endInsertRows();
    if (m_events.size() > m_capacity) {
        beginRemoveRows({}, m_capacity, int(m_events.size()) - 1);
        m_events.resize(m_capacity);
        endRemoveRows();
    }
}

void LiveFeedModel::clear()
{
    beginResetModel();
    m_events.clear();
    endResetModel();
}

int LiveFeedModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int LiveFeedModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LiveFeedModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LiveEvent &e = m_events.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TimeColumn:
            return QDateTime::fromSecsSinceEpoch(e.ts).toLocalTime().toString(
                QStringLiteral("HH:mm:ss"));
        case WhatColumn:
            return e.kind == EventKind::Custom ? tr("%1 on %2").arg(e.name, e.path) : e.path;
        case SourceColumn:
            return format::fieldValue(QStringLiteral("source"), e.source);
        case CountryColumn:
            return e.country.isEmpty() ? tr("Unknown")
                                       : format::fieldValue(QStringLiteral("country"), e.country);
        case DeviceColumn:
            return e.device.isEmpty() ? e.device
                                      : format::fieldValue(QStringLiteral("device"), e.device);
        case BrowserColumn:
            return e.browser;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == CountryColumn && !e.country.isEmpty())
        return QStringLiteral("%1 (%2)").arg(
            format::fieldValue(QStringLiteral("country"), e.country), e.country);
    if (role == Qt::ToolTipRole && index.column() == WhatColumn)
        return e.kind == EventKind::Custom ? tr("Custom event") : tr("Pageview");
    if (role == Qt::UserRole)
        return e.ts;
    return {};
}

QVariant LiveFeedModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case WhatColumn:
        return tr("Page or event");
    case SourceColumn:
        return tr("Source");
    case CountryColumn:
        return tr("Country");
    case DeviceColumn:
        return tr("Device");
    case BrowserColumn:
        return tr("Browser");
    }
    return {};
}

} // namespace raycstr::ui
