#include "filterbar.h"

#include "ui/data/datasource.h"
#include "ui/text/format.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace raycstr::ui {

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
    , m_label(new QLabel(tr("Filtered by"), this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(6);
    m_layout->addWidget(m_label);
    m_layout->addStretch(1);
    setVisible(false);
}

QString FilterBar::describe(const query::Filter &filter)
{
    const QString field = format::fieldTitle(filter.field.name());
    QStringList values;
    for (const QString &v : filter.values)
        values.append(format::fieldValue(filter.field.name(), v));
    const QString joined = values.join(tr(" or "));
    switch (filter.op) {
    case query::Filter::Op::Is:
        return tr("%1 is %2").arg(field, joined);
    case query::Filter::Op::IsNot:
        return tr("%1 is not %2").arg(field, joined);
    case query::Filter::Op::Contains:
        return tr("%1 contains %2").arg(field, joined);
    case query::Filter::Op::NotContains:
        return tr("%1 does not contain %2").arg(field, joined);
    case query::Filter::Op::Matches:
        return tr("%1 matches %2").arg(field, joined);
    case query::Filter::Op::NotMatches:
        return tr("%1 does not match %2").arg(field, joined);
    }
    return field;
}

void FilterBar::addFilter(const QString &field, const QString &value)
{
    query::Filter f;
    f.field = fieldNamed(field);
    f.op = query::Filter::Op::Is;
    f.values = {value};
    bool replaced = false;
    for (query::Filter &existing : m_filters)
        if (existing.field == f.field) {
            existing = f;
            replaced = true;
        }
    if (!replaced)
        m_filters.append(f);
    rebuild();
    Q_EMIT filtersChanged(m_filters);
}

void FilterBar::removeFilter(int index)
{
    if (index < 0 || index >= m_filters.size())
        return;
    m_filters.removeAt(index);
    rebuild();
    Q_EMIT filtersChanged(m_filters);
}

void FilterBar::clearFilters()
{
    if (m_filters.isEmpty())
        return;
    m_filters.clear();
    rebuild();
    Q_EMIT filtersChanged(m_filters);
}

void FilterBar::rebuild()
{
    // Chips sit between the label and the stretch.
    while (m_layout->count() > 2) {
        QLayoutItem *item = m_layout->takeAt(1);
        delete item->widget();
        delete item;
    }
    for (int i = 0; i < m_filters.size(); ++i) {
        auto *chip = new QToolButton(this);
        chip->setObjectName(QStringLiteral("filterChip"));
        chip->setText(describe(m_filters.at(i)) + QStringLiteral("   ✕"));
        chip->setToolTip(tr("Remove this filter"));
        chip->setAccessibleName(tr("Remove filter %1").arg(describe(m_filters.at(i))));
        chip->setCursor(Qt::PointingHandCursor);
        chip->setFocusPolicy(Qt::StrongFocus);
        chip->setAutoRaise(false);
        chip->setStyleSheet(QStringLiteral(
            "QToolButton { border-radius: 12px; padding: 3px 12px; border: 1px solid palette(mid);"
            " background: palette(base); } QToolButton:focus { border: 2px solid "
            "palette(highlight); }"));
        connect(chip, &QToolButton::clicked, this, [this, i] { removeFilter(i); });
        m_layout->insertWidget(1 + i, chip);
    }
    setVisible(!m_filters.isEmpty());
}

} // namespace raycstr::ui
