#pragma once

#include "query/querytypes.h"

#include <QAbstractTableModel>

namespace raycstr::ui {

// One breakdown panel's rows (pages, sources, countries…): the value, its visitors, its
// pageviews (or events for custom events), and its share of the period's visitors, which
// the inline bar delegate draws behind the value.
class BreakdownModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ValueColumn, VisitorsColumn, CountColumn, ShareColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole, // raw number (or value) for sorting
        BarRole, // 0…1: width of the inline bar, relative to the top row
        FilterValueRole, // the stored value ("" for none), what a click filters by
    };

    explicit BreakdownModel(QObject *parent = nullptr);

    // `field` decides the header and how empty values read.
    void setResult(const QString &field, const query::BreakdownResult &result);
    // The period's visitors, the base of the share column (0: share of the rows' sum).
    void setTotalVisitors(qint64 visitors);
    void clear();
    QString field() const { return m_field; }
    QString valueAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    bool countsEvents() const;
    QString m_field;
    QList<query::BreakdownRow> m_rows;
    qint64 m_totalVisitors = 0;
    qint64 m_maxVisitors = 0;
};

} // namespace raycstr::ui
