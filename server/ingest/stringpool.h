#pragma once

#include <QSet>
#include <QString>

namespace raycstr {

// Lets equal strings held for a long time by many owners share one copy. The sessionizer
// keeps, per visitor and for the whole day, the entry and exit page and the visit's
// source: a few hundred distinct values held by hundreds of thousands of visitors, each
// otherwise keeping the copy its own request was decoded into.
//
// Bounded: past `maxStrings` distinct values the pool starts afresh (strings already
// handed out stay valid, they are implicitly shared), so a client sending a new path per
// request costs O(1) amortised and no memory beyond the cap. Not thread-safe.
class StringPool
{
public:
    static constexpr qsizetype DefaultMaxStrings = 100000;
    explicit StringPool(qsizetype maxStrings = DefaultMaxStrings);

    // `s`, as the pool's shared copy (a compact one is added when `s` is new).
    QString share(const QString &s);
    qsizetype size() const { return m_strings.size(); }

private:
    QSet<QString> m_strings;
    qsizetype m_maxStrings;
};

} // namespace raycstr
