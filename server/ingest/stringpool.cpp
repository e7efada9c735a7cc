#include "ingest/stringpool.h"

namespace raycstr {

StringPool::StringPool(qsizetype maxStrings)
    : m_maxStrings(maxStrings)
{ }

QString StringPool::share(const QString &s)
{
    if (s.isEmpty())
        return {};
    const auto it = m_strings.constFind(s);
    if (it != m_strings.constEnd())
        return *it;
    if (m_strings.size() >= m_maxStrings)
        m_strings.clear();
    // A copy of exactly the string's size: `s` may sit in a larger buffer (a decoded
    // request), which the pool must not keep alive.
    const QString compact(s.constData(), s.size());
    m_strings.insert(compact);
    return compact;
}

} // namespace raycstr
