#pragma once

#include "query/querytypes.h"

#include <QList>
#include <QString>
#include <vector>

namespace raycstr::query {

// Plausible's path wildcards: `*` matches any run of characters without a '/', `**` any run
// at all; everything else is literal and case-sensitive; the whole text must match.
//
// Why not a regular expression: a share-link holder chooses the patterns, and a
// backtracking engine (PCRE2 behind QRegularExpression) can be made to try exponentially
// many ways to place the stars. This matcher runs the pattern as a set of positions (an
// NFA simulation), so a match costs at most (text length + 1) × (pattern tokens + 1) steps,
// whatever the pattern. With the caps below that is a few hundred thousand steps at worst
// per distinct value, and each distinct value is decided once per query (FilterSet).
//
// The limits on patterns live here, in one place, and are checked where filters and goals
// enter the server (the API answers 400 with the reason).
class GlobPattern
{
public:
    // Characters in one pattern.
    static constexpr int MaxLength = 512;
    // `*` characters in one pattern (a `**` counts two).
    static constexpr int MaxStars = 16;
    // Wildcard patterns in one question, over all its filters.
    static constexpr int MaxPatterns = 32;

    GlobPattern() = default;
    explicit GlobPattern(const QString &pattern);

    // `steps`, when given, is increased by the work done (tests check the bound with it).
    bool matches(QStringView text, qint64 *steps = nullptr) const;
    const QString &pattern() const { return m_pattern; }
    // The same pattern as an anchored RE2 expression (linear time, like matches()), for a
    // store that filters in its own engine (ClickHouse's match()).
    QString toRegex() const;

    // False with the reason when `pattern` breaks the length or star limit.
    static bool check(const QString &pattern, QString *error);
    // Every wildcard value of `filters` checked, and their number: false with the reason.
    static bool checkFilters(const QList<Filter> &filters, QString *error);

private:
    enum class Kind : quint8 { Char, Star, AnyStar };
    struct Token
    {
        Kind kind;
        QChar c;
    };
    QString m_pattern;
    std::vector<Token> m_tokens;
};

} // namespace raycstr::query
