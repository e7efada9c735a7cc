#include "funnelstepdelegate.h"

#include "ui/text/format.h"
#include "ui/models/funnelstepsmodel.h"

#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QPainter>

namespace raycstr::ui {

FunnelStepDelegate::FunnelStepDelegate(QAbstractItemModel *paths, QAbstractItemModel *events,
                                       QObject *parent)
    : QStyledItemDelegate(parent)
    , m_paths(paths)
    , m_events(events)
{ }

QWidget *FunnelStepDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const
{
    switch (index.column()) {
    case FunnelStepsModel::KindColumn: {
        auto *box = new QComboBox(parent);
        box->addItem(FunnelStepsModel::kindTitle(Matcher::Kind::Page), QStringLiteral("page"));
        box->addItem(FunnelStepsModel::kindTitle(Matcher::Kind::Event), QStringLiteral("event"));
        return box;
    }
    case FunnelStepsModel::MatchColumn: {
        auto *edit = new QLineEdit(parent);
        const bool event
            = index.data(FunnelStepsModel::KindRole).toString() == QLatin1String("event");
        auto *completer = new QCompleter(event ? m_events : m_paths, edit);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        edit->setCompleter(completer);
        edit->setPlaceholderText(event ? tr("Event name") : tr("/path, /blog/*, /docs/**"));
        return edit;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void FunnelStepDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *box = qobject_cast<QComboBox *>(editor)) {
        box->setCurrentIndex(std::max(0, box->findData(index.data(Qt::EditRole))));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void FunnelStepDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                      const QModelIndex &index) const
{
    if (auto *box = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, box->currentData());
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

FunnelStepDelegate::PillColors FunnelStepDelegate::pillColors(const QPalette &palette, bool event,
                                                             bool selected)
{
    QColor text = event ? theme::secondary(palette) : theme::accent(palette);
    if (selected)
        text = palette.color(QPalette::Active, QPalette::HighlightedText);
    QColor fill = text;
    fill.setAlphaF(selected ? 0.22f : 0.15f);
    return {fill, text};
}

void FunnelStepDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    // An invalid step reads in the warning colour; its tooltip says why.
    if (!index.data(FunnelStepsModel::ErrorRole).toString().isEmpty()) {
        opt.palette.setColor(QPalette::Text, theme::negative(option.palette));
        opt.palette.setColor(QPalette::HighlightedText, theme::negative(option.palette));
    }
    if (index.column() == FunnelStepsModel::KindColumn) {
        // The kind as a small pill, so page and event steps tell apart at a glance.
        initStyleOption(&opt, index);
        const QString text = opt.text;
        // The cell's background and selection without its text: the pill says it.
        opt.text.clear();
        opt.features &= ~QStyleOptionViewItem::HasDisplay;
        const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const bool event
            = index.data(FunnelStepsModel::KindRole).toString() == QLatin1String("event");
        const PillColors colors
            = pillColors(option.palette, event, option.state & QStyle::State_Selected);
        const QFontMetrics fm(option.font);
        QRect pill(0, 0, fm.horizontalAdvance(text) + 16, fm.height() + 4);
        pill.moveCenter(option.rect.center());
        pill.moveLeft(option.rect.left() + 6);
        painter->setPen(Qt::NoPen);
        painter->setBrush(colors.fill);
        painter->drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
        painter->setPen(colors.text);
        painter->drawText(pill, Qt::AlignCenter, text);
        painter->restore();
        return;
    }
    QStyledItemDelegate::paint(painter, opt, index);
}

} // namespace raycstr::ui
