#include "ingest/saltstore.h"

#include <sodium.h>

namespace raycstr {

QByteArray makeRandomSalt()
{
    QByteArray salt(crypto_shorthash_KEYBYTES, Qt::Uninitialized);
    randombytes_buf(salt.data(), size_t(salt.size()));
    return salt;
}

QByteArray MemorySaltStore::saltForDay(qint64 day, qint64 nowSecs)
{
    auto it = m_salts.find(day);
    if (it == m_salts.end())
        it = m_salts.insert(day, {makeRandomSalt(), nowSecs});
    return it->salt;
}

QByteArray MemorySaltStore::existingSalt(qint64 day)
{
    const auto it = m_salts.constFind(day);
    return it == m_salts.constEnd() ? QByteArray() : it->salt;
}

int MemorySaltStore::deleteSaltsCreatedBefore(qint64 cutoffSecs)
{
    int removed = 0;
    for (auto it = m_salts.begin(); it != m_salts.end();) {
        if (it->created < cutoffSecs) {
            it = m_salts.erase(it);
            ++removed;
        } else {
            ++it;
        }
    }
    return removed;
}

} // namespace raycstr
