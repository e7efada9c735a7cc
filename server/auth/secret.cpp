#include "auth/secret.h"

#include <sodium.h>

namespace raycstr::auth {

bool Secret::initialize()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

QByteArray Secret::generate(const QByteArray &prefix)
{
    initialize();
    unsigned char raw[32];
    randombytes_buf(raw, sizeof raw);
    const QByteArray encoded
        = QByteArray::fromRawData(reinterpret_cast<const char *>(raw), sizeof raw)
              .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    sodium_memzero(raw, sizeof raw);
    return prefix + encoded;
}

QByteArray Secret::hash(const QByteArray &secret)
{
    initialize();
    QByteArray out(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), size_t(out.size()),
                       reinterpret_cast<const unsigned char *>(secret.constData()),
                       size_t(secret.size()), nullptr, 0);
    return out;
}

QByteArray Secret::generatePassword()
{
    initialize();
    // No 0/O, 1/l/I: it may be read off a terminal and typed on a phone.
    static const char alphabet[] = "abcdefghijkmnpqrstuvwxyz23456789";
    static_assert(sizeof alphabet - 1 == 32);
    QByteArray password;
    for (int i = 0; i < 20; ++i) {
        if (i && i % 5 == 0)
            password += '-';
        password += alphabet[randombytes_uniform(32)];
    }
    return password;
}

void Secret::wipe(QByteArray &bytes)
{
    // Best effort: only a buffer nobody else shares is ours to wipe (data() on a shared one
    // would just copy it first).
    if (!bytes.isEmpty() && bytes.isDetached())
        sodium_memzero(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

} // namespace raycstr::auth
