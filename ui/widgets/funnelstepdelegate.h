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

private:
    QAbstractItemModel *m_paths;
    QAbstractItemModel *m_events;
};

} // namespace raycstr::ui
