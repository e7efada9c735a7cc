#pragma once

#include "http/plainhttp.h"
#include "query/querytypes.h"

#include <QJsonArray>
#include <QJsonObject>
#include <optional>

namespace raycstr {

// How the stats routes answer, decided once: compact JSON bodies, GET only, and CORS for
// dashboards served from another origin. Keys travel in the Authorization header, never in
// cookies, so "Access-Control-Allow-Origin: *" exposes nothing a script could not already
// fetch with the key in hand.
class ApiReply
{
public:
    static PlainResponse json(const QJsonObject &body, HttpStatus status = HttpStatus::Ok);
    static PlainResponse json(const QJsonArray &body);
    // A bare JSON number (Plausible's realtime visitors endpoint answers just "21").
    static PlainResponse number(qint64 value);
    static PlainResponse badRequest(const QString &message);
    // A question the query engine did not answer: the asker's mistake is a 400 with the
    // engine's reason (hourly buckets over a long period named by our `interval`
    // parameter, which every stats API spells alike), anything else a logged 500.
    static PlainResponse queryFailed(const query::QueryError &error);
    // nullopt for GET; otherwise the answer to send: the CORS preflight for OPTIONS, a 405
    // naming GET for anything else.
    static std::optional<PlainResponse> checkMethod(const PlainRequest &request);
    // 405 with the `Allow` header RFC 9110 requires, and the methods in the JSON reason.
    static PlainResponse methodNotAllowed(const QByteArray &allow, const QString &reason = {});
    // Every stats response goes out through here exactly once (in the route's lambda),
    // errors included.
    static PlainResponse finish(PlainResponse &&response);
};

} // namespace raycstr
