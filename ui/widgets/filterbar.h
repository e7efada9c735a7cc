#pragma once

#include "query/querytypes.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace raycstr::ui {

// The active filters as removable chips ("Country is DE ✕"); the whole dashboard is
// filtered by them. Empty: the bar hides itself.
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(QWidget *parent = nullptr);

    const QList<query::Filter> &filters() const { return m_filters; }
    // Adds "field is value", replacing an existing filter on the same field.
    void addFilter(const QString &field, const QString &value);
    void removeFilter(int index);
    void clearFilters();
    // "Country is DE", as on the chip.
    static QString describe(const query::Filter &filter);

Q_SIGNALS:
    void filtersChanged(const QList<raycstr::query::Filter> &filters);

private:
    void rebuild();
    QHBoxLayout *m_layout;
    QLabel *m_label;
    QList<query::Filter> m_filters;
};

} // namespace raycstr::ui
