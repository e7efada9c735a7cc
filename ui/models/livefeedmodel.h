#pragma once

#include "core/liveevent.h"

#include <QAbstractTableModel>

namespace raycstr::ui {

// The live view's feed: the newest stored events first, at most `capacity` of them.
class LiveFeedModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        WhatColumn,
        SourceColumn,
        CountryColumn,
        DeviceColumn,
        BrowserColumn,
        ColumnCount
    };

    explicit LiveFeedModel(int capacity = 200, QObject *parent = nullptr);

    // `events` in the order they were stored (oldest first).
    void addEvents(const QList<raycstr::LiveEvent> &events);
    void clear();
    const LiveEvent &eventAt(int row) const { return m_events.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    int m_capacity;
    QList<LiveEvent> m_events; // newest first
};

} // namespace raycstr::ui
