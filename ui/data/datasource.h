#pragma once

#include "core/liveevent.h"
#include "query/querytypes.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

namespace raycstr::ui {

struct SiteInfo
{
    qint32 id = 0;
    QString domain;
    QString timeZone;
};

struct ApiKeyRow
{
    qint64 id = 0;
    QString label;
    QString site; // "" = every site
    bool admin = false;
    qint64 createdAt = 0;
    qint64 lastUsedAt = 0;
};

// What every dashboard question is about: one site, one period, the active filters.
struct DashboardQuery
{
    QString site; // domain
    query::Period period;
    QList<query::Filter> filters;
};

// The one interface the UI gets its data from: the embedded store (LocalDataSource) or a
// headless server over HTTP (RemoteDataSource). Every request returns at once with an id;
// the answer arrives later by signal on the GUI thread, so the GUI thread never runs SQL
// or waits on the network.
//
// Each request names a `slot` ("kpi", "breakdown:page"…): a newer request on the same slot
// supersedes the older one, whose answer is then dropped instead of delivered, so a quick
// switch of site or period never paints an old answer over a new one.
class DataSource : public QObject
{
    Q_OBJECT
public:
    using RequestId = quint64;

    explicit DataSource(QObject *parent = nullptr);
    ~DataSource() override;

    // One line for the status bar: where the data comes from.
    virtual QString description() const = 0;
    // Sites, API keys and settings can be changed through this source.
    virtual bool canAdminister() const = 0;

    virtual RequestId requestSites() = 0;
    // Metrics of the period, with the previous period of the same length.
    virtual RequestId requestAggregate(const QString &slot, const DashboardQuery &q) = 0;
    virtual RequestId requestTimeseries(const QString &slot, const DashboardQuery &q) = 0;
    virtual RequestId requestBreakdown(const QString &slot, const DashboardQuery &q,
                                       const query::Field &by, int limit)
        = 0;
    virtual RequestId requestVitals(const QString &slot, const DashboardQuery &q, int routeLimit)
        = 0;
    virtual RequestId requestCurrentVisitors(const QString &slot, const QString &site) = 0;
    // Pageviews per minute of the last `minutes` minutes, oldest first (may fail remotely:
    // the live view then fills its chart from the feed alone).
    virtual RequestId requestRecentActivity(const QString &slot, const QString &site, int minutes)
        = 0;
    // Pageviews and events stored today (UTC) on every site, for the status line.
    virtual RequestId requestEventsToday(const QString &slot) = 0;

    // Live feed of `site`'s stored events ("" = none); liveEventsArrived() follows.
    virtual void setLiveSite(const QString &site) = 0;

    // Administration (canAdminister()); answers arrive as adminDone() or failed().
    virtual RequestId addSite(const QString &domain, const QString &timeZone) = 0;
    virtual RequestId removeSite(const QString &domain) = 0;
    virtual RequestId requestApiKeys() = 0;
    virtual RequestId createApiKey(const QString &label, const QString &site, bool admin) = 0;
    virtual RequestId revokeApiKey(qint64 id) = 0;

    // Whether `id` is still the newest request on `slot` (used by implementations).
    bool isCurrent(const QString &slot, RequestId id) const;

Q_SIGNALS:
    void sitesReady(raycstr::ui::DataSource::RequestId id,
                    const QList<raycstr::ui::SiteInfo> &sites);
    void aggregateReady(raycstr::ui::DataSource::RequestId id, const QString &slot,
                        const raycstr::query::AggregateResult &result);
    void timeseriesReady(raycstr::ui::DataSource::RequestId id, const QString &slot,
                         const raycstr::query::TimeseriesResult &result);
    void breakdownReady(raycstr::ui::DataSource::RequestId id, const QString &slot,
                        const raycstr::query::BreakdownResult &result);
    void vitalsReady(raycstr::ui::DataSource::RequestId id, const QString &slot,
                     const raycstr::query::VitalsResult &result);
    void currentVisitorsReady(raycstr::ui::DataSource::RequestId id, const QString &slot,
                              qint64 visitors);
    void recentActivityReady(raycstr::ui::DataSource::RequestId id, const QString &slot,
                             const QList<qint64> &perMinute);
    void eventsTodayReady(raycstr::ui::DataSource::RequestId id, const QString &slot,
                          qint64 events);
    void apiKeysReady(raycstr::ui::DataSource::RequestId id,
                      const QList<raycstr::ui::ApiKeyRow> &keys);
    // A created key's secret: shown once, never stored by the app.
    void apiKeyCreated(raycstr::ui::DataSource::RequestId id, const QByteArray &secret);
    void adminDone(raycstr::ui::DataSource::RequestId id, const QString &message);
    void failed(raycstr::ui::DataSource::RequestId id, const QString &slot, const QString &error);
    // Events of the live site as they are stored (within a second).
    void liveEventsArrived(const QList<raycstr::LiveEvent> &events);
    // The live site's current visitors, when the source learns it without asking (SSE).
    void liveVisitorsChanged(qint64 visitors);
    // Sites were added or removed.
    void sitesChanged();

