#include "ingest/botfilter.h"

#include <QFile>

#include <re2/re2.h>

#include <cctype>
#include <string>
#include <vector>

namespace raycstr {

namespace {

// isbot's patterns are written for JavaScript with the "i" flag; RE2 takes the same syntax
// but for look-arounds. A pattern "(?<!B)CORE(?!A)" (the only shape isbot uses: a
// look-behind at the start, a look-ahead at the end) is split into its three parts.
struct LookaroundPattern
{
    std::unique_ptr<RE2> core;
    std::unique_ptr<RE2> notBefore; // "(?:B)$" on the text before a match, or null
    std::unique_ptr<RE2> notAfter; // "^(?:A)" on the text after a match, or null
};

RE2::Options options()
{
    RE2::Options o;
    o.set_case_sensitive(false);
    o.set_log_errors(false);
    o.set_max_mem(64 << 20); // ~200 alternatives: keep the DFA from falling back to NFA
    return o;
}

// The group that starts at `open` ("(") and its closing parenthesis, or npos.
size_t closingParen(const std::string &p, size_t open)
{
    int depth = 0;
    bool inClass = false;
    for (size_t i = open; i < p.size(); ++i) {
        const char c = p[i];
        if (c == '\\') {
            ++i;
            continue;
        }
        if (inClass) {
            inClass = c != ']';
            continue;
        }
        if (c == '[')
            inClass = true;
        else if (c == '(')
            ++depth;
        else if (c == ')' && --depth == 0)
            return i;
    }
    return std::string::npos;
}

// JavaScript reads "[\w\d-.]" as a literal '-'; RE2 calls it a bad range. Escape a '-'
// that follows a class escape inside brackets.
std::string forRe2(const std::string &p)
{
    std::string out;
    bool inClass = false;
    for (size_t i = 0; i < p.size(); ++i) {
        const char c = p[i];
        if (c == '\\' && i + 1 < p.size()) {
            out += c;
            out += p[++i];
            if (inClass && i + 1 < p.size() && p[i + 1] == '-' && std::isalpha(uchar(p[i])))
                out += '\\';
            continue;
        }
        if (inClass && c == ']')
            inClass = false;
        else if (!inClass && c == '[')
            inClass = true;
        out += c;
    }
    return out;
}

bool hasLookaround(const std::string &p)
{
    return p.find("(?<!") != std::string::npos || p.find("(?!") != std::string::npos
        || p.find("(?=") != std::string::npos || p.find("(?<=") != std::string::npos;
}

bool splitLookaround(const std::string &pattern, LookaroundPattern *out, QString *error)
{
    std::string core = pattern;
    std::string before, after;
    if (core.rfind("(?<!", 0) == 0) {
        const size_t close = closingParen(core, 0);
        if (close == std::string::npos)
            return false;
        before = core.substr(4, close - 4);
        core = core.substr(close + 1);
    }
    if (!core.empty() && core.back() == ')') {
        const size_t open = core.rfind("(?!");
        if (open != std::string::npos && closingParen(core, open) == core.size() - 1) {
            after = core.substr(open + 3, core.size() - open - 4);
            core = core.substr(0, open);
        }
    }
    if (hasLookaround(core)) {
        *error = QStringLiteral("pattern '%1' has a look-around RE2 cannot check")
                     .arg(QString::fromStdString(pattern));
        return false;
    }
    out->core = std::make_unique<RE2>(forRe2(core), options());
    if (!before.empty())
        out->notBefore = std::make_unique<RE2>("(?:" + forRe2(before) + ")$", options());
    if (!after.empty())
        out->notAfter = std::make_unique<RE2>("^(?:" + forRe2(after) + ")", options());
    for (const RE2 *re : {out->core.get(), out->notBefore.get(), out->notAfter.get()}) {
        if (re && !re->ok()) {
            *error = QStringLiteral("pattern '%1': %2")
                         .arg(QString::fromStdString(pattern), QString::fromStdString(re->error()));
            return false;
        }
    }
    return true;
}

bool lookaroundMatches(const LookaroundPattern &p, std::string_view text)
{
    size_t start = 0;
    re2::StringPiece match;
    const re2::StringPiece whole(text.data(), text.size());
    while (start <= text.size()
           && p.core->Match(whole, start, text.size(), RE2::UNANCHORED, &match, 1)) {
        const size_t begin = size_t(match.data() - text.data());
        const size_t end = begin + match.size();
        const bool blockedBefore
            = p.notBefore && RE2::PartialMatch(re2::StringPiece(text.data(), begin), *p.notBefore);
        const bool blockedAfter = p.notAfter
            && RE2::PartialMatch(re2::StringPiece(text.data() + end, text.size() - end),
                                 *p.notAfter);
        if (!blockedBefore && !blockedAfter)
            return true;
        start = begin + 1;
    }
    return false;
}

QString resourceText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// Lines of a list file without comments ('#' first) and blank lines. `trim` is off for
// isbot's list, where a leading space is part of a pattern (" daum[ /]").
QStringList listLines(const QString &text, bool trim)
{
    QStringList lines;
    for (const QString &line : text.split(u'\n')) {
        QString kept = trim ? line.trimmed() : line;
        if (kept.endsWith(u'\r'))
            kept.chop(1);
        if (!kept.trimmed().isEmpty() && !kept.startsWith(u'#'))
            lines.append(kept);
    }
    return lines;
}

std::string alternation(const QStringList &patterns)
{
    std::string all;
    for (const QString &p : patterns) {
        if (!all.empty())
            all += '|';
        all += "(?:" + forRe2(p.toStdString()) + ")";
    }
    return all;
}

} // namespace

struct BotFilter::Private
{
    std::unique_ptr<RE2> plain; // every pattern without look-arounds, as one alternation
    std::unique_ptr<RE2> prefilter; // the look-around patterns' cores: a cheap "maybe"
    std::vector<LookaroundPattern> lookarounds;
    std::unique_ptr<RE2> people; // tokens of real browsers, masked before matching
};

BotFilter::BotFilter()
    : d(std::make_unique<Private>())
{ }

BotFilter::~BotFilter() = default;

std::unique_ptr<BotFilter> BotFilter::create(const QString &localRulesText, QString *error)
{
    QStringList plain, cores, people;
    std::unique_ptr<BotFilter> filter(new BotFilter);
    Private &d = *filter->d;
    auto addBotPattern = [&](const QString &pattern) {
        const std::string p = pattern.toStdString();
        if (!hasLookaround(p)) {
            plain.append(pattern);
            return true;
        }
        LookaroundPattern split;
        if (!splitLookaround(p, &split, error))
            return false;
        cores.append(QString::fromStdString(split.core->pattern()));
        d.lookarounds.push_back(std::move(split));
        return true;
    };
    const QStringList isbot
        = listLines(resourceText(QStringLiteral(":/raycstr/botlists/isbot-patterns.txt")), false);
    if (isbot.isEmpty()) {
        *error = QStringLiteral("the embedded isbot pattern list is missing");
        return nullptr;
    }
    for (const QString &p : isbot) {
        if (!addBotPattern(p))
            return nullptr;
    }
    people = listLines(resourceText(QStringLiteral(":/raycstr/botlists/people.txt")), true);

    int lineNumber = 0;
    for (const QString &line : localRulesText.split(u'\n')) {
        ++lineNumber;
        const QString rule = line.trimmed();
        if (rule.isEmpty() || rule.startsWith(u'#'))
            continue;
        const qsizetype colon = rule.indexOf(u':');
        const QString kind = colon < 0 ? QString() : rule.first(colon).trimmed();
        const QString pattern = colon < 0 ? QString() : rule.sliced(colon + 1).trimmed();
        if ((kind != u"bot" && kind != u"human" && kind != u"referrer") || pattern.isEmpty()) {
            *error = QStringLiteral("line %1: expected \"bot: REGEX\", \"human: REGEX\" or "
                                    "\"referrer: HOST\"")
                         .arg(lineNumber);
            return nullptr;
        }
        if (kind == u"referrer")
            continue; // ReferrerSpamFilter's
        const RE2 check(pattern.toStdString(), options());
        if (!check.ok()) {
            *error = QStringLiteral("line %1: %2")
                         .arg(lineNumber)
                         .arg(QString::fromStdString(check.error()));
            return nullptr;
        }
        if (kind == u"bot")
            plain.append(pattern);
        else
            people.append(pattern);
    }

    d.plain = std::make_unique<RE2>(alternation(plain), options());
    d.prefilter = std::make_unique<RE2>(alternation(cores), options());
    if (!people.isEmpty())
        d.people = std::make_unique<RE2>(alternation(people), options());
    for (const RE2 *re : {d.plain.get(), d.prefilter.get(), d.people.get()}) {
        if (re && !re->ok()) {
            *error = QString::fromStdString(re->error());
            return nullptr;
        }
    }
    return filter;
}

const BotFilter &BotFilter::standard()
{
    static const std::unique_ptr<BotFilter> filter = [] {
        QString error;
        std::unique_ptr<BotFilter> f = create(QString(), &error);
        if (!f)
            qFatal("the bot filter's embedded lists do not compile: %s", qPrintable(error));
        return f;
    }();
    return *filter;
}

QString BotFilter::listVersion()
{
    // The first line of the embedded list: "# isbot 5.2.4".
    const QString text = resourceText(QStringLiteral(":/raycstr/botlists/isbot-patterns.txt"));
    const QString first = text.section(u'\n', 0, 0);
    return first.startsWith(QLatin1String("# isbot ")) ? first.sliced(8).trimmed() : QString();
}

bool BotFilter::isBot(const QByteArray &userAgent) const
{
    // Empty or whitespace-only: no browser sends that; scripts and scanners do.
    bool blank = true;
    for (const char c : userAgent) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
            blank = false;
            break;
        }
    }
    if (blank)
        return true;

    std::string_view text(userAgent.constData(), size_t(userAgent.size()));
    std::string masked;
    if (d->people) {
        // Blank out each people token, so only the rest of the UA is judged.
        re2::StringPiece input(text.data(), text.size());
        re2::StringPiece match;
        size_t start = 0;
        while (start < text.size()
               && d->people->Match(input, start, text.size(), RE2::UNANCHORED, &match, 1)) {
            if (masked.empty())
                masked.assign(text);
            const size_t begin = size_t(match.data() - text.data());
            const size_t size = match.size();
            masked.replace(begin, size, size, ' ');
            start = begin + (size ? size : 1);
        }
        if (!masked.empty())
            text = masked;
    }
    const re2::StringPiece piece(text.data(), text.size());
    if (RE2::PartialMatch(piece, *d->plain))
        return true;
    if (!RE2::PartialMatch(piece, *d->prefilter))
        return false;
    for (const LookaroundPattern &p : d->lookarounds) {
        if (lookaroundMatches(p, text))
            return true;
    }
    return false;
}

} // namespace raycstr
