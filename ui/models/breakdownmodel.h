#pragma once

#include "query/querytypes.h"

#include <QAbstractTableModel>

namespace raycstr::ui {

// One breakdown panel's rows (pages, sources, countries…): the value, its visitors, its
// pageviews (or events for custom events), and its share of the period's visitors, which
// the inline bar delegate draws behind the value. The Details view pages through a whole
// breakdown: appendResult() adds the next page, totalRows() says how many there are, and
// sort() orders the rows loaded so far by any column (the stats API answers in one order:
// visitors, then pageviews or events, then value).
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
    qint64 totalVisitors() const { return m_totalVisitors; }
    // Adds the next page of the breakdown setResult() began (same field and query).
    void appendResult(const query::BreakdownResult &result);
    // The breakdown's rows on the server or in the store, loaded or not.
    qint64 totalRows() const { return m_totalRows; }
    void clear();
    QString field() const { return m_field; }
    QString valueAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Values by their text as shown (country names, not codes), in the locale's collation;
    // numbers by value; ties keep the stats API's order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    bool countsEvents() const;
    QVariant sortKey(const query::BreakdownRow &row, int column) const;
    QString m_field;
    QList<query::BreakdownRow> m_rows;
    qint64 m_totalVisitors = 0;
    qint64 m_maxVisitors = 0;
    qint64 m_totalRows = 0;
};

} // namespace raycstr::ui
