#pragma once

#include <QFrame>

class QLabel;
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
    // Right side of the title row (tabs, hints).
    QHBoxLayout *header() const { return m_header; }
    void setTitle(const QString &title);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyStyle();
    bool m_styling = false;
    QLabel *m_title;
    QHBoxLayout *m_header;
    QVBoxLayout *m_body;
};

// A page of cards that scrolls: `page` gets a frameless scroll area filling it (in the
// returned `outer` layout, for rows that stay in sight) and the returned widget, its content,
// takes the cards.
QWidget *scrollingContent(QWidget *page, QVBoxLayout **outer = nullptr);
// A table on a card: no frame or grid, the card's background, bold plain headers.
void styleCardTable(QTableView *view);

} // namespace raycstr::ui
