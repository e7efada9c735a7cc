// DataSource's goal and funnel requests: what a source that cannot answer them says.
// LocalDataSource and RemoteDataSource override every one.

#include "ui/data/datasource.h"

#include <QTimer>

namespace raycstr::ui {

DataSource::RequestId DataSource::failLater(const QString &slot, const QString &error)
{
    const RequestId id = begin(slot);
    QTimer::singleShot(0, this, [this, id, slot, error] { Q_EMIT failed(id, slot, error); });
    return id;
}

DataSource::RequestId DataSource::requestGoals(const QString &slot, const DashboardQuery &)
{
    return failLater(slot, tr("Goals are not available from this source."));
}

DataSource::RequestId DataSource::requestFunnel(const QString &slot, const DashboardQuery &,
                                                const Funnel &)
{
    return failLater(slot, tr("Funnels are not available from this source."));
}

DataSource::RequestId DataSource::requestPropertyKeys(const QString &slot, const DashboardQuery &)
{
    return failLater(slot, tr("Event properties are not available from this source."));
}

DataSource::RequestId DataSource::requestSavedGoals(const QString &site)
{
    return failLater(savedGoalsSlot(site), tr("Goals are not available from this source."));
}

DataSource::RequestId DataSource::addGoal(const QString &, const QString &, const Matcher &)
{
    return failLater(QString(), tr("Goals cannot be changed through this source."));
}

DataSource::RequestId DataSource::removeGoal(const QString &, qint64)
{
    return failLater(QString(), tr("Goals cannot be changed through this source."));
}

DataSource::RequestId DataSource::requestSavedFunnels(const QString &site)
{
    return failLater(savedFunnelsSlot(site), tr("Funnels are not available from this source."));
}

DataSource::RequestId DataSource::saveFunnel(const QString &, const Funnel &, bool)
{
    return failLater(QString(), tr("Funnels cannot be changed through this source."));
}

DataSource::RequestId DataSource::removeFunnel(const QString &, qint64)
{
    return failLater(QString(), tr("Funnels cannot be changed through this source."));
}

} // namespace raycstr::ui
