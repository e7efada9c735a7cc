#pragma once

#include "ui/data/datasource.h"
#include "ui/widgets/card.h"

class QTableView;
class QLabel;

namespace raycstr::ui {

class VitalsModel;

// Web Vitals of the period: P75 and P95 per route, coloured good / needs improvement /
// poor, with a legend of the thresholds.
class VitalsPanel : public Card
{
    Q_OBJECT
public:
    explicit VitalsPanel(DataSource *source, QWidget *parent = nullptr);
    void setSource(DataSource *source);
    void refresh(const DashboardQuery &query);
    VitalsModel *model() const { return m_model; }
    bool isLoading() const { return m_pending != 0; }

Q_SIGNALS:
    void updated();

private:
    DataSource *m_source = nullptr;
    DashboardQuery m_query;
    QTableView *m_view;
    QLabel *m_empty;
    VitalsModel *m_model;
    Lane m_lane;
    DataSource::RequestId m_pending = 0;
};

} // namespace raycstr::ui
