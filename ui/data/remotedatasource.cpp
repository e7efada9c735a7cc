#include "remotedatasource.h"

#include "ui/data/remoterequests.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

#include <optional>

namespace raycstr::ui {

namespace {

// std::visit with one lambda per case.
template<typename... F>
struct Cases : F...
{
    using F::operator()...;
};
template<typename... F>
Cases(F...) -> Cases<F...>;

} // namespace

RemoteDataSource::RemoteDataSource(const QUrl &baseUrl, const QByteArray &apiKey,
                                   const QStringList &sites, QObject *parent)
    : DataSource(parent)
    , m_base(baseUrl)
    , m_key(apiKey)
    , m_sites(sites)
{ }

RemoteDataSource::~RemoteDataSource()
{
    if (m_stream)
        m_stream->abort();
}

QString RemoteDataSource::description() const
{
    return tr("Connected to %1").arg(m_base.toDisplayString());
}

QUrl RemoteDataSource::urlOf(const QString &path) const
{
    QUrl url = m_base;
    url.setPath(m_base.path().chopped(m_base.path().endsWith(QLatin1Char('/')) ? 1 : 0) + path);
    return url;
}

template<typename A>
void RemoteDataSource::send(const RemoteCall<A> &call, std::function<void(Answer<A>)> reply)
{
    QUrl url = urlOf(call.path);
    QUrlQuery query;
    for (const auto &item : call.items)
        query.addQueryItem(item.first, QString::fromLatin1(QUrl::toPercentEncoding(item.second)));
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_key);
    request.setTransferTimeout(30000);
    if (!call.body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    QNetworkReply *r = call.verb == "GET" ? m_nam.get(request)
                                          : m_nam.sendCustomRequest(request, call.verb, call.body);
    connect(r, &QNetworkReply::finished, this,
            [r, decode = call.decode, refusal = call.refusal, reply] {
                r->deleteLater();
                const QJsonObject o = QJsonDocument::fromJson(r->readAll()).object();
                const int status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (status < 200 || status >= 300) {
                    QString why = refusal ? refusal(status) : QString();
                    if (why.isEmpty())
                        why = failureText(status, o.value(QStringLiteral("error")).toString(),
                                          r->errorString());
                    reply(Answer<A>::failure(why));
                    return;
                }
                reply(decode(o));
            });
}

QString RemoteDataSource::failureText(int status, const QString &serverError,
                                      const QString &networkError)
{
    if (status == 401)
        return tr("The server refused the key (HTTP 401): check it, or create one with "
                  "'raycstr-server token create'.");
    if (status == 0)
        return tr("Cannot reach the server: %1").arg(networkError);
    return tr("The server answered %1: %2")
        .arg(status)
        .arg(serverError.isEmpty() ? networkError : serverError);
}

QString RemoteDataSource::addressProblem(const QUrl &url, const QString &asTyped)
{
    const bool http
        = url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
    // A server address has a scheme, a host, a port and at most a reverse proxy's path
    // prefix: "http://host:18931http://host:…" (pasted twice) is none.
    if (!url.isValid() || !http || url.host().isEmpty() || url.hasQuery() || url.hasFragment()
        || url.path().contains(QLatin1Char(':')))
        return tr("'%1' is not a server address such as https://stats.example.com")
            .arg(asTyped.isEmpty() ? url.toString() : asTyped);
    return QString();
}

void RemoteDataSource::verify(const QObject *context,
                              std::function<void(const QString &problem)> done)
{
    const QString address = addressProblem(m_base);
    if (!address.isEmpty()) {
        QTimer::singleShot(0, context, [done, address] { done(address); });
        return;
    }
    ask(admin::Sites {}, context, [done](const Answer<SiteList> &a) {
        if (!a)
            done(a.error());
        else if (a->sites.isEmpty() && a->problems.isEmpty())
            done(tr("The key may read no site on this server."));
        else
            done(a->problems.value(0));
    });
}

template<typename R> void RemoteDataSource::unsupported(Call<R> call, const QString &why)
{
    QTimer::singleShot(0, this, [reply = std::move(call.reply), why] {
        reply(Answer<typename R::Answer>::failure(
            why.isEmpty() ? tr("Not available from a remote server.") : why));
    });
}

void RemoteDataSource::saveRule(Call<alerts::SaveRule> call)
{
    const alerts::SaveRule request = call.request;
    send<AlertRule>(
        remote::plan(request),
        [this, request, reply = std::move(call.reply)](Answer<AlertRule> added) {
            if (!added || !request.replaces) {
                reply(added);
                return;
            }
            // The new rule is stored: now the one it replaces goes.
            send<Done>(remote::plan(alerts::RemoveRule {request.rule.site, request.replaces}),
                       [reply, added](Answer<Done> removed) {
                           reply(removed ? added : Answer<AlertRule>::failure(removed.error()));
                       });
        });
}

void RemoteDataSource::answer(AnyCall call)
{
    const auto ask = [this](auto &c) { send(remote::plan(c.request), std::move(c.reply)); };
    const auto refuse = [this](auto &c) { unsupported(std::move(c)); };
    std::visit(
        Cases {
            [&](StatsCall &c) {
                std::visit(Cases {[&](Call<exports::DashboardZip> &z) {
                                      const QString why
                                          = tr("The server has no export route: run "
                                               "'raycstr-server export --site %1 --out "
                                               "FILE.zip' on the server.")
                                                .arg(z.request.query.site);
                                      unsupported(std::move(z), why);
                                  },
                                  ask},
                           c);
            },
            // The server keeps no per-minute history for the desktop app, nor a total
            // over sites.
            [&](LiveCall &c) {
                std::visit(Cases {[&](Call<live::CurrentVisitors> &v) { ask(v); }, refuse}, c);
            },
            // Sites and keys are administered on the server: the sites are the server's
            // (those the key may read, or the ones named at connection time, each checked);
            // a site's time zone changes through its admin route.
            [&](AdminCall &c) {
                std::visit(Cases {[this](Call<admin::Sites> &s) { checkSites(std::move(s)); },
                                  [&](Call<admin::SetTimeZone> &z) { ask(z); },
                                  [this](Call<admin::Import> &i) {
                                      unsupported(std::move(i), importElsewhere());
                                  },
                                  refuse},
                           c);
            },
            [&](DefinitionsCall &c) { std::visit(ask, c); },
            // Rules through the alerts API; test messages are sent by the server's own
            // settings, which it offers no route for.
            [&](AlertsCall &c) {
                std::visit(Cases {[this](Call<alerts::SaveRule> &s) { saveRule(std::move(s)); },
                                  [this](Call<alerts::TestRule> &t) {
                                      unsupported(std::move(t),
                                                  tr("The server has no route for test messages: "
                                                     "run 'raycstr-server alert test ID' on the "
                                                     "server."));
                                  },
                                  [this](Call<alerts::TestReport> &t) {
                                      const QString why
                                          = tr("The server has no route for test messages: run "
                                               "'raycstr-server report send --site %1 --to "
                                               "ADDRESS' on the server.")
                                                .arg(t.request.schedule.site);
                                      unsupported(std::move(t), why);
                                  },
                                  ask},
                           c);
            }},
        call);
}

QString RemoteDataSource::importElsewhere()
{
    return tr("Imports run on the server: 'raycstr-server import --from SOURCE --site DOMAIN "
              "FILE…' (with the server stopped).");
}

void RemoteDataSource::checkSites(Call<admin::Sites> call)
{
    if (m_sites.isEmpty()) {
        send(remote::plan(call.request), std::move(call.reply));
        return;
    }
    // Kept in the order given, whatever order the server answers in (the first is shown).
    auto answers = std::make_shared<QList<std::optional<Answer<SiteInfo>>>>(m_sites.size());
    auto pending = std::make_shared<qsizetype>(m_sites.size());
    auto reply = std::make_shared<std::function<void(Answer<SiteList>)>>(std::move(call.reply));
    for (qsizetype i = 0; i < m_sites.size(); ++i) {
        send<SiteInfo>(remote::siteCheck(m_sites.at(i)),
                       [answers, pending, reply, i](Answer<SiteInfo> a) {
                           (*answers)[i] = std::move(a);
                           if (--*pending > 0)
                               return;
                           // A domain the server does not know (or the key may not read) is
                           // left out.
                           SiteList list;
                           for (const auto &site : std::as_const(*answers)) {
                               if (*site)
                                   list.sites.append(**site);
                               else
                                   list.problems.append(site->error());
                           }
                           (*reply)(list);
                       });
    }
}

void RemoteDataSource::setLiveSite(const QString &site)
{
    if (site == m_liveSite && m_stream)
        return;
    m_liveSite = site;
    if (m_stream) {
        m_stream->disconnect(this);
        m_stream->abort();
        m_stream->deleteLater();
    }
    m_streamOpen = false;
    m_streamBuffer.clear();
    if (!site.isEmpty())
        openStream();
}

void RemoteDataSource::openStream()
{
    QUrl url = m_base;
    url.setPath(m_base.path().chopped(m_base.path().endsWith(QLatin1Char('/')) ? 1 : 0)
                + QStringLiteral("/api/stream/") + m_liveSite);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_key);
    request.setRawHeader("Accept", "text/event-stream");
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    m_stream = m_nam.get(request);
    m_streamOpen = false;
    connect(m_stream, &QNetworkReply::metaDataChanged, this, [this, reply = m_stream.data()] {
        m_streamOpen = reply == m_stream
            && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
    });
    connect(m_stream, &QNetworkReply::readyRead, this, &RemoteDataSource::readStream);
    connect(m_stream, &QNetworkReply::finished, this, [this, reply = m_stream.data()] {
        reply->deleteLater();
        if (reply == m_stream)
            m_streamOpen = false;
        if (reply != m_stream || m_liveSite.isEmpty())
            return;
        // Streams end (server restart, revoked key, idle proxies): reconnect, as
        // EventSource does, after a pause.
        QTimer::singleShot(3000, this, [this] {
            if (!m_liveSite.isEmpty() && (!m_stream || m_stream->isFinished()))
                openStream();
        });
    });
}

