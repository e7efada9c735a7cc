#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

namespace raycstr {

// Decides from the raw User-Agent whether a hit comes from a bot: crawlers, AI fetchers,
// headless and automated browsers, HTTP libraries, scanners, monitors, link previews and
// empty UAs. UserAgentParser adds uap-core's "Spider" device family on top.
//
// Built on npm `isbot`'s maintained pattern list (public domain; the version pinned in
// resources/botlists/package-lock.json, installed by installer/setup-deps.sh and embedded
// at build time), not on a hand-kept regex. isbot's patterns are JavaScript regexes; six use
// look-arounds, which RE2 does not have: those are matched without them and the look-around
// is checked at each match (see the .cpp). Then, on top:
// - "people" rules (resources/botlists/people.txt, ours): tokens of real browsers that a
//   pattern mistakes for a bot (J2ME phones' "Java/ASVM", "GoogleTV"…). A people rule
//   masks only the token it matches, so a crawler that also carries one is still caught by
//   its own words.
// - site-local rules (bot_rules: FILE in the config; see README): "bot: REGEX" adds a bot
//   pattern, "human: REGEX" a people rule. RE2 syntax, case-insensitive.
//
// Immutable once built: isBot() is const and safe to call from any thread.
class BotFilter
{
public:
    // isbot's list and our people rules, plus the rules in `localRulesText` (the content
    // of a bot_rules file; empty for none). A rule that does not compile is an error.
    static std::unique_ptr<BotFilter> create(const QString &localRulesText, QString *error);

    // The filter without local rules, built once (what the tests and benchmarks use).
    static const BotFilter &standard();

    ~BotFilter();
    bool isBot(const QByteArray &userAgent) const;

    // Which list a verdict came from, for the tests: the isbot list's version ("5.2.4").
    static QString listVersion();

private:
    BotFilter();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace raycstr
