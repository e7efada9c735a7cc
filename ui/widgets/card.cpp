#include "card.h"

#include "ui/text/format.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QScopeGuard>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

namespace raycstr::ui {

Card::Card(const QString &title, QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(title, this))
    , m_header(new QHBoxLayout)
    , m_body(new QVBoxLayout)
{
    setObjectName(QStringLiteral("card"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(16, 12, 16, 12);
    outer->setSpacing(8);
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.08);
    m_title->setFont(f);
    m_header->setContentsMargins(0, 0, 0, 0);
    m_header->addWidget(m_title);
    m_header->addStretch(1);
    outer->addLayout(m_header);
    m_body->setContentsMargins(0, 0, 0, 0);
    outer->addLayout(m_body, 1);
    applyStyle();
}

void Card::setTitle(const QString &title)
{
    m_title->setText(title);
}

void Card::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    // Restyling changes the palette again: react to outside changes only.
    if (event->type() == QEvent::PaletteChange && !m_styling)
        applyStyle();
}

void Card::applyStyle()
{
    if (m_styling)
        return;
    m_styling = true;
    const auto done = qScopeGuard([this] { m_styling = false; });
    const QPalette p = palette();
    const QString sheet
        = ( // A type selector: it matches subclasses too, whatever their object name.
            QStringLiteral("raycstr--ui--Card { background: %1; border: 1px solid %2; "
                           "border-radius: 10px; }")
                .arg(theme::cardBackground(p).name(QColor::HexArgb),
                     theme::border(p).name(QColor::HexArgb)));
    if (styleSheet() != sheet)
        setStyleSheet(sheet);
}

QWidget *scrollingContent(QWidget *page, QVBoxLayout **outer)
{
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(scroll);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    if (outer)
        *outer = layout;
    return content;
}

void styleCardTable(QTableView *view)
{
    view->setShowGrid(false);
    view->setFrameShape(QFrame::NoFrame);
    view->setStyleSheet(QStringLiteral(
        "QTableView { background: transparent; } QHeaderView::section { background: transparent;"
        " border: none; padding: 2px 6px; font-weight: bold; }"));
}

} // namespace raycstr::ui
