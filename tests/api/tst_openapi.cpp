// The OpenAPI document at /api/docs against the routes a full server registers: every
// documented operation answers (401 without a key where a key is needed, 200 with one and
// the documented examples), every route the API classes publish is documented, nothing
// documented is missing from the server, every $ref resolves, and the query parameters
// documented for RayCstr's stats routes are exactly those the routes accept.

#include "api/authapi.h"
#include "api/collector.h"
#include "api/livestream.h"
#include "auth/loginratelimiter.h"
#include "auth/passwordstore.h"
#include "auth/tokenstore.h"
#include "common/apifixture.h"

#include <QSet>

using namespace raycstr;
using namespace raycstr::testing;

namespace {

const QString SampleSite = QStringLiteral("example.com");

struct Operation
{
    QString path;
    QString method;
    QJsonObject op;
};

} // namespace

class tst_OpenApi : public QObject
{
    Q_OBJECT

    ApiFixture s;
    QJsonObject doc;
    // The routes owned by other classes, registered here so the walk covers the whole server.
    std::unique_ptr<Collector> collector;
    std::unique_ptr<LiveStream> stream;
    std::unique_ptr<auth::PasswordStore> passwords;
    std::unique_ptr<auth::TokenStore> tokens;
    std::unique_ptr<auth::LoginRateLimiter> limiter;
    std::unique_ptr<AuthApi> authApi;

    QList<Operation> operations() const
    {
        QList<Operation> out;
        const QJsonObject paths = doc.value(QStringLiteral("paths")).toObject();
        for (auto p = paths.begin(); p != paths.end(); ++p) {
            const QJsonObject item = p.value().toObject();
            for (auto m = item.begin(); m != item.end(); ++m)
                out.append({p.key(), m.key(), m.value().toObject()});
        }
        return out;
    }

    QJsonObject resolve(const QJsonObject &maybeRef) const
    {
        const QString ref = maybeRef.value(QStringLiteral("$ref")).toString();
        if (ref.isEmpty())
            return maybeRef;
        QJsonValue at = doc;
        for (const QString &part : ref.mid(2).split(QLatin1Char('/')))
            at = at.toObject().value(part);
        return at.toObject();
    }

    QList<QJsonObject> parameters(const QJsonObject &op) const
    {
        QList<QJsonObject> out;
        for (const QJsonValue &p : op.value(QStringLiteral("parameters")).toArray())
            out.append(resolve(p.toObject()));
        return out;
    }

    static bool secured(const QJsonObject &op)
    {
        // The document's default is a key; public operations override with [].
        return !op.contains(QStringLiteral("security"))
            || !op.value(QStringLiteral("security")).toArray().isEmpty();
    }

