#pragma once

#include "ui/data/datasource.h"

#include <QAbstractTableModel>

namespace raycstr::ui {

// The settings page's sites: domain and time zone.
class SitesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit SitesModel(QObject *parent = nullptr);
    void setSites(const QList<SiteInfo> &sites);
    QString domainAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<SiteInfo> m_sites;
};

// The settings page's API keys (never their secrets): label, site, access, created, last
// used. Qt::UserRole on any column is the key's id.
class ApiKeysModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit ApiKeysModel(QObject *parent = nullptr);
    void setKeys(const QList<ApiKeyRow> &keys);
    qint64 idAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ApiKeyRow> m_keys;
};

} // namespace raycstr::ui
