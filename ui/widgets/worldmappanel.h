#pragma once

#include "ui/data/datasource.h"
#include "ui/widgets/card.h"

class QLabel;

namespace raycstr::ui {

class WorldMap;

// The visitors' countries on a world map, beside the country table: every country of the
// period (not the table's first nine), asked with the dashboard's query; a click on a
// country filters by it, like a row of the table.
class WorldMapPanel : public Card
{
    Q_OBJECT
public:
    explicit WorldMapPanel(DataSource *source, QWidget *parent = nullptr);
    void setSource(DataSource *source);
    void refresh(const DashboardQuery &query);
    bool isLoading() const { return m_pending != 0; }
    WorldMap *map() const { return m_map; }

Q_SIGNALS:
    void updated();
    void filterRequested(const QString &field, const QString &value);

private:
    DataSource *m_source = nullptr;
    WorldMap *m_map;
    QLabel *m_legend;
    Lane m_lane;
    DataSource::RequestId m_pending = 0;
};

} // namespace raycstr::ui