    static QString concrete(const QString &path)
    {
        QString p = path;
        // The fixture's goal and funnel on example.com have id 1.
        return p.replace(QStringLiteral("{siteId}"), SampleSite)
            .replace(QStringLiteral("{goalId}"), QStringLiteral("1"))
            .replace(QStringLiteral("{funnelId}"), QStringLiteral("1"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(s.start());
        QVERIFY2(s.queryError.isEmpty(), qPrintable(s.queryError));
        collector = std::make_unique<Collector>(s.fixture.engine.get(), ServerConfig {});
        collector->registerRoutes(s.http);
        stream = std::make_unique<LiveStream>(s.fixture.engine.get(), &s.access);
        stream->registerRoutes(s.http);
        QString error;
        passwords = std::make_unique<auth::PasswordStore>(&s.fixture.clock);
        QVERIFY2(passwords->open(s.fixture.dir.path(), &error), qPrintable(error));
        tokens = std::make_unique<auth::TokenStore>(&s.fixture.clock);
        QVERIFY2(tokens->open(s.fixture.dir.path(), &error), qPrintable(error));
        limiter = std::make_unique<auth::LoginRateLimiter>(&s.fixture.clock);
        authApi = std::make_unique<AuthApi>(passwords.get(), tokens.get(), limiter.get());
        authApi->registerRoutes(s.http);

        const HttpResult r = s.get(QStringLiteral("/api/docs"), QByteArray());
        QCOMPARE(r.status, 200);
        doc = ApiFixture::object(r);
    }

    void isPublicOpenApiJson()
    {
        const HttpResult r = s.get(QStringLiteral("/api/docs"), QByteArray());
        QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
        QVERIFY(doc.value(QStringLiteral("openapi")).toString().startsWith(QStringLiteral("3.0")));
        QVERIFY(!doc.value(QStringLiteral("info"))
                     .toObject()
                     .value(QStringLiteral("title"))
                     .toString()
                     .isEmpty());
        QCOMPARE(doc, s.docs->document());
        QCOMPARE(s.get(QStringLiteral("/api/docs"), QByteArray(), "POST").status, 405);
    }

    void documentsExactlyTheServersRoutes()
    {
        QSet<QString> expected;
        for (const QString &p : StatsApi::routePaths() + PlausibleApi::routePaths()
                 + GoalsApi::routePaths() + AlertsApi::routePaths() + ExportApi::routePaths()
                 + ReportsApi::routePaths() + SitesApi::routePaths())
            expected.insert(p);
        // Routes of the collector, the live stream, login and the document itself.
        for (const char *p : {"/api/docs", "/api/event", "/collect", "/api/send", "/count",
                              "/api/stream/{siteId}", "/api/auth/login", "/api/auth/logout",
                              "/api/v2/query"})
            expected.insert(QString::fromLatin1(p));
        const QStringList documented = doc.value(QStringLiteral("paths")).toObject().keys();
        QCOMPARE(QSet<QString>(documented.cbegin(), documented.cend()), expected);
    }

    void everyOperationAnswersWithoutAKey()
    {
        const QList<Operation> ops = operations();
        QVERIFY(ops.size() >= 20);
        for (const Operation &o : ops) {
            const HttpResult r
                = s.get(concrete(o.path), QByteArray(), o.method.toUpper().toLatin1());
            const QString what = o.method + u' ' + o.path + QStringLiteral(" -> ")
                + QString::number(r.status) + u' ' + QString::fromUtf8(r.body.left(200));
            // Registered (not the server's 404) and under the documented method (not 405).
            QVERIFY2(r.status != 404 && r.status != 405 && r.status != 0, qPrintable(what));
            if (secured(o.op))
                QVERIFY2(r.status == 401, qPrintable(what));
            // Every documented status code of a refusal is one the document lists.
            QVERIFY2(o.op.value(QStringLiteral("responses"))
                         .toObject()
                         .contains(QString::number(r.status)),
                     qPrintable(what));
        }
    }

    void everyStatsOperationAnswersWithTheDocumentedExamples()
    {
        int checked = 0;
        for (const Operation &o : operations()) {
            if (o.method != QLatin1String("get") || !secured(o.op)
                || o.path.startsWith(QLatin1String("/api/stream/")))
                continue; // the stream never ends; tst_livestream covers it
            if (AlertsApi::routePaths().contains(o.path)
                || ReportsApi::routePaths().contains(o.path))
                continue; // an admin key only (tst_alertsapi, tst_reportsapi); this walk reads
                          // with a read key
            QStringList query;
            for (const QJsonObject &p : parameters(o.op)) {
                if (p.value(QStringLiteral("in")) != QLatin1String("query")
                    || !p.value(QStringLiteral("required")).toBool())
                    continue;
                // An array parameter is repeated, once per element of its example.
                const QJsonValue ex = p.value(QStringLiteral("example"));
                if (ex.isArray()) {
                    for (const QJsonValue &e : ex.toArray())
                        query.append(p.value(QStringLiteral("name")).toString() + u'='
                                     + e.toString());
                    continue;
                }
                const QString example = ex.toString();
                QVERIFY2(!example.isEmpty(),
                         qPrintable(o.path
                                    + QStringLiteral(": required parameter without "
                                                     "example: ")
                                    + p.value(QStringLiteral("name")).toString()));
                query.append(p.value(QStringLiteral("name")).toString() + u'=' + example);
            }
            const QString path
                = concrete(o.path) + (query.isEmpty() ? QString() : u'?' + query.join(u'&'));
            const HttpResult r = s.get(path);
            QVERIFY2(r.status == 200,
                     qPrintable(path + QStringLiteral(" -> ") + QString::number(r.status) + u' '
                                + QString::fromUtf8(r.body.left(300))));
            ++checked;
        }
        // Plus the goal and funnel definitions that are read with GET: goals, funnels, one
        // funnel; the dashboard zip; and the sites (the list, one site).
        QCOMPARE(checked,
                 StatsApi::routePaths().size() + PlausibleApi::routePaths().size() + 3
                     + ExportApi::routePaths().size() + SitesApi::routePaths().size());
    }

    void documentedQueryParametersAreTheAcceptedOnes()
    {
        // Our routes refuse unknown parameters and name the ones they take.
        for (const Operation &o : operations()) {
            if (!StatsApi::routePaths().contains(o.path))
                continue;
            QStringList documented;
            for (const QJsonObject &p : parameters(o.op))
                if (p.value(QStringLiteral("in")) == QLatin1String("query"))
                    documented.append(p.value(QStringLiteral("name")).toString());
            QString path = concrete(o.path) + QStringLiteral("?zzz=1");
            if (o.path == QLatin1String("/api/stats"))
                path += QStringLiteral("&site=example.com");
            const HttpResult r = s.get(path);
            QCOMPARE(r.status, 400);
            const QString error = r.error();
            QStringList accepted;
            if (!error.contains(QStringLiteral("takes no parameters"))) {
                const qsizetype at = error.indexOf(QStringLiteral("takes: "));
                QVERIFY2(at > 0, qPrintable(error));
                accepted = error.mid(at + 7).split(QStringLiteral(", "));
            }
            documented.sort();
            accepted.sort();
            QVERIFY2(documented == accepted,
                     qPrintable(o.path + QStringLiteral(": documented ") + documented.join(u',')
                                + QStringLiteral(" accepted ") + accepted.join(u',')));
        }
    }

    void everyRefResolves()
    {
        QStringList broken;
        std::function<void(const QJsonValue &)> walk = [&](const QJsonValue &v) {
            if (v.isArray()) {
                for (const QJsonValue &e : v.toArray())
                    walk(e);
            } else if (v.isObject()) {
                const QJsonObject o = v.toObject();
                const QString ref = o.value(QStringLiteral("$ref")).toString();
                if (!ref.isEmpty() && resolve(o).isEmpty())
                    broken.append(ref);
                for (const QJsonValue &e : o)
                    walk(e);
            }
        };
        walk(doc);
        QVERIFY2(broken.isEmpty(), qPrintable(broken.join(u' ')));
    }

    void operationsAreWellFormed()
    {
        QSet<QString> ids;
        for (const Operation &o : operations()) {
            const QString id = o.op.value(QStringLiteral("operationId")).toString();
            QVERIFY2(!id.isEmpty() && !ids.contains(id), qPrintable(o.path));
            ids.insert(id);
            const QStringList codes = o.op.value(QStringLiteral("responses")).toObject().keys();
            QVERIFY2(std::any_of(codes.cbegin(), codes.cend(),
                                 [](const QString &c) { return c.startsWith(u'2'); }),
                     qPrintable(o.path));
            for (const QJsonObject &p : parameters(o.op)) {
                QVERIFY2(!p.value(QStringLiteral("name")).toString().isEmpty(), qPrintable(o.path));
                QVERIFY2(p.contains(QStringLiteral("schema")), qPrintable(o.path));
                if (p.value(QStringLiteral("in")) == QLatin1String("path"))
                    QVERIFY2(
                        o.path.contains(u'{' + p.value(QStringLiteral("name")).toString() + u'}'),
                        qPrintable(o.path));
            }
        }
    }
};

QTEST_GUILESS_MAIN(tst_OpenApi)
#include "tst_openapi.moc"
