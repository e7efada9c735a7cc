#pragma once

#include <QFrame>

class QAbstractScrollArea;
class QLabel;
class QTabBar;
class QTableView;
class QVBoxLayout;
class QHBoxLayout;

namespace raycstr::ui {

// A rounded panel with a title row; the dashboard is a grid of these.
class Card : public QFrame
{
    Q_OBJECT
public:
    explicit Card(const QString &title, QWidget *parent = nullptr);
    QVBoxLayout *body() const { return m_body; }
    // Right side of the title row (buttons, hints).
    QHBoxLayout *header() const { return m_header; }
    void setTitle(const QString &title);
    // The card's tabs: on the title row when they fit beside the title and its buttons, else
    // on a row of their own under it. Never scrolled or cut, and only a resize moves them
    // (never a click on a tab).
    void setTabs(QTabBar *tabs);
    bool tabsOnTitleRow() const { return m_tabsOnTitleRow; }

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void applyStyle();
    void placeTabs();
    bool m_styling = false;
    QLabel *m_title;
    QHBoxLayout *m_header;
    QHBoxLayout *m_tabRow;
    QVBoxLayout *m_body;
    QTabBar *m_tabs = nullptr;
    bool m_tabsOnTitleRow = true;
};

// A page of cards that scrolls: `page` gets a frameless scroll area filling it (in the
// returned `outer` layout, for rows that stay in sight) and the returned widget, its content,
// takes the cards.
QWidget *scrollingContent(QWidget *page, QVBoxLayout **outer = nullptr);
// A table on a card: no frame or grid, the card's background, bold plain headers; the wheel
// as passWheelAtEnds() says.
void styleCardTable(QTableView *view);
// The wheel over `view` scrolls `view`; a turn it cannot use (it is at its end that way, or
// shows all its rows) goes to the scrolling page around it, as in a browser. Without this
// the page stood still under a card's table.
void passWheelAtEnds(QAbstractScrollArea *view);

} // namespace raycstr::ui
