#pragma once

#include "ui/data/datasource.h"

#include <QNetworkAccessManager>
#include <QPointer>
#include <QUrl>

class QNetworkReply;
class QNetworkRequest;

namespace raycstr::ui {

template<typename A>
struct RemoteCall;

// A headless raycstr-server over HTTP: the stats API (/api/events/{site}/…), the dashboard
// zip (/api/sites/{site}/export), the goal and funnel definitions, alert rules, report
// settings and test messages (/api/sites/{site}/…, the latter needing an admin key) with a
// Bearer key, and the live stream over Server-Sent Events (/api/stream/{site}). Requests
// are asynchronous (QNetworkAccessManager); nothing waits on the network. How each request
// reads as HTTP is remoterequests.h's plan().
//
// The sites are the server's: those the key may read (GET /api/sites), or, when domains
// are named at connection time, those (each checked against the server when admin::Sites
// is asked, and by verify() before the app switches to this source). Sites and keys are
// administered on the server (`raycstr-server site|token …`); a site's time zone changes
// from here too with an admin key (admin::SetTimeZone).
class RemoteDataSource : public DataSource
{
    Q_OBJECT
public:
    RemoteDataSource(const QUrl &baseUrl, const QByteArray &apiKey, const QStringList &sites,
                     QObject *parent = nullptr);
    ~RemoteDataSource() override;

    QString description() const override;
    bool canAdminister() const override { return false; }

    // Asks the server for its sites with the key (the list, or a read of each named site's
    // current visitors) and reports the first problem, "" when all answered and the key
    // reads at least one site: the check before the app shows this source. `done` runs on the GUI thread unless `context` is gone.
    void verify(const QObject *context, std::function<void(const QString &problem)> done);
    // Why `url` cannot be a server's address ("http://host:18931http://…", no host, another
    // scheme), "" when it can; the reason quotes `asTyped` when given.
    static QString addressProblem(const QUrl &url, const QString &asTyped = QString());
    // Why a request failed, in the user's words: the key refused (401), the server not
    // reached (status 0, the network's reason), else the status and the server's reason.
    static QString failureText(int status, const QString &serverError, const QString &networkError);
    // Why Import… is not available from here: the server imports with its CLI.
    static QString importElsewhere();
    void setLiveSite(const QString &site) override;
    // The live stream is open (the server accepted it).
    bool isLiveConnected() const { return m_streamOpen; }

protected:
    void answer(AnyCall call) override;

private:
    // Sends `call`; any 2xx answer is decoded, anything else fails with the server's reason.
    template<typename A> void send(const RemoteCall<A> &call, std::function<void(Answer<A>)> reply);
    // Fails `call` with `why` (default: not available remotely).
    template<typename R> void unsupported(Call<R> call, const QString &why = QString());
    // POST of the new rule, then the DELETE of the one it replaces.
    void saveRule(Call<alerts::SaveRule> call);
    void checkSites(Call<admin::Sites> call);
    // GET /api/sites/{site}/export into the request's file, with its progress and Cancel.
    void downloadZip(Call<exports::DashboardZip> call);
    static Answer<QList<ExportedFile>> filesIn(const QString &zipPath);
    QNetworkRequest requestOf(const QString &path,
                              const QList<QPair<QString, QString>> &items) const;
    QUrl urlOf(const QString &path) const;
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
