#pragma once

// What the desktop app asks its DataSource, one type per request, grouped by concern. Each
// request names its answer type (`Answer`), so a request and what comes back cannot be
// mixed up, and each concern is one std::variant a source implements as a whole.

#include "core/alertrule.h"
#include "core/config.h"
#include "core/goal.h"
#include "import/importjob.h"
#include "query/querytypes.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <atomic>
#include <memory>

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

// The answer of a change that has nothing to report but its success.
struct Done
{ };

// The sites a source offers, and what it could not check (remotely: a domain the server
// does not know or the key may not read, left out of `sites`).
struct SiteList
{
    QList<SiteInfo> sites;
    QStringList problems;
};

// How far a long request has come, shared by the asker (reads it, may cancel) and the
// thread that runs it (counts). Cancelling makes the request fail with its own error.
struct Progress
{
    std::atomic<qint64> done {0};
    std::atomic<qint64> total {0};
    std::atomic<bool> cancelled {false};
};

// One file an export wrote, and its data rows.
struct ExportedFile
{
    QString name;
    qint64 rows = 0;
};

// Stats questions about a dashboard query.
namespace stats {
// Metrics of the period, with the previous period of the same length.
struct Aggregate
{
    using Answer = query::AggregateResult;
    DashboardQuery query;
};
struct Timeseries
{
    using Answer = query::TimeseriesResult;
    DashboardQuery query;
};
struct Breakdown
{
    using Answer = query::BreakdownResult;
    DashboardQuery query;
    query::Field by;
    int limit = 9;
    int offset = 0; // rows skipped (an export reads all rows a page at a time)
};
struct Vitals
{
    using Answer = query::VitalsResult;
    DashboardQuery query;
    int routeLimit = 8;
};
// Conversions of the site's saved goals.
struct GoalConversions
{
    using Answer = query::GoalsResult;
    DashboardQuery query;
};
// `funnel` need not be saved: the editor previews the funnel being edited.
struct FunnelSteps
{
    using Answer = query::FunnelResult;
    DashboardQuery query;
    raycstr::Funnel funnel;
};
// Property keys of the custom events passing the query's filters (filter event_name to
// drill in).
struct PropertyKeys
{
    using Answer = QList<query::PropertyKeyRow>;
    DashboardQuery query;
};
} // namespace stats

// Live numbers (the feed itself arrives by DataSource's live signals).
namespace live {
struct CurrentVisitors
{
    using Answer = qint64;
    QString site;
};
// Pageviews per minute of the last `minutes` minutes, oldest first (may fail remotely: the
// live view then fills its chart from the feed alone).
struct RecentActivity
{
    using Answer = QList<qint64>;
    QString site;
    int minutes = 30;
};
// Pageviews and events stored today (UTC) on every site, for the status line.
struct EventsToday
{
    using Answer = qint64;
};
} // namespace live

// Sites and API keys (changes need DataSource::canAdminister()).
namespace admin {
struct Sites
{
    using Answer = SiteList;
};
struct AddSite
{
    using Answer = SiteInfo; // as stored (the domain normalised)
    QString domain;
    QString timeZone;
};
// Where the site's days start in every report (remotely: PATCH /api/sites/{site}, an admin
// key).
struct SetTimeZone
{
    using Answer = SiteInfo; // as stored
    QString domain;
    QString timeZone; // IANA id
};
struct RemoveSite
{
    using Answer = qint64; // events deleted with it
    QString domain;
};
struct ApiKeys
{
    using Answer = QList<ApiKeyRow>;
};
// The answer is the key's secret: shown once, never stored by the app.
struct CreateApiKey
{
    using Answer = QByteArray;
    QString label;
    QString site; // "" = every site
    bool admin = false;
};
struct RevokeApiKey
{
    using Answer = Done;
    qint64 id = 0;
};
// History from another tool into `site` (server/import/importjob.h, what `raycstr-server
// import` runs): this computer's store only, with the collector paused (an import needs the
// data directory to itself). The answer is how the run ended (done, interrupted by
// `progress`'s cancel with its finished days kept for a re-run, or failed on bad input with
// nothing kept); a failure is an import that could not start. Progress in the input's bytes.
struct Import
{
    using Answer = ImportJob::Result;
    QString site;
    QString source; // ImportJob::sources()
    QStringList files;
    QString logFormat; // access logs: "", "combined", "common" or an nginx log_format
    QString geoIpDatabase; // "" = the one found on the system
    std::shared_ptr<Progress> progress = std::make_shared<Progress>();
};
// The site's imports that count (done, or interrupted with days kept), newest first: what
// the dashboard's imported-data notice names.
struct Imports
{
    using Answer = QList<ImportRun>;
    QString site;
};
} // namespace admin

