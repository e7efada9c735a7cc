#include "query/globpattern.h"

namespace raycstr::query {

GlobPattern::GlobPattern(const QString &pattern)
    : m_pattern(pattern)
{
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern.at(i) != QLatin1Char('*')) {
            m_tokens.push_back({Kind::Char, pattern.at(i)});
            continue;
        }
        const bool any = i + 1 < pattern.size() && pattern.at(i + 1) == QLatin1Char('*');
        if (any)
            ++i;
        // Adjacent stars: "**" then "*" is still "any run"; merging keeps the state set small.
        if (!m_tokens.empty() && m_tokens.back().kind != Kind::Char) {
            if (any)
                m_tokens.back().kind = Kind::AnyStar;
            continue;
        }
        m_tokens.push_back({any ? Kind::AnyStar : Kind::Star, QChar()});
    }
}

bool GlobPattern::matches(QStringView text, qint64 *steps) const
{
    const size_t n = m_tokens.size();
    // active[i]: the text read so far can end right before token i (i == n: the whole
    // pattern). One pass over the tokens per character: `work` counts those visits.
    std::vector<char> active(n + 1, 0), next(n + 1, 0);
    qint64 work = 0;
    active[0] = 1;
    // Stars match the empty run: being before a star means being after it too.
    for (size_t i = 0; i < n; ++i) {
        ++work;
        if (active[i] && m_tokens[i].kind != Kind::Char)
            active[i + 1] = 1;
    }
    for (const QChar c : text) {
        std::fill(next.begin(), next.end(), 0);
        bool any = false;
        for (size_t i = 0; i < n; ++i) {
            ++work;
            const Token &t = m_tokens[i];
            if (active[i]) {
                if (t.kind == Kind::Char) {
                    if (t.c == c)
                        next[i + 1] = any = true;
                } else if (t.kind == Kind::AnyStar || c != QLatin1Char('/')) {
                    next[i] = any = true;
                }
            }
            // next[i] is final here (set by token i - 1 or by this star): close over it.
            if (next[i] && t.kind != Kind::Char)
                next[i + 1] = 1;
        }
        if (!any) {
            active[n] = 0; // no way on: the text cannot match
            break;
        }
        active.swap(next);
    }
    if (steps)
        *steps += work;
    return active[n] != 0;
}

QString GlobPattern::toRegex() const
{
    QString out = QStringLiteral("(?s)^");
    for (const Token &t : m_tokens) {
        if (t.kind == Kind::Star) {
            out += QStringLiteral("[^/]*");
        } else if (t.kind == Kind::AnyStar) {
            out += QStringLiteral(".*");
        } else if (t.c.unicode() < 128 && !t.c.isLetterOrNumber() && t.c != u'_') {
            // RE2 takes a backslash before ASCII punctuation as that character itself, and
            // \x{…} for the rest (space, control characters).
            const ushort u = t.c.unicode();
            if (u > 0x20 && u < 0x7f)
                out += QLatin1Char('\\') + t.c;
            else
                out += QStringLiteral("\\x{%1}").arg(u, 2, 16, QLatin1Char('0'));
        } else {
            out += t.c;
        }
    }
    return out + QStringLiteral("\\z"); // the end of the text, even after a newline
}

bool GlobPattern::check(const QString &pattern, QString *error)
{
    if (pattern.size() > MaxLength) {
        *error = QStringLiteral("a wildcard pattern is longer than %1 characters").arg(MaxLength);
        return false;
    }
    if (pattern.count(QLatin1Char('*')) > MaxStars) {
        *error = QStringLiteral("a wildcard pattern has more than %1 '*'").arg(MaxStars);
        return false;
    }
    return true;
}

bool GlobPattern::checkFilters(const QList<Filter> &filters, QString *error)
{
    qsizetype patterns = 0;
    for (const Filter &f : filters) {
        if (f.op != Filter::Op::Matches && f.op != Filter::Op::NotMatches)
            continue;
        for (const QString &v : f.values) {
            if (!check(v, error))
                return false;
        }
        patterns += f.values.size();
    }
    if (patterns > MaxPatterns) {
        *error = QStringLiteral("at most %1 wildcard patterns in one question (this one has %2)")
                     .arg(MaxPatterns)
                     .arg(patterns);
        return false;
    }
    return true;
}

} // namespace raycstr::query