void RemoteDataSource::readStream()
{
    m_streamBuffer += m_stream->readAll();
    QList<LiveEvent> events;
    qsizetype end;
    while ((end = m_streamBuffer.indexOf("\n\n")) >= 0) {
        const QByteArray block = m_streamBuffer.left(end);
        m_streamBuffer.remove(0, end + 2);
        QByteArray type = "message", data;
        for (const QByteArray &line : block.split('\n')) {
            if (line.startsWith("event:"))
                type = line.mid(6).trimmed();
            else if (line.startsWith("data:"))
                data += line.mid(5).trimmed();
        }
        const QJsonObject o = QJsonDocument::fromJson(data).object();
        if (type == "visitors") {
            Q_EMIT liveVisitorsChanged(o.value(QStringLiteral("current")).toInteger());
        } else if (type == "pageview" || type == "event") {
            LiveEvent e;
            e.kind = type == "event" ? EventKind::Custom : EventKind::Pageview;
            e.ts = o.value(QStringLiteral("ts")).toInteger();
            e.path = o.value(QStringLiteral("path")).toString();
            e.name = o.value(QStringLiteral("name")).toString();
            e.source = o.value(QStringLiteral("source")).toString();
            e.country = o.value(QStringLiteral("country")).toString();
            e.device = o.value(QStringLiteral("device")).toString();
            e.browser = o.value(QStringLiteral("browser")).toString();
            events.append(e);
        }
    }
    if (!events.isEmpty())
        Q_EMIT liveEventsArrived(events);
}

} // namespace raycstr::ui
