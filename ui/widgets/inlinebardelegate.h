#pragma once

#include <QStyledItemDelegate>

namespace raycstr::ui {

// Draws a breakdown row's value over a soft bar whose width is the row's BarRole (0…1),
// as Plausible's panels do: the eye compares rows without reading numbers.
class InlineBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit InlineBarDelegate(int barRole, QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_barRole;
};

} // namespace raycstr::ui