    // Goals, custom events and funnels (defaults fail: "not available"; both sources
    // override them). Site definitions change through an admin key remotely.
public:
    virtual RequestId requestGoals(const QString &slot, const DashboardQuery &q);
    // `funnel` need not be saved: the editor previews the funnel being edited.
    virtual RequestId requestFunnel(const QString &slot, const DashboardQuery &q,
                                    const Funnel &funnel);
    // Property keys of the custom events passing q's filters (filter event_name to drill in).
    virtual RequestId requestPropertyKeys(const QString &slot, const DashboardQuery &q);
    virtual RequestId requestSavedGoals(const QString &site);
    virtual RequestId addGoal(const QString &site, const QString &name, const Matcher &match);
    virtual RequestId removeGoal(const QString &site, qint64 goalId);
    virtual RequestId requestSavedFunnels(const QString &site);
    // `replace`: a funnel of the same name is overwritten (keeps its id).
    virtual RequestId saveFunnel(const QString &site, const Funnel &funnel, bool replace);
    virtual RequestId removeFunnel(const QString &site, qint64 funnelId);
    static QString savedGoalsSlot(const QString &site)
    {
        return QStringLiteral("goals-list:") + site;
    }
    static QString savedFunnelsSlot(const QString &site)
    {
        return QStringLiteral("funnels-list:") + site;
    }

Q_SIGNALS:
    void goalsReady(raycstr::ui::DataSource::RequestId id, const QString &slot,
                    const raycstr::query::GoalsResult &result);
    void funnelReady(raycstr::ui::DataSource::RequestId id, const QString &slot,
                     const raycstr::query::FunnelResult &result);
    void propertyKeysReady(raycstr::ui::DataSource::RequestId id, const QString &slot,
                           const QList<raycstr::query::PropertyKeyRow> &keys);
    void savedGoalsReady(raycstr::ui::DataSource::RequestId id, const QString &site,
                         const QList<raycstr::Goal> &goals);
    void savedFunnelsReady(raycstr::ui::DataSource::RequestId id, const QString &site,
                           const QList<raycstr::Funnel> &funnels);
    // A saved funnel as stored (with its id); adminDone() follows with a message.
    void funnelSaved(raycstr::ui::DataSource::RequestId id, const raycstr::Funnel &funnel);
    // A site's goals or funnels were added, changed or removed through this source.
    void goalsChanged(const QString &site);
    void funnelsChanged(const QString &site);

protected:
    // Answers `failed` on the next turn of the event loop (for what a source cannot do).
    RequestId failLater(const QString &slot, const QString &error);
    // A new id for a request on `slot`, which supersedes older ones there.
    RequestId begin(const QString &slot);

private:
    RequestId m_next = 0;
    QHash<QString, RequestId> m_latest;
};

// The system's time zone for new sites, when the store accepts its id (Qt may not know
// aliases such as "Etc/UTC"); else "UTC".
QString defaultTimeZone();

// "page" → query::Field; the API names (query::Field::parse) without the error.
query::Field fieldNamed(const QString &name);

} // namespace raycstr::ui

Q_DECLARE_METATYPE(raycstr::ui::SiteInfo)
Q_DECLARE_METATYPE(raycstr::ui::ApiKeyRow)
Q_DECLARE_METATYPE(raycstr::ui::DashboardQuery)
Q_DECLARE_METATYPE(raycstr::query::AggregateResult)
Q_DECLARE_METATYPE(raycstr::query::TimeseriesResult)
Q_DECLARE_METATYPE(raycstr::query::BreakdownResult)
Q_DECLARE_METATYPE(raycstr::query::VitalsResult)
Q_DECLARE_METATYPE(raycstr::Goal)
Q_DECLARE_METATYPE(raycstr::Funnel)
Q_DECLARE_METATYPE(raycstr::query::GoalsResult)
Q_DECLARE_METATYPE(raycstr::query::FunnelResult)
Q_DECLARE_METATYPE(raycstr::query::PropertyKeyRow)
