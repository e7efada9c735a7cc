#pragma once

#include "query/querytypes.h"

#include <QAbstractTableModel>

namespace raycstr::ui {

// The goals card's rows: each goal's converted visitors, its conversions, its conversion
// rate (drawn as an inline bar behind the name, relative to the best goal), its revenue
// and the average revenue per conversion (Plausible's Revenue and Average columns).
class GoalsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        UniquesColumn,
        TotalColumn,
        RateColumn,
        RevenueColumn,
        AverageRevenueColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole, // the raw number (or name)
        BarRole, // 0…1: the rate relative to the top goal's
        GoalNameRole, // what a goal filter names
    };

    explicit GoalsModel(QObject *parent = nullptr);

    void setResult(const query::GoalsResult &result);
    void clear();
    const query::GoalsResult &result() const { return m_result; }
    QString goalNameAt(int row) const;
    qint64 goalIdAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "€12.50 · $3.00"; "" without revenue.
    static QString revenueText(const QMap<QString, double> &revenue);
    // Each currency's sum divided by `conversions` (none: empty).
    static QMap<QString, double> averageRevenue(const QMap<QString, double> &revenue,
                                                qint64 conversions);

private:
    query::GoalsResult m_result;
    double m_maxRate = 0;
};

} // namespace raycstr::ui
