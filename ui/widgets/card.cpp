#include "card.h"

#include "ui/text/format.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QScopeGuard>
#include <QCoreApplication>
#include <QScrollArea>
#include <QScrollBar>
#include <QWheelEvent>
#include <cmath>
#include <QTabBar>
#include <QTableView>
#include <QVBoxLayout>

namespace raycstr::ui {

namespace {
class WheelHandOver : public QObject
{
public:
    explicit WheelHandOver(QAbstractScrollArea *view)
        : QObject(view)
        , m_view(view)
    { }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() != QEvent::Wheel)
            return false;
        auto *wheel = static_cast<QWheelEvent *>(event);
        const QPoint d = wheel->angleDelta().isNull() ? wheel->pixelDelta() : wheel->angleDelta();
        const bool vertical = std::abs(d.y()) >= std::abs(d.x());
        const QScrollBar *bar = vertical ? m_view->verticalScrollBar() : m_view->horizontalScrollBar();
        const bool towardsStart = (vertical ? d.y() : d.x()) > 0;
        if (towardsStart ? bar->value() > bar->minimum() : bar->value() < bar->maximum())
            return false; // the view scrolls
        QAbstractScrollArea *page = nullptr;
        for (QWidget *w = m_view->parentWidget(); w && !page; w = w->parentWidget())
            page = qobject_cast<QAbstractScrollArea *>(w);
        if (!page)
            return false;
        QWidget *target = page->viewport();
        QWheelEvent handed(target->mapFromGlobal(wheel->globalPosition()), wheel->globalPosition(),
                           wheel->pixelDelta(), wheel->angleDelta(), wheel->buttons(),
                           wheel->modifiers(), wheel->phase(), wheel->inverted(), wheel->source(),
                           wheel->pointingDevice());
        QCoreApplication::sendEvent(target, &handed);
        return true;
    }

private:
    QAbstractScrollArea *m_view;
};
} // namespace

void passWheelAtEnds(QAbstractScrollArea *view)
{
    view->viewport()->installEventFilter(new WheelHandOver(view));
}

Card::Card(const QString &title, QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(title, this))
    , m_header(new QHBoxLayout)
    , m_tabRow(new QHBoxLayout)
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
    m_tabRow->setContentsMargins(0, 0, 0, 0);
    m_tabRow->addStretch(1); // empty until the tabs need a row of their own
    outer->addLayout(m_tabRow);
    m_body->setContentsMargins(0, 0, 0, 0);
    outer->addLayout(m_body, 1);
    applyStyle();
}

void Card::setTitle(const QString &title)
{
    m_title->setText(title);
}

void Card::setTabs(QTabBar *tabs)
{
    m_tabs = tabs;
    tabs->setUsesScrollButtons(false);
    tabs->setElideMode(Qt::ElideNone);
    m_header->insertWidget(2, tabs); // after the title and the stretch
    m_tabsOnTitleRow = true;
    placeTabs();
}

void Card::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    placeTabs();
}

void Card::placeTabs()
{
    if (!m_tabs)
        return;
    // What the title row needs with the tabs on it: the title, the tabs, and the buttons
    // (those hidden for now but keeping their room count too).
    const int spacing = std::max(0, m_header->spacing());
    int need = m_title->sizeHint().width() + m_tabs->sizeHint().width() + spacing;
    for (int i = 0; i < m_header->count(); ++i) {
        QWidget *w = m_header->itemAt(i)->widget();
        if (!w || w == m_title || w == m_tabs)
            continue;
        if (!w->isHidden() || w->sizePolicy().retainSizeWhenHidden())
            need += w->sizeHint().width() + spacing;
    }
    const QMargins m = layout()->contentsMargins();
    const bool fits = need <= width() - m.left() - m.right();
    if (fits == m_tabsOnTitleRow)
        return;
    m_tabsOnTitleRow = fits;
    if (fits) {
        m_tabRow->removeWidget(m_tabs);
        m_header->insertWidget(2, m_tabs);
    } else {
        m_header->removeWidget(m_tabs);
        m_tabRow->insertWidget(0, m_tabs);
    }
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
    passWheelAtEnds(view);
    view->setShowGrid(false);
    view->setFrameShape(QFrame::NoFrame);
    view->setStyleSheet(QStringLiteral(
        "QTableView { background: transparent; } QHeaderView::section { background: transparent;"
        " border: none; padding: 2px 6px; font-weight: bold; }"));
}

} // namespace raycstr::ui
