#pragma once

#include <QSet>
#include <QString>

#include <memory>

namespace raycstr {

// Referrer spam: hits whose referrer is a host of Matomo's community list (public domain;
// resources/botlists/referrer-spammers.txt, embedded) or of the site-local rules
// ("referrer: HOST" lines of the bot_rules file), or a subdomain of one. Such hits are
// not visitors but ads for the spammer's host, so they are dropped and counted as
// "referrer_spam". Immutable once built; isSpam() is safe from any thread.
class ReferrerSpamFilter
{
public:
    // The embedded list plus the "referrer: HOST" lines of `localRulesText` (the other
    // lines belong to BotFilter and are skipped here).
    static std::unique_ptr<ReferrerSpamFilter> create(const QString &localRulesText);

    // The embedded list alone, built once.
    static const ReferrerSpamFilter &standard();

    // `referrerHost`: lower case, as Acquisition::referrer starts ("semalt.com/path" is
    // fine: the path is ignored).
    bool isSpam(QStringView referrer) const;
    qsizetype size() const { return m_hosts.size(); }

private:
    QSet<QString> m_hosts;
};

} // namespace raycstr
