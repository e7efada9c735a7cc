#include "remotedatasource.h"

#include "core/zipreader.h"
#include "ui/data/remoterequests.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSaveFile>
#include <QTemporaryDir>
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

QNetworkRequest RemoteDataSource::requestOf(const QString &path,
                                            const QList<QPair<QString, QString>> &items) const
{
    QUrl url = urlOf(path);
    QUrlQuery query;
    for (const auto &item : items)
        query.addQueryItem(item.first, QString::fromLatin1(QUrl::toPercentEncoding(item.second)));
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_key);
    return request;
}

template<typename A>
void RemoteDataSource::send(const RemoteCall<A> &call, std::function<void(Answer<A>)> reply)
{
    QNetworkRequest request = requestOf(call.path, call.items);
    // A test message waits for the mail server (at most 20 s on the server's side).
    request.setTransferTimeout(45000);
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
                std::visit(
                    Cases {[&](Call<exports::DashboardZip> &z) { downloadZip(std::move(z)); }, ask},
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
            // Rules through the alerts API; test messages through the server's routes, with
            // its own SMTP settings (reportsapi.h).
            [&](AlertsCall &c) {
                std::visit(Cases {[this](Call<alerts::SaveRule> &s) { saveRule(std::move(s)); },
                                  [this](Call<alerts::TestRule> &t) {
                                      if (t.request.rule.id)
                                          send(remote::plan(t.request), std::move(t.reply));
                                      else
                                          unsupported(std::move(t),
                                                      tr("This alert is in the server's config "
                                                         "file: test it there with "
                                                         "'raycstr-server alert test'."));
                                  },
                                  ask},
                           c);
            }},
        call);
}

void RemoteDataSource::downloadZip(Call<exports::DashboardZip> call)
{
    const exports::DashboardZip r = call.request;
    const RemoteCall<QByteArray> plan = remote::exportPlan(r);
    auto reply
        = std::make_shared<std::function<void(Answer<QList<ExportedFile>>)>>(std::move(call.reply));
    // Written through a temporary file renamed into place at the end: a failure or a
    // Cancel leaves nothing at the path. 0600: an export holds the site's data.
    auto file = std::make_shared<QSaveFile>(r.path);
    if (!file->open(QIODevice::WriteOnly)
        || !file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        const QString why = tr("Could not write %1: %2").arg(r.path, file->errorString());
        QTimer::singleShot(0, this,
                           [reply, why] { (*reply)(Answer<QList<ExportedFile>>::failure(why)); });
        return;
    }
    QNetworkRequest request = requestOf(plan.path, plan.items);
    // The server builds the zip within its query budget before the first byte comes.
    request.setTransferTimeout(300000);
    QNetworkReply *net = m_nam.get(request);
    const std::shared_ptr<Progress> progress = r.progress;
    const auto ok = [net] {
        const int status = net->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        return status >= 200 && status < 300;
    };
    auto *poll = new QTimer(net);
    connect(poll, &QTimer::timeout, net, [net, progress] {
        if (progress->cancelled)
            net->abort();
    });
    poll->start(100);
    connect(net, &QNetworkReply::downloadProgress, net, [progress](qint64 got, qint64 total) {
        progress->total = std::max<qint64>(total, 0);
        progress->done = got;
    });
    connect(net, &QNetworkReply::readyRead, net, [net, file, ok] {
        if (ok()) // an error's JSON is read at the end, never written
            file->write(net->readAll());
    });
    connect(net, &QNetworkReply::finished, this, [this, net, file, ok, progress, reply, r] {
        net->deleteLater();
        using A = Answer<QList<ExportedFile>>;
        if (progress->cancelled) {
            file->cancelWriting();
            return (*reply)(A::failure(tr("Export cancelled.")));
        }
        if (!ok() || net->error() != QNetworkReply::NoError) {
            file->cancelWriting();
            const QJsonObject o = QJsonDocument::fromJson(net->readAll()).object();
            return (*reply)(A::failure(
                failureText(net->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                            o.value(QStringLiteral("error")).toString(), net->errorString())));
        }
        file->write(net->readAll());
        if (!file->commit())
            return (*reply)(
                A::failure(tr("Could not write %1: %2").arg(r.path, file->errorString())));
        (*reply)(filesIn(r.path));
    });
}

Answer<QList<ExportedFile>> RemoteDataSource::filesIn(const QString &zipPath)
{
    // What the local export says after writing: each file and its data rows.
    ZipReader zip;
    QString error;
    if (!zip.open(zipPath, &error))
        return Answer<QList<ExportedFile>>::failure(error);
    QTemporaryDir dir;
    QList<ExportedFile> files;
    for (const QString &name : zip.names()) {
        const QString target = dir.filePath(QStringLiteral("entry"));
        qint64 lines = 0;
        if (zip.extract(name, target, &error)) {
            QFile f(target);
            if (f.open(QIODevice::ReadOnly))
                while (!f.atEnd())
                    lines += f.readLine().isEmpty() ? 0 : 1;
        }
        files.append({name, std::max<qint64>(0, lines - 1)}); // without the header
    }
    return files;
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
