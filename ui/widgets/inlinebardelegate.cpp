#include "inlinebardelegate.h"

#include "ui/text/format.h"

#include <QPainter>
#include <QPainterPath>

namespace raycstr::ui {

InlineBarDelegate::InlineBarDelegate(int barRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_barRole(barRole)
{ }

void InlineBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    const double share = std::clamp(index.data(m_barRole).toDouble(), 0.0, 1.0);
    const QRect r = option.rect.adjusted(2, 3, -2, -3);
    if (share > 0) {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        QPainterPath path;
        path.addRoundedRect(QRectF(r.left(), r.top(), std::max(4.0, r.width() * share), r.height()),
                            4, 4);
        painter->fillPath(path, theme::barFill(option.palette));
        painter->restore();
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.rect = option.rect.adjusted(8, 0, -4, 0);
    opt.textElideMode = Qt::ElideMiddle;
    QStyledItemDelegate::paint(painter, opt, index);
}

QSize InlineBarDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.setHeight(std::max(s.height(), option.fontMetrics.height() + 12));
    return s;
}

} // namespace raycstr::ui
