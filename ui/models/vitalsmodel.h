#pragma once

#include "query/querytypes.h"

#include <QAbstractTableModel>

namespace raycstr::ui {

// Web Vitals per route: the whole site first, then the most viewed routes; one column per
// metric showing P75 and P95, coloured by the P75's rating (good / needs improvement /
// poor, format.h's thresholds).
class VitalsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        RatingRole = Qt::UserRole, // int(VitalRating) of the P75; invalid without samples
        P75Role,
        P95Role,
        SamplesRole,
    };

    explicit VitalsModel(QObject *parent = nullptr);

    void setResult(const query::VitalsResult &result);
    void clear();
    static QStringList metrics(); // column order after the route column

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const query::VitalStat *stat(int row, int column) const;
    QList<query::VitalsRow> m_rows;
};

} // namespace raycstr::ui
