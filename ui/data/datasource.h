#pragma once

#include "core/liveevent.h"
#include "ui/data/answer.h"
#include "ui/data/lane.h"
#include "ui/data/requests.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>
#include <type_traits>
#include <variant>

namespace raycstr::ui {

// One request on its way through a source: what is asked, its id, and the function that
// hands the answer back (on the GUI thread, at most once; it drops a superseded answer or
// one whose asker is gone).
template<typename R>
struct Call
{
    R request;
    RequestId id = 0;
    std::function<void(Answer<typename R::Answer>)> reply;
};

// Each concern of requests.h as one type, so a source implements a concern as a whole.
using StatsCall
    = std::variant<Call<stats::Aggregate>, Call<stats::Timeseries>, Call<stats::Breakdown>,
                   Call<stats::Vitals>, Call<stats::GoalConversions>, Call<stats::FunnelSteps>,
                   Call<stats::PropertyKeys>, Call<exports::DashboardZip>>;
using LiveCall = std::variant<Call<live::CurrentVisitors>, Call<live::RecentActivity>,
                              Call<live::EventsToday>>;
using AdminCall
    = std::variant<Call<admin::Sites>, Call<admin::AddSite>, Call<admin::SetTimeZone>,
                   Call<admin::RemoveSite>, Call<admin::ApiKeys>, Call<admin::CreateApiKey>,
                   Call<admin::RevokeApiKey>, Call<admin::Import>, Call<admin::Imports>>;
using DefinitionsCall
    = std::variant<Call<definitions::SavedGoals>, Call<definitions::AddGoal>,
                   Call<definitions::RemoveGoal>, Call<definitions::SavedFunnels>,
                   Call<definitions::SaveFunnel>, Call<definitions::RemoveFunnel>>;
using AlertsCall
    = std::variant<Call<alerts::Rules>, Call<alerts::SaveRule>, Call<alerts::RemoveRule>,
                   Call<alerts::TestRule>, Call<alerts::TestReport>, Call<alerts::ServerMail>>;
// Any call, by concern: what a source answers.
using AnyCall = std::variant<StatsCall, LiveCall, AdminCall, DefinitionsCall, AlertsCall>;

// Where the UI gets its data from: the embedded store (LocalDataSource) or a headless server
// over HTTP (RemoteDataSource). Threading: everything here is called on the GUI thread.
// ask() returns at once with an id; the answer (requests.h names its type) comes later to
// the asker's function on the GUI thread, so the GUI thread never runs SQL or waits on the
// network. A request asked on a Lane supersedes the older ones on it.
//
//     m_source->ask(m_kpiLane, stats::Aggregate {query}, this,
//                   [this](const Answer<query::AggregateResult> &a) { … });
//
// Changes (admin:: and definitions:: requests but the lists) are also announced by signal,
// for whoever shows them besides the asker.
class DataSource : public QObject
{
    Q_OBJECT
public:
    using RequestId = ui::RequestId;

    explicit DataSource(QObject *parent = nullptr);
    ~DataSource() override;

    // One line for the status bar: where the data comes from.
    virtual QString description() const = 0;
    // Sites, API keys and settings can be changed through this source.
    virtual bool canAdminister() const = 0;
    // Live feed of `site`'s stored events ("" = none); liveEventsArrived() follows.
    virtual void setLiveSite(const QString &site) = 0;

