#pragma once

#include <QByteArrayView>

namespace raycstr {

// What may be echoed back in CORS answers. Echoing a request header as it came lets a
// client put anything into our response head (with a bare CR/LF, a header of its own);
// the front already refuses control characters, and these keep the echo to the grammar.

// An origin as browsers send it (RFC 6454): "null", or scheme://host[:port] with no path,
// and no longer than a host name can be.
bool isValidOrigin(QByteArrayView origin);
// A comma-separated list of header names (tokens), as Access-Control-Request-Headers
// carries, of sane length.
bool isTokenList(QByteArrayView list);

} // namespace raycstr
