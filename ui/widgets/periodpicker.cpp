#include "periodpicker.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace raycstr::ui {

CustomRangeDialog::CustomRangeDialog(QDate from, QDate to, QWidget *parent)
    : QDialog(parent)
    , m_from(new QCalendarWidget(this))
    , m_to(new QCalendarWidget(this))
{
    setWindowTitle(tr("Custom period"));
    auto *grid = new QGridLayout(this);
    grid->addWidget(new QLabel(tr("From"), this), 0, 0);
    grid->addWidget(new QLabel(tr("To"), this), 0, 1);
    grid->addWidget(m_from, 1, 0);
    grid->addWidget(m_to, 1, 1);
    for (QCalendarWidget *c : {m_from, m_to}) {
        c->setGridVisible(false);
        c->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
        c->setMaximumDate(QDate::currentDate());
    }
    setRange(from, to);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    grid->addWidget(buttons, 2, 0, 1, 2);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The last day cannot come before the first.
    connect(m_from, &QCalendarWidget::selectionChanged, this,
            [this] { m_to->setMinimumDate(m_from->selectedDate()); });
}

QDate CustomRangeDialog::from() const
{
    return m_from->selectedDate();
}

QDate CustomRangeDialog::to() const
{
    return m_to->selectedDate();
}

void CustomRangeDialog::setRange(QDate from, QDate to)
{
    m_from->setSelectedDate(from);
    m_to->setMinimumDate(from);
    m_to->setSelectedDate(to);
}

namespace {
struct Choice
{
    query::Period::Kind kind;
    const char *label;
};
const Choice choices[] = {
    {query::Period::Kind::Last24h, QT_TRANSLATE_NOOP("raycstr::ui::PeriodPicker", "Last 24 hours")},
    {query::Period::Kind::Today, QT_TRANSLATE_NOOP("raycstr::ui::PeriodPicker", "Today")},
    {query::Period::Kind::Last7d, QT_TRANSLATE_NOOP("raycstr::ui::PeriodPicker", "Last 7 days")},
    {query::Period::Kind::Last30d, QT_TRANSLATE_NOOP("raycstr::ui::PeriodPicker", "Last 30 days")},
    {query::Period::Kind::Last90d, QT_TRANSLATE_NOOP("raycstr::ui::PeriodPicker", "Last 90 days")},
    {query::Period::Kind::Month, QT_TRANSLATE_NOOP("raycstr::ui::PeriodPicker", "This month")},
    {query::Period::Kind::Last12mo,
     QT_TRANSLATE_NOOP("raycstr::ui::PeriodPicker", "Last 12 months")},
    {query::Period::Kind::Custom, QT_TRANSLATE_NOOP("raycstr::ui::PeriodPicker", "Custom range…")},
};
} // namespace

PeriodPicker::PeriodPicker(QWidget *parent)
    : QWidget(parent)
    , m_combo(new QComboBox(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const Choice &c : choices)
        m_combo->addItem(tr(c.label), int(c.kind));
    m_combo->setAccessibleName(tr("Period"));
    m_combo->setMinimumContentsLength(16);
    // Grows with a custom range's label ("23 Nov 2026 – 6 Dec 2026" was cut to "… 6 Dec :").
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    layout->addWidget(m_combo);
    m_period.kind = query::Period::Kind::Last30d;
    m_combo->setCurrentIndex(m_combo->findData(int(m_period.kind)));
    connect(m_combo, &QComboBox::activated, this, &PeriodPicker::onActivated);
}

QString PeriodPicker::label(const query::Period &period)
{
    if (period.kind == query::Period::Kind::Custom) {
        const QLocale l;
        const QString pattern = tr("d MMM yyyy", "date format (QDate::toString): day, month, year");
        return tr("%1 – %2").arg(l.toString(period.from, pattern), l.toString(period.to, pattern));
    }
    for (const Choice &c : choices)
        if (c.kind == period.kind)
            return tr(c.label);
    return period.name();
}

void PeriodPicker::setPeriod(const query::Period &period)
{
    m_period = period;
    const int i = m_combo->findData(int(period.kind));
    m_combo->setCurrentIndex(i);
    if (period.kind == query::Period::Kind::Custom)
        m_combo->setItemText(i, label(period));
    Q_EMIT periodChanged(m_period);
}

void PeriodPicker::onActivated(int index)
{
    const auto kind = query::Period::Kind(m_combo->itemData(index).toInt());
    query::Period p;
    p.kind = kind;
    if (kind == query::Period::Kind::Custom) {
        const QDate today = QDate::currentDate();
        CustomRangeDialog dialog(m_period.kind == kind ? m_period.from : today.addDays(-13),
                                 m_period.kind == kind ? m_period.to : today, this);
        if (dialog.exec() != QDialog::Accepted) {
            m_combo->setCurrentIndex(m_combo->findData(int(m_period.kind)));
            return;
        }
        p.from = dialog.from();
        p.to = dialog.to();
    }
    setPeriod(p);
}

} // namespace raycstr::ui
