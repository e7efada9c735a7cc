#pragma once

#include "ui/data/datasource.h"

#include <QNetworkAccessManager>
#include <QPointer>
#include <QUrl>
#include <functional>

class QNetworkReply;
class QJsonObject;

namespace raycstr::ui {

// A headless raycstr-server over HTTP: the stats API (/api/events/{site}/…) with a Bearer
// key, and the live stream over Server-Sent Events (/api/stream/{site}). Requests are
// asynchronous (QNetworkAccessManager); nothing waits on the network.
//
// The server has no route that lists sites, so the sites are the domains given at
// connection time (each checked against the server when requestSites() runs). Sites and
// keys are administered on the server (`raycstr-server site|token …`), not from here.
class RemoteDataSource : public DataSource
{
    Q_OBJECT
public:
    RemoteDataSource(const QUrl &baseUrl, const QByteArray &apiKey, const QStringList &sites,
                     QObject *parent = nullptr);
    ~RemoteDataSource() override;

    QString description() const override;
    bool canAdminister() const override { return false; }

    RequestId requestSites() override;
    RequestId requestAggregate(const QString &slot, const DashboardQuery &q) override;
    RequestId requestTimeseries(const QString &slot, const DashboardQuery &q) override;
    RequestId requestBreakdown(const QString &slot, const DashboardQuery &q, const query::Field &by,
                               int limit) override;
    RequestId requestVitals(const QString &slot, const DashboardQuery &q, int routeLimit) override;
    RequestId requestCurrentVisitors(const QString &slot, const QString &site) override;
    RequestId requestRecentActivity(const QString &slot, const QString &site, int minutes) override;
    RequestId requestEventsToday(const QString &slot) override;
    void setLiveSite(const QString &site) override;
    // The live stream is open (the server accepted it).
    bool isLiveConnected() const { return m_streamOpen; }

    RequestId addSite(const QString &domain, const QString &timeZone) override;
    RequestId removeSite(const QString &domain) override;
    RequestId requestApiKeys() override;
    RequestId createApiKey(const QString &label, const QString &site, bool admin) override;
    RequestId revokeApiKey(qint64 id) override;

    // Goals and funnels (remotegoalrequests.cpp): the reports under /api/events/{site}/ and
    // the definitions under /api/sites/{site}/ (changing them needs an admin key).
    RequestId requestGoals(const QString &slot, const DashboardQuery &q) override;
    RequestId requestFunnel(const QString &slot, const DashboardQuery &q,
                            const Funnel &funnel) override;
    RequestId requestPropertyKeys(const QString &slot, const DashboardQuery &q) override;
    RequestId requestSavedGoals(const QString &site) override;
    RequestId addGoal(const QString &site, const QString &name, const Matcher &match) override;
    RequestId removeGoal(const QString &site, qint64 goalId) override;
    RequestId requestSavedFunnels(const QString &site) override;
    RequestId saveFunnel(const QString &site, const Funnel &funnel, bool replace) override;
    RequestId removeFunnel(const QString &site, qint64 funnelId) override;

    // The query string of a dashboard question, as the stats API reads it.
    static QList<QPair<QString, QString>> queryItems(const DashboardQuery &q);
    // query::Filter in the API's `filter=` syntax (filtersyntax.h).
    static QString filterExpression(const query::Filter &f);

private:
    using Handler = std::function<void(const QJsonObject &)>;
    void get(const QString &slot, RequestId id, const QString &path,
             const QList<QPair<QString, QString>> &items, Handler onJson,
             std::function<void(const QString &)> onError = {});
    RequestId unsupported(const QString &slot);
    // POST (with a JSON body) or DELETE; any 2xx answer is success (remotegoalrequests.cpp).
    void send(const QByteArray &verb, RequestId id, const QString &path, const QByteArray &body,
              const QList<QPair<QString, QString>> &items, Handler onJson);
    void openStream();
    void readStream();

    QUrl m_base;
    QByteArray m_key;
    QStringList m_sites;
    QNetworkAccessManager m_nam;
    QString m_liveSite;
    QPointer<QNetworkReply> m_stream;
    QByteArray m_streamBuffer;
    bool m_streamOpen = false;
};

} // namespace raycstr::ui
