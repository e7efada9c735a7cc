#include "kpicard.h"

#include "ui/text/format.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QScopeGuard>
#include <QVBoxLayout>

namespace raycstr::ui {

KpiCard::KpiCard(const QString &caption, bool lowerIsBetter, QWidget *parent)
    : QFrame(parent)
    , m_caption(new QLabel(caption.toUpper(), this))
    , m_value(new QLabel(format::none(), this))
    , m_change(new QLabel(this))
    , m_lowerIsBetter(lowerIsBetter)
{
    setObjectName(QStringLiteral("kpiCard"));
    setFocusPolicy(Qt::NoFocus);
    setCursor(Qt::PointingHandCursor);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(2);
    QFont small = m_caption->font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    small.setBold(true);
    small.setLetterSpacing(QFont::PercentageSpacing, 106);
    m_caption->setFont(small);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.9);
    big.setBold(true);
    m_value->setFont(big);
    QFont changeFont = m_change->font();
    changeFont.setPointSizeF(changeFont.pointSizeF() * 0.9);
    m_change->setFont(changeFont);
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    layout->addWidget(m_change);
    setAccessibleName(caption);
    applyStyle();
}

void KpiCard::setValue(const QString &value, std::optional<double> changePercent)
{
    m_value->setText(value);
    m_changeValue = changePercent;
    if (!changePercent) {
        m_change->setText(tr("no previous data"));
    } else {
        const double c = *changePercent;
        const QString arrow = c > 0.05 ? QStringLiteral("▲")
            : c < -0.05                ? QStringLiteral("▼")
                                       : QStringLiteral("●");
        const QString amount = QLocale().toString(std::abs(c), 'f', std::abs(c) < 10 ? 1 : 0);
        m_change->setText(m_lastYear ? tr("%1 %2% vs last year").arg(arrow, amount)
                                     : tr("%1 %2% vs previous").arg(arrow, amount));
    }
    setAccessibleDescription(m_value->text() + QLatin1Char(' ') + m_change->text());
    applyStyle();
}

void KpiCard::setAgainstLastYear(bool lastYear)
{
    m_lastYear = lastYear;
}

void KpiCard::mouseReleaseEvent(QMouseEvent *event)
{
    QFrame::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        Q_EMIT clicked();
}

void KpiCard::setLoading()
{
    m_value->setText(QStringLiteral("…"));
    m_change->setText(QStringLiteral(" "));
}

void KpiCard::setSelected(bool selected)
{
    m_selected = selected;
    applyStyle();
}

QString KpiCard::valueText() const
{
    return m_value->text();
}

QString KpiCard::changeText() const
{
    return m_change->text();
}

void KpiCard::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    // Restyling changes the palette again: react to outside changes only.
    if (event->type() == QEvent::PaletteChange && !m_styling)
        applyStyle();
}

void KpiCard::applyStyle()
{
    if (m_styling)
        return;
    m_styling = true;
    const auto done = qScopeGuard([this] { m_styling = false; });
    // The window's colours, not the card's own: its style sheet paints its palette with the
    // background it sets, which read back would lighten the card at every restyle (a value,
    // a selection) until it is grey on a dark window.
    const QPalette p = parentWidget() ? parentWidget()->palette() : palette();
    const QColor border = m_selected ? theme::accent(p) : theme::border(p);
    const QString sheet
        = (QStringLiteral("#kpiCard { background: %1; border: 1px solid %2; "
                          "border-radius: 10px; }")
               .arg(theme::cardBackground(p).name(QColor::HexArgb), border.name(QColor::HexArgb)));
    if (styleSheet() != sheet)
        setStyleSheet(sheet);
    QPalette cp = m_caption->palette();
    cp.setColor(QPalette::WindowText, theme::muted(p));
    m_caption->setPalette(cp);
    QColor changeColor = theme::muted(p);
    if (m_changeValue && std::abs(*m_changeValue) > 0.05) {
        const bool up = *m_changeValue > 0;
        changeColor = (up != m_lowerIsBetter) ? theme::positive(p) : theme::negative(p);
    }
    QPalette chp = m_change->palette();
    chp.setColor(QPalette::WindowText, changeColor);
    m_change->setPalette(chp);
}

} // namespace raycstr::ui