// Data out.
namespace exports {
// The dashboard's reports in Plausible's export layout (api/plausibleexport.h), written as
// a zip to `path`: the same files `raycstr-server export` writes. Fails with the reason when
// `progress` was cancelled (no file is left behind).
struct DashboardZip
{
    using Answer = QList<ExportedFile>;
    DashboardQuery query;
    QString path;
    std::shared_ptr<Progress> progress = std::make_shared<Progress>();
};
} // namespace exports

// What a server answers about its e-mail reports: the site's schedules and the SMTP
// settings (without the password), read-only when its config file keeps them.
struct ServerMailSettings
{
    QList<ReportSchedule> reports;
    SmtpSettings smtp; // no password
    bool passwordSet = false;
    bool readOnly = true; // "managed_by": "config"
    QString note; // the server's own words on where they change
};

// A site's alert rules (remotely through the alerts API, admin key) and test messages of
// the mail and webhook settings (locally with this computer's settings, remotely through
// the server's routes and its own settings).
namespace alerts {
// The site's rules; rules from a server's config file have id 0 (changed in that file).
struct Rules
{
    using Answer = QList<AlertRule>;
    QString site;
};
// Adds `rule`, then removes the rule `replaces` (an edit; 0 = none), so a failed edit
// leaves the old rule in place. The answer: the rule as stored, with its id.
struct SaveRule
{
    using Answer = AlertRule;
    AlertRule rule;
    qint64 replaces = 0;
};
struct RemoveRule
{
    using Answer = Done;
    QString site;
    qint64 id = 0;
};
// Sends `rule`'s test message now, by every channel it names (SMTP through `smtp`; remotely
// the stored rule with its id, through the server's settings).
struct TestRule
{
    using Answer = Done;
    AlertRule rule;
    SmtpSettings smtp;
};
// Sends the site's last complete week or month report (`schedule`) now (remotely through
// the server's SMTP settings: `smtp` is not used).
struct TestReport
{
    using Answer = Done;
    ReportSchedule schedule;
    SmtpSettings smtp;
};
// The server's report schedules and mail settings for `site` (remote sources only; this
// computer's are in AppSettings).
struct ServerMail
{
    using Answer = ServerMailSettings;
    QString site;
};
} // namespace alerts

// A site's saved goals and funnels (changed through an admin key remotely).
namespace definitions {
struct SavedGoals
{
    using Answer = QList<Goal>;
    QString site;
};
struct AddGoal
{
    using Answer = Goal; // as stored
    QString site;
    QString name; // "" = the matcher's value
    Matcher match;
};
struct RemoveGoal
{
    using Answer = Done;
    QString site;
    qint64 goalId = 0;
};
struct SavedFunnels
{
    using Answer = QList<raycstr::Funnel>;
    QString site;
};
// `replace`: a funnel of the same name is overwritten (keeps its id).
struct SaveFunnel
{
    using Answer = raycstr::Funnel; // as stored, with its id
    QString site;
    raycstr::Funnel funnel;
    bool replace = false;
};
struct RemoveFunnel
{
    using Answer = Done;
    QString site;
    qint64 funnelId = 0;
};
} // namespace definitions

} // namespace raycstr::ui
