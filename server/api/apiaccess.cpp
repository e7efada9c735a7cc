#include "api/apiaccess.h"

#include "http/httpserver.h"

#include <QUrlQuery>

namespace raycstr {

std::optional<auth::Principal> ApiAccess::principal(const PlainRequest &request, QString *why) const
{
    const QByteArray header = request.authorization.trimmed();
    if (!header.isEmpty()) {
        static const QByteArray scheme = QByteArrayLiteral("bearer ");
        if (header.size() <= scheme.size() || header.left(scheme.size()).toLower() != scheme) {
            *why = QStringLiteral("the Authorization header must be \"Bearer <API key>\"");
            return std::nullopt;
        }
        auto p = m_auth->authenticateKey(header.mid(scheme.size()).trimmed());
        if (!p)
            *why = QStringLiteral("invalid or revoked API key");
        return p;
    }
    // Plausible's shared links carry their secret as ?auth=…
    const QString share = request.urlQuery().queryItemValue(QStringLiteral("auth"));
    if (!share.isEmpty()) {
        auto p = m_auth->authenticateShare(share.toUtf8());
        if (!p)
            *why = QStringLiteral("invalid or revoked share link");
        return p;
    }
    *why = QStringLiteral("an API key is required: send \"Authorization: Bearer <key>\" (create "
                          "one with: raycstr-server token create)");
    return std::nullopt;
}

std::optional<auth::Principal> ApiAccess::check(const PlainRequest &request, qint32 siteId,
                                                Need need, PlainResponse *denied) const
{
    using Status = HttpStatus;
    QString why;
    auto p = principal(request, &why);
    if (!p) {
        *denied = HttpServer::error(Status::Unauthorized, why);
        denied->addHeader(QByteArrayLiteral("WWW-Authenticate"),
                          QByteArrayLiteral("Bearer realm=\"raycstr\""));
        return std::nullopt;
    }
    const bool allowed = need == Need::Admin ? p->canAdmin(siteId) : p->canRead(siteId);
    if (!allowed) {
        const QString msg = !p->canRead(siteId)
            ? QStringLiteral("this key is not valid for this site")
            : QStringLiteral("this key is read-only; the route needs an admin key");
        *denied = HttpServer::error(Status::Forbidden, msg);
        return std::nullopt;
    }
    return p;
}

} // namespace raycstr
