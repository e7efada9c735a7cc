#include "funnelstepsmodel.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

namespace raycstr::ui {

FunnelStepsModel::FunnelStepsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    connect(this, &QAbstractItemModel::modelReset, this, &FunnelStepsModel::stepsChanged);
    connect(this, &QAbstractItemModel::dataChanged, this, &FunnelStepsModel::stepsChanged);
    connect(this, &QAbstractItemModel::rowsInserted, this, &FunnelStepsModel::stepsChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &FunnelStepsModel::stepsChanged);
    connect(this, &QAbstractItemModel::rowsMoved, this, &FunnelStepsModel::stepsChanged);
}

QString FunnelStepsModel::kindName(Matcher::Kind kind)
{
    return kind == Matcher::Kind::Event ? QStringLiteral("event") : QStringLiteral("page");
}

QString FunnelStepsModel::kindTitle(Matcher::Kind kind)
{
    return kind == Matcher::Kind::Event ? tr("Event") : tr("Page");
}

void FunnelStepsModel::setSteps(const QList<FunnelStep> &steps)
{
    beginResetModel();
    m_steps = steps;
    endResetModel();
}

int FunnelStepsModel::addStep(const FunnelStep &step, int row)
{
    if (row < 0 || row > m_steps.size())
        row = int(m_steps.size());
    beginInsertRows({}, row, row);
    m_steps.insert(row, step);
    endInsertRows();
    return row;
}

bool FunnelStepsModel::moveStep(int row, int delta)
{
    const int to = row + delta;
    if (row < 0 || row >= m_steps.size() || to < 0 || to >= m_steps.size() || delta == 0)
        return false;
    // moveRows' destination is "before which row", counted before the move.
    return moveRows({}, row, 1, {}, delta > 0 ? to + 1 : to);
}

int FunnelStepsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_steps.size());
}

int FunnelStepsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FunnelStepsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FunnelStep &s = m_steps.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case KindColumn:
            return role == Qt::EditRole ? kindName(s.match.kind) : kindTitle(s.match.kind);
        case MatchColumn:
            return s.match.value;
        case NameColumn:
            return s.name;
        }
        break;
    case KindRole:
        return kindName(s.match.kind);
    case ErrorRole: {
        QString error;
        return s.match.validate(&error) ? QString() : error;
    }
    case Qt::ToolTipRole: {
        QString error;
        if (!s.match.validate(&error))
            return error;
        if (index.column() == MatchColumn)
            return s.match.kind == Matcher::Kind::Page
                ? tr("A path: /blog/* matches one segment, /docs/** anything below")
                : tr("A custom event's name, as the site sends it");
        return tr("Drag to reorder (or Alt+Up / Alt+Down)");
    }
    case Qt::AccessibleTextRole:
        return tr("Step %1: %2").arg(index.row() + 1).arg(s.match.describe());
    }
    return {};
}

bool FunnelStepsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    FunnelStep &s = m_steps[index.row()];
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case KindColumn:
        if (text == QLatin1String("event") || text == kindTitle(Matcher::Kind::Event))
            s.match.kind = Matcher::Kind::Event;
        else if (text == QLatin1String("page") || text == kindTitle(Matcher::Kind::Page))
            s.match.kind = Matcher::Kind::Page;
        else
            return false;
        break;
    case MatchColumn:
        s.match.value = text;
        break;
    case NameColumn:
        s.name = text;
        break;
    default:
        return false;
    }
    Q_EMIT dataChanged(index.siblingAtColumn(0), index.siblingAtColumn(ColumnCount - 1));
    return true;
}

QVariant FunnelStepsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1; // the step's number
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case MatchColumn:
        return tr("Path or event");
    case NameColumn:
        return tr("Label (optional)");
    }
    return {};
}

Qt::ItemFlags FunnelStepsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled; // between rows
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemIsDragEnabled
        | Qt::ItemIsDropEnabled;
}

bool FunnelStepsModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || row > m_steps.size() || count < 1)
        return false;
    beginInsertRows(parent, row, row + count - 1);
    for (int i = 0; i < count; ++i)
        m_steps.insert(row, FunnelStep {QString(), {Matcher::Kind::Page, QString()}});
    endInsertRows();
    return true;
}

bool FunnelStepsModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > m_steps.size())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    m_steps.remove(row, count);
    endRemoveRows();
    return true;
}

bool FunnelStepsModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                                const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count < 1 || sourceRow < 0
        || sourceRow + count > m_steps.size() || destinationChild < 0
        || destinationChild > m_steps.size())
        return false;
    // A move onto itself is no move (and beginMoveRows refuses it).
    if (destinationChild >= sourceRow && destinationChild <= sourceRow + count)
        return false;
    if (!beginMoveRows(sourceParent, sourceRow, sourceRow + count - 1, destinationParent,
                       destinationChild))
        return false;
    const QList<FunnelStep> moved = m_steps.mid(sourceRow, count);
    m_steps.remove(sourceRow, count);
    const int to = destinationChild > sourceRow ? destinationChild - count : destinationChild;
    for (int i = 0; i < count; ++i)
        m_steps.insert(to + i, moved.at(i));
    endMoveRows();
    return true;
}

Qt::DropActions FunnelStepsModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions FunnelStepsModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

QStringList FunnelStepsModel::mimeTypes() const
{
    return {QString::fromLatin1(MimeType)};
}

QMimeData *FunnelStepsModel::mimeData(const QModelIndexList &indexes) const
{
    QList<int> rows;
    for (const QModelIndex &i : indexes)
        if (i.isValid() && !rows.contains(i.row()))
            rows.append(i.row());
    std::sort(rows.begin(), rows.end());
    if (rows.isEmpty())
        return nullptr;
    QByteArray encoded;
    QDataStream out(&encoded, QIODevice::WriteOnly);
    out << rows;
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(MimeType), encoded);
    return mime;
}

bool FunnelStepsModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                       const QModelIndex &) const
{
    return data && action == Qt::MoveAction && data->hasFormat(QString::fromLatin1(MimeType));
}

bool FunnelStepsModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                    int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    QList<int> rows;
    QDataStream in(data->data(QString::fromLatin1(MimeType)));
    in >> rows;
    if (rows.isEmpty() || in.status() != QDataStream::Ok)
        return false;
    int before = row >= 0 ? row : parent.isValid() ? parent.row() : int(m_steps.size());
    // Rows are contiguous in a single-selection view; move them as one block.
    const int first = rows.first();
    const int count = int(rows.size());
    if (first < 0 || first + count > m_steps.size())
        return false;
    // Dropped on a step below the dragged one: land after it, as the drop marker shows.
    if (parent.isValid() && row < 0 && before > first)
        ++before;
    moveRows({}, first, count, {}, std::clamp(before, 0, int(m_steps.size())));
    return false;
}

} // namespace raycstr::ui
