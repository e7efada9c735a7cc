#pragma once

#include "query/querytypes.h"

#include <QDialog>
#include <QWidget>

class QCalendarWidget;
class QComboBox;

namespace raycstr::ui {

// Two calendars: the first and the last day of a custom period.
class CustomRangeDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CustomRangeDialog(QDate from, QDate to, QWidget *parent = nullptr);
    QDate from() const;
    QDate to() const;
    void setRange(QDate from, QDate to);

private:
    QCalendarWidget *m_from;
    QCalendarWidget *m_to;
};

// 24 hours, today, 7/30/90 days, this month, 12 months, or a custom range (a calendar).
class PeriodPicker : public QWidget
{
    Q_OBJECT
public:
    explicit PeriodPicker(QWidget *parent = nullptr);

    query::Period period() const { return m_period; }
    void setPeriod(const query::Period &period);
    // The label shown for a period ("Last 7 days", "3 Mar – 9 Mar 2026").
    static QString label(const query::Period &period);
    QComboBox *comboBox() const { return m_combo; }

Q_SIGNALS:
    void periodChanged(const raycstr::query::Period &period);

private:
    void onActivated(int index);
    QComboBox *m_combo;
    query::Period m_period;
};

} // namespace raycstr::ui
