#pragma once

#include "core/goal.h"

#include <QAbstractTableModel>

namespace raycstr::ui {

// The funnel editor's steps, in order: each row a step's kind (page pattern or event
// name), what it matches and its optional label. Every cell is editable; rows move by drag
// and drop (within the view) or moveRows() (the editor's Move up/down keys).
class FunnelStepsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { KindColumn, MatchColumn, NameColumn, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole, // "page" or "event" (also the kind column's edit value)
        ErrorRole, // why the step is invalid, "" when it is fine
    };
    static constexpr const char *MimeType = "application/x-raycstr-funnel-steps";

    explicit FunnelStepsModel(QObject *parent = nullptr);

    const QList<FunnelStep> &steps() const { return m_steps; }
    void setSteps(const QList<FunnelStep> &steps);
    FunnelStep step(int row) const { return m_steps.value(row); }
    // Appends (or inserts before `row`) a step; returns its row.
    int addStep(const FunnelStep &step, int row = -1);
    // Moves `row` by `delta` rows (−1 up, +1 down); false at either end.
    bool moveStep(int row, int delta);

    static QString kindName(Matcher::Kind kind); // "page" / "event"
    static QString kindTitle(Matcher::Kind kind); // "Page" / "Event", translated

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                  const QModelIndex &destinationParent, int destinationChild) override;

    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    // Moves the dragged rows before `row` (or before `parent`'s row when dropped on a step)
    // and returns false on purpose: a view that saw a successful MoveAction would then
    // delete the source rows itself, which moveRows() has already taken care of.
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

Q_SIGNALS:
    // Any edit, insertion, removal or move: the editor previews again.
    void stepsChanged();

private:
    QList<FunnelStep> m_steps;
};

} // namespace raycstr::ui
