#include "http/clientaddress.h"

#include "core/config.h"
#include "http/plainhttp.h"

namespace raycstr {

QHostAddress clientAddress(const QHostAddress &peer, QByteArrayView forwarded,
                           const ServerConfig &config)
{
    if (config.trustedProxies.isEmpty() || !config.isTrustedProxy(peer))
        return peer;
    if (forwarded.isEmpty())
        return peer;
    // Walk from the right: each trusted hop vouches for the one before it; the first
    // address we do not trust is the client (anything left of it may be forged).
    const QList<QByteArray> hops = forwarded.toByteArray().split(',');
    for (qsizetype i = hops.size() - 1; i >= 0; --i) {
        QByteArray hop = hops.at(i).trimmed();
        if (hop.startsWith('[')) // "[2001:db8::1]:1234"
            hop = hop.mid(1, hop.indexOf(']') - 1);
        else if (hop.count(':') == 1) // "203.0.113.7:1234"
            hop = hop.left(hop.indexOf(':'));
        QHostAddress address;
        if (!address.setAddress(QString::fromLatin1(hop)))
            return peer; // garbage in the header: trust only what we saw ourselves
        if (i == 0 || !config.isTrustedProxy(address))
            return address;
    }
    return peer;
}

QHostAddress clientAddress(const PlainRequest &request, const ServerConfig &config)
{
    return clientAddress(request.peer, request.forwardedFor, config);
}

} // namespace raycstr
