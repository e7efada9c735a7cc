#pragma once

#include <QByteArrayView>
#include <QHostAddress>

namespace raycstr {

struct PlainRequest;
struct ServerConfig;

// The client's address, the one rule every route uses (ingest's visitor hash, login
// throttling; whether the lean front or QHttpServer read the request): the socket peer, or, when
// the peer is a trusted proxy, the right-most untrusted address of X-Forwarded-For. Anything left
// of that may be forged by the client.
QHostAddress clientAddress(const QHostAddress &peer, QByteArrayView forwardedFor,
                           const ServerConfig &config);
QHostAddress clientAddress(const PlainRequest &request, const ServerConfig &config);

} // namespace raycstr
