#pragma once

// How RemoteDataSource asks a headless server each request of requests.h: the route, its
// parameters and body, and how the server's JSON (server/api/statsjson.cpp, goalsapi.cpp)
// reads back into the request's answer. One plan() per request type the server answers.

#include "ui/data/answer.h"
#include "ui/data/requests.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <functional>

namespace raycstr::ui {

template<typename A>
struct RemoteCall
{
    QByteArray verb = "GET";
    QString path; // below the server's base URL
    QList<QPair<QString, QString>> items; // the query string
    QByteArray body; // JSON, for POST
    // The answer from a 2xx response's JSON.
    std::function<Answer<A>(const QJsonObject &)> decode;
    // The call's own words for a refused request (403, 404: which site), or "" for the
    // general ones (RemoteDataSource::failureText).
    std::function<QString(int status)> refusal;
};

namespace remote {

RemoteCall<query::AggregateResult> plan(const stats::Aggregate &r);
RemoteCall<query::TimeseriesResult> plan(const stats::Timeseries &r);
RemoteCall<query::BreakdownResult> plan(const stats::Breakdown &r);
RemoteCall<query::VitalsResult> plan(const stats::Vitals &r);
RemoteCall<query::GoalsResult> plan(const stats::GoalConversions &r);
RemoteCall<query::FunnelResult> plan(const stats::FunnelSteps &r);
RemoteCall<QList<query::PropertyKeyRow>> plan(const stats::PropertyKeys &r);
RemoteCall<qint64> plan(const live::CurrentVisitors &r);
RemoteCall<QList<Goal>> plan(const definitions::SavedGoals &r);
RemoteCall<Goal> plan(const definitions::AddGoal &r);
RemoteCall<Done> plan(const definitions::RemoveGoal &r);
RemoteCall<QList<raycstr::Funnel>> plan(const definitions::SavedFunnels &r);
RemoteCall<raycstr::Funnel> plan(const definitions::SaveFunnel &r);
RemoteCall<Done> plan(const definitions::RemoveFunnel &r);
// PATCH /api/sites/{site} (api/sitesapi.h): an admin key.
RemoteCall<SiteInfo> plan(const admin::SetTimeZone &r);
// GET /api/sites: every site the key may read.
RemoteCall<SiteList> plan(const admin::Sites &r);
RemoteCall<QList<AlertRule>> plan(const alerts::Rules &r);
// POST of the rule alone; an edit's removal of the old rule follows it (RemoteDataSource).
RemoteCall<AlertRule> plan(const alerts::SaveRule &r);
RemoteCall<Done> plan(const alerts::RemoveRule &r);
RemoteCall<ServerMailSettings> plan(const alerts::ServerMail &r);
// Through the server's SMTP settings; `smtp` is not sent.
RemoteCall<Done> plan(const alerts::TestReport &r);
// The stored rule's test by its id (a rule of the server's config file has none).
RemoteCall<Done> plan(const alerts::TestRule &r);
// The route and query of the dashboard zip; RemoteDataSource downloads it to the file.
RemoteCall<QByteArray> exportPlan(const exports::DashboardZip &r);

// /api/events/{site}/live: the site as the server knows it (admin::Sites checks each domain).
RemoteCall<SiteInfo> siteCheck(const QString &domain);

// The query string of a dashboard question, as the stats API reads it.
QList<QPair<QString, QString>> queryItems(const DashboardQuery &q);
// query::Filter in the API's `filter=` syntax (filtersyntax.h).
QString filterExpression(const query::Filter &f);

} // namespace remote

} // namespace raycstr::ui