    // Asks `request`; `onAnswer(const Answer<R::Answer> &)` runs on the GUI thread unless
    // `context` is gone by then or a newer request on `lane` superseded this one.
    template<typename R, typename F>
    RequestId ask(const Lane &lane, R request, const QObject *context, F onAnswer)
    {
        return start(&lane, std::move(request), context, std::move(onAnswer));
    }
    template<typename R, typename F>
    RequestId ask(R request, const QObject *context, F onAnswer)
    {
        return start(nullptr, std::move(request), context, std::move(onAnswer));
    }

Q_SIGNALS:
    // Events of the live site as they are stored (within a second).
    void liveEventsArrived(const QList<raycstr::LiveEvent> &events);
    // The live site's current visitors, when the source learns it without asking (SSE).
    void liveVisitorsChanged(qint64 visitors);
    // A change succeeded ("Added the goal Signup.") or failed, whoever asked for it.
    void changeDone(const QString &message);
    void changeFailed(const QString &error);
    // Sites were added or removed.
    void sitesChanged();
    // A site's goals or funnels were added, changed or removed through this source.
    void goalsChanged(const QString &site);
    void funnelsChanged(const QString &site);
    // A site's alert rules were added, changed or removed through this source.
    void alertsChanged(const QString &site);
    // An import wrote days into the site (done, or interrupted with days kept).
    void importsChanged(const QString &site);

protected:
    // Implemented by both sources, a concern at a time (the local one runs every call the
    // same way): answer every call through its reply().
    virtual void answer(AnyCall call) = 0;

private:
    template<typename R, typename F>
    RequestId start(const Lane *lane, R request, const QObject *context, F onAnswer)
    {
        using A = typename R::Answer;
        static_assert(std::is_invocable_v<F, const Answer<A> &>,
                      "onAnswer takes the request's Answer");
        const RequestId id = begin(lane);
        Call<R> call {request, id, {}};
        call.reply = [this, lane, id, request, guard = QPointer<const QObject>(context),
                      onAnswer = std::move(onAnswer)](Answer<A> a) {
            if (!isCurrent(lane, id))
                return;
            a.setId(id);
            if (guard)
                onAnswer(a);
            announce(request, a);
        };
        answer(anyCall(std::move(call)));
        return id;
    }
    // The concern a request belongs to.
    template<typename R>
    static AnyCall anyCall(Call<R> call)
    {
        if constexpr (std::is_constructible_v<StatsCall, Call<R>>)
            return StatsCall(std::move(call));
        else if constexpr (std::is_constructible_v<LiveCall, Call<R>>)
            return LiveCall(std::move(call));
        else if constexpr (std::is_constructible_v<AdminCall, Call<R>>)
            return AdminCall(std::move(call));
        else if constexpr (std::is_constructible_v<AlertsCall, Call<R>>)
            return AlertsCall(std::move(call));
        else
            return DefinitionsCall(std::move(call));
    }
    RequestId begin(const Lane *lane);
    bool isCurrent(const Lane *lane, RequestId id) const;

    // After a change: its message or failure, and what changed (datasource.cpp). Questions
    // announce nothing.
    template<typename R, typename A>
    void announce(const R &, const Answer<A> &)
    { }
    void announce(const admin::AddSite &r, const Answer<SiteInfo> &a);
    void announce(const admin::SetTimeZone &r, const Answer<SiteInfo> &a);
    void announce(const admin::RemoveSite &r, const Answer<qint64> &a);
    void announce(const admin::Import &r, const Answer<ImportJob::Result> &a);
    void announce(const admin::CreateApiKey &r, const Answer<QByteArray> &a);
    void announce(const admin::RevokeApiKey &r, const Answer<Done> &a);
    void announce(const definitions::AddGoal &r, const Answer<Goal> &a);
    void announce(const definitions::RemoveGoal &r, const Answer<Done> &a);
    void announce(const definitions::SaveFunnel &r, const Answer<raycstr::Funnel> &a);
    void announce(const definitions::RemoveFunnel &r, const Answer<Done> &a);
    void announce(const alerts::SaveRule &r, const Answer<AlertRule> &a);
    void announce(const alerts::RemoveRule &r, const Answer<Done> &a);
    // changeFailed() and false when `a` failed.
    template<typename A>
    bool succeeded(const Answer<A> &a)
    {
        if (!a)
            Q_EMIT changeFailed(a.error());
        return bool(a);
    }

    RequestId m_next = 0;
    QHash<const Lane *, RequestId> m_latest;
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
