#include "ui/models/adminmodels.h"

#include <QDateTime>
#include <QLocale>

namespace raycstr::ui {

SitesModel::SitesModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void SitesModel::setSites(const QList<SiteInfo> &sites)
{
    beginResetModel();
    m_sites = sites;
    endResetModel();
}

QString SitesModel::domainAt(int row) const
{
    return row >= 0 && row < m_sites.size() ? m_sites.at(row).domain : QString();
}

int SitesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sites.size());
}

int SitesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 2;
}

QVariant SitesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || role != Qt::DisplayRole)
        return {};
    const SiteInfo &s = m_sites.at(index.row());
    return index.column() == 0 ? s.domain : s.timeZone;
}

QVariant SitesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section > 1)
        return {};
    return section == 0 ? tr("Domain") : tr("Time zone");
}

ApiKeysModel::ApiKeysModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ApiKeysModel::setKeys(const QList<ApiKeyRow> &keys)
{
    beginResetModel();
    m_keys = keys;
    endResetModel();
}

qint64 ApiKeysModel::idAt(int row) const
{
    return row >= 0 && row < m_keys.size() ? m_keys.at(row).id : 0;
}

int ApiKeysModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int ApiKeysModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 5;
}

QVariant ApiKeysModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ApiKeyRow &k = m_keys.at(index.row());
    if (role == Qt::UserRole)
        return k.id;
    if (role != Qt::DisplayRole)
        return {};
    auto when = [](qint64 secs) {
        return secs ? QLocale().toString(QDateTime::fromSecsSinceEpoch(secs), QLocale::ShortFormat)
                    : tr("never");
    };
    switch (index.column()) {
    case 0:
        return k.label.isEmpty() ? tr("(no label)") : k.label;
    case 1:
        return k.site.isEmpty() ? tr("all sites") : k.site;
    case 2:
        return k.admin ? tr("admin") : tr("read");
    case 3:
        return when(k.createdAt);
    default:
        return when(k.lastUsedAt);
    }
}

QVariant ApiKeysModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section > 4)
        return {};
    const QStringList names
        = {tr("Label"), tr("Site"), tr("Access"), tr("Created"), tr("Last used")};
    return names.at(section);
}

} // namespace raycstr::ui
