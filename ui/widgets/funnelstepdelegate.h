#pragma once

#include <QStyledItemDelegate>

class QAbstractItemModel;

namespace raycstr::ui {

// Edits a funnel step in place: a Page/Event combo for the kind, a line edit completing
// known paths or event names (whichever the row's kind is) for what it matches.
class FunnelStepDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    FunnelStepDelegate(QAbstractItemModel *paths, QAbstractItemModel *events,
                       QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    // The kind pill's colours: the kind's colour on a tint of it, and on a selected row (the
    // highlight is the accent, so that would be blue on blue) the selection's text colour on
    // a tint of that.
    struct PillColors
    {
        QColor fill; // translucent, over the cell's background
        QColor text;
    };
    static PillColors pillColors(const QPalette &palette, bool event, bool selected);

private:
    QAbstractItemModel *m_paths;
    QAbstractItemModel *m_events;
};

} // namespace raycstr::ui
