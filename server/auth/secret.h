#pragma once

#include <QByteArray>

namespace raycstr::auth {

// Random secrets and the hashes kept in their place. API keys, sessions and share links
// are 256 random bits, so a single fast hash (BLAKE2b) is as good as a slow one: nobody can
// guess the input, and a stolen database gives no key. Passwords are another matter (see
// passwordstore.h).
class Secret
{
public:
    // prefix + 43 characters of unpadded base64url over 32 bytes from randombytes_buf.
    static QByteArray generate(const QByteArray &prefix);
    // BLAKE2b-256 of the secret, as stored.
    static QByteArray hash(const QByteArray &secret);
    // A password people can type: 20 characters from an unambiguous alphabet in groups of
    // five (100 bits).
    static QByteArray generatePassword();
    // Zeroes a buffer in a way the compiler cannot elide (sodium_memzero).
    static void wipe(QByteArray &bytes);
    // Calls sodium_init() once; every entry point of this library goes through it.
    static bool initialize();
};

} // namespace raycstr::auth
