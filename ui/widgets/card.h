#pragma once

#include <QFrame>

class QLabel;
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

} // namespace raycstr::ui
